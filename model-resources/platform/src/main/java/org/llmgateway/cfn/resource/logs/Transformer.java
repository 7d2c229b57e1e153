// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::Logs::Transformer}: Creates or updates a *log transformer* for a single log group.
 * You use log transformers to transform log events into a different format, making them easier for
 * you to process and analyze. You can also transform logs from different sources into standardized
 * formats that contains relevant, source-specific information.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-transformer.html">AWS::Logs::Transformer</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Transformer extends Resource {

  String TYPE = "AWS::Logs::Transformer";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Specify either the name or ARN of the log group to create the transformer for. */
  Expr logGroupIdentifier();

  /**
   * Required. This structure is an array that contains the configuration of this log transformer. A
   * log transformer is an array of processors, where each processor applies one type of
   * transformation to the log events that are ingested.
   */
  Expr transformerConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LogGroupIdentifier", logGroupIdentifier())
        .put("TransformerConfig", transformerConfig())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transformer}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTransformer.Builder {

    public Builder logGroupIdentifier(String value) {
      logGroupIdentifier(Expr.of(value));
      return this;
    }

    public Builder transformerConfig(List<? extends Expr> values) {
      transformerConfig(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Logs::Transformer.AddKeyEntry}: This object defines one key that will be added with
   * the
   * [addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-addKey)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-addkeyentry.html">AWS::Logs::Transformer.AddKeyEntry</a>
   */
  @Value.Immutable
  interface AddKeyEntry extends PropertyValue {

    /** Required. The key of the new entry to be added to the log event */
    Expr key();

    /**
     * Specifies whether to overwrite the value if the key already exists in the log event. If you
     * omit this, the default is `false` .
     */
    Optional<Expr> overwriteIfExists();

    /** Required. The value of the new entry to be added to the log event */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("OverwriteIfExists", overwriteIfExists())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AddKeyEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.AddKeyEntry.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder overwriteIfExists(boolean value) {
        overwriteIfExists(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.AddKeys}: This processor adds new key-value pairs to the log
   * event.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-addkeys.html">AWS::Logs::Transformer.AddKeys</a>
   */
  @Value.Immutable
  interface AddKeys extends PropertyValue {

    /**
     * Required. An array of objects, where each object contains the information about one key to
     * add to the log event.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AddKeys}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.AddKeys.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.CopyValue}: This processor copies values within a log event. You
   * can also use this processor to add metadata to log events by copying the values of the
   * following metadata keys into the log events: `&#64;logGroupName` , `&#64;logGroupStream` ,
   * `&#64;accountId` , `&#64;regionName` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-copyvalue.html">AWS::Logs::Transformer.CopyValue</a>
   */
  @Value.Immutable
  interface CopyValue extends PropertyValue {

    /**
     * Required. An array of `CopyValueEntry` objects, where each object contains the information
     * about one field value to copy.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CopyValue}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.CopyValue.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.CopyValueEntry}: This object defines one value to be copied with
   * the
   * [copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-copyValue)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-copyvalueentry.html">AWS::Logs::Transformer.CopyValueEntry</a>
   */
  @Value.Immutable
  interface CopyValueEntry extends PropertyValue {

    /**
     * Specifies whether to overwrite the value if the destination key already exists. If you omit
     * this, the default is `false` .
     */
    Optional<Expr> overwriteIfExists();

    /** Required. The key to copy. */
    Expr source();

    /** Required. The key of the field to copy the value to. */
    Expr target();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OverwriteIfExists", overwriteIfExists())
          .put("Source", source())
          .put("Target", target())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CopyValueEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.CopyValueEntry.Builder {

      public Builder overwriteIfExists(boolean value) {
        overwriteIfExists(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }

      public Builder target(String value) {
        target(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.Csv}: The `CSV` processor parses comma-separated values (CSV)
   * from the log events into columns.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-csv.html">AWS::Logs::Transformer.Csv</a>
   */
  @Value.Immutable
  interface Csv extends PropertyValue {

    /** An array of names to use for the columns in the transformed log event. */
    Optional<Expr> columns();

    /**
     * The character used to separate each column in the original comma-separated value log event.
     * If you omit this, the processor looks for the comma `,` character as the delimiter.
     */
    Optional<Expr> delimiter();

    /**
     * The character used used as a text qualifier for a single column of data. If you omit this,
     * the double quotation mark `"` character is used.
     */
    Optional<Expr> quoteCharacter();

    /**
     * The path to the field in the log event that has the comma separated values to be parsed. If
     * you omit this value, the whole log message is processed.
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Columns", columns())
          .put("Delimiter", delimiter())
          .put("QuoteCharacter", quoteCharacter())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Csv}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.Csv.Builder {

      public Builder columns(List<? extends Expr> values) {
        columns(Expr.list(values));
        return this;
      }

      public Builder columns(String... values) {
        columns(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder delimiter(String value) {
        delimiter(Expr.of(value));
        return this;
      }

      public Builder quoteCharacter(String value) {
        quoteCharacter(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.DateTimeConverter}: This processor converts a datetime string
   * into a format that you specify.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-datetimeconverter.html">AWS::Logs::Transformer.DateTimeConverter</a>
   */
  @Value.Immutable
  interface DateTimeConverter extends PropertyValue {

    /** The locale of the source field. If you omit this, the default of `locale.ROOT` is used. */
    Optional<Expr> locale();

    /** Required. A list of patterns to match against the `source` field. */
    Expr matchPatterns();

    /** Required. The key to apply the date conversion to. */
    Expr source();

    /** The time zone of the source field. If you omit this, the default used is the UTC zone. */
    Optional<Expr> sourceTimezone();

    /** Required. The JSON field to store the result in. */
    Expr target();

    /** The datetime format to use for the converted data in the target field. */
    Optional<Expr> targetFormat();

    /** The time zone of the target field. If you omit this, the default used is the UTC zone. */
    Optional<Expr> targetTimezone();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Locale", locale())
          .put("MatchPatterns", matchPatterns())
          .put("Source", source())
          .put("SourceTimezone", sourceTimezone())
          .put("Target", target())
          .put("TargetFormat", targetFormat())
          .put("TargetTimezone", targetTimezone())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DateTimeConverter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.DateTimeConverter.Builder {

      public Builder locale(String value) {
        locale(Expr.of(value));
        return this;
      }

      public Builder matchPatterns(List<? extends Expr> values) {
        matchPatterns(Expr.list(values));
        return this;
      }

      public Builder matchPatterns(String... values) {
        matchPatterns(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }

      public Builder sourceTimezone(String value) {
        sourceTimezone(Expr.of(value));
        return this;
      }

      public Builder target(String value) {
        target(Expr.of(value));
        return this;
      }

      public Builder targetFormat(String value) {
        targetFormat(Expr.of(value));
        return this;
      }

      public Builder targetTimezone(String value) {
        targetTimezone(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.DeleteKeys}: This processor deletes entries from a log event.
   * These entries are key-value pairs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-deletekeys.html">AWS::Logs::Transformer.DeleteKeys</a>
   */
  @Value.Immutable
  interface DeleteKeys extends PropertyValue {

    /** Required. The list of keys to delete. */
    Expr withKeys();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("WithKeys", withKeys())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeleteKeys}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.DeleteKeys.Builder {

      public Builder withKeys(List<? extends Expr> values) {
        withKeys(Expr.list(values));
        return this;
      }

      public Builder withKeys(String... values) {
        withKeys(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.Grok}: This processor uses pattern matching to parse and
   * structure unstructured data. This processor can also extract fields from log messages.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-grok.html">AWS::Logs::Transformer.Grok</a>
   */
  @Value.Immutable
  interface Grok extends PropertyValue {

    /**
     * Required. The grok pattern to match against the log event. For a list of supported grok
     * patterns, see [Supported grok
     * patterns](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#Grok-Patterns)
     * .
     */
    Expr match();

    /**
     * The path to the field in the log event that you want to parse. If you omit this value, the
     * whole log message is parsed.
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Match", match())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Grok}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.Grok.Builder {

      public Builder match(String value) {
        match(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ListToMap}: This processor takes a list of objects that contain
   * key fields, and converts them into a map of target keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-listtomap.html">AWS::Logs::Transformer.ListToMap</a>
   */
  @Value.Immutable
  interface ListToMap extends PropertyValue {

    /**
     * A Boolean value to indicate whether the list will be flattened into single items. Specify
     * `true` to flatten the list. The default is `false`
     */
    Optional<Expr> flatten();

    /**
     * If you set `flatten` to `true` , use `flattenedElement` to specify which element, `first` or
     * `last` , to keep.
     */
    Optional<Expr> flattenedElement();

    /** Required. The key of the field to be extracted as keys in the generated map */
    Expr key();

    /**
     * Required. The key in the log event that has a list of objects that will be converted to a
     * map.
     */
    Expr source();

    /** The key of the field that will hold the generated map */
    Optional<Expr> target();

    /**
     * If this is specified, the values that you specify in this parameter will be extracted from
     * the `source` objects and put into the values of the generated map. Otherwise, original
     * objects in the source list will be put into the values of the generated map.
     */
    Optional<Expr> valueKey();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Flatten", flatten())
          .put("FlattenedElement", flattenedElement())
          .put("Key", key())
          .put("Source", source())
          .put("Target", target())
          .put("ValueKey", valueKey())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ListToMap}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ListToMap.Builder {

      public Builder flatten(boolean value) {
        flatten(Expr.of(value));
        return this;
      }

      public Builder flattenedElement(String value) {
        flattenedElement(Expr.of(value));
        return this;
      }

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }

      public Builder target(String value) {
        target(Expr.of(value));
        return this;
      }

      public Builder valueKey(String value) {
        valueKey(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.LowerCaseString}: This processor converts a string to lowercase.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-lowercasestring.html">AWS::Logs::Transformer.LowerCaseString</a>
   */
  @Value.Immutable
  interface LowerCaseString extends PropertyValue {

    /** Required. The array caontaining the keys of the fields to convert to lowercase. */
    Expr withKeys();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("WithKeys", withKeys())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LowerCaseString}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.LowerCaseString.Builder {

      public Builder withKeys(List<? extends Expr> values) {
        withKeys(Expr.list(values));
        return this;
      }

      public Builder withKeys(String... values) {
        withKeys(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.MoveKeyEntry}: This object defines one key that will be moved
   * with the
   * [moveKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKey)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-movekeyentry.html">AWS::Logs::Transformer.MoveKeyEntry</a>
   */
  @Value.Immutable
  interface MoveKeyEntry extends PropertyValue {

    /**
     * Specifies whether to overwrite the value if the destination key already exists. If you omit
     * this, the default is `false` .
     */
    Optional<Expr> overwriteIfExists();

    /** Required. The key to move. */
    Expr source();

    /** Required. The key to move to. */
    Expr target();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OverwriteIfExists", overwriteIfExists())
          .put("Source", source())
          .put("Target", target())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MoveKeyEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.MoveKeyEntry.Builder {

      public Builder overwriteIfExists(boolean value) {
        overwriteIfExists(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }

      public Builder target(String value) {
        target(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.MoveKeys}: This processor moves a key from one field to another.
   * The original key is deleted.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-movekeys.html">AWS::Logs::Transformer.MoveKeys</a>
   */
  @Value.Immutable
  interface MoveKeys extends PropertyValue {

    /**
     * Required. An array of objects, where each object contains the information about one key to
     * move.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MoveKeys}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.MoveKeys.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseCloudfront}: This processor parses CloudFront vended logs,
   * extract fields, and convert them into JSON format. Encoded field values are decoded. Values
   * that are integers and doubles are treated as such. For more information about this processor
   * including examples, see
   * [parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseCloudfront)
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsecloudfront.html">AWS::Logs::Transformer.ParseCloudfront</a>
   */
  @Value.Immutable
  interface ParseCloudfront extends PropertyValue {

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than `&#64;message` is allowed for `source` .
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseCloudfront}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseCloudfront.Builder {

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseJSON}: This processor parses log events that are in JSON
   * format. It can extract JSON key-value pairs and place them under a destination that you
   * specify.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsejson.html">AWS::Logs::Transformer.ParseJSON</a>
   */
  @Value.Immutable
  interface ParseJSON extends PropertyValue {

    /**
     * The location to put the parsed key value pair into. If you omit this parameter, it is placed
     * under the root node.
     */
    Optional<Expr> destination();

    /**
     * Path to the field in the log event that will be parsed. Use dot notation to access child
     * fields. For example, `store.book`
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseJSON}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseJSON.Builder {

      public Builder destination(String value) {
        destination(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseKeyValue}: This processor parses a specified field in the
   * original log event into key-value pairs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsekeyvalue.html">AWS::Logs::Transformer.ParseKeyValue</a>
   */
  @Value.Immutable
  interface ParseKeyValue extends PropertyValue {

    /** The destination field to put the extracted key-value pairs into */
    Optional<Expr> destination();

    /**
     * The field delimiter string that is used between key-value pairs in the original log events.
     * If you omit this, the ampersand `&amp;` character is used.
     */
    Optional<Expr> fieldDelimiter();

    /** If you want to add a prefix to all transformed keys, specify it here. */
    Optional<Expr> keyPrefix();

    /**
     * The delimiter string to use between the key and value in each pair in the transformed log
     * event.
     */
    Optional<Expr> keyValueDelimiter();

    /**
     * A value to insert into the value field in the result, when a key-value pair is not
     * successfully split.
     */
    Optional<Expr> nonMatchValue();

    /**
     * Specifies whether to overwrite the value if the destination key already exists. If you omit
     * this, the default is `false` .
     */
    Optional<Expr> overwriteIfExists();

    /**
     * Path to the field in the log event that will be parsed. Use dot notation to access child
     * fields. For example, `store.book`
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .put("FieldDelimiter", fieldDelimiter())
          .put("KeyPrefix", keyPrefix())
          .put("KeyValueDelimiter", keyValueDelimiter())
          .put("NonMatchValue", nonMatchValue())
          .put("OverwriteIfExists", overwriteIfExists())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseKeyValue}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseKeyValue.Builder {

      public Builder destination(String value) {
        destination(Expr.of(value));
        return this;
      }

      public Builder fieldDelimiter(String value) {
        fieldDelimiter(Expr.of(value));
        return this;
      }

      public Builder keyPrefix(String value) {
        keyPrefix(Expr.of(value));
        return this;
      }

      public Builder keyValueDelimiter(String value) {
        keyValueDelimiter(Expr.of(value));
        return this;
      }

      public Builder nonMatchValue(String value) {
        nonMatchValue(Expr.of(value));
        return this;
      }

      public Builder overwriteIfExists(boolean value) {
        overwriteIfExists(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParsePostgres}: Use this processor to parse RDS for PostgreSQL
   * vended logs, extract fields, and and convert them into a JSON format. This processor always
   * processes the entire log event message. For more information about this processor including
   * examples, see
   * [parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parsePostGres)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsepostgres.html">AWS::Logs::Transformer.ParsePostgres</a>
   */
  @Value.Immutable
  interface ParsePostgres extends PropertyValue {

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than `&#64;message` is allowed for `source` .
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParsePostgres}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParsePostgres.Builder {

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseRoute53}: Use this processor to parse Route 53 vended logs,
   * extract fields, and and convert them into a JSON format. This processor always processes the
   * entire log event message. For more information about this processor including examples, see
   * [parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseRoute53)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parseroute53.html">AWS::Logs::Transformer.ParseRoute53</a>
   */
  @Value.Immutable
  interface ParseRoute53 extends PropertyValue {

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than `&#64;message` is allowed for `source` .
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseRoute53}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseRoute53.Builder {

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseToOCSF}: This processor converts logs into [Open
   * Cybersecurity Schema Framework (OCSF)](https://docs.aws.amazon.com/https://ocsf.io) events.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsetoocsf.html">AWS::Logs::Transformer.ParseToOCSF</a>
   */
  @Value.Immutable
  interface ParseToOCSF extends PropertyValue {

    /**
     * Required. Specify the service or process that produces the log events that will be converted
     * with this processor.
     */
    Expr eventSource();

    /** The version of the OCSF mapping to use for parsing log data. */
    Optional<Expr> mappingVersion();

    /** Required. Specify which version of the OCSF schema to use for the transformed log events. */
    Expr ocsfVersion();

    /**
     * The path to the field in the log event that you want to parse. If you omit this value, the
     * whole log message is parsed.
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventSource", eventSource())
          .put("MappingVersion", mappingVersion())
          .put("OcsfVersion", ocsfVersion())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseToOCSF}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseToOCSF.Builder {

      public Builder eventSource(String value) {
        eventSource(Expr.of(value));
        return this;
      }

      public Builder mappingVersion(String value) {
        mappingVersion(Expr.of(value));
        return this;
      }

      public Builder ocsfVersion(String value) {
        ocsfVersion(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseVPC}: Use this processor to parse Amazon VPC vended logs,
   * extract fields, and and convert them into a JSON format. This processor always processes the
   * entire log event message.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsevpc.html">AWS::Logs::Transformer.ParseVPC</a>
   */
  @Value.Immutable
  interface ParseVPC extends PropertyValue {

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than `&#64;message` is allowed for `source` .
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseVPC}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseVPC.Builder {

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.ParseWAF}: Use this processor to parse AWS WAF vended logs,
   * extract fields, and and convert them into a JSON format. This processor always processes the
   * entire log event message. For more information about this processor including examples, see
   * [parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parsePostGres)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-parsewaf.html">AWS::Logs::Transformer.ParseWAF</a>
   */
  @Value.Immutable
  interface ParseWAF extends PropertyValue {

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than `&#64;message` is allowed for `source` .
     */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ParseWAF}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.ParseWAF.Builder {

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.Processor}: This structure contains the information about one
   * processor in a log transformer.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-processor.html">AWS::Logs::Transformer.Processor</a>
   */
  @Value.Immutable
  interface Processor extends PropertyValue {

    /**
     * Use this parameter to include the
     * [addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKeys)
     * processor in your transformer.
     */
    Optional<Expr> addKeys();

    /**
     * Use this parameter to include the
     * [copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-copyValue)
     * processor in your transformer.
     */
    Optional<Expr> copyValue();

    /**
     * Use this parameter to include the
     * [CSV](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-CSV)
     * processor in your transformer.
     */
    Optional<Expr> csv();

    /**
     * Use this parameter to include the
     * [datetimeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-datetimeConverter)
     * processor in your transformer.
     */
    Optional<Expr> dateTimeConverter();

    /**
     * Use this parameter to include the
     * [deleteKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-deleteKeys)
     * processor in your transformer.
     */
    Optional<Expr> deleteKeys();

    /**
     * Use this parameter to include the
     * [grok](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-grok)
     * processor in your transformer.
     */
    Optional<Expr> grok();

    /**
     * Use this parameter to include the
     * [listToMap](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-listToMap)
     * processor in your transformer.
     */
    Optional<Expr> listToMap();

    /**
     * Use this parameter to include the
     * [lowerCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-lowerCaseString)
     * processor in your transformer.
     */
    Optional<Expr> lowerCaseString();

    /**
     * Use this parameter to include the
     * [moveKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-moveKeys)
     * processor in your transformer.
     */
    Optional<Expr> moveKeys();

    /**
     * Use this parameter to include the
     * [parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseCloudfront)
     * processor in your transformer.
     */
    Optional<Expr> parseCloudfront();

    /**
     * Use this parameter to include the
     * [parseJSON](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseJSON)
     * processor in your transformer.
     */
    Optional<Expr> parseJSON();

    /**
     * Use this parameter to include the
     * [parseKeyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseKeyValue)
     * processor in your transformer.
     */
    Optional<Expr> parseKeyValue();

    /**
     * Use this parameter to include the
     * [parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres)
     * processor in your transformer.
     */
    Optional<Expr> parsePostgres();

    /**
     * Use this parameter to include the
     * [parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseRoute53)
     * processor in your transformer.
     */
    Optional<Expr> parseRoute53();

    /** Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format. */
    Optional<Expr> parseToOCSF();

    /**
     * Use this parameter to include the
     * [parseVPC](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseVPC)
     * processor in your transformer.
     */
    Optional<Expr> parseVPC();

    /**
     * Use this parameter to include the
     * [parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseWAF)
     * processor in your transformer.
     */
    Optional<Expr> parseWAF();

    /**
     * Use this parameter to include the
     * [renameKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKeys)
     * processor in your transformer.
     */
    Optional<Expr> renameKeys();

    /**
     * Use this parameter to include the
     * [splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-splitString)
     * processor in your transformer.
     */
    Optional<Expr> splitString();

    /**
     * Use this parameter to include the
     * [substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-substituteString)
     * processor in your transformer.
     */
    Optional<Expr> substituteString();

    /**
     * Use this parameter to include the
     * [trimString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-trimString)
     * processor in your transformer.
     */
    Optional<Expr> trimString();

    /**
     * Use this parameter to include the
     * [typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-typeConverter)
     * processor in your transformer.
     */
    Optional<Expr> typeConverter();

    /**
     * Use this parameter to include the
     * [upperCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-upperCaseString)
     * processor in your transformer.
     */
    Optional<Expr> upperCaseString();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AddKeys", addKeys())
          .put("CopyValue", copyValue())
          .put("Csv", csv())
          .put("DateTimeConverter", dateTimeConverter())
          .put("DeleteKeys", deleteKeys())
          .put("Grok", grok())
          .put("ListToMap", listToMap())
          .put("LowerCaseString", lowerCaseString())
          .put("MoveKeys", moveKeys())
          .put("ParseCloudfront", parseCloudfront())
          .put("ParseJSON", parseJSON())
          .put("ParseKeyValue", parseKeyValue())
          .put("ParsePostgres", parsePostgres())
          .put("ParseRoute53", parseRoute53())
          .put("ParseToOCSF", parseToOCSF())
          .put("ParseVPC", parseVPC())
          .put("ParseWAF", parseWAF())
          .put("RenameKeys", renameKeys())
          .put("SplitString", splitString())
          .put("SubstituteString", substituteString())
          .put("TrimString", trimString())
          .put("TypeConverter", typeConverter())
          .put("UpperCaseString", upperCaseString())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Processor}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.Processor.Builder {
    }
  }

  /**
   * {@code AWS::Logs::Transformer.RenameKeyEntry}: This object defines one key that will be renamed
   * with the
   * [renameKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-renameKey)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-renamekeyentry.html">AWS::Logs::Transformer.RenameKeyEntry</a>
   */
  @Value.Immutable
  interface RenameKeyEntry extends PropertyValue {

    /** Required. The key to rename */
    Expr key();

    /**
     * Specifies whether to overwrite the existing value if the destination key already exists. The
     * default is `false`
     */
    Optional<Expr> overwriteIfExists();

    /** Required. The string to use for the new key name */
    Expr renameTo();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("OverwriteIfExists", overwriteIfExists())
          .put("RenameTo", renameTo())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RenameKeyEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.RenameKeyEntry.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder overwriteIfExists(boolean value) {
        overwriteIfExists(Expr.of(value));
        return this;
      }

      public Builder renameTo(String value) {
        renameTo(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.RenameKeys}: Use this processor to rename keys in a log event.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-renamekeys.html">AWS::Logs::Transformer.RenameKeys</a>
   */
  @Value.Immutable
  interface RenameKeys extends PropertyValue {

    /**
     * Required. An array of `RenameKeyEntry` objects, where each object contains the information
     * about a single key to rename.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RenameKeys}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.RenameKeys.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.SplitString}: Use this processor to split a field into an array
   * of strings using a delimiting character.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-splitstring.html">AWS::Logs::Transformer.SplitString</a>
   */
  @Value.Immutable
  interface SplitString extends PropertyValue {

    /**
     * Required. An array of `SplitStringEntry` objects, where each object contains the information
     * about one field to split.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SplitString}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.SplitString.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.SplitStringEntry}: This object defines one log field that will be
   * split with the
   * [splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-splitString)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-splitstringentry.html">AWS::Logs::Transformer.SplitStringEntry</a>
   */
  @Value.Immutable
  interface SplitStringEntry extends PropertyValue {

    /** Required. The separator characters to split the string entry on. */
    Expr delimiter();

    /** Required. The key of the field to split. */
    Expr source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Delimiter", delimiter())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SplitStringEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.SplitStringEntry.Builder {

      public Builder delimiter(String value) {
        delimiter(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.SubstituteString}: This processor matches a key’s value against a
   * regular expression and replaces all matches with a replacement string.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-substitutestring.html">AWS::Logs::Transformer.SubstituteString</a>
   */
  @Value.Immutable
  interface SubstituteString extends PropertyValue {

    /**
     * Required. An array of objects, where each object contains the information about one key to
     * match and replace.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SubstituteString}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.SubstituteString.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.SubstituteStringEntry}: This object defines one log field key
   * that will be replaced using the
   * [substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-substituteString)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-substitutestringentry.html">AWS::Logs::Transformer.SubstituteStringEntry</a>
   */
  @Value.Immutable
  interface SubstituteStringEntry extends PropertyValue {

    /**
     * Required. The regular expression string to be replaced. Special regex characters such as [
     * and ] must be escaped using &#92;&#92; when using double quotes and with &#92; when using
     * single quotes. For more information, see [Class
     * Pattern](https://docs.aws.amazon.com/https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html)
     * on the Oracle web site.
     */
    Expr fromValue();

    /** Required. The key to modify */
    Expr source();

    /** Required. The string to be substituted for each match of `from` */
    Expr to();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("From", fromValue())
          .put("Source", source())
          .put("To", to())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SubstituteStringEntry}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTransformer.SubstituteStringEntry.Builder {

      public Builder fromValue(String value) {
        fromValue(Expr.of(value));
        return this;
      }

      public Builder source(String value) {
        source(Expr.of(value));
        return this;
      }

      public Builder to(String value) {
        to(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.TrimString}: Use this processor to remove leading and trailing
   * whitespace.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-trimstring.html">AWS::Logs::Transformer.TrimString</a>
   */
  @Value.Immutable
  interface TrimString extends PropertyValue {

    /** Required. The array containing the keys of the fields to trim. */
    Expr withKeys();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("WithKeys", withKeys())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TrimString}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.TrimString.Builder {

      public Builder withKeys(List<? extends Expr> values) {
        withKeys(Expr.list(values));
        return this;
      }

      public Builder withKeys(String... values) {
        withKeys(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.TypeConverter}: Use this processor to convert a value type
   * associated with the specified key to the specified type. It's a casting processor that changes
   * the types of the specified fields. Values can be converted into one of the following datatypes:
   * `integer` , `double` , `string` and `boolean` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-typeconverter.html">AWS::Logs::Transformer.TypeConverter</a>
   */
  @Value.Immutable
  interface TypeConverter extends PropertyValue {

    /**
     * Required. An array of `TypeConverterEntry` objects, where each object contains the
     * information about one field to change the type of.
     */
    Expr entries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Entries", entries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TypeConverter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.TypeConverter.Builder {

      public Builder entries(List<? extends Expr> values) {
        entries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.TypeConverterEntry}: This object defines one value type that will
   * be converted using the
   * [typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-typeConverter)
   * processor.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-typeconverterentry.html">AWS::Logs::Transformer.TypeConverterEntry</a>
   */
  @Value.Immutable
  interface TypeConverterEntry extends PropertyValue {

    /** Required. The key with the value that is to be converted to a different type. */
    Expr key();

    /**
     * Required. The type to convert the field value to. Valid values are `integer` , `double` ,
     * `string` and `boolean` .
     */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TypeConverterEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.TypeConverterEntry.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Transformer.UpperCaseString}: This processor converts a string field to
   * uppercase.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-transformer-uppercasestring.html">AWS::Logs::Transformer.UpperCaseString</a>
   */
  @Value.Immutable
  interface UpperCaseString extends PropertyValue {

    /** Required. The array of containing the keys of the field to convert to uppercase. */
    Expr withKeys();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("WithKeys", withKeys())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link UpperCaseString}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransformer.UpperCaseString.Builder {

      public Builder withKeys(List<? extends Expr> values) {
        withKeys(Expr.list(values));
        return this;
      }

      public Builder withKeys(String... values) {
        withKeys(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
