package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::NatGateway. {@code Ref} gives the NAT gateway id. */
@Value.Immutable
@CfnStyle
public interface NatGateway extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::NatGateway";
  }

  /** The Elastic IP of a public NAT gateway. */
  @JsonProperty("AllocationId")
  Optional<Expr> allocationId();

  /** The public subnet the gateway lives in. */
  @JsonProperty("SubnetId")
  Expr subnetId();

  /** {@code public} (AWS's default) or {@code private}. */
  @JsonProperty("ConnectivityType")
  Optional<String> connectivityType();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableNatGateway.Builder builder() {
    return ImmutableNatGateway.builder();
  }
}
