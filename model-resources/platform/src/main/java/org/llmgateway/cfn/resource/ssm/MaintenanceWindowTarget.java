// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::MaintenanceWindowTarget}: The `AWS::SSM::MaintenanceWindowTarget` resource
 * registers a target with a maintenance window for AWS Systems Manager . For more information, see
 * [RegisterTargetWithMaintenanceWindow](https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTargetWithMaintenanceWindow.html)
 * in the *AWS Systems Manager API Reference* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-maintenancewindowtarget.html">AWS::SSM::MaintenanceWindowTarget</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MaintenanceWindowTarget extends Resource {

  String TYPE = "AWS::SSM::MaintenanceWindowTarget";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description for the target. */
  Optional<Expr> description();

  /** The name for the maintenance window target. */
  Optional<Expr> name();

  /**
   * A user-provided value that will be included in any Amazon CloudWatch Events events that are
   * raised while running tasks for these targets in this maintenance window.
   */
  Optional<Expr> ownerInformation();

  /** Required. The type of target that is being registered with the maintenance window. */
  Expr resourceTypeValue();

  /**
   * Required. The targets to register with the maintenance window. In other words, the instances to
   * run commands on when the maintenance window runs.
   */
  Expr targets();

  /** Required. The ID of the maintenance window to register the target with. */
  Expr windowId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("Name", name())
        .put("OwnerInformation", ownerInformation())
        .put("ResourceType", resourceTypeValue())
        .put("Targets", targets())
        .put("WindowId", windowId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code WindowTargetId} attribute: The ID of the target. */
  default GetAtt attrWindowTargetId() {
    return getAtt("WindowTargetId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MaintenanceWindowTarget}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableMaintenanceWindowTarget.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder ownerInformation(String value) {
      ownerInformation(Expr.of(value));
      return this;
    }

    public Builder resourceTypeValue(String value) {
      resourceTypeValue(Expr.of(value));
      return this;
    }

    public Builder targets(List<? extends Expr> values) {
      targets(Expr.list(values));
      return this;
    }

    public Builder windowId(String value) {
      windowId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTarget.Targets}: The `Targets` property type specifies adding
   * a target to a maintenance window target in AWS Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtarget-targets.html">AWS::SSM::MaintenanceWindowTarget.Targets</a>
   */
  @Value.Immutable
  interface Targets extends PropertyValue {

    /**
     * Required. User-defined criteria for sending commands that target managed nodes that meet the
     * criteria.
     */
    Expr key();

    /**
     * Required. User-defined criteria that maps to `Key` . For example, if you specified
     * `tag:ServerRole` , you could specify `value:WebServer` to run a command on instances that
     * include EC2 tags of `ServerRole,WebServer` .
     */
    Expr values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Targets}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMaintenanceWindowTarget.Targets.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
