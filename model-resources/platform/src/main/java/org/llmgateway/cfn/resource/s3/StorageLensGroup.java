// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.s3;

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
 * {@code AWS::S3::StorageLensGroup}: The `AWS::S3::StorageLensGroup` resource creates an S3 Storage
 * Lens group. A Storage Lens group is a custom grouping of objects that include filters for
 * prefixes, suffixes, object tags, object size, or object age. You can create an S3 Storage Lens
 * group that includes a single filter or multiple filter conditions. To specify multiple filter
 * conditions, you use `AND` or `OR` logical operators. For more information about S3 Storage Lens
 * groups, see [Working with S3 Storage Lens
 * groups](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-lens-groups-overview.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-storagelensgroup.html">AWS::S3::StorageLensGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface StorageLensGroup extends Resource {

  String TYPE = "AWS::S3::StorageLensGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. This property contains the criteria for the Storage Lens group data that is displayed
   */
  Expr filter();

  /** Required. This property contains the Storage Lens group name. */
  Expr name();

  /**
   * This property contains the AWS resource tags that you're adding to your Storage Lens group.
   * This parameter is optional.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Filter", filter())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code StorageLensGroupArn} attribute: The ARN for the Amazon S3 Storage Lens Group. */
  default GetAtt attrStorageLensGroupArn() {
    return getAtt("StorageLensGroupArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StorageLensGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableStorageLensGroup.Builder {

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::S3::StorageLensGroup.And}: This resource is a logical operator that allows multiple
   * filter conditions to be joined for more complex comparisons of Storage Lens group data. Objects
   * must match all of the listed filter conditions that are joined by the `And` logical operator.
   * Only one of each filter condition is allowed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelensgroup-and.html">AWS::S3::StorageLensGroup.And</a>
   */
  @Value.Immutable
  interface And extends PropertyValue {

    /**
     * This property contains a list of prefixes. At least one prefix must be specified. Up to 10
     * prefixes are allowed.
     */
    Optional<Expr> matchAnyPrefix();

    /**
     * This property contains a list of suffixes. At least one suffix must be specified. Up to 10
     * suffixes are allowed.
     */
    Optional<Expr> matchAnySuffix();

    /**
     * This property contains the list of object tags. At least one object tag must be specified. Up
     * to 10 object tags are allowed.
     */
    Optional<Expr> matchAnyTag();

    /**
     * This property contains `DaysGreaterThan` and `DaysLessThan` properties to define the object
     * age range (minimum and maximum number of days).
     */
    Optional<Expr> matchObjectAge();

    /**
     * This property contains `BytesGreaterThan` and `BytesLessThan` to define the object size range
     * (minimum and maximum number of Bytes).
     */
    Optional<Expr> matchObjectSize();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MatchAnyPrefix", matchAnyPrefix())
          .put("MatchAnySuffix", matchAnySuffix())
          .put("MatchAnyTag", matchAnyTag())
          .put("MatchObjectAge", matchObjectAge())
          .put("MatchObjectSize", matchObjectSize())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link And}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLensGroup.And.Builder {

      public Builder matchAnyPrefix(List<? extends Expr> values) {
        matchAnyPrefix(Expr.list(values));
        return this;
      }

      public Builder matchAnyPrefix(String... values) {
        matchAnyPrefix(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder matchAnySuffix(List<? extends Expr> values) {
        matchAnySuffix(Expr.list(values));
        return this;
      }

      public Builder matchAnySuffix(String... values) {
        matchAnySuffix(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder matchAnyTag(List<? extends Expr> values) {
        matchAnyTag(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLensGroup.Filter}: This resource sets the criteria for the Storage Lens
   * group data that is displayed. For multiple filter conditions, the `AND` or `OR` logical
   * operator is used.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelensgroup-filter.html">AWS::S3::StorageLensGroup.Filter</a>
   */
  @Value.Immutable
  interface Filter extends PropertyValue {

    /**
     * This property contains the `And` logical operator, which allows multiple filter conditions to
     * be joined for more complex comparisons of Storage Lens group data. Objects must match all of
     * the listed filter conditions that are joined by the `And` logical operator. Only one of each
     * filter condition is allowed.
     */
    Optional<Expr> and();

    /**
     * This property contains a list of prefixes. At least one prefix must be specified. Up to 10
     * prefixes are allowed.
     */
    Optional<Expr> matchAnyPrefix();

    /**
     * This property contains a list of suffixes. At least one suffix must be specified. Up to 10
     * suffixes are allowed.
     */
    Optional<Expr> matchAnySuffix();

    /**
     * This property contains the list of S3 object tags. At least one object tag must be specified.
     * Up to 10 object tags are allowed.
     */
    Optional<Expr> matchAnyTag();

    /**
     * This property contains `DaysGreaterThan` and `DaysLessThan` to define the object age range
     * (minimum and maximum number of days).
     */
    Optional<Expr> matchObjectAge();

    /**
     * This property contains `BytesGreaterThan` and `BytesLessThan` to define the object size range
     * (minimum and maximum number of Bytes).
     */
    Optional<Expr> matchObjectSize();

    /**
     * This property contains the `Or` logical operator, which allows multiple filter conditions to
     * be joined. Objects can match any of the listed filter conditions, which are joined by the
     * `Or` logical operator. Only one of each filter condition is allowed.
     */
    Optional<Expr> or();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("And", and())
          .put("MatchAnyPrefix", matchAnyPrefix())
          .put("MatchAnySuffix", matchAnySuffix())
          .put("MatchAnyTag", matchAnyTag())
          .put("MatchObjectAge", matchObjectAge())
          .put("MatchObjectSize", matchObjectSize())
          .put("Or", or())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Filter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLensGroup.Filter.Builder {

      public Builder matchAnyPrefix(List<? extends Expr> values) {
        matchAnyPrefix(Expr.list(values));
        return this;
      }

      public Builder matchAnyPrefix(String... values) {
        matchAnyPrefix(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder matchAnySuffix(List<? extends Expr> values) {
        matchAnySuffix(Expr.list(values));
        return this;
      }

      public Builder matchAnySuffix(String... values) {
        matchAnySuffix(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder matchAnyTag(List<? extends Expr> values) {
        matchAnyTag(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLensGroup.MatchObjectAge}: This resource contains `DaysGreaterThan` and
   * `DaysLessThan` to define the object age range (minimum and maximum number of days).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelensgroup-matchobjectage.html">AWS::S3::StorageLensGroup.MatchObjectAge</a>
   */
  @Value.Immutable
  interface MatchObjectAge extends PropertyValue {

    /** This property indicates the minimum object age in days. */
    Optional<Expr> daysGreaterThan();

    /** This property indicates the maximum object age in days. */
    Optional<Expr> daysLessThan();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DaysGreaterThan", daysGreaterThan())
          .put("DaysLessThan", daysLessThan())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MatchObjectAge}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLensGroup.MatchObjectAge.Builder {

      public Builder daysGreaterThan(long value) {
        daysGreaterThan(Expr.of(value));
        return this;
      }

      public Builder daysLessThan(long value) {
        daysLessThan(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLensGroup.MatchObjectSize}: This resource filters objects that match the
   * specified object size range.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelensgroup-matchobjectsize.html">AWS::S3::StorageLensGroup.MatchObjectSize</a>
   */
  @Value.Immutable
  interface MatchObjectSize extends PropertyValue {

    /**
     * This property specifies the minimum object size in bytes. The value must be a positive
     * number, greater than 0 and less than 5 TB.
     */
    Optional<Expr> bytesGreaterThan();

    /**
     * This property specifies the maximum object size in bytes. The value must be a positive
     * number, greater than the minimum object size and less than 5 TB.
     */
    Optional<Expr> bytesLessThan();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BytesGreaterThan", bytesGreaterThan())
          .put("BytesLessThan", bytesLessThan())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MatchObjectSize}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLensGroup.MatchObjectSize.Builder {

      public Builder bytesGreaterThan(long value) {
        bytesGreaterThan(Expr.of(value));
        return this;
      }

      public Builder bytesLessThan(long value) {
        bytesLessThan(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLensGroup.Or}: This resource contains the `Or` logical operator, which
   * allows multiple filter conditions to be joined for more complex comparisons of Storage Lens
   * group data. Objects can match any of the listed filter conditions that are joined by the `Or`
   * logical operator. Only one of each filter condition is allowed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelensgroup-or.html">AWS::S3::StorageLensGroup.Or</a>
   */
  @Value.Immutable
  interface Or extends PropertyValue {

    /**
     * This property contains a list of prefixes. At least one prefix must be specified. Up to 10
     * prefixes are allowed.
     */
    Optional<Expr> matchAnyPrefix();

    /**
     * This property contains the list of suffixes. At least one suffix must be specified. Up to 10
     * suffixes are allowed.
     */
    Optional<Expr> matchAnySuffix();

    /**
     * This property contains the list of S3 object tags. At least one object tag must be specified.
     * Up to 10 object tags are allowed.
     */
    Optional<Expr> matchAnyTag();

    /** This property filters objects that match the specified object age range. */
    Optional<Expr> matchObjectAge();

    /**
     * This property contains the `BytesGreaterThan` and `BytesLessThan` values to define the object
     * size range (minimum and maximum number of Bytes).
     */
    Optional<Expr> matchObjectSize();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MatchAnyPrefix", matchAnyPrefix())
          .put("MatchAnySuffix", matchAnySuffix())
          .put("MatchAnyTag", matchAnyTag())
          .put("MatchObjectAge", matchObjectAge())
          .put("MatchObjectSize", matchObjectSize())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Or}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLensGroup.Or.Builder {

      public Builder matchAnyPrefix(List<? extends Expr> values) {
        matchAnyPrefix(Expr.list(values));
        return this;
      }

      public Builder matchAnyPrefix(String... values) {
        matchAnyPrefix(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder matchAnySuffix(List<? extends Expr> values) {
        matchAnySuffix(Expr.list(values));
        return this;
      }

      public Builder matchAnySuffix(String... values) {
        matchAnySuffix(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder matchAnyTag(List<? extends Expr> values) {
        matchAnyTag(Expr.list(values));
        return this;
      }
    }
  }
}
