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
 * {@code AWS::EC2::InstanceConnectEndpoint}: Creates an EC2 Instance Connect Endpoint.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-instanceconnectendpoint.html">AWS::EC2::InstanceConnectEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface InstanceConnectEndpoint extends Resource {

  String TYPE = "AWS::EC2::InstanceConnectEndpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
   */
  Optional<Expr> clientToken();

  /**
   * Indicates whether the client IP address is preserved as the source. The following are the
   * possible values.
   */
  Optional<Expr> preserveClientIp();

  /**
   * One or more security groups to associate with the endpoint. If you don't specify a security
   * group, the default security group for your VPC will be associated with the endpoint.
   */
  Optional<Expr> securityGroupIds();

  /** Required. The ID of the subnet in which to create the EC2 Instance Connect Endpoint. */
  Expr subnetId();

  /** The tags to apply to the EC2 Instance Connect Endpoint during creation. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ClientToken", clientToken())
        .put("PreserveClientIp", preserveClientIp())
        .put("SecurityGroupIds", securityGroupIds())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AvailabilityZone} attribute: The Availability Zone of the EC2 Instance Connect
   * Endpoint
   */
  default GetAtt attrAvailabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The {@code AvailabilityZoneId} attribute: The ID of the Availability Zone of the EC2 Instance
   * Connect Endpoint
   */
  default GetAtt attrAvailabilityZoneId() {
    return getAtt("AvailabilityZoneId");
  }

  /**
   * The {@code CreatedAt} attribute: The date and time that the EC2 Instance Connect Endpoint was
   * created
   */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  /** The {@code Id} attribute: The ID of the EC2 Instance Connect Endpoint. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code InstanceConnectEndpointArn} attribute: The Amazon Resource Name (ARN) of the EC2
   * Instance Connect Endpoint
   */
  default GetAtt attrInstanceConnectEndpointArn() {
    return getAtt("InstanceConnectEndpointArn");
  }

  /**
   * The {@code NetworkInterfaceIds} attribute: The ID of the elastic network interface that Amazon
   * EC2 automatically created when creating the EC2 Instance Connect Endpoint
   */
  default GetAtt attrNetworkInterfaceIds() {
    return getAtt("NetworkInterfaceIds");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the AWS account that created the EC2 Instance Connect
   * Endpoint
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /**
   * The {@code PublicDnsNames} attribute: The public DNS names of the endpoint, including IPv4-only
   * and dualstack DNS names.
   */
  default GetAtt attrPublicDnsNames() {
    return getAtt("PublicDnsNames");
  }

  /** The {@code State} attribute: The current state of the EC2 Instance Connect Endpoint */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code StateMessage} attribute: The message for the current state of the EC2 Instance
   * Connect Endpoint. Can include a failure message
   */
  default GetAtt attrStateMessage() {
    return getAtt("StateMessage");
  }

  /**
   * The {@code VpcId} attribute: The ID of the VPC in which the EC2 Instance Connect Endpoint was
   * created
   */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link InstanceConnectEndpoint}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableInstanceConnectEndpoint.Builder {

    public Builder clientToken(String value) {
      clientToken(Expr.of(value));
      return this;
    }

    public Builder preserveClientIp(boolean value) {
      preserveClientIp(Expr.of(value));
      return this;
    }

    public Builder securityGroupIds(List<? extends Expr> values) {
      securityGroupIds(Expr.list(values));
      return this;
    }

    public Builder securityGroupIds(String... values) {
      securityGroupIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointDnsNames}: The DNS names of the
   * endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instanceconnectendpoint-instanceconnectendpointdnsnames.html">AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointDnsNames</a>
   */
  @Value.Immutable
  interface InstanceConnectEndpointDnsNames extends PropertyValue {

    /** The DNS name of the EC2 Instance Connect Endpoint. */
    Optional<Expr> dnsName();

    /**
     * The Federal Information Processing Standards (FIPS) compliant DNS name of the EC2 Instance
     * Connect Endpoint.
     */
    Optional<Expr> fipsDnsName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DnsName", dnsName())
          .put("FipsDnsName", fipsDnsName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceConnectEndpointDnsNames}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableInstanceConnectEndpoint.InstanceConnectEndpointDnsNames.Builder {

      public Builder dnsName(String value) {
        dnsName(Expr.of(value));
        return this;
      }

      public Builder fipsDnsName(String value) {
        fipsDnsName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointPublicDnsNames}: The public DNS
   * names of the endpoint, including IPv4-only and dualstack DNS names.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instanceconnectendpoint-instanceconnectendpointpublicdnsnames.html">AWS::EC2::InstanceConnectEndpoint.InstanceConnectEndpointPublicDnsNames</a>
   */
  @Value.Immutable
  interface InstanceConnectEndpointPublicDnsNames extends PropertyValue {

    /** The DNS names of the endpoint. */
    Optional<Expr> dualstack();

    /** The DNS names of the endpoint. */
    Optional<Expr> ipv4();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Dualstack", dualstack())
          .put("Ipv4", ipv4())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceConnectEndpointPublicDnsNames}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableInstanceConnectEndpoint.InstanceConnectEndpointPublicDnsNames.Builder {
    }
  }
}
