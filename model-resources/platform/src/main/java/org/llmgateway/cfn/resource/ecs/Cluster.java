// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecs;

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
 * {@code AWS::ECS::Cluster}: The `AWS::ECS::Cluster` resource creates an Amazon Elastic Container
 * Service (Amazon ECS) cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-cluster.html">AWS::ECS::Cluster</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Cluster extends Resource {

  String TYPE = "AWS::ECS::Cluster";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The short name of one or more capacity providers to associate with the cluster. A capacity
   * provider must be associated with a cluster before it can be included as part of the default
   * capacity provider strategy of the cluster or used in a capacity provider strategy when calling
   * the
   * [CreateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html)
   * or [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html)
   * actions.
   */
  Optional<Expr> capacityProviders();

  /**
   * A user-generated string that you use to identify your cluster. If you don't specify a name, AWS
   * CloudFormation generates a unique physical ID for the name.
   */
  Optional<Expr> clusterName();

  /**
   * The settings to use when creating a cluster. This parameter is used to turn on CloudWatch
   * Container Insights with enhanced observability or CloudWatch Container Insights for a cluster.
   */
  Optional<Expr> clusterSettings();

  /** The execute command and managed storage configuration for the cluster. */
  Optional<Expr> configuration();

  /**
   * The default capacity provider strategy for the cluster. When services or tasks are run in the
   * cluster with no launch type or capacity provider strategy specified, the default capacity
   * provider strategy is used.
   */
  Optional<Expr> defaultCapacityProviderStrategy();

  /**
   * Use this parameter to set a default Service Connect namespace. After you set a default Service
   * Connect namespace, any new services with Service Connect turned on that are created in the
   * cluster are added as client services in the namespace. This setting only applies to new
   * services that set the `enabled` parameter to `true` in the `ServiceConnectConfiguration` . You
   * can set the namespace of each service individually in the `ServiceConnectConfiguration` to
   * override this default parameter.
   */
  Optional<Expr> serviceConnectDefaults();

  /**
   * The metadata that you apply to the cluster to help you categorize and organize them. Each tag
   * consists of a key and an optional value. You define both.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CapacityProviders", capacityProviders())
        .put("ClusterName", clusterName())
        .put("ClusterSettings", clusterSettings())
        .put("Configuration", configuration())
        .put("DefaultCapacityProviderStrategy", defaultCapacityProviderStrategy())
        .put("ServiceConnectDefaults", serviceConnectDefaults())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the Amazon ECS cluster, such as
   * `arn:aws:ecs:us-east-2:123456789012:cluster/MyECSCluster` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cluster}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCluster.Builder {

    public Builder capacityProviders(List<? extends Expr> values) {
      capacityProviders(Expr.list(values));
      return this;
    }

    public Builder capacityProviders(String... values) {
      capacityProviders(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder clusterName(String value) {
      clusterName(Expr.of(value));
      return this;
    }

    public Builder clusterSettings(List<? extends Expr> values) {
      clusterSettings(Expr.list(values));
      return this;
    }

    public Builder defaultCapacityProviderStrategy(List<? extends Expr> values) {
      defaultCapacityProviderStrategy(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::Cluster.CapacityProviderStrategyItem}: The `CapacityProviderStrategyItem`
   * property specifies the details of the default capacity provider strategy for the cluster. When
   * services or tasks are run in the cluster with no launch type or capacity provider strategy
   * specified, the default capacity provider strategy is used.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-capacityproviderstrategyitem.html">AWS::ECS::Cluster.CapacityProviderStrategyItem</a>
   */
  @Value.Immutable
  interface CapacityProviderStrategyItem extends PropertyValue {

    /**
     * The *base* value designates how many tasks, at a minimum, to run on the specified capacity
     * provider for each service. Only one capacity provider in a capacity provider strategy can
     * have a *base* defined. If no value is specified, the default value of `0` is used.
     */
    Optional<Expr> base();

    /**
     * The short name of the capacity provider. This can be either an AWS managed capacity provider
     * ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you created.
     */
    Optional<Expr> capacityProvider();

    /**
     * The *weight* value designates the relative percentage of the total number of tasks launched
     * that should use the specified capacity provider. The `weight` value is taken into
     * consideration after the `base` value, if defined, is satisfied.
     */
    Optional<Expr> weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Base", base())
          .put("CapacityProvider", capacityProvider())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderStrategyItem}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCluster.CapacityProviderStrategyItem.Builder {

      public Builder base(long value) {
        base(Expr.of(value));
        return this;
      }

      public Builder capacityProvider(String value) {
        capacityProvider(Expr.of(value));
        return this;
      }

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Cluster.ClusterConfiguration}: The execute command and managed storage
   * configuration for the cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-clusterconfiguration.html">AWS::ECS::Cluster.ClusterConfiguration</a>
   */
  @Value.Immutable
  interface ClusterConfiguration extends PropertyValue {

    /** The details of the execute command configuration. */
    Optional<Expr> executeCommandConfiguration();

    /** The details of the managed storage configuration. */
    Optional<Expr> managedStorageConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExecuteCommandConfiguration", executeCommandConfiguration())
          .put("ManagedStorageConfiguration", managedStorageConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClusterConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCluster.ClusterConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::ECS::Cluster.ClusterSettings}: The settings to use when creating a cluster. This
   * parameter is used to turn on CloudWatch Container Insights with enhanced observability or
   * CloudWatch Container Insights for a cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-clustersettings.html">AWS::ECS::Cluster.ClusterSettings</a>
   */
  @Value.Immutable
  interface ClusterSettings extends PropertyValue {

    /** The name of the cluster setting. The value is `containerInsights` . */
    Optional<Expr> name();

    /**
     * The value to set for the cluster setting. The supported values are `enhanced` , `enabled` ,
     * and `disabled` .
     */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ClusterSettings}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCluster.ClusterSettings.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Cluster.ExecuteCommandConfiguration}: The details of the execute command
   * configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-executecommandconfiguration.html">AWS::ECS::Cluster.ExecuteCommandConfiguration</a>
   */
  @Value.Immutable
  interface ExecuteCommandConfiguration extends PropertyValue {

    /**
     * Specify an AWS Key Management Service key ID to encrypt the data between the local client and
     * the container.
     */
    Optional<Expr> kmsKeyId();

    /**
     * The log configuration for the results of the execute command actions. The logs can be sent to
     * CloudWatch Logs or an Amazon S3 bucket. When `logging=OVERRIDE` is specified, a
     * `logConfiguration` must be provided.
     */
    Optional<Expr> logConfiguration();

    /**
     * The log setting to use for redirecting logs for your execute command results. The following
     * log settings are available.
     */
    Optional<Expr> logging();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KmsKeyId", kmsKeyId())
          .put("LogConfiguration", logConfiguration())
          .put("Logging", logging())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExecuteCommandConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCluster.ExecuteCommandConfiguration.Builder {

      public Builder kmsKeyId(String value) {
        kmsKeyId(Expr.of(value));
        return this;
      }

      public Builder logging(String value) {
        logging(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Cluster.ExecuteCommandLogConfiguration}: The log configuration for the results
   * of the execute command actions. The logs can be sent to CloudWatch Logs or an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-executecommandlogconfiguration.html">AWS::ECS::Cluster.ExecuteCommandLogConfiguration</a>
   */
  @Value.Immutable
  interface ExecuteCommandLogConfiguration extends PropertyValue {

    /**
     * Determines whether to use encryption on the CloudWatch logs. If not specified, encryption
     * will be off.
     */
    Optional<Expr> cloudWatchEncryptionEnabled();

    /** The name of the CloudWatch log group to send logs to. */
    Optional<Expr> cloudWatchLogGroupName();

    /** The name of the S3 bucket to send logs to. */
    Optional<Expr> s3BucketName();

    /**
     * Determines whether to use encryption on the S3 logs. If not specified, encryption is not
     * used.
     */
    Optional<Expr> s3EncryptionEnabled();

    /** An optional folder in the S3 bucket to place logs in. */
    Optional<Expr> s3KeyPrefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchEncryptionEnabled", cloudWatchEncryptionEnabled())
          .put("CloudWatchLogGroupName", cloudWatchLogGroupName())
          .put("S3BucketName", s3BucketName())
          .put("S3EncryptionEnabled", s3EncryptionEnabled())
          .put("S3KeyPrefix", s3KeyPrefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExecuteCommandLogConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCluster.ExecuteCommandLogConfiguration.Builder {

      public Builder cloudWatchEncryptionEnabled(boolean value) {
        cloudWatchEncryptionEnabled(Expr.of(value));
        return this;
      }

      public Builder cloudWatchLogGroupName(String value) {
        cloudWatchLogGroupName(Expr.of(value));
        return this;
      }

      public Builder s3BucketName(String value) {
        s3BucketName(Expr.of(value));
        return this;
      }

      public Builder s3EncryptionEnabled(boolean value) {
        s3EncryptionEnabled(Expr.of(value));
        return this;
      }

      public Builder s3KeyPrefix(String value) {
        s3KeyPrefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Cluster.ManagedStorageConfiguration}: The managed storage configuration for
   * the cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-managedstorageconfiguration.html">AWS::ECS::Cluster.ManagedStorageConfiguration</a>
   */
  @Value.Immutable
  interface ManagedStorageConfiguration extends PropertyValue {

    /** Specify the AWS Key Management Service key ID for Fargate ephemeral storage. */
    Optional<Expr> fargateEphemeralStorageKmsKeyId();

    /** Specify a AWS Key Management Service key ID to encrypt Amazon ECS managed storage. */
    Optional<Expr> kmsKeyId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FargateEphemeralStorageKmsKeyId", fargateEphemeralStorageKmsKeyId())
          .put("KmsKeyId", kmsKeyId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedStorageConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCluster.ManagedStorageConfiguration.Builder {

      public Builder fargateEphemeralStorageKmsKeyId(String value) {
        fargateEphemeralStorageKmsKeyId(Expr.of(value));
        return this;
      }

      public Builder kmsKeyId(String value) {
        kmsKeyId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Cluster.ServiceConnectDefaults}: Use this parameter to set a default Service
   * Connect namespace. After you set a default Service Connect namespace, any new services with
   * Service Connect turned on that are created in the cluster are added as client services in the
   * namespace. This setting only applies to new services that set the `enabled` parameter to `true`
   * in the `ServiceConnectConfiguration` . You can set the namespace of each service individually
   * in the `ServiceConnectConfiguration` to override this default parameter.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-cluster-serviceconnectdefaults.html">AWS::ECS::Cluster.ServiceConnectDefaults</a>
   */
  @Value.Immutable
  interface ServiceConnectDefaults extends PropertyValue {

    /**
     * The namespace name or full Amazon Resource Name (ARN) of the AWS Cloud Map namespace that's
     * used when you create a service and don't specify a Service Connect configuration. The
     * namespace name can include up to 1024 characters. The name is case-sensitive. The name can't
     * include greater than (&gt;), less than (&lt;), double quotation marks ("), or slash (/).
     */
    Optional<Expr> namespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Namespace", namespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectDefaults}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCluster.ServiceConnectDefaults.Builder {

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }
    }
  }
}
