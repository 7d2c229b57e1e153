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
 * {@code AWS::EC2::IPv4Pool}: Resource Type definition for AWS::EC2::IPv4Pool. A public IPv4 pool
 * is an EC2 IP address pool required for the public IPv4 CIDRs that you own and bring to AWS to
 * manage with IPAM (BYOIP).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipv4pool.html">AWS::EC2::IPv4Pool</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPv4Pool extends Resource {

  String TYPE = "AWS::EC2::IPv4Pool";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Any tags assigned to the public IPv4 pool. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the public IPv4 pool. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Description} attribute: A description of the public IPv4 pool. */
  default GetAtt attrDescription() {
    return getAtt("Description");
  }

  /**
   * The {@code NetworkBorderGroup} attribute: The name of the location from which the address pool
   * is advertised.
   */
  default GetAtt attrNetworkBorderGroup() {
    return getAtt("NetworkBorderGroup");
  }

  /** The {@code PoolId} attribute: The ID of the public IPv4 pool. */
  default GetAtt attrPoolId() {
    return getAtt("PoolId");
  }

  /** The {@code TotalAddressCount} attribute: The total number of addresses in the pool. */
  default GetAtt attrTotalAddressCount() {
    return getAtt("TotalAddressCount");
  }

  /**
   * The {@code TotalAvailableAddressCount} attribute: The total number of available addresses in
   * the pool.
   */
  default GetAtt attrTotalAvailableAddressCount() {
    return getAtt("TotalAvailableAddressCount");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPv4Pool}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPv4Pool.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
