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
 * {@code AWS::EC2::VPNConnection}: Specifies a VPN connection between a virtual private gateway and
 * a VPN customer gateway or a transit gateway and a VPN customer gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpnconnection.html">AWS::EC2::VPNConnection</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPNConnection extends Resource {

  String TYPE = "AWS::EC2::VPNConnection";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the customer gateway at your end of the VPN connection. */
  Expr customerGatewayId();

  /** Indicate whether to enable acceleration for the VPN connection. */
  Optional<Expr> enableAcceleration();

  /** The IPv4 CIDR on the customer gateway (on-premises) side of the VPN connection. */
  Optional<Expr> localIpv4NetworkCidr();

  /** The IPv6 CIDR on the customer gateway (on-premises) side of the VPN connection. */
  Optional<Expr> localIpv6NetworkCidr();

  /** The type of IP address assigned to the outside interface of the customer gateway device. */
  Optional<Expr> outsideIpAddressType();

  /** Describes the storage location for an instance store-backed AMI. */
  Optional<Expr> preSharedKeyStorage();

  /** The IPv4 CIDR on the AWS side of the VPN connection. */
  Optional<Expr> remoteIpv4NetworkCidr();

  /** The IPv6 CIDR on the AWS side of the VPN connection. */
  Optional<Expr> remoteIpv6NetworkCidr();

  /**
   * Indicates whether the VPN connection uses static routes only. Static routes must be used for
   * devices that don't support BGP.
   */
  Optional<Expr> staticRoutesOnly();

  /** Any tags assigned to the VPN connection. */
  Optional<Expr> tags();

  /** The ID of the transit gateway associated with the VPN connection. */
  Optional<Expr> transitGatewayId();

  /** The transit gateway attachment ID to use for the VPN tunnel. */
  Optional<Expr> transportTransitGatewayAttachmentId();

  /**
   * The desired bandwidth specification for the VPN tunnel, used when creating or modifying VPN
   * connection options to set the tunnel's throughput capacity. `standard` supports up to 1.25 Gbps
   * per tunnel, while `large` supports up to 5 Gbps per tunnel. The default value is `standard` .
   * Existing VPN connections without a bandwidth setting will automatically default to `standard` .
   */
  Optional<Expr> tunnelBandwidth();

  /** Indicate whether the VPN tunnels process IPv4 or IPv6 traffic. */
  Optional<Expr> tunnelInsideIpVersion();

  /** Required. The type of VPN connection. */
  Expr type();

  /** The ID of the VPN concentrator to associate with the VPN connection. */
  Optional<Expr> vpnConcentratorId();

  /** The ID of the virtual private gateway at the AWS side of the VPN connection. */
  Optional<Expr> vpnGatewayId();

  /** The tunnel options for the VPN connection. */
  Optional<Expr> vpnTunnelOptionsSpecifications();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CustomerGatewayId", customerGatewayId())
        .put("EnableAcceleration", enableAcceleration())
        .put("LocalIpv4NetworkCidr", localIpv4NetworkCidr())
        .put("LocalIpv6NetworkCidr", localIpv6NetworkCidr())
        .put("OutsideIpAddressType", outsideIpAddressType())
        .put("PreSharedKeyStorage", preSharedKeyStorage())
        .put("RemoteIpv4NetworkCidr", remoteIpv4NetworkCidr())
        .put("RemoteIpv6NetworkCidr", remoteIpv6NetworkCidr())
        .put("StaticRoutesOnly", staticRoutesOnly())
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .put("TransportTransitGatewayAttachmentId", transportTransitGatewayAttachmentId())
        .put("TunnelBandwidth", tunnelBandwidth())
        .put("TunnelInsideIpVersion", tunnelInsideIpVersion())
        .put("Type", type())
        .put("VpnConcentratorId", vpnConcentratorId())
        .put("VpnGatewayId", vpnGatewayId())
        .put("VpnTunnelOptionsSpecifications", vpnTunnelOptionsSpecifications())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code VpnConnectionId} attribute: The ID of the VPN connection. */
  default GetAtt attrVpnConnectionId() {
    return getAtt("VpnConnectionId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPNConnection}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPNConnection.Builder {

    public Builder customerGatewayId(String value) {
      customerGatewayId(Expr.of(value));
      return this;
    }

    public Builder enableAcceleration(boolean value) {
      enableAcceleration(Expr.of(value));
      return this;
    }

    public Builder localIpv4NetworkCidr(String value) {
      localIpv4NetworkCidr(Expr.of(value));
      return this;
    }

    public Builder localIpv6NetworkCidr(String value) {
      localIpv6NetworkCidr(Expr.of(value));
      return this;
    }

    public Builder outsideIpAddressType(String value) {
      outsideIpAddressType(Expr.of(value));
      return this;
    }

    public Builder preSharedKeyStorage(String value) {
      preSharedKeyStorage(Expr.of(value));
      return this;
    }

    public Builder remoteIpv4NetworkCidr(String value) {
      remoteIpv4NetworkCidr(Expr.of(value));
      return this;
    }

    public Builder remoteIpv6NetworkCidr(String value) {
      remoteIpv6NetworkCidr(Expr.of(value));
      return this;
    }

    public Builder staticRoutesOnly(boolean value) {
      staticRoutesOnly(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }

    public Builder transportTransitGatewayAttachmentId(String value) {
      transportTransitGatewayAttachmentId(Expr.of(value));
      return this;
    }

    public Builder tunnelBandwidth(String value) {
      tunnelBandwidth(Expr.of(value));
      return this;
    }

    public Builder tunnelInsideIpVersion(String value) {
      tunnelInsideIpVersion(Expr.of(value));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }

    public Builder vpnConcentratorId(String value) {
      vpnConcentratorId(Expr.of(value));
      return this;
    }

    public Builder vpnGatewayId(String value) {
      vpnGatewayId(Expr.of(value));
      return this;
    }

    public Builder vpnTunnelOptionsSpecifications(List<? extends Expr> values) {
      vpnTunnelOptionsSpecifications(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.CloudwatchLogOptionsSpecification}: Options for sending VPN
   * tunnel logs to CloudWatch.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-cloudwatchlogoptionsspecification.html">AWS::EC2::VPNConnection.CloudwatchLogOptionsSpecification</a>
   */
  @Value.Immutable
  interface CloudwatchLogOptionsSpecification extends PropertyValue {

    /**
     * Specifies whether to enable BGP logging for the VPN connection. Default value is `False` .
     */
    Optional<Expr> bgpLogEnabled();

    /** The Amazon Resource Name (ARN) of the CloudWatch log group where BGP logs will be sent. */
    Optional<Expr> bgpLogGroupArn();

    /**
     * The desired output format for BGP logs to be sent to CloudWatch. Default format is `json` .
     */
    Optional<Expr> bgpLogOutputFormat();

    /** Enable or disable VPN tunnel logging feature. Default value is `False` . */
    Optional<Expr> logEnabled();

    /** The Amazon Resource Name (ARN) of the CloudWatch log group to send logs to. */
    Optional<Expr> logGroupArn();

    /** Set log format. Default format is `json` . */
    Optional<Expr> logOutputFormat();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BgpLogEnabled", bgpLogEnabled())
          .put("BgpLogGroupArn", bgpLogGroupArn())
          .put("BgpLogOutputFormat", bgpLogOutputFormat())
          .put("LogEnabled", logEnabled())
          .put("LogGroupArn", logGroupArn())
          .put("LogOutputFormat", logOutputFormat())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CloudwatchLogOptionsSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.CloudwatchLogOptionsSpecification.Builder {

      public Builder bgpLogEnabled(boolean value) {
        bgpLogEnabled(Expr.of(value));
        return this;
      }

      public Builder bgpLogGroupArn(String value) {
        bgpLogGroupArn(Expr.of(value));
        return this;
      }

      public Builder bgpLogOutputFormat(String value) {
        bgpLogOutputFormat(Expr.of(value));
        return this;
      }

      public Builder logEnabled(boolean value) {
        logEnabled(Expr.of(value));
        return this;
      }

      public Builder logGroupArn(String value) {
        logGroupArn(Expr.of(value));
        return this;
      }

      public Builder logOutputFormat(String value) {
        logOutputFormat(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.IKEVersionsRequestListValue}: The IKE version that is permitted
   * for the VPN tunnel.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-ikeversionsrequestlistvalue.html">AWS::EC2::VPNConnection.IKEVersionsRequestListValue</a>
   */
  @Value.Immutable
  interface IKEVersionsRequestListValue extends PropertyValue {

    /** The IKE version. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IKEVersionsRequestListValue}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVPNConnection.IKEVersionsRequestListValue.Builder {

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.Phase1DHGroupNumbersRequestListValue}: Specifies a
   * Diffie-Hellman group number for the VPN tunnel for phase 1 IKE negotiations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-phase1dhgroupnumbersrequestlistvalue.html">AWS::EC2::VPNConnection.Phase1DHGroupNumbersRequestListValue</a>
   */
  @Value.Immutable
  interface Phase1DHGroupNumbersRequestListValue extends PropertyValue {

    /** The Diffie-Hellmann group number. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Phase1DHGroupNumbersRequestListValue}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.Phase1DHGroupNumbersRequestListValue.Builder {

      public Builder value(long value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.Phase1EncryptionAlgorithmsRequestListValue}: Specifies the
   * encryption algorithm for the VPN tunnel for phase 1 IKE negotiations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-phase1encryptionalgorithmsrequestlistvalue.html">AWS::EC2::VPNConnection.Phase1EncryptionAlgorithmsRequestListValue</a>
   */
  @Value.Immutable
  interface Phase1EncryptionAlgorithmsRequestListValue extends PropertyValue {

    /** The value for the encryption algorithm. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Phase1EncryptionAlgorithmsRequestListValue}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.Phase1EncryptionAlgorithmsRequestListValue.Builder {

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.Phase1IntegrityAlgorithmsRequestListValue}: Specifies the
   * integrity algorithm for the VPN tunnel for phase 1 IKE negotiations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-phase1integrityalgorithmsrequestlistvalue.html">AWS::EC2::VPNConnection.Phase1IntegrityAlgorithmsRequestListValue</a>
   */
  @Value.Immutable
  interface Phase1IntegrityAlgorithmsRequestListValue extends PropertyValue {

    /** The value for the integrity algorithm. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Phase1IntegrityAlgorithmsRequestListValue}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.Phase1IntegrityAlgorithmsRequestListValue.Builder {

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.Phase2DHGroupNumbersRequestListValue}: Specifies a
   * Diffie-Hellman group number for the VPN tunnel for phase 2 IKE negotiations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-phase2dhgroupnumbersrequestlistvalue.html">AWS::EC2::VPNConnection.Phase2DHGroupNumbersRequestListValue</a>
   */
  @Value.Immutable
  interface Phase2DHGroupNumbersRequestListValue extends PropertyValue {

    /** The Diffie-Hellmann group number. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Phase2DHGroupNumbersRequestListValue}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.Phase2DHGroupNumbersRequestListValue.Builder {

      public Builder value(long value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.Phase2EncryptionAlgorithmsRequestListValue}: Specifies the
   * encryption algorithm for the VPN tunnel for phase 2 IKE negotiations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-phase2encryptionalgorithmsrequestlistvalue.html">AWS::EC2::VPNConnection.Phase2EncryptionAlgorithmsRequestListValue</a>
   */
  @Value.Immutable
  interface Phase2EncryptionAlgorithmsRequestListValue extends PropertyValue {

    /** The encryption algorithm. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Phase2EncryptionAlgorithmsRequestListValue}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.Phase2EncryptionAlgorithmsRequestListValue.Builder {

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.Phase2IntegrityAlgorithmsRequestListValue}: Specifies the
   * integrity algorithm for the VPN tunnel for phase 2 IKE negotiations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-phase2integrityalgorithmsrequestlistvalue.html">AWS::EC2::VPNConnection.Phase2IntegrityAlgorithmsRequestListValue</a>
   */
  @Value.Immutable
  interface Phase2IntegrityAlgorithmsRequestListValue extends PropertyValue {

    /** The integrity algorithm. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Phase2IntegrityAlgorithmsRequestListValue}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.Phase2IntegrityAlgorithmsRequestListValue.Builder {

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.VpnTunnelLogOptionsSpecification}: Options for logging VPN
   * tunnel activity.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-vpntunnellogoptionsspecification.html">AWS::EC2::VPNConnection.VpnTunnelLogOptionsSpecification</a>
   */
  @Value.Immutable
  interface VpnTunnelLogOptionsSpecification extends PropertyValue {

    /** Options for sending VPN tunnel logs to CloudWatch. */
    Optional<Expr> cloudwatchLogOptions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudwatchLogOptions", cloudwatchLogOptions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpnTunnelLogOptionsSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableVPNConnection.VpnTunnelLogOptionsSpecification.Builder {
    }
  }

  /**
   * {@code AWS::EC2::VPNConnection.VpnTunnelOptionsSpecification}: The tunnel options for a single
   * VPN tunnel.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpnconnection-vpntunneloptionsspecification.html">AWS::EC2::VPNConnection.VpnTunnelOptionsSpecification</a>
   */
  @Value.Immutable
  interface VpnTunnelOptionsSpecification extends PropertyValue {

    /**
     * The action to take after DPD timeout occurs. Specify `restart` to restart the IKE initiation.
     * Specify `clear` to end the IKE session.
     */
    Optional<Expr> dpdTimeoutAction();

    /** The number of seconds after which a DPD timeout occurs. */
    Optional<Expr> dpdTimeoutSeconds();

    /** Turn on or off tunnel endpoint lifecycle control feature. */
    Optional<Expr> enableTunnelLifecycleControl();

    /** The IKE versions that are permitted for the VPN tunnel. */
    Optional<Expr> ikeVersions();

    /** Options for logging VPN tunnel activity. */
    Optional<Expr> logOptions();

    /**
     * One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 1
     * IKE negotiations.
     */
    Optional<Expr> phase1DHGroupNumbers();

    /**
     * One or more encryption algorithms that are permitted for the VPN tunnel for phase 1 IKE
     * negotiations.
     */
    Optional<Expr> phase1EncryptionAlgorithms();

    /**
     * One or more integrity algorithms that are permitted for the VPN tunnel for phase 1 IKE
     * negotiations.
     */
    Optional<Expr> phase1IntegrityAlgorithms();

    /** The lifetime for phase 1 of the IKE negotiation, in seconds. */
    Optional<Expr> phase1LifetimeSeconds();

    /**
     * One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 2
     * IKE negotiations.
     */
    Optional<Expr> phase2DHGroupNumbers();

    /**
     * One or more encryption algorithms that are permitted for the VPN tunnel for phase 2 IKE
     * negotiations.
     */
    Optional<Expr> phase2EncryptionAlgorithms();

    /**
     * One or more integrity algorithms that are permitted for the VPN tunnel for phase 2 IKE
     * negotiations.
     */
    Optional<Expr> phase2IntegrityAlgorithms();

    /** The lifetime for phase 2 of the IKE negotiation, in seconds. */
    Optional<Expr> phase2LifetimeSeconds();

    /**
     * The pre-shared key (PSK) to establish initial authentication between the virtual private
     * gateway and customer gateway.
     */
    Optional<Expr> preSharedKey();

    /**
     * The percentage of the rekey window (determined by `RekeyMarginTimeSeconds` ) during which the
     * rekey time is randomly selected.
     */
    Optional<Expr> rekeyFuzzPercentage();

    /**
     * The margin time, in seconds, before the phase 2 lifetime expires, during which the AWS side
     * of the VPN connection performs an IKE rekey. The exact time of the rekey is randomly selected
     * based on the value for `RekeyFuzzPercentage` .
     */
    Optional<Expr> rekeyMarginTimeSeconds();

    /** The number of packets in an IKE replay window. */
    Optional<Expr> replayWindowSize();

    /**
     * The action to take when the establishing the tunnel for the VPN connection. By default, your
     * customer gateway device must initiate the IKE negotiation and bring up the tunnel. Specify
     * `start` for AWS to initiate the IKE negotiation.
     */
    Optional<Expr> startupAction();

    /**
     * The range of inside IP addresses for the tunnel. Any specified CIDR blocks must be unique
     * across all VPN connections that use the same virtual private gateway.
     */
    Optional<Expr> tunnelInsideCidr();

    /**
     * The range of inside IPv6 addresses for the tunnel. Any specified CIDR blocks must be unique
     * across all VPN connections that use the same transit gateway.
     */
    Optional<Expr> tunnelInsideIpv6Cidr();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DPDTimeoutAction", dpdTimeoutAction())
          .put("DPDTimeoutSeconds", dpdTimeoutSeconds())
          .put("EnableTunnelLifecycleControl", enableTunnelLifecycleControl())
          .put("IKEVersions", ikeVersions())
          .put("LogOptions", logOptions())
          .put("Phase1DHGroupNumbers", phase1DHGroupNumbers())
          .put("Phase1EncryptionAlgorithms", phase1EncryptionAlgorithms())
          .put("Phase1IntegrityAlgorithms", phase1IntegrityAlgorithms())
          .put("Phase1LifetimeSeconds", phase1LifetimeSeconds())
          .put("Phase2DHGroupNumbers", phase2DHGroupNumbers())
          .put("Phase2EncryptionAlgorithms", phase2EncryptionAlgorithms())
          .put("Phase2IntegrityAlgorithms", phase2IntegrityAlgorithms())
          .put("Phase2LifetimeSeconds", phase2LifetimeSeconds())
          .put("PreSharedKey", preSharedKey())
          .put("RekeyFuzzPercentage", rekeyFuzzPercentage())
          .put("RekeyMarginTimeSeconds", rekeyMarginTimeSeconds())
          .put("ReplayWindowSize", replayWindowSize())
          .put("StartupAction", startupAction())
          .put("TunnelInsideCidr", tunnelInsideCidr())
          .put("TunnelInsideIpv6Cidr", tunnelInsideIpv6Cidr())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpnTunnelOptionsSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVPNConnection.VpnTunnelOptionsSpecification.Builder {

      public Builder dpdTimeoutAction(String value) {
        dpdTimeoutAction(Expr.of(value));
        return this;
      }

      public Builder dpdTimeoutSeconds(long value) {
        dpdTimeoutSeconds(Expr.of(value));
        return this;
      }

      public Builder enableTunnelLifecycleControl(boolean value) {
        enableTunnelLifecycleControl(Expr.of(value));
        return this;
      }

      public Builder ikeVersions(List<? extends Expr> values) {
        ikeVersions(Expr.list(values));
        return this;
      }

      public Builder phase1DHGroupNumbers(List<? extends Expr> values) {
        phase1DHGroupNumbers(Expr.list(values));
        return this;
      }

      public Builder phase1EncryptionAlgorithms(List<? extends Expr> values) {
        phase1EncryptionAlgorithms(Expr.list(values));
        return this;
      }

      public Builder phase1IntegrityAlgorithms(List<? extends Expr> values) {
        phase1IntegrityAlgorithms(Expr.list(values));
        return this;
      }

      public Builder phase1LifetimeSeconds(long value) {
        phase1LifetimeSeconds(Expr.of(value));
        return this;
      }

      public Builder phase2DHGroupNumbers(List<? extends Expr> values) {
        phase2DHGroupNumbers(Expr.list(values));
        return this;
      }

      public Builder phase2EncryptionAlgorithms(List<? extends Expr> values) {
        phase2EncryptionAlgorithms(Expr.list(values));
        return this;
      }

      public Builder phase2IntegrityAlgorithms(List<? extends Expr> values) {
        phase2IntegrityAlgorithms(Expr.list(values));
        return this;
      }

      public Builder phase2LifetimeSeconds(long value) {
        phase2LifetimeSeconds(Expr.of(value));
        return this;
      }

      public Builder preSharedKey(String value) {
        preSharedKey(Expr.of(value));
        return this;
      }

      public Builder rekeyFuzzPercentage(long value) {
        rekeyFuzzPercentage(Expr.of(value));
        return this;
      }

      public Builder rekeyMarginTimeSeconds(long value) {
        rekeyMarginTimeSeconds(Expr.of(value));
        return this;
      }

      public Builder replayWindowSize(long value) {
        replayWindowSize(Expr.of(value));
        return this;
      }

      public Builder startupAction(String value) {
        startupAction(Expr.of(value));
        return this;
      }

      public Builder tunnelInsideCidr(String value) {
        tunnelInsideCidr(Expr.of(value));
        return this;
      }

      public Builder tunnelInsideIpv6Cidr(String value) {
        tunnelInsideIpv6Cidr(Expr.of(value));
        return this;
      }
    }
  }
}
