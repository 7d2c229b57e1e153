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
 * {@code AWS::ECS::Daemon}: Information about a daemon resource.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-daemon.html">AWS::ECS::Daemon</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Daemon extends Resource {

  String TYPE = "AWS::ECS::Daemon";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The Amazon Resource Names (ARNs) of the capacity providers associated with the daemon. */
  Optional<Expr> capacityProviderArns();

  /** The Amazon Resource Name (ARN) of the cluster that the daemon is running in. */
  Optional<Expr> clusterArn();

  /** {@code Critical}. */
  Optional<Expr> critical();

  /** {@code DaemonName}. */
  Optional<Expr> daemonName();

  /** The Amazon Resource Name (ARN) of the daemon task definition used by this revision. */
  Optional<Expr> daemonTaskDefinitionArn();

  /**
   * Optional deployment parameters that control how a daemon rolls out updates across container
   * instances.
   */
  Optional<Expr> deploymentConfiguration();

  /** Specifies whether Amazon ECS managed tags are turned on for the daemon tasks. */
  Optional<Expr> enableECSManagedTags();

  /** Specifies whether the execute command functionality is turned on for the daemon tasks. */
  Optional<Expr> enableExecuteCommand();

  /** Specifies whether tags are propagated from the daemon to the daemon tasks. */
  Optional<Expr> propagateTags();

  /** {@code Tags}. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CapacityProviderArns", capacityProviderArns())
        .put("ClusterArn", clusterArn())
        .put("Critical", critical())
        .put("DaemonName", daemonName())
        .put("DaemonTaskDefinitionArn", daemonTaskDefinitionArn())
        .put("DeploymentConfiguration", deploymentConfiguration())
        .put("EnableECSManagedTags", enableECSManagedTags())
        .put("EnableExecuteCommand", enableExecuteCommand())
        .put("PropagateTags", propagateTags())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreatedAt} attribute. */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  /** The {@code DaemonArn} attribute. */
  default GetAtt attrDaemonArn() {
    return getAtt("DaemonArn");
  }

  /** The {@code DaemonStatus} attribute. */
  default GetAtt attrDaemonStatus() {
    return getAtt("DaemonStatus");
  }

  /** The {@code DeploymentArn} attribute. */
  default GetAtt attrDeploymentArn() {
    return getAtt("DeploymentArn");
  }

  /** The {@code UpdatedAt} attribute. */
  default GetAtt attrUpdatedAt() {
    return getAtt("UpdatedAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Daemon}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDaemon.Builder {

    public Builder capacityProviderArns(List<? extends Expr> values) {
      capacityProviderArns(Expr.list(values));
      return this;
    }

    public Builder capacityProviderArns(String... values) {
      capacityProviderArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder clusterArn(String value) {
      clusterArn(Expr.of(value));
      return this;
    }

    public Builder critical(boolean value) {
      critical(Expr.of(value));
      return this;
    }

    public Builder daemonName(String value) {
      daemonName(Expr.of(value));
      return this;
    }

    public Builder daemonTaskDefinitionArn(String value) {
      daemonTaskDefinitionArn(Expr.of(value));
      return this;
    }

    public Builder enableECSManagedTags(boolean value) {
      enableECSManagedTags(Expr.of(value));
      return this;
    }

    public Builder enableExecuteCommand(boolean value) {
      enableExecuteCommand(Expr.of(value));
      return this;
    }

    public Builder propagateTags(String value) {
      propagateTags(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::Daemon.DaemonAlarmConfiguration}: The CloudWatch alarm configuration for a
   * daemon. When enabled, CloudWatch alarms determine whether a daemon deployment has failed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-daemon-daemonalarmconfiguration.html">AWS::ECS::Daemon.DaemonAlarmConfiguration</a>
   */
  @Value.Immutable
  interface DaemonAlarmConfiguration extends PropertyValue {

    /** The CloudWatch alarm names to monitor during a daemon deployment. */
    Optional<Expr> alarmNames();

    /**
     * Determines whether to use the CloudWatch alarm option in the daemon deployment process. The
     * default value is ``false``.
     */
    Optional<Expr> enable();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AlarmNames", alarmNames())
          .put("Enable", enable())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DaemonAlarmConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDaemon.DaemonAlarmConfiguration.Builder {

      public Builder alarmNames(List<? extends Expr> values) {
        alarmNames(Expr.list(values));
        return this;
      }

      public Builder alarmNames(String... values) {
        alarmNames(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder enable(boolean value) {
        enable(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Daemon.DaemonDeploymentConfiguration}: Optional deployment parameters that
   * control how a daemon rolls out updates across container instances.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-daemon-daemondeploymentconfiguration.html">AWS::ECS::Daemon.DaemonDeploymentConfiguration</a>
   */
  @Value.Immutable
  interface DaemonDeploymentConfiguration extends PropertyValue {

    /**
     * The CloudWatch alarm configuration for a daemon. When enabled, CloudWatch alarms determine
     * whether a daemon deployment has failed.
     */
    Optional<Expr> alarms();

    /**
     * The amount of time (in minutes) to wait after a successful deployment step before proceeding.
     * This allows time to monitor for issues before continuing. The default value is 0.
     */
    Optional<Expr> bakeTimeInMinutes();

    /**
     * The percentage of container instances to drain simultaneously during a daemon deployment.
     * Valid values are between 0.0 and 100.0.
     */
    Optional<Expr> drainPercent();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Alarms", alarms())
          .put("BakeTimeInMinutes", bakeTimeInMinutes())
          .put("DrainPercent", drainPercent())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DaemonDeploymentConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDaemon.DaemonDeploymentConfiguration.Builder {

      public Builder bakeTimeInMinutes(long value) {
        bakeTimeInMinutes(Expr.of(value));
        return this;
      }

      public Builder drainPercent(long value) {
        drainPercent(Expr.of(value));
        return this;
      }

      public Builder drainPercent(double value) {
        drainPercent(Expr.of(value));
        return this;
      }
    }
  }
}
