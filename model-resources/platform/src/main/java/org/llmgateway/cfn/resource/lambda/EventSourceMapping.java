// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::EventSourceMapping}: The `AWS::Lambda::EventSourceMapping` resource creates a
 * mapping between an event source and an AWS Lambda function. Lambda reads items from the event
 * source and triggers the function.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html">AWS::Lambda::EventSourceMapping</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EventSourceMapping extends Resource {

  String TYPE = "AWS::Lambda::EventSourceMapping";

  /** Values CloudFormation accepts for {@code FunctionResponseTypes}. */
  String FUNCTION_RESPONSE_TYPES_REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK)
   * event source.
   */
  Optional<Expr> amazonManagedKafkaEventSourceConfig();

  /**
   * The maximum number of records in each batch that Lambda pulls from your stream or queue and
   * sends to your function. Lambda passes all of the records in the batch to the function in a
   * single call, up to the payload limit for synchronous invocation (6 MB).
   */
  Optional<Expr> batchSize();

  /**
   * (Kinesis and DynamoDB Streams only) If the function returns an error, split the batch in two
   * and retry. The default value is false.
   */
  Optional<Expr> bisectBatchOnFunctionError();

  /**
   * (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object
   * that specifies the destination of an event after Lambda processes it.
   */
  Optional<Expr> destinationConfig();

  /** Specific configuration settings for a DocumentDB event source. */
  Optional<Expr> documentDBEventSourceConfig();

  /**
   * When true, the event source mapping is active. When false, Lambda pauses polling and
   * invocation.
   */
  Optional<Expr> enabled();

  /** The Amazon Resource Name (ARN) of the event source. */
  Optional<Expr> eventSourceArn();

  /**
   * An object that defines the filter criteria that determine whether Lambda should process an
   * event. For more information, see [Lambda event
   * filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html) .
   */
  Optional<Expr> filterCriteria();

  /** Required. The name or ARN of the Lambda function. */
  Expr functionName();

  /**
   * (Kinesis, DynamoDB Streams, and SQS) A list of current response type enums applied to the event
   * source mapping.
   */
  Optional<Expr> functionResponseTypes();

  /**
   * The ARN of the AWS Key Management Service ( AWS ) customer managed key that Lambda uses to
   * encrypt your function's [filter
   * criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics)
   * .
   */
  Optional<Expr> kmsKeyArn();

  /** The function's Amazon CloudWatch Logs configuration settings. */
  Optional<Expr> loggingConfig();

  /**
   * The maximum amount of time, in seconds, that Lambda spends gathering records before invoking
   * the function.
   */
  Optional<Expr> maximumBatchingWindowInSeconds();

  /**
   * (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older
   * than the specified age. The default value is -1, which sets the maximum age to infinite. When
   * the value is set to infinite, Lambda never discards old records.
   */
  Optional<Expr> maximumRecordAgeInSeconds();

  /**
   * (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after
   * the specified number of retries. The default value is -1, which sets the maximum number of
   * retries to infinite. When MaximumRetryAttempts is infinite, Lambda retries failed records until
   * the record expires in the event source.
   */
  Optional<Expr> maximumRetryAttempts();

  /**
   * The metrics configuration for your event source. For more information, see [Event source
   * mapping
   * metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics)
   * .
   */
  Optional<Expr> metricsConfig();

  /**
   * (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each
   * shard. The default value is 1.
   */
  Optional<Expr> parallelizationFactor();

  /**
   * (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration
   * for the event source. For more information, see [provisioned
   * mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode)
   * .
   */
  Optional<Expr> provisionedPollerConfig();

  /** (Amazon MQ) The name of the Amazon MQ broker destination queue to consume. */
  Optional<Expr> queues();

  /**
   * This property is for Amazon SQS event sources only. You cannot use `ProvisionedPollerConfig`
   * while using `ScalingConfig` . These options are mutually exclusive. To remove the scaling
   * configuration, pass an empty value.
   */
  Optional<Expr> scalingConfig();

  /** The self-managed Apache Kafka cluster for your event source. */
  Optional<Expr> selfManagedEventSource();

  /** Specific configuration settings for a self-managed Apache Kafka event source. */
  Optional<Expr> selfManagedKafkaEventSourceConfig();

  /**
   * An array of the authentication protocol, VPC components, or virtual host to secure and define
   * your event source.
   */
  Optional<Expr> sourceAccessConfigurations();

  /**
   * The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon
   * DynamoDB.
   */
  Optional<Expr> startingPosition();

  /**
   * With `StartingPosition` set to `AT_TIMESTAMP` , the time from which to start reading, in Unix
   * time seconds. `StartingPositionTimestamp` cannot be in the future.
   */
  Optional<Expr> startingPositionTimestamp();

  /** A list of tags to add to the event source mapping. */
  Optional<Expr> tags();

  /** The name of the Kafka topic. */
  Optional<Expr> topics();

  /**
   * (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB
   * and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window.
   */
  Optional<Expr> tumblingWindowInSeconds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AmazonManagedKafkaEventSourceConfig", amazonManagedKafkaEventSourceConfig())
        .put("BatchSize", batchSize())
        .put("BisectBatchOnFunctionError", bisectBatchOnFunctionError())
        .put("DestinationConfig", destinationConfig())
        .put("DocumentDBEventSourceConfig", documentDBEventSourceConfig())
        .put("Enabled", enabled())
        .put("EventSourceArn", eventSourceArn())
        .put("FilterCriteria", filterCriteria())
        .put("FunctionName", functionName())
        .put("FunctionResponseTypes", functionResponseTypes())
        .put("KmsKeyArn", kmsKeyArn())
        .put("LoggingConfig", loggingConfig())
        .put("MaximumBatchingWindowInSeconds", maximumBatchingWindowInSeconds())
        .put("MaximumRecordAgeInSeconds", maximumRecordAgeInSeconds())
        .put("MaximumRetryAttempts", maximumRetryAttempts())
        .put("MetricsConfig", metricsConfig())
        .put("ParallelizationFactor", parallelizationFactor())
        .put("ProvisionedPollerConfig", provisionedPollerConfig())
        .put("Queues", queues())
        .put("ScalingConfig", scalingConfig())
        .put("SelfManagedEventSource", selfManagedEventSource())
        .put("SelfManagedKafkaEventSourceConfig", selfManagedKafkaEventSourceConfig())
        .put("SourceAccessConfigurations", sourceAccessConfigurations())
        .put("StartingPosition", startingPosition())
        .put("StartingPositionTimestamp", startingPositionTimestamp())
        .put("Tags", tags())
        .put("Topics", topics())
        .put("TumblingWindowInSeconds", tumblingWindowInSeconds())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code EventSourceMappingArn} attribute: The Amazon Resource Name (ARN) of the event source
   * mapping.
   */
  default GetAtt attrEventSourceMappingArn() {
    return getAtt("EventSourceMappingArn");
  }

  /** The {@code Id} attribute: The event source mapping's ID. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EventSourceMapping}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEventSourceMapping.Builder {

    public Builder batchSize(long value) {
      batchSize(Expr.of(value));
      return this;
    }

    public Builder bisectBatchOnFunctionError(boolean value) {
      bisectBatchOnFunctionError(Expr.of(value));
      return this;
    }

    public Builder enabled(boolean value) {
      enabled(Expr.of(value));
      return this;
    }

    public Builder eventSourceArn(String value) {
      eventSourceArn(Expr.of(value));
      return this;
    }

    public Builder functionName(String value) {
      functionName(Expr.of(value));
      return this;
    }

    public Builder functionResponseTypes(List<? extends Expr> values) {
      functionResponseTypes(Expr.list(values));
      return this;
    }

    public Builder functionResponseTypes(String... values) {
      functionResponseTypes(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder kmsKeyArn(String value) {
      kmsKeyArn(Expr.of(value));
      return this;
    }

    public Builder maximumBatchingWindowInSeconds(long value) {
      maximumBatchingWindowInSeconds(Expr.of(value));
      return this;
    }

    public Builder maximumRecordAgeInSeconds(long value) {
      maximumRecordAgeInSeconds(Expr.of(value));
      return this;
    }

    public Builder maximumRetryAttempts(long value) {
      maximumRetryAttempts(Expr.of(value));
      return this;
    }

    public Builder parallelizationFactor(long value) {
      parallelizationFactor(Expr.of(value));
      return this;
    }

    public Builder queues(List<? extends Expr> values) {
      queues(Expr.list(values));
      return this;
    }

    public Builder queues(String... values) {
      queues(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder sourceAccessConfigurations(List<? extends Expr> values) {
      sourceAccessConfigurations(Expr.list(values));
      return this;
    }

    public Builder startingPosition(String value) {
      startingPosition(Expr.of(value));
      return this;
    }

    public Builder startingPositionTimestamp(long value) {
      startingPositionTimestamp(Expr.of(value));
      return this;
    }

    public Builder startingPositionTimestamp(double value) {
      startingPositionTimestamp(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder topics(List<? extends Expr> values) {
      topics(Expr.list(values));
      return this;
    }

    public Builder topics(String... values) {
      topics(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tumblingWindowInSeconds(long value) {
      tumblingWindowInSeconds(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.AmazonManagedKafkaEventSourceConfig}: Specific
   * configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event
   * source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-amazonmanagedkafkaeventsourceconfig.html">AWS::Lambda::EventSourceMapping.AmazonManagedKafkaEventSourceConfig</a>
   */
  @Value.Immutable
  interface AmazonManagedKafkaEventSourceConfig extends PropertyValue {

    /**
     * The identifier for the Kafka consumer group to join. The consumer group ID must be unique
     * among all your Kafka event sources. After creating a Kafka event source mapping with the
     * consumer group ID specified, you cannot update this value. For more information, see
     * [Customizable consumer group
     * ID](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-consumer-group-id)
     * .
     */
    Optional<Expr> consumerGroupId();

    /** Specific configuration settings for a Kafka schema registry. */
    Optional<Expr> schemaRegistryConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConsumerGroupId", consumerGroupId())
          .put("SchemaRegistryConfig", schemaRegistryConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AmazonManagedKafkaEventSourceConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.AmazonManagedKafkaEventSourceConfig.Builder {

      public Builder consumerGroupId(String value) {
        consumerGroupId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.DestinationConfig}: A configuration object that
   * specifies the destination of an event after Lambda processes it. For more information, see
   * [Adding a
   * destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-destinationconfig.html">AWS::Lambda::EventSourceMapping.DestinationConfig</a>
   */
  @Value.Immutable
  interface DestinationConfig extends PropertyValue {

    /** The destination configuration for failed invocations. */
    Optional<Expr> onFailure();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OnFailure", onFailure())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DestinationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.DestinationConfig.Builder {
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.DocumentDBEventSourceConfig}: Specific configuration
   * settings for a DocumentDB event source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-documentdbeventsourceconfig.html">AWS::Lambda::EventSourceMapping.DocumentDBEventSourceConfig</a>
   */
  @Value.Immutable
  interface DocumentDBEventSourceConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code FullDocument}. */
    String FULL_DOCUMENT_UPDATE_LOOKUP = "UpdateLookup";
    String FULL_DOCUMENT_DEFAULT = "Default";

    /**
     * The name of the collection to consume within the database. If you do not specify a
     * collection, Lambda consumes all collections.
     */
    Optional<Expr> collectionName();

    /** The name of the database to consume within the DocumentDB cluster. */
    Optional<Expr> databaseName();

    /**
     * Determines what DocumentDB sends to your event stream during document update operations. If
     * set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of
     * the entire document. Otherwise, DocumentDB sends only a partial document that contains the
     * changes.
     */
    Optional<Expr> fullDocument();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CollectionName", collectionName())
          .put("DatabaseName", databaseName())
          .put("FullDocument", fullDocument())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DocumentDBEventSourceConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.DocumentDBEventSourceConfig.Builder {

      public Builder collectionName(String value) {
        collectionName(Expr.of(value));
        return this;
      }

      public Builder databaseName(String value) {
        databaseName(Expr.of(value));
        return this;
      }

      public Builder fullDocument(String value) {
        fullDocument(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.Endpoints}: The list of bootstrap servers for your Kafka
   * brokers in the following format: `"KafkaBootstrapServers":
   * ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-endpoints.html">AWS::Lambda::EventSourceMapping.Endpoints</a>
   */
  @Value.Immutable
  interface Endpoints extends PropertyValue {

    /**
     * The list of bootstrap servers for your Kafka brokers in the following format:
     * `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]` .
     */
    Optional<Expr> kafkaBootstrapServers();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KafkaBootstrapServers", kafkaBootstrapServers())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Endpoints}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.Endpoints.Builder {

      public Builder kafkaBootstrapServers(List<? extends Expr> values) {
        kafkaBootstrapServers(Expr.list(values));
        return this;
      }

      public Builder kafkaBootstrapServers(String... values) {
        kafkaBootstrapServers(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.Filter}: A structure within a `FilterCriteria` object
   * that defines an event filtering pattern.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-filter.html">AWS::Lambda::EventSourceMapping.Filter</a>
   */
  @Value.Immutable
  interface Filter extends PropertyValue {

    /**
     * A filter pattern. For more information on the syntax of a filter pattern, see [Filter rule
     * syntax](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax)
     * .
     */
    Optional<Expr> pattern();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Pattern", pattern())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Filter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.Filter.Builder {

      public Builder pattern(String value) {
        pattern(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.FilterCriteria}: An object that contains the filters for
   * an event source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-filtercriteria.html">AWS::Lambda::EventSourceMapping.FilterCriteria</a>
   */
  @Value.Immutable
  interface FilterCriteria extends PropertyValue {

    /** A list of filters. */
    Optional<Expr> filters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Filters", filters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FilterCriteria}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.FilterCriteria.Builder {

      public Builder filters(List<? extends Expr> values) {
        filters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.LoggingConfig}: The function's Amazon CloudWatch Logs
   * configuration settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-loggingconfig.html">AWS::Lambda::EventSourceMapping.LoggingConfig</a>
   */
  @Value.Immutable
  interface LoggingConfig extends PropertyValue {

    /**
     * Set this property to filter the system logs for your function that Lambda sends to
     * CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
     * `DEBUG` is the highest level and `WARN` is the lowest.
     */
    Optional<Expr> systemLogLevel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SystemLogLevel", systemLogLevel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoggingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.LoggingConfig.Builder {

      public Builder systemLogLevel(String value) {
        systemLogLevel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.MetricsConfig}: The metrics configuration for your event
   * source. Use this configuration object to define which metrics you want your event source
   * mapping to produce.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-metricsconfig.html">AWS::Lambda::EventSourceMapping.MetricsConfig</a>
   */
  @Value.Immutable
  interface MetricsConfig extends PropertyValue {

    /**
     * The metrics you want your event source mapping to produce. Include `EventCount` to receive
     * event source mapping metrics related to the number of events processed by your event source
     * mapping. For more information about these metrics, see [Event source mapping
     * metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics)
     * .
     */
    Optional<Expr> metrics();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Metrics", metrics())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MetricsConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.MetricsConfig.Builder {

      public Builder metrics(List<? extends Expr> values) {
        metrics(Expr.list(values));
        return this;
      }

      public Builder metrics(String... values) {
        metrics(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.OnFailure}: A destination for events that failed
   * processing. For more information, see [Adding a
   * destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-onfailure.html">AWS::Lambda::EventSourceMapping.OnFailure</a>
   */
  @Value.Immutable
  interface OnFailure extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the destination resource. */
    Optional<Expr> destination();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OnFailure}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.OnFailure.Builder {

      public Builder destination(String value) {
        destination(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.ProvisionedPollerConfig}: The [provisioned
   * mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode)
   * configuration for the event source. Use Provisioned Mode to customize the minimum and maximum
   * number of event pollers for your event source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-provisionedpollerconfig.html">AWS::Lambda::EventSourceMapping.ProvisionedPollerConfig</a>
   */
  @Value.Immutable
  interface ProvisionedPollerConfig extends PropertyValue {

    /**
     * The maximum number of event pollers this event source can scale up to. For Amazon SQS events
     * source mappings, default is 200, and minimum value allowed is 2. For Amazon MSK and
     * self-managed Apache Kafka event source mappings, default is 200, and minimum value allowed is
     * 1.
     */
    Optional<Expr> maximumPollers();

    /**
     * The minimum number of event pollers this event source can scale down to. For Amazon SQS
     * events source mappings, default is 2, and minimum 2 required. For Amazon MSK and self-managed
     * Apache Kafka event source mappings, default is 1.
     */
    Optional<Expr> minimumPollers();

    /**
     * (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use this
     * option to group multiple ESMs within the event source's VPC to share Event Poller Unit (EPU)
     * capacity. You can use this option to optimize Provisioned mode costs for your ESMs. You can
     * group up to 100 ESMs per poller group and aggregate maximum pollers across all ESMs in a
     * group cannot exceed 2000.
     */
    Optional<Expr> pollerGroupName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaximumPollers", maximumPollers())
          .put("MinimumPollers", minimumPollers())
          .put("PollerGroupName", pollerGroupName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ProvisionedPollerConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.ProvisionedPollerConfig.Builder {

      public Builder maximumPollers(long value) {
        maximumPollers(Expr.of(value));
        return this;
      }

      public Builder minimumPollers(long value) {
        minimumPollers(Expr.of(value));
        return this;
      }

      public Builder pollerGroupName(String value) {
        pollerGroupName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.ScalingConfig}: (Amazon SQS only) The scaling
   * configuration for the event source. To remove the configuration, pass an empty value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-scalingconfig.html">AWS::Lambda::EventSourceMapping.ScalingConfig</a>
   */
  @Value.Immutable
  interface ScalingConfig extends PropertyValue {

    /** Limits the number of concurrent instances that the Amazon SQS event source can invoke. */
    Optional<Expr> maximumConcurrency();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaximumConcurrency", maximumConcurrency())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ScalingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventSourceMapping.ScalingConfig.Builder {

      public Builder maximumConcurrency(long value) {
        maximumConcurrency(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.SchemaRegistryAccessConfig}: Specific access
   * configuration settings that tell Lambda how to authenticate with your schema registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-schemaregistryaccessconfig.html">AWS::Lambda::EventSourceMapping.SchemaRegistryAccessConfig</a>
   */
  @Value.Immutable
  interface SchemaRegistryAccessConfig extends PropertyValue {

    /** The type of authentication Lambda uses to access your schema registry. */
    Optional<Expr> type();

    /**
     * The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry.
     */
    Optional<Expr> uri();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .put("URI", uri())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SchemaRegistryAccessConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.SchemaRegistryAccessConfig.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder uri(String value) {
        uri(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.SchemaRegistryConfig}: Specific configuration settings
   * for a Kafka schema registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-schemaregistryconfig.html">AWS::Lambda::EventSourceMapping.SchemaRegistryConfig</a>
   */
  @Value.Immutable
  interface SchemaRegistryConfig extends PropertyValue {

    /**
     * An array of access configuration objects that tell Lambda how to authenticate with your
     * schema registry.
     */
    Optional<Expr> accessConfigs();

    /** The record format that Lambda delivers to your function after schema validation. */
    Optional<Expr> eventRecordFormat();

    /**
     * The URI for your schema registry. The correct URI format depends on the type of schema
     * registry you're using.
     */
    Optional<Expr> schemaRegistryURI();

    /**
     * An array of schema validation configuration objects, which tell Lambda the message attributes
     * you want to validate and filter using your schema registry.
     */
    Optional<Expr> schemaValidationConfigs();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessConfigs", accessConfigs())
          .put("EventRecordFormat", eventRecordFormat())
          .put("SchemaRegistryURI", schemaRegistryURI())
          .put("SchemaValidationConfigs", schemaValidationConfigs())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SchemaRegistryConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.SchemaRegistryConfig.Builder {

      public Builder accessConfigs(List<? extends Expr> values) {
        accessConfigs(Expr.list(values));
        return this;
      }

      public Builder eventRecordFormat(String value) {
        eventRecordFormat(Expr.of(value));
        return this;
      }

      public Builder schemaRegistryURI(String value) {
        schemaRegistryURI(Expr.of(value));
        return this;
      }

      public Builder schemaValidationConfigs(List<? extends Expr> values) {
        schemaValidationConfigs(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.SchemaValidationConfig}: Specific schema validation
   * configuration settings that tell Lambda the message attributes you want to validate and filter
   * using your schema registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-schemavalidationconfig.html">AWS::Lambda::EventSourceMapping.SchemaValidationConfig</a>
   */
  @Value.Immutable
  interface SchemaValidationConfig extends PropertyValue {

    /**
     * The attributes you want your schema registry to validate and filter for. If you selected
     * `JSON` as the `EventRecordFormat` , Lambda also deserializes the selected message attributes.
     */
    Optional<Expr> attribute();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Attribute", attribute())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SchemaValidationConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.SchemaValidationConfig.Builder {

      public Builder attribute(String value) {
        attribute(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.SelfManagedEventSource}: The self-managed Apache Kafka
   * cluster for your event source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-selfmanagedeventsource.html">AWS::Lambda::EventSourceMapping.SelfManagedEventSource</a>
   */
  @Value.Immutable
  interface SelfManagedEventSource extends PropertyValue {

    /**
     * The list of bootstrap servers for your Kafka brokers in the following format:
     * `"KafkaBootstrapServers": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]` .
     */
    Optional<Expr> endpoints();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Endpoints", endpoints())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SelfManagedEventSource}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.SelfManagedEventSource.Builder {
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.SelfManagedKafkaEventSourceConfig}: Specific
   * configuration settings for a self-managed Apache Kafka event source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-selfmanagedkafkaeventsourceconfig.html">AWS::Lambda::EventSourceMapping.SelfManagedKafkaEventSourceConfig</a>
   */
  @Value.Immutable
  interface SelfManagedKafkaEventSourceConfig extends PropertyValue {

    /**
     * The identifier for the Kafka consumer group to join. The consumer group ID must be unique
     * among all your Kafka event sources. After creating a Kafka event source mapping with the
     * consumer group ID specified, you cannot update this value. For more information, see
     * [Customizable consumer group
     * ID](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka-process.html#services-smaa-topic-add)
     * .
     */
    Optional<Expr> consumerGroupId();

    /**
     * The mode that determines how Lambda reads from a Kafka topic. Use Stream for ordered
     * processing or Queue for higher throughput when ordering is not required.
     */
    Optional<Expr> consumptionMode();

    /** Specific configuration settings for a Kafka schema registry. */
    Optional<Expr> schemaRegistryConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConsumerGroupId", consumerGroupId())
          .put("ConsumptionMode", consumptionMode())
          .put("SchemaRegistryConfig", schemaRegistryConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SelfManagedKafkaEventSourceConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.SelfManagedKafkaEventSourceConfig.Builder {

      public Builder consumerGroupId(String value) {
        consumerGroupId(Expr.of(value));
        return this;
      }

      public Builder consumptionMode(String value) {
        consumptionMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventSourceMapping.SourceAccessConfiguration}: An array of the
   * authentication protocol, VPC components, or virtual host to secure and define your event
   * source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventsourcemapping-sourceaccessconfiguration.html">AWS::Lambda::EventSourceMapping.SourceAccessConfiguration</a>
   */
  @Value.Immutable
  interface SourceAccessConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_BASIC_AUTH = "BASIC_AUTH";
    String TYPE_VPC_SUBNET = "VPC_SUBNET";
    String TYPE_VPC_SECURITY_GROUP = "VPC_SECURITY_GROUP";
    String TYPE_SASL_SCRAM_512_AUTH = "SASL_SCRAM_512_AUTH";
    String TYPE_SASL_SCRAM_256_AUTH = "SASL_SCRAM_256_AUTH";
    String TYPE_VIRTUAL_HOST = "VIRTUAL_HOST";
    String TYPE_CLIENT_CERTIFICATE_TLS_AUTH = "CLIENT_CERTIFICATE_TLS_AUTH";
    String TYPE_SERVER_ROOT_CA_CERTIFICATE = "SERVER_ROOT_CA_CERTIFICATE";

    /**
     * The type of authentication protocol, VPC components, or virtual host for your event source.
     * For example: `"Type":"SASL_SCRAM_512_AUTH"` .
     */
    Optional<Expr> type();

    /**
     * The value for your chosen configuration in `Type` . For example: `"URI":
     * "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"` .
     */
    Optional<Expr> uri();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .put("URI", uri())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SourceAccessConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEventSourceMapping.SourceAccessConfiguration.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder uri(String value) {
        uri(Expr.of(value));
        return this;
      }
    }
  }
}
