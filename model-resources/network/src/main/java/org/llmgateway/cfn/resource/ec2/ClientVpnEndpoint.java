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
 * {@code AWS::EC2::ClientVpnEndpoint}: Specifies a Client VPN endpoint. A Client VPN endpoint is
 * the resource you create and configure to enable and manage client VPN sessions. It is the
 * destination endpoint at which all client VPN sessions are terminated.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-clientvpnendpoint.html">AWS::EC2::ClientVpnEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ClientVpnEndpoint extends Resource {

  String TYPE = "AWS::EC2::ClientVpnEndpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Information about the authentication method to be used to authenticate clients. */
  Expr authenticationOptions();

  /**
   * The IPv4 address range, in CIDR notation, from which to assign client IP addresses. The address
   * range cannot overlap with the local CIDR of the VPC in which the associated subnet is located,
   * or the routes that you add manually. The address range cannot be changed after the Client VPN
   * endpoint has been created. Client CIDR range must have a size of at least /22 and must not be
   * greater than /12.
   */
  Optional<Expr> clientCidrBlock();

  /** The options for managing connection authorization for new client connections. */
  Optional<Expr> clientConnectOptions();

  /**
   * Options for enabling a customizable text banner that will be displayed on AWS provided clients
   * when a VPN session is established.
   */
  Optional<Expr> clientLoginBannerOptions();

  /**
   * Client route enforcement is a feature of the Client VPN service that helps enforce
   * administrator defined routes on devices connected through the VPN. T his feature helps improve
   * your security posture by ensuring that network traffic originating from a connected client is
   * not inadvertently sent outside the VPN tunnel.
   */
  Optional<Expr> clientRouteEnforcementOptions();

  /** Required. Information about the client connection logging options. */
  Expr connectionLogOptions();

  /** A brief description of the Client VPN endpoint. */
  Optional<Expr> description();

  /**
   * Indicates whether the client VPN session is disconnected after the maximum
   * `sessionTimeoutHours` is reached. If `true` , users are prompted to reconnect client VPN. If
   * `false` , client VPN attempts to reconnect automatically. The default value is `true` .
   */
  Optional<Expr> disconnectOnSessionTimeout();

  /**
   * Information about the DNS servers to be used for DNS resolution. A Client VPN endpoint can have
   * up to two DNS servers. If no DNS server is specified, the DNS address configured on the device
   * is used for the DNS server.
   */
  Optional<Expr> dnsServers();

  /**
   * The IP address type of the Client VPN endpoint. Possible values are `ipv4` for IPv4 addressing
   * only, `ipv6` for IPv6 addressing only, or `dual-stack` for both IPv4 and IPv6 addressing.
   */
  Optional<Expr> endpointIpAddressType();

  /**
   * The IDs of one or more security groups to apply to the target network. You must also specify
   * the ID of the VPC that contains the security groups.
   */
  Optional<Expr> securityGroupIds();

  /** Specify whether to enable the self-service portal for the Client VPN endpoint. */
  Optional<Expr> selfServicePortal();

  /**
   * Required. The ARN of the server certificate. For more information, see the [Certificate Manager
   * User Guide](https://docs.aws.amazon.com/acm/latest/userguide/) .
   */
  Expr serverCertificateArn();

  /** The maximum VPN session duration time in hours. */
  Optional<Expr> sessionTimeoutHours();

  /** Indicates whether split-tunnel is enabled on the AWS Client VPN endpoint. */
  Optional<Expr> splitTunnel();

  /** The tags to apply to the Client VPN endpoint during creation. */
  Optional<Expr> tagSpecifications();

  /**
   * The IP address type of the Client VPN endpoint. Possible values are either `ipv4` for IPv4
   * addressing only, `ipv6` for IPv6 addressing only, or `dual-stack` for both IPv4 and IPv6
   * addressing.
   */
  Optional<Expr> trafficIpAddressType();

  /** {@code TransitGatewayConfiguration}. */
  Optional<Expr> transitGatewayConfiguration();

  /** The transport protocol to be used by the VPN session. */
  Optional<Expr> transportProtocol();

  /**
   * The ID of the VPC to associate with the Client VPN endpoint. If no security group IDs are
   * specified in the request, the default security group for the VPC is applied.
   */
  Optional<Expr> vpcId();

  /** The port number to assign to the Client VPN endpoint for TCP and UDP traffic. */
  Optional<Expr> vpnPort();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AuthenticationOptions", authenticationOptions())
        .put("ClientCidrBlock", clientCidrBlock())
        .put("ClientConnectOptions", clientConnectOptions())
        .put("ClientLoginBannerOptions", clientLoginBannerOptions())
        .put("ClientRouteEnforcementOptions", clientRouteEnforcementOptions())
        .put("ConnectionLogOptions", connectionLogOptions())
        .put("Description", description())
        .put("DisconnectOnSessionTimeout", disconnectOnSessionTimeout())
        .put("DnsServers", dnsServers())
        .put("EndpointIpAddressType", endpointIpAddressType())
        .put("SecurityGroupIds", securityGroupIds())
        .put("SelfServicePortal", selfServicePortal())
        .put("ServerCertificateArn", serverCertificateArn())
        .put("SessionTimeoutHours", sessionTimeoutHours())
        .put("SplitTunnel", splitTunnel())
        .put("TagSpecifications", tagSpecifications())
        .put("TrafficIpAddressType", trafficIpAddressType())
        .put("TransitGatewayConfiguration", transitGatewayConfiguration())
        .put("TransportProtocol", transportProtocol())
        .put("VpcId", vpcId())
        .put("VpnPort", vpnPort())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClientVpnEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableClientVpnEndpoint.Builder {

    public Builder authenticationOptions(List<? extends Expr> values) {
      authenticationOptions(Expr.list(values));
      return this;
    }

    public Builder clientCidrBlock(String value) {
      clientCidrBlock(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder disconnectOnSessionTimeout(boolean value) {
      disconnectOnSessionTimeout(Expr.of(value));
      return this;
    }

    public Builder dnsServers(List<? extends Expr> values) {
      dnsServers(Expr.list(values));
      return this;
    }

    public Builder dnsServers(String... values) {
      dnsServers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder endpointIpAddressType(String value) {
      endpointIpAddressType(Expr.of(value));
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

    public Builder selfServicePortal(String value) {
      selfServicePortal(Expr.of(value));
      return this;
    }

    public Builder serverCertificateArn(String value) {
      serverCertificateArn(Expr.of(value));
      return this;
    }

    public Builder sessionTimeoutHours(long value) {
      sessionTimeoutHours(Expr.of(value));
      return this;
    }

    public Builder splitTunnel(boolean value) {
      splitTunnel(Expr.of(value));
      return this;
    }

    public Builder tagSpecifications(List<? extends Expr> values) {
      tagSpecifications(Expr.list(values));
      return this;
    }

    public Builder trafficIpAddressType(String value) {
      trafficIpAddressType(Expr.of(value));
      return this;
    }

    public Builder transportProtocol(String value) {
      transportProtocol(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }

    public Builder vpnPort(long value) {
      vpnPort(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.CertificateAuthenticationRequest}: Information about the
   * client certificate to be used for authentication.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-certificateauthenticationrequest.html">AWS::EC2::ClientVpnEndpoint.CertificateAuthenticationRequest</a>
   */
  @Value.Immutable
  interface CertificateAuthenticationRequest extends PropertyValue {

    /**
     * Required. The ARN of the client certificate. The certificate must be signed by a certificate
     * authority (CA) and it must be provisioned in Certificate Manager (ACM).
     */
    Expr clientRootCertificateChainArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClientRootCertificateChainArn", clientRootCertificateChainArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CertificateAuthenticationRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.CertificateAuthenticationRequest.Builder {

      public Builder clientRootCertificateChainArn(String value) {
        clientRootCertificateChainArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.ClientAuthenticationRequest}: Describes the authentication
   * method to be used by a Client VPN endpoint. For more information, see
   * [Authentication](https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/authentication-authrization.html#client-authentication)
   * in the *AWS Client VPN Administrator Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-clientauthenticationrequest.html">AWS::EC2::ClientVpnEndpoint.ClientAuthenticationRequest</a>
   */
  @Value.Immutable
  interface ClientAuthenticationRequest extends PropertyValue {

    /**
     * Information about the Active Directory to be used, if applicable. You must provide this
     * information if *Type* is `directory-service-authentication` .
     */
    Optional<Expr> activeDirectory();

    /** Information about the IAM SAML identity provider, if applicable. */
    Optional<Expr> federatedAuthentication();

    /**
     * Information about the authentication certificates to be used, if applicable. You must provide
     * this information if *Type* is `certificate-authentication` .
     */
    Optional<Expr> mutualAuthentication();

    /** Required. The type of client authentication to be used. */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ActiveDirectory", activeDirectory())
          .put("FederatedAuthentication", federatedAuthentication())
          .put("MutualAuthentication", mutualAuthentication())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClientAuthenticationRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.ClientAuthenticationRequest.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.ClientConnectOptions}: Indicates whether client connect
   * options are enabled. The default is `false` (not enabled).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-clientconnectoptions.html">AWS::EC2::ClientVpnEndpoint.ClientConnectOptions</a>
   */
  @Value.Immutable
  interface ClientConnectOptions extends PropertyValue {

    /**
     * Required. Indicates whether client connect options are enabled. The default is `false` (not
     * enabled).
     */
    Expr enabled();

    /**
     * The Amazon Resource Name (ARN) of the AWS Lambda function used for connection authorization.
     */
    Optional<Expr> lambdaFunctionArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .put("LambdaFunctionArn", lambdaFunctionArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClientConnectOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.ClientConnectOptions.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder lambdaFunctionArn(String value) {
        lambdaFunctionArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.ClientLoginBannerOptions}: Options for enabling a
   * customizable text banner that will be displayed on AWS provided clients when a VPN session is
   * established.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-clientloginbanneroptions.html">AWS::EC2::ClientVpnEndpoint.ClientLoginBannerOptions</a>
   */
  @Value.Immutable
  interface ClientLoginBannerOptions extends PropertyValue {

    /**
     * Customizable text that will be displayed in a banner on AWS provided clients when a VPN
     * session is established. UTF-8 encoded characters only. Maximum of 1400 characters.
     */
    Optional<Expr> bannerText();

    /**
     * Required. Enable or disable a customizable text banner that will be displayed on AWS provided
     * clients when a VPN session is established.
     */
    Expr enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BannerText", bannerText())
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClientLoginBannerOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.ClientLoginBannerOptions.Builder {

      public Builder bannerText(String value) {
        bannerText(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.ClientRouteEnforcementOptions}: Client Route Enforcement is
   * a feature of Client VPN that helps enforce administrator defined routes on devices connected
   * through the VPN. This feature helps improve your security posture by ensuring that network
   * traffic originating from a connected client is not inadvertently sent outside the VPN tunnel.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-clientrouteenforcementoptions.html">AWS::EC2::ClientVpnEndpoint.ClientRouteEnforcementOptions</a>
   */
  @Value.Immutable
  interface ClientRouteEnforcementOptions extends PropertyValue {

    /**
     * Enable or disable Client Route Enforcement. The state can either be `true` (enabled) or
     * `false` (disabled). The default is `false` .
     */
    Optional<Expr> enforced();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enforced", enforced())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClientRouteEnforcementOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.ClientRouteEnforcementOptions.Builder {

      public Builder enforced(boolean value) {
        enforced(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.ConnectionLogOptions}: Describes the client connection
   * logging options for the Client VPN endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-connectionlogoptions.html">AWS::EC2::ClientVpnEndpoint.ConnectionLogOptions</a>
   */
  @Value.Immutable
  interface ConnectionLogOptions extends PropertyValue {

    /** The name of the CloudWatch Logs log group. Required if connection logging is enabled. */
    Optional<Expr> cloudwatchLogGroup();

    /** The name of the CloudWatch Logs log stream to which the connection data is published. */
    Optional<Expr> cloudwatchLogStream();

    /** Required. Indicates whether connection logging is enabled. */
    Expr enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudwatchLogGroup", cloudwatchLogGroup())
          .put("CloudwatchLogStream", cloudwatchLogStream())
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectionLogOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.ConnectionLogOptions.Builder {

      public Builder cloudwatchLogGroup(String value) {
        cloudwatchLogGroup(Expr.of(value));
        return this;
      }

      public Builder cloudwatchLogStream(String value) {
        cloudwatchLogStream(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.DirectoryServiceAuthenticationRequest}: Describes the Active
   * Directory to be used for client authentication.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-directoryserviceauthenticationrequest.html">AWS::EC2::ClientVpnEndpoint.DirectoryServiceAuthenticationRequest</a>
   */
  @Value.Immutable
  interface DirectoryServiceAuthenticationRequest extends PropertyValue {

    /** Required. The ID of the Active Directory to be used for authentication. */
    Expr directoryId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DirectoryId", directoryId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DirectoryServiceAuthenticationRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.DirectoryServiceAuthenticationRequest.Builder {

      public Builder directoryId(String value) {
        directoryId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.FederatedAuthenticationRequest}: The IAM SAML identity
   * provider used for federated authentication.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-federatedauthenticationrequest.html">AWS::EC2::ClientVpnEndpoint.FederatedAuthenticationRequest</a>
   */
  @Value.Immutable
  interface FederatedAuthenticationRequest extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the IAM SAML identity provider. */
    Expr samlProviderArn();

    /**
     * The Amazon Resource Name (ARN) of the IAM SAML identity provider for the self-service portal.
     */
    Optional<Expr> selfServiceSAMLProviderArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SAMLProviderArn", samlProviderArn())
          .put("SelfServiceSAMLProviderArn", selfServiceSAMLProviderArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FederatedAuthenticationRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.FederatedAuthenticationRequest.Builder {

      public Builder samlProviderArn(String value) {
        samlProviderArn(Expr.of(value));
        return this;
      }

      public Builder selfServiceSAMLProviderArn(String value) {
        selfServiceSAMLProviderArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.TagSpecification}: Specifies the tags to apply to the Client
   * VPN endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-tagspecification.html">AWS::EC2::ClientVpnEndpoint.TagSpecification</a>
   */
  @Value.Immutable
  interface TagSpecification extends PropertyValue {

    /**
     * Required. The type of resource to tag. To tag a Client VPN endpoint, `ResourceType` must be
     * `client-vpn-endpoint` .
     */
    Expr resourceTypeValue();

    /** Required. The tags to apply to the resource. */
    Expr tags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceType", resourceTypeValue())
          .put("Tags", tags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TagSpecification}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableClientVpnEndpoint.TagSpecification.Builder {

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder tags(List<? extends Expr> values) {
        tags(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ClientVpnEndpoint.TransitGatewayConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-clientvpnendpoint-transitgatewayconfiguration.html">AWS::EC2::ClientVpnEndpoint.TransitGatewayConfiguration</a>
   */
  @Value.Immutable
  interface TransitGatewayConfiguration extends PropertyValue {

    /** {@code AvailabilityZoneIds}. */
    Optional<Expr> availabilityZoneIds();

    /** {@code AvailabilityZones}. */
    Optional<Expr> availabilityZones();

    /** Required. {@code TransitGatewayId}. */
    Expr transitGatewayId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AvailabilityZoneIds", availabilityZoneIds())
          .put("AvailabilityZones", availabilityZones())
          .put("TransitGatewayId", transitGatewayId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TransitGatewayConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableClientVpnEndpoint.TransitGatewayConfiguration.Builder {

      public Builder availabilityZoneIds(List<? extends Expr> values) {
        availabilityZoneIds(Expr.list(values));
        return this;
      }

      public Builder availabilityZoneIds(String... values) {
        availabilityZoneIds(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder availabilityZones(List<? extends Expr> values) {
        availabilityZones(Expr.list(values));
        return this;
      }

      public Builder availabilityZones(String... values) {
        availabilityZones(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder transitGatewayId(String value) {
        transitGatewayId(Expr.of(value));
        return this;
      }
    }
  }
}
