package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::Subnet. {@code Ref} gives the subnet id. */
@Value.Immutable
@CfnStyle
public interface Subnet extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::Subnet";
  }

  @JsonProperty("VpcId")
  Expr vpcId();

  @JsonProperty("CidrBlock")
  Optional<Expr> cidrBlock();

  @JsonProperty("AvailabilityZone")
  Optional<Expr> availabilityZone();

  /** Whether instances launched here get a public IPv4 address; AWS's default is false. */
  @JsonProperty("MapPublicIpOnLaunch")
  Optional<Boolean> mapPublicIpOnLaunch();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt availabilityZoneAttribute() {
    return getAtt("AvailabilityZone");
  }

  static ImmutableSubnet.Builder builder() {
    return ImmutableSubnet.builder();
  }
}
