// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::Host}: Allocates a fully dedicated physical server for launching EC2 instances.
 * Because the host is fully dedicated for your use, it can help you address compliance requirements
 * and reduce costs by allowing you to use your existing server-bound software licenses. For more
 * information, see [Dedicated
 * Hosts](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-overview.html) in the
 * *Amazon EC2 User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-host.html">AWS::EC2::Host</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Host extends Resource {

  String TYPE = "AWS::EC2::Host";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of the Outpost hardware asset on which the Dedicated Host is allocated. */
  Optional<Expr> assetId();

  /**
   * Indicates whether the host accepts any untargeted instance launches that match its instance
   * type configuration, or if it only accepts Host tenancy instance launches that specify its
   * unique host ID. For more information, see [Understanding auto-placement and
   * affinity](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/how-dedicated-hosts-work.html#dedicated-hosts-understanding)
   * in the *Amazon EC2 User Guide* .
   */
  Optional<Expr> autoPlacement();

  /** Required. The Availability Zone in which to allocate the Dedicated Host. */
  Expr availabilityZone();

  /** Indicates whether host maintenance is enabled or disabled for the Dedicated Host. */
  Optional<Expr> hostMaintenance();

  /**
   * Indicates whether to enable or disable host recovery for the Dedicated Host. Host recovery is
   * disabled by default. For more information, see [Host
   * recovery](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-recovery.html) in
   * the *Amazon EC2 User Guide* .
   */
  Optional<Expr> hostRecovery();

  /** The instance family supported by the Dedicated Host. For example, `m5` . */
  Optional<Expr> instanceFamily();

  /**
   * Specifies the instance type to be supported by the Dedicated Hosts. If you specify an instance
   * type, the Dedicated Hosts support instances of the specified instance type only.
   */
  Optional<Expr> instanceType();

  /** The Amazon Resource Name (ARN) of the AWS Outpost on which the Dedicated Host is allocated. */
  Optional<Expr> outpostArn();

  /** Any tags assigned to the Dedicated Host. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AssetId", assetId())
        .put("AutoPlacement", autoPlacement())
        .put("AvailabilityZone", availabilityZone())
        .put("HostMaintenance", hostMaintenance())
        .put("HostRecovery", hostRecovery())
        .put("InstanceFamily", instanceFamily())
        .put("InstanceType", instanceType())
        .put("OutpostArn", outpostArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code HostId} attribute: The ID of the host. */
  default GetAtt attrHostId() {
    return getAtt("HostId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Host}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableHost.Builder {

    public Builder assetId(String value) {
      assetId(Expr.of(value));
      return this;
    }

    public Builder autoPlacement(String value) {
      autoPlacement(Expr.of(value));
      return this;
    }

    public Builder availabilityZone(String value) {
      availabilityZone(Expr.of(value));
      return this;
    }

    public Builder hostMaintenance(String value) {
      hostMaintenance(Expr.of(value));
      return this;
    }

    public Builder hostRecovery(String value) {
      hostRecovery(Expr.of(value));
      return this;
    }

    public Builder instanceFamily(String value) {
      instanceFamily(Expr.of(value));
      return this;
    }

    public Builder instanceType(String value) {
      instanceType(Expr.of(value));
      return this;
    }

    public Builder outpostArn(String value) {
      outpostArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
