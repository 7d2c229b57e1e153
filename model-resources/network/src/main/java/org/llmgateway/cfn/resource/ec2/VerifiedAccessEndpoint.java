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
 * {@code AWS::EC2::VerifiedAccessEndpoint}: An AWS Verified Access endpoint specifies the
 * application that AWS Verified Access provides access to. It must be attached to an AWS Verified
 * Access group. An AWS Verified Access endpoint must also have an attached access policy before you
 * attached it to a group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-verifiedaccessendpoint.html">AWS::EC2::VerifiedAccessEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VerifiedAccessEndpoint extends Resource {

  String TYPE = "AWS::EC2::VerifiedAccessEndpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The DNS name for users to reach your application. */
  Optional<Expr> applicationDomain();

  /**
   * Required. The type of attachment used to provide connectivity between the AWS Verified Access
   * endpoint and the application.
   */
  Expr attachmentType();

  /** The options for a CIDR endpoint. */
  Optional<Expr> cidrOptions();

  /** A description for the AWS Verified Access endpoint. */
  Optional<Expr> description();

  /** The ARN of a public TLS/SSL certificate imported into or created with ACM. */
  Optional<Expr> domainCertificateArn();

  /** A custom identifier that is prepended to the DNS name that is generated for the endpoint. */
  Optional<Expr> endpointDomainPrefix();

  /**
   * Required. The type of AWS Verified Access endpoint. Incoming application requests will be sent
   * to an IP address, load balancer or a network interface depending on the endpoint type
   * specified.
   */
  Expr endpointType();

  /**
   * The load balancer details if creating the AWS Verified Access endpoint as `load-balancer` type.
   */
  Optional<Expr> loadBalancerOptions();

  /** The options for network-interface type endpoint. */
  Optional<Expr> networkInterfaceOptions();

  /** The Verified Access policy document. */
  Optional<Expr> policyDocument();

  /** The status of the Verified Access policy. */
  Optional<Expr> policyEnabled();

  /** The options for an RDS endpoint. */
  Optional<Expr> rdsOptions();

  /** The IDs of the security groups for the endpoint. */
  Optional<Expr> securityGroupIds();

  /** The options for additional server side encryption. */
  Optional<Expr> sseSpecification();

  /** The tags. */
  Optional<Expr> tags();

  /** Required. The ID of the AWS Verified Access group. */
  Expr verifiedAccessGroupId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApplicationDomain", applicationDomain())
        .put("AttachmentType", attachmentType())
        .put("CidrOptions", cidrOptions())
        .put("Description", description())
        .put("DomainCertificateArn", domainCertificateArn())
        .put("EndpointDomainPrefix", endpointDomainPrefix())
        .put("EndpointType", endpointType())
        .put("LoadBalancerOptions", loadBalancerOptions())
        .put("NetworkInterfaceOptions", networkInterfaceOptions())
        .put("PolicyDocument", policyDocument())
        .put("PolicyEnabled", policyEnabled())
        .put("RdsOptions", rdsOptions())
        .put("SecurityGroupIds", securityGroupIds())
        .put("SseSpecification", sseSpecification())
        .put("Tags", tags())
        .put("VerifiedAccessGroupId", verifiedAccessGroupId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: The creation time. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code DeviceValidationDomain} attribute: Use this to construct the redirect URI to add to
   * your OIDC provider's allow list.
   */
  default GetAtt attrDeviceValidationDomain() {
    return getAtt("DeviceValidationDomain");
  }

  /** The {@code EndpointDomain} attribute: The DNS name generated for the endpoint. */
  default GetAtt attrEndpointDomain() {
    return getAtt("EndpointDomain");
  }

  /** The {@code LastUpdatedTime} attribute: The last updated time. */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** The {@code Status} attribute: The endpoint status. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code VerifiedAccessEndpointId} attribute: The ID of the Verified Access endpoint. */
  default GetAtt attrVerifiedAccessEndpointId() {
    return getAtt("VerifiedAccessEndpointId");
  }

  /** The {@code VerifiedAccessInstanceId} attribute: The instance identifier. */
  default GetAtt attrVerifiedAccessInstanceId() {
    return getAtt("VerifiedAccessInstanceId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VerifiedAccessEndpoint}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableVerifiedAccessEndpoint.Builder {

    public Builder applicationDomain(String value) {
      applicationDomain(Expr.of(value));
      return this;
    }

    public Builder attachmentType(String value) {
      attachmentType(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder domainCertificateArn(String value) {
      domainCertificateArn(Expr.of(value));
      return this;
    }

    public Builder endpointDomainPrefix(String value) {
      endpointDomainPrefix(Expr.of(value));
      return this;
    }

    public Builder endpointType(String value) {
      endpointType(Expr.of(value));
      return this;
    }

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }

    public Builder policyEnabled(boolean value) {
      policyEnabled(Expr.of(value));
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

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder verifiedAccessGroupId(String value) {
      verifiedAccessGroupId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessEndpoint.CidrOptions}: Describes the CIDR options for a Verified
   * Access endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessendpoint-cidroptions.html">AWS::EC2::VerifiedAccessEndpoint.CidrOptions</a>
   */
  @Value.Immutable
  interface CidrOptions extends PropertyValue {

    /** The CIDR. */
    Optional<Expr> cidr();

    /** The port ranges. */
    Optional<Expr> portRanges();

    /** The protocol. */
    Optional<Expr> protocol();

    /** The IDs of the subnets. */
    Optional<Expr> subnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .put("PortRanges", portRanges())
          .put("Protocol", protocol())
          .put("SubnetIds", subnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CidrOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessEndpoint.CidrOptions.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder portRanges(List<? extends Expr> values) {
        portRanges(Expr.list(values));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder subnetIds(List<? extends Expr> values) {
        subnetIds(Expr.list(values));
        return this;
      }

      public Builder subnetIds(String... values) {
        subnetIds(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessEndpoint.LoadBalancerOptions}: Describes the load balancer
   * options when creating an AWS Verified Access endpoint using the `load-balancer` type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessendpoint-loadbalanceroptions.html">AWS::EC2::VerifiedAccessEndpoint.LoadBalancerOptions</a>
   */
  @Value.Immutable
  interface LoadBalancerOptions extends PropertyValue {

    /** The ARN of the load balancer. */
    Optional<Expr> loadBalancerArn();

    /** The IP port number. */
    Optional<Expr> port();

    /** The port ranges. */
    Optional<Expr> portRanges();

    /** The IP protocol. */
    Optional<Expr> protocol();

    /** The IDs of the subnets. You can specify only one subnet per Availability Zone. */
    Optional<Expr> subnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LoadBalancerArn", loadBalancerArn())
          .put("Port", port())
          .put("PortRanges", portRanges())
          .put("Protocol", protocol())
          .put("SubnetIds", subnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LoadBalancerOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVerifiedAccessEndpoint.LoadBalancerOptions.Builder {

      public Builder loadBalancerArn(String value) {
        loadBalancerArn(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder portRanges(List<? extends Expr> values) {
        portRanges(Expr.list(values));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder subnetIds(List<? extends Expr> values) {
        subnetIds(Expr.list(values));
        return this;
      }

      public Builder subnetIds(String... values) {
        subnetIds(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessEndpoint.NetworkInterfaceOptions}: Describes the network
   * interface options when creating an AWS Verified Access endpoint using the `network-interface`
   * type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessendpoint-networkinterfaceoptions.html">AWS::EC2::VerifiedAccessEndpoint.NetworkInterfaceOptions</a>
   */
  @Value.Immutable
  interface NetworkInterfaceOptions extends PropertyValue {

    /** The ID of the network interface. */
    Optional<Expr> networkInterfaceId();

    /** The IP port number. */
    Optional<Expr> port();

    /** The port ranges. */
    Optional<Expr> portRanges();

    /** The IP protocol. */
    Optional<Expr> protocol();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NetworkInterfaceId", networkInterfaceId())
          .put("Port", port())
          .put("PortRanges", portRanges())
          .put("Protocol", protocol())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkInterfaceOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVerifiedAccessEndpoint.NetworkInterfaceOptions.Builder {

      public Builder networkInterfaceId(String value) {
        networkInterfaceId(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder portRanges(List<? extends Expr> values) {
        portRanges(Expr.list(values));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessEndpoint.PortRange}: Describes the port range for a Verified
   * Access endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessendpoint-portrange.html">AWS::EC2::VerifiedAccessEndpoint.PortRange</a>
   */
  @Value.Immutable
  interface PortRange extends PropertyValue {

    /** The start of the port range. */
    Optional<Expr> fromPort();

    /** The end of the port range. */
    Optional<Expr> toPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FromPort", fromPort())
          .put("ToPort", toPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PortRange}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessEndpoint.PortRange.Builder {

      public Builder fromPort(long value) {
        fromPort(Expr.of(value));
        return this;
      }

      public Builder toPort(long value) {
        toPort(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessEndpoint.RdsOptions}: Describes the RDS options for a Verified
   * Access endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessendpoint-rdsoptions.html">AWS::EC2::VerifiedAccessEndpoint.RdsOptions</a>
   */
  @Value.Immutable
  interface RdsOptions extends PropertyValue {

    /** The port. */
    Optional<Expr> port();

    /** The protocol. */
    Optional<Expr> protocol();

    /** The ARN of the DB cluster. */
    Optional<Expr> rdsDbClusterArn();

    /** The ARN of the RDS instance. */
    Optional<Expr> rdsDbInstanceArn();

    /** The ARN of the RDS proxy. */
    Optional<Expr> rdsDbProxyArn();

    /** The RDS endpoint. */
    Optional<Expr> rdsEndpoint();

    /** The IDs of the subnets. You can specify only one subnet per Availability Zone. */
    Optional<Expr> subnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Port", port())
          .put("Protocol", protocol())
          .put("RdsDbClusterArn", rdsDbClusterArn())
          .put("RdsDbInstanceArn", rdsDbInstanceArn())
          .put("RdsDbProxyArn", rdsDbProxyArn())
          .put("RdsEndpoint", rdsEndpoint())
          .put("SubnetIds", subnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RdsOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessEndpoint.RdsOptions.Builder {

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder rdsDbClusterArn(String value) {
        rdsDbClusterArn(Expr.of(value));
        return this;
      }

      public Builder rdsDbInstanceArn(String value) {
        rdsDbInstanceArn(Expr.of(value));
        return this;
      }

      public Builder rdsDbProxyArn(String value) {
        rdsDbProxyArn(Expr.of(value));
        return this;
      }

      public Builder rdsEndpoint(String value) {
        rdsEndpoint(Expr.of(value));
        return this;
      }

      public Builder subnetIds(List<? extends Expr> values) {
        subnetIds(Expr.list(values));
        return this;
      }

      public Builder subnetIds(String... values) {
        subnetIds(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessEndpoint.SseSpecification}: AWS Verified Access provides server
   * side encryption by default to data at rest using AWS -owned KMS keys. You also have the option
   * of using customer managed KMS keys, which can be specified using the options below.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessendpoint-ssespecification.html">AWS::EC2::VerifiedAccessEndpoint.SseSpecification</a>
   */
  @Value.Immutable
  interface SseSpecification extends PropertyValue {

    /** Enable or disable the use of customer managed KMS keys for server side encryption. */
    Optional<Expr> customerManagedKeyEnabled();

    /** The ARN of the KMS key. */
    Optional<Expr> kmsKeyArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomerManagedKeyEnabled", customerManagedKeyEnabled())
          .put("KmsKeyArn", kmsKeyArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SseSpecification}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessEndpoint.SseSpecification.Builder {

      public Builder customerManagedKeyEnabled(boolean value) {
        customerManagedKeyEnabled(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }
    }
  }
}
