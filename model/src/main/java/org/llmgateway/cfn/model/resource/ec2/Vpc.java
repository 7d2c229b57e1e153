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

/** AWS::EC2::VPC */
@Value.Immutable
@CfnStyle
public interface Vpc extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::VPC";
  }

  @JsonProperty("CidrBlock")
  Expr cidrBlock();

  @JsonProperty("EnableDnsHostnames")
  Optional<Expr> enableDnsHostnames();

  @JsonProperty("EnableDnsSupport")
  Optional<Expr> enableDnsSupport();

  @JsonProperty("InstanceTenancy")
  Optional<Expr> instanceTenancy();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** The VPC's primary IPv4 CIDR block (attribute CidrBlock). */
  default GetAtt cidrBlockAttribute() {
    return getAtt("CidrBlock");
  }

  static ImmutableVpc.Builder builder() {
    return ImmutableVpc.builder();
  }
}
