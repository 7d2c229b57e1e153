package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::EIP, an Elastic IP address. */
@Value.Immutable
@CfnStyle
public interface Eip extends Resource {

  /** The only Domain a VPC address takes. */
  String DOMAIN_VPC = "vpc";

  @Override
  default String resourceType() {
    return "AWS::EC2::EIP";
  }

  /** {@value #DOMAIN_VPC} for an address used in a VPC (e.g. by a NAT gateway). */
  @JsonProperty("Domain")
  Optional<String> domain();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** The allocation id a NAT gateway takes. */
  default GetAtt allocationId() {
    return getAtt("AllocationId");
  }

  default GetAtt publicIp() {
    return getAtt("PublicIp");
  }

  static ImmutableEip.Builder builder() {
    return ImmutableEip.builder();
  }
}
