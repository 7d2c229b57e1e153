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
 * {@code AWS::EC2::NetworkInsightsAnalysis}: Specifies a network insights analysis.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinsightsanalysis.html">AWS::EC2::NetworkInsightsAnalysis</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInsightsAnalysis extends Resource {

  String TYPE = "AWS::EC2::NetworkInsightsAnalysis";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The member accounts that contain resources that the path can traverse. */
  Optional<Expr> additionalAccounts();

  /** The Amazon Resource Names (ARN) of the resources that the path must traverse. */
  Optional<Expr> filterInArns();

  /** The Amazon Resource Names (ARN) of the resources that the path must ignore. */
  Optional<Expr> filterOutArns();

  /** Required. The ID of the path. */
  Expr networkInsightsPathId();

  /** The tags to apply. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AdditionalAccounts", additionalAccounts())
        .put("FilterInArns", filterInArns())
        .put("FilterOutArns", filterOutArns())
        .put("NetworkInsightsPathId", networkInsightsPathId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AlternatePathHints} attribute: Potential intermediate components. */
  default GetAtt attrAlternatePathHints() {
    return getAtt("AlternatePathHints");
  }

  /**
   * The {@code Explanations} attribute: The explanations. For more information, see [Reachability
   * Analyzer explanation
   * codes](https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html) .
   */
  default GetAtt attrExplanations() {
    return getAtt("Explanations");
  }

  /**
   * The {@code ForwardPathComponents} attribute: The components in the path from source to
   * destination.
   */
  default GetAtt attrForwardPathComponents() {
    return getAtt("ForwardPathComponents");
  }

  /**
   * The {@code NetworkInsightsAnalysisArn} attribute: The Amazon Resource Name (ARN) of the network
   * insights analysis.
   */
  default GetAtt attrNetworkInsightsAnalysisArn() {
    return getAtt("NetworkInsightsAnalysisArn");
  }

  /** The {@code NetworkInsightsAnalysisId} attribute: The ID of the network insights analysis. */
  default GetAtt attrNetworkInsightsAnalysisId() {
    return getAtt("NetworkInsightsAnalysisId");
  }

  /**
   * The {@code NetworkPathFound} attribute: Indicates whether the destination is reachable from the
   * source.
   */
  default GetAtt attrNetworkPathFound() {
    return getAtt("NetworkPathFound");
  }

  /**
   * The {@code ReturnPathComponents} attribute: The components in the path from destination to
   * source.
   */
  default GetAtt attrReturnPathComponents() {
    return getAtt("ReturnPathComponents");
  }

  /** The {@code StartDate} attribute: The time the analysis started. */
  default GetAtt attrStartDate() {
    return getAtt("StartDate");
  }

  /** The {@code Status} attribute: The status of the network insights analysis. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code StatusMessage} attribute: The status message, if the status is `failed` . */
  default GetAtt attrStatusMessage() {
    return getAtt("StatusMessage");
  }

  /** The {@code SuggestedAccounts} attribute: The IDs of potential intermediate accounts. */
  default GetAtt attrSuggestedAccounts() {
    return getAtt("SuggestedAccounts");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NetworkInsightsAnalysis}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableNetworkInsightsAnalysis.Builder {

    public Builder additionalAccounts(List<? extends Expr> values) {
      additionalAccounts(Expr.list(values));
      return this;
    }

    public Builder additionalAccounts(String... values) {
      additionalAccounts(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder filterInArns(List<? extends Expr> values) {
      filterInArns(Expr.list(values));
      return this;
    }

    public Builder filterInArns(String... values) {
      filterInArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder filterOutArns(List<? extends Expr> values) {
      filterOutArns(Expr.list(values));
      return this;
    }

    public Builder filterOutArns(String... values) {
      filterOutArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder networkInsightsPathId(String value) {
      networkInsightsPathId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AdditionalDetail}: Describes an additional detail for
   * a path analysis. For more information, see [Reachability Analyzer additional detail
   * codes](https://docs.aws.amazon.com/vpc/latest/reachability/additional-detail-codes.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-additionaldetail.html">AWS::EC2::NetworkInsightsAnalysis.AdditionalDetail</a>
   */
  @Value.Immutable
  interface AdditionalDetail extends PropertyValue {

    /** The additional detail code. */
    Optional<Expr> additionalDetailType();

    /** The path component. */
    Optional<Expr> component();

    /** The load balancers. */
    Optional<Expr> loadBalancers();

    /** The name of the VPC endpoint service. */
    Optional<Expr> serviceName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdditionalDetailType", additionalDetailType())
          .put("Component", component())
          .put("LoadBalancers", loadBalancers())
          .put("ServiceName", serviceName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AdditionalDetail}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AdditionalDetail.Builder {

      public Builder additionalDetailType(String value) {
        additionalDetailType(Expr.of(value));
        return this;
      }

      public Builder loadBalancers(List<? extends Expr> values) {
        loadBalancers(Expr.list(values));
        return this;
      }

      public Builder serviceName(String value) {
        serviceName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AlternatePathHint}: Describes an potential
   * intermediate component of a feasible path.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-alternatepathhint.html">AWS::EC2::NetworkInsightsAnalysis.AlternatePathHint</a>
   */
  @Value.Immutable
  interface AlternatePathHint extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the component. */
    Optional<Expr> componentArn();

    /** The ID of the component. */
    Optional<Expr> componentId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ComponentArn", componentArn())
          .put("ComponentId", componentId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AlternatePathHint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AlternatePathHint.Builder {

      public Builder componentArn(String value) {
        componentArn(Expr.of(value));
        return this;
      }

      public Builder componentId(String value) {
        componentId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisAclRule}: Describes a network access control
   * (ACL) rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysisaclrule.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisAclRule</a>
   */
  @Value.Immutable
  interface AnalysisAclRule extends PropertyValue {

    /** The IPv4 address range, in CIDR notation. */
    Optional<Expr> cidr();

    /** Indicates whether the rule is an outbound rule. */
    Optional<Expr> egress();

    /** The range of ports. */
    Optional<Expr> portRange();

    /** The protocol. */
    Optional<Expr> protocol();

    /** Indicates whether to allow or deny traffic that matches the rule. */
    Optional<Expr> ruleAction();

    /** The rule number. */
    Optional<Expr> ruleNumber();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .put("Egress", egress())
          .put("PortRange", portRange())
          .put("Protocol", protocol())
          .put("RuleAction", ruleAction())
          .put("RuleNumber", ruleNumber())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AnalysisAclRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisAclRule.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder egress(boolean value) {
        egress(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder ruleAction(String value) {
        ruleAction(Expr.of(value));
        return this;
      }

      public Builder ruleNumber(long value) {
        ruleNumber(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisComponent}: Describes a path component.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysiscomponent.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisComponent</a>
   */
  @Value.Immutable
  interface AnalysisComponent extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the component. */
    Optional<Expr> arn();

    /** The ID of the component. */
    Optional<Expr> id();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("Id", id())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AnalysisComponent}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisComponent.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerListener}: Describes a load
   * balancer listener.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysisloadbalancerlistener.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerListener</a>
   */
  @Value.Immutable
  interface AnalysisLoadBalancerListener extends PropertyValue {

    /** [Classic Load Balancers] The back-end port for the listener. */
    Optional<Expr> instancePort();

    /** The port on which the load balancer is listening. */
    Optional<Expr> loadBalancerPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InstancePort", instancePort())
          .put("LoadBalancerPort", loadBalancerPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnalysisLoadBalancerListener}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisLoadBalancerListener.Builder {

      public Builder instancePort(long value) {
        instancePort(Expr.of(value));
        return this;
      }

      public Builder loadBalancerPort(long value) {
        loadBalancerPort(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerTarget}: Describes a load balancer
   * target.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysisloadbalancertarget.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisLoadBalancerTarget</a>
   */
  @Value.Immutable
  interface AnalysisLoadBalancerTarget extends PropertyValue {

    /** The IP address. */
    Optional<Expr> address();

    /** The Availability Zone. */
    Optional<Expr> availabilityZone();

    /** Information about the instance. */
    Optional<Expr> instance();

    /** The port on which the target is listening. */
    Optional<Expr> port();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Address", address())
          .put("AvailabilityZone", availabilityZone())
          .put("Instance", instance())
          .put("Port", port())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnalysisLoadBalancerTarget}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisLoadBalancerTarget.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisPacketHeader}: Describes a header. Reflects
   * any changes made by a component as traffic passes through. The fields of an inbound header are
   * null except for the first component of a path.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysispacketheader.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisPacketHeader</a>
   */
  @Value.Immutable
  interface AnalysisPacketHeader extends PropertyValue {

    /** The destination addresses. */
    Optional<Expr> destinationAddresses();

    /** The destination port ranges. */
    Optional<Expr> destinationPortRanges();

    /** The protocol. */
    Optional<Expr> protocol();

    /** The source addresses. */
    Optional<Expr> sourceAddresses();

    /** The source port ranges. */
    Optional<Expr> sourcePortRanges();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationAddresses", destinationAddresses())
          .put("DestinationPortRanges", destinationPortRanges())
          .put("Protocol", protocol())
          .put("SourceAddresses", sourceAddresses())
          .put("SourcePortRanges", sourcePortRanges())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnalysisPacketHeader}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisPacketHeader.Builder {

      public Builder destinationAddresses(List<? extends Expr> values) {
        destinationAddresses(Expr.list(values));
        return this;
      }

      public Builder destinationAddresses(String... values) {
        destinationAddresses(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder destinationPortRanges(List<? extends Expr> values) {
        destinationPortRanges(Expr.list(values));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder sourceAddresses(List<? extends Expr> values) {
        sourceAddresses(Expr.list(values));
        return this;
      }

      public Builder sourceAddresses(String... values) {
        sourceAddresses(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder sourcePortRanges(List<? extends Expr> values) {
        sourcePortRanges(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisRouteTableRoute}: Describes a route table
   * route.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysisroutetableroute.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisRouteTableRoute</a>
   */
  @Value.Immutable
  interface AnalysisRouteTableRoute extends PropertyValue {

    /** The ID of a NAT gateway. */
    Optional<Expr> natGatewayId();

    /** The ID of a network interface. */
    Optional<Expr> networkInterfaceId();

    /** Describes how the route was created. The following are the possible values: */
    Optional<Expr> origin();

    /** The state. The following are the possible values: */
    Optional<Expr> state();

    /** The ID of a transit gateway. */
    Optional<Expr> transitGatewayId();

    /** The ID of a VPC peering connection. */
    Optional<Expr> vpcPeeringConnectionId();

    /** The destination IPv4 address, in CIDR notation. */
    Optional<Expr> destinationCidr();

    /** The prefix of the AWS service. */
    Optional<Expr> destinationPrefixListId();

    /** The ID of an egress-only internet gateway. */
    Optional<Expr> egressOnlyInternetGatewayId();

    /** The ID of the gateway, such as an internet gateway or virtual private gateway. */
    Optional<Expr> gatewayId();

    /** The ID of the instance, such as a NAT instance. */
    Optional<Expr> instanceId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NatGatewayId", natGatewayId())
          .put("NetworkInterfaceId", networkInterfaceId())
          .put("Origin", origin())
          .put("State", state())
          .put("TransitGatewayId", transitGatewayId())
          .put("VpcPeeringConnectionId", vpcPeeringConnectionId())
          .put("destinationCidr", destinationCidr())
          .put("destinationPrefixListId", destinationPrefixListId())
          .put("egressOnlyInternetGatewayId", egressOnlyInternetGatewayId())
          .put("gatewayId", gatewayId())
          .put("instanceId", instanceId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnalysisRouteTableRoute}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisRouteTableRoute.Builder {

      public Builder natGatewayId(String value) {
        natGatewayId(Expr.of(value));
        return this;
      }

      public Builder networkInterfaceId(String value) {
        networkInterfaceId(Expr.of(value));
        return this;
      }

      public Builder origin(String value) {
        origin(Expr.of(value));
        return this;
      }

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }

      public Builder transitGatewayId(String value) {
        transitGatewayId(Expr.of(value));
        return this;
      }

      public Builder vpcPeeringConnectionId(String value) {
        vpcPeeringConnectionId(Expr.of(value));
        return this;
      }

      public Builder destinationCidr(String value) {
        destinationCidr(Expr.of(value));
        return this;
      }

      public Builder destinationPrefixListId(String value) {
        destinationPrefixListId(Expr.of(value));
        return this;
      }

      public Builder egressOnlyInternetGatewayId(String value) {
        egressOnlyInternetGatewayId(Expr.of(value));
        return this;
      }

      public Builder gatewayId(String value) {
        gatewayId(Expr.of(value));
        return this;
      }

      public Builder instanceId(String value) {
        instanceId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.AnalysisSecurityGroupRule}: Describes a security group
   * rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-analysissecuritygrouprule.html">AWS::EC2::NetworkInsightsAnalysis.AnalysisSecurityGroupRule</a>
   */
  @Value.Immutable
  interface AnalysisSecurityGroupRule extends PropertyValue {

    /** The IPv4 address range, in CIDR notation. */
    Optional<Expr> cidr();

    /** The direction. The following are the possible values: */
    Optional<Expr> direction();

    /** The port range. */
    Optional<Expr> portRange();

    /** The prefix list ID. */
    Optional<Expr> prefixListId();

    /** The protocol name. */
    Optional<Expr> protocol();

    /** The security group ID. */
    Optional<Expr> securityGroupId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .put("Direction", direction())
          .put("PortRange", portRange())
          .put("PrefixListId", prefixListId())
          .put("Protocol", protocol())
          .put("SecurityGroupId", securityGroupId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnalysisSecurityGroupRule}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAnalysis.AnalysisSecurityGroupRule.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder direction(String value) {
        direction(Expr.of(value));
        return this;
      }

      public Builder prefixListId(String value) {
        prefixListId(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder securityGroupId(String value) {
        securityGroupId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.Explanation}: Describes an explanation code for an
   * unreachable path. For more information, see [Reachability Analyzer explanation
   * codes](https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-explanation.html">AWS::EC2::NetworkInsightsAnalysis.Explanation</a>
   */
  @Value.Immutable
  interface Explanation extends PropertyValue {

    /** The network ACL. */
    Optional<Expr> acl();

    /** The network ACL rule. */
    Optional<Expr> aclRule();

    /** The IPv4 address, in CIDR notation. */
    Optional<Expr> address();

    /** The IPv4 addresses, in CIDR notation. */
    Optional<Expr> addresses();

    /** The resource to which the component is attached. */
    Optional<Expr> attachedTo();

    /** The Availability Zones. */
    Optional<Expr> availabilityZones();

    /** The CIDR ranges. */
    Optional<Expr> cidrs();

    /** The listener for a Classic Load Balancer. */
    Optional<Expr> classicLoadBalancerListener();

    /** The component. */
    Optional<Expr> component();

    /** The AWS account for the component. */
    Optional<Expr> componentAccount();

    /** The Region for the component. */
    Optional<Expr> componentRegion();

    /** The customer gateway. */
    Optional<Expr> customerGateway();

    /** The destination. */
    Optional<Expr> destination();

    /** The destination VPC. */
    Optional<Expr> destinationVpc();

    /** The direction. The following are the possible values: */
    Optional<Expr> direction();

    /** The load balancer listener. */
    Optional<Expr> elasticLoadBalancerListener();

    /** The explanation code. */
    Optional<Expr> explanationCode();

    /** The route table. */
    Optional<Expr> ingressRouteTable();

    /** The internet gateway. */
    Optional<Expr> internetGateway();

    /** The Amazon Resource Name (ARN) of the load balancer. */
    Optional<Expr> loadBalancerArn();

    /** The listener port of the load balancer. */
    Optional<Expr> loadBalancerListenerPort();

    /** The target. */
    Optional<Expr> loadBalancerTarget();

    /** The target group. */
    Optional<Expr> loadBalancerTargetGroup();

    /** The target groups. */
    Optional<Expr> loadBalancerTargetGroups();

    /** The target port. */
    Optional<Expr> loadBalancerTargetPort();

    /** The missing component. */
    Optional<Expr> missingComponent();

    /** The NAT gateway. */
    Optional<Expr> natGateway();

    /** The network interface. */
    Optional<Expr> networkInterface();

    /** The packet field. */
    Optional<Expr> packetField();

    /** The port. */
    Optional<Expr> port();

    /** The port ranges. */
    Optional<Expr> portRanges();

    /** The prefix list. */
    Optional<Expr> prefixList();

    /** The protocols. */
    Optional<Expr> protocols();

    /** The route table. */
    Optional<Expr> routeTable();

    /** The route table route. */
    Optional<Expr> routeTableRoute();

    /** The security group. */
    Optional<Expr> securityGroup();

    /** The security group rule. */
    Optional<Expr> securityGroupRule();

    /** The security groups. */
    Optional<Expr> securityGroups();

    /** The source VPC. */
    Optional<Expr> sourceVpc();

    /** The state. */
    Optional<Expr> state();

    /** The subnet. */
    Optional<Expr> subnet();

    /** The route table for the subnet. */
    Optional<Expr> subnetRouteTable();

    /** The transit gateway. */
    Optional<Expr> transitGateway();

    /** The transit gateway attachment. */
    Optional<Expr> transitGatewayAttachment();

    /** The transit gateway route table. */
    Optional<Expr> transitGatewayRouteTable();

    /** The transit gateway route table route. */
    Optional<Expr> transitGatewayRouteTableRoute();

    /** The component VPC. */
    Optional<Expr> vpc();

    /** The VPC peering connection. */
    Optional<Expr> vpcPeeringConnection();

    /** The VPN connection. */
    Optional<Expr> vpnConnection();

    /** The VPN gateway. */
    Optional<Expr> vpnGateway();

    /** The VPC endpoint. */
    Optional<Expr> vpcEndpoint();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Acl", acl())
          .put("AclRule", aclRule())
          .put("Address", address())
          .put("Addresses", addresses())
          .put("AttachedTo", attachedTo())
          .put("AvailabilityZones", availabilityZones())
          .put("Cidrs", cidrs())
          .put("ClassicLoadBalancerListener", classicLoadBalancerListener())
          .put("Component", component())
          .put("ComponentAccount", componentAccount())
          .put("ComponentRegion", componentRegion())
          .put("CustomerGateway", customerGateway())
          .put("Destination", destination())
          .put("DestinationVpc", destinationVpc())
          .put("Direction", direction())
          .put("ElasticLoadBalancerListener", elasticLoadBalancerListener())
          .put("ExplanationCode", explanationCode())
          .put("IngressRouteTable", ingressRouteTable())
          .put("InternetGateway", internetGateway())
          .put("LoadBalancerArn", loadBalancerArn())
          .put("LoadBalancerListenerPort", loadBalancerListenerPort())
          .put("LoadBalancerTarget", loadBalancerTarget())
          .put("LoadBalancerTargetGroup", loadBalancerTargetGroup())
          .put("LoadBalancerTargetGroups", loadBalancerTargetGroups())
          .put("LoadBalancerTargetPort", loadBalancerTargetPort())
          .put("MissingComponent", missingComponent())
          .put("NatGateway", natGateway())
          .put("NetworkInterface", networkInterface())
          .put("PacketField", packetField())
          .put("Port", port())
          .put("PortRanges", portRanges())
          .put("PrefixList", prefixList())
          .put("Protocols", protocols())
          .put("RouteTable", routeTable())
          .put("RouteTableRoute", routeTableRoute())
          .put("SecurityGroup", securityGroup())
          .put("SecurityGroupRule", securityGroupRule())
          .put("SecurityGroups", securityGroups())
          .put("SourceVpc", sourceVpc())
          .put("State", state())
          .put("Subnet", subnet())
          .put("SubnetRouteTable", subnetRouteTable())
          .put("TransitGateway", transitGateway())
          .put("TransitGatewayAttachment", transitGatewayAttachment())
          .put("TransitGatewayRouteTable", transitGatewayRouteTable())
          .put("TransitGatewayRouteTableRoute", transitGatewayRouteTableRoute())
          .put("Vpc", vpc())
          .put("VpcPeeringConnection", vpcPeeringConnection())
          .put("VpnConnection", vpnConnection())
          .put("VpnGateway", vpnGateway())
          .put("vpcEndpoint", vpcEndpoint())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Explanation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.Explanation.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }

      public Builder addresses(List<? extends Expr> values) {
        addresses(Expr.list(values));
        return this;
      }

      public Builder addresses(String... values) {
        addresses(Expr.ofStrings(List.of(values)));
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

      public Builder cidrs(List<? extends Expr> values) {
        cidrs(Expr.list(values));
        return this;
      }

      public Builder cidrs(String... values) {
        cidrs(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder componentAccount(String value) {
        componentAccount(Expr.of(value));
        return this;
      }

      public Builder componentRegion(String value) {
        componentRegion(Expr.of(value));
        return this;
      }

      public Builder direction(String value) {
        direction(Expr.of(value));
        return this;
      }

      public Builder explanationCode(String value) {
        explanationCode(Expr.of(value));
        return this;
      }

      public Builder loadBalancerArn(String value) {
        loadBalancerArn(Expr.of(value));
        return this;
      }

      public Builder loadBalancerListenerPort(long value) {
        loadBalancerListenerPort(Expr.of(value));
        return this;
      }

      public Builder loadBalancerTargetGroups(List<? extends Expr> values) {
        loadBalancerTargetGroups(Expr.list(values));
        return this;
      }

      public Builder loadBalancerTargetPort(long value) {
        loadBalancerTargetPort(Expr.of(value));
        return this;
      }

      public Builder missingComponent(String value) {
        missingComponent(Expr.of(value));
        return this;
      }

      public Builder packetField(String value) {
        packetField(Expr.of(value));
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

      public Builder protocols(List<? extends Expr> values) {
        protocols(Expr.list(values));
        return this;
      }

      public Builder protocols(String... values) {
        protocols(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder securityGroups(List<? extends Expr> values) {
        securityGroups(Expr.list(values));
        return this;
      }

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.PathComponent}: Describes a path component.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-pathcomponent.html">AWS::EC2::NetworkInsightsAnalysis.PathComponent</a>
   */
  @Value.Immutable
  interface PathComponent extends PropertyValue {

    /** The network ACL rule. */
    Optional<Expr> aclRule();

    /** The additional details. */
    Optional<Expr> additionalDetails();

    /** The component. */
    Optional<Expr> component();

    /** The destination VPC. */
    Optional<Expr> destinationVpc();

    /** The load balancer listener. */
    Optional<Expr> elasticLoadBalancerListener();

    /** The explanation codes. */
    Optional<Expr> explanations();

    /** The inbound header. */
    Optional<Expr> inboundHeader();

    /** The outbound header. */
    Optional<Expr> outboundHeader();

    /** The route table route. */
    Optional<Expr> routeTableRoute();

    /** The security group rule. */
    Optional<Expr> securityGroupRule();

    /** The sequence number. */
    Optional<Expr> sequenceNumber();

    /** The name of the VPC endpoint service. */
    Optional<Expr> serviceName();

    /** The source VPC. */
    Optional<Expr> sourceVpc();

    /** The subnet. */
    Optional<Expr> subnet();

    /** The transit gateway. */
    Optional<Expr> transitGateway();

    /** The route in a transit gateway route table. */
    Optional<Expr> transitGatewayRouteTableRoute();

    /** The component VPC. */
    Optional<Expr> vpc();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AclRule", aclRule())
          .put("AdditionalDetails", additionalDetails())
          .put("Component", component())
          .put("DestinationVpc", destinationVpc())
          .put("ElasticLoadBalancerListener", elasticLoadBalancerListener())
          .put("Explanations", explanations())
          .put("InboundHeader", inboundHeader())
          .put("OutboundHeader", outboundHeader())
          .put("RouteTableRoute", routeTableRoute())
          .put("SecurityGroupRule", securityGroupRule())
          .put("SequenceNumber", sequenceNumber())
          .put("ServiceName", serviceName())
          .put("SourceVpc", sourceVpc())
          .put("Subnet", subnet())
          .put("TransitGateway", transitGateway())
          .put("TransitGatewayRouteTableRoute", transitGatewayRouteTableRoute())
          .put("Vpc", vpc())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PathComponent}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.PathComponent.Builder {

      public Builder additionalDetails(List<? extends Expr> values) {
        additionalDetails(Expr.list(values));
        return this;
      }

      public Builder explanations(List<? extends Expr> values) {
        explanations(Expr.list(values));
        return this;
      }

      public Builder sequenceNumber(long value) {
        sequenceNumber(Expr.of(value));
        return this;
      }

      public Builder serviceName(String value) {
        serviceName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.PortRange}: Describes a range of ports.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-portrange.html">AWS::EC2::NetworkInsightsAnalysis.PortRange</a>
   */
  @Value.Immutable
  interface PortRange extends PropertyValue {

    /** The first port in the range. */
    Optional<Expr> fromValue();

    /** The last port in the range. */
    Optional<Expr> to();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("From", fromValue())
          .put("To", to())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PortRange}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsAnalysis.PortRange.Builder {

      public Builder fromValue(long value) {
        fromValue(Expr.of(value));
        return this;
      }

      public Builder to(long value) {
        to(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAnalysis.TransitGatewayRouteTableRoute}: Describes a route in a
   * transit gateway route table.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsanalysis-transitgatewayroutetableroute.html">AWS::EC2::NetworkInsightsAnalysis.TransitGatewayRouteTableRoute</a>
   */
  @Value.Immutable
  interface TransitGatewayRouteTableRoute extends PropertyValue {

    /** The ID of the route attachment. */
    Optional<Expr> attachmentId();

    /** The CIDR block used for destination matches. */
    Optional<Expr> destinationCidr();

    /** The ID of the prefix list. */
    Optional<Expr> prefixListId();

    /** The ID of the resource for the route attachment. */
    Optional<Expr> resourceId();

    /** The resource type for the route attachment. */
    Optional<Expr> resourceTypeValue();

    /** The route origin. The following are the possible values: */
    Optional<Expr> routeOrigin();

    /** The state of the route. */
    Optional<Expr> state();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AttachmentId", attachmentId())
          .put("DestinationCidr", destinationCidr())
          .put("PrefixListId", prefixListId())
          .put("ResourceId", resourceId())
          .put("ResourceType", resourceTypeValue())
          .put("RouteOrigin", routeOrigin())
          .put("State", state())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TransitGatewayRouteTableRoute}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAnalysis.TransitGatewayRouteTableRoute.Builder {

      public Builder attachmentId(String value) {
        attachmentId(Expr.of(value));
        return this;
      }

      public Builder destinationCidr(String value) {
        destinationCidr(Expr.of(value));
        return this;
      }

      public Builder prefixListId(String value) {
        prefixListId(Expr.of(value));
        return this;
      }

      public Builder resourceId(String value) {
        resourceId(Expr.of(value));
        return this;
      }

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder routeOrigin(String value) {
        routeOrigin(Expr.of(value));
        return this;
      }

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }
    }
  }
}
