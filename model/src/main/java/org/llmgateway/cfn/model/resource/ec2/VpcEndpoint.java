package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::VPCEndpoint: private access from the VPC to an AWS service. */
@Value.Immutable
@CfnStyle
public interface VpcEndpoint extends Resource {

  /** How the endpoint is reached. */
  enum Type {
    /** Route table entries to the service's prefix list (S3, DynamoDB); free of charge. */
    GATEWAY("Gateway"),
    /** Network interfaces in subnets, guarded by security groups. */
    INTERFACE("Interface");

    private final String cfnName;

    Type(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    public String cfnName() {
      return cfnName;
    }
  }

  @Override
  default String resourceType() {
    return "AWS::EC2::VPCEndpoint";
  }

  @JsonProperty("VpcId")
  Expr vpcId();

  /** e.g. {@code com.amazonaws.<region>.s3}. */
  @JsonProperty("ServiceName")
  Expr serviceName();

  @JsonProperty("VpcEndpointType")
  Type vpcEndpointType();

  /** Gateway endpoints: the route tables that get the service's route. */
  @JsonProperty("RouteTableIds")
  List<Expr> routeTableIds();

  /** Interface endpoints: one subnet per AZ for the network interfaces. */
  @JsonProperty("SubnetIds")
  List<Expr> subnetIds();

  /** Interface endpoints: the groups on the network interfaces. */
  @JsonProperty("SecurityGroupIds")
  List<Expr> securityGroupIds();

  /** Interface endpoints: whether the service's public DNS name resolves to the endpoint. */
  @JsonProperty("PrivateDnsEnabled")
  Optional<Boolean> privateDnsEnabled();

  @JsonProperty("Tags")
  List<Tag> tags();

  @Value.Check
  default void check() {
    boolean gateway = vpcEndpointType() == Type.GATEWAY;
    if (gateway
        && (!subnetIds().isEmpty() || !securityGroupIds().isEmpty()
            || privateDnsEnabled().isPresent())) {
      throw new IllegalStateException(
          "VPCEndpoint " + logicalId()
              + ": a Gateway endpoint takes RouteTableIds, not subnets, security groups or"
              + " private DNS");
    }
    if (!gateway && !routeTableIds().isEmpty()) {
      throw new IllegalStateException(
          "VPCEndpoint " + logicalId() + ": an Interface endpoint takes SubnetIds, not RouteTableIds");
    }
  }

  static ImmutableVpcEndpoint.Builder builder() {
    return ImmutableVpcEndpoint.builder();
  }
}
