package org.llmgateway.cfn.model.resource.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;

class Ec2RulesTest {

  /** Configured as the emitter's: absent optionals and empty lists are left out. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private static final Vpc VPC =
      Vpc.builder().logicalId("Vpc").cidrBlock(Expr.of("10.0.0.0/16")).build();

  @Test
  void anInboundRuleNeedsExactlyOneSource() {
    assertThatThrownBy(
            () -> SecurityGroupIngress.builder()
                .logicalId("Both")
                .groupId(Expr.of("sg-1"))
                .ipProtocol("tcp").fromPort(443).toPort(443)
                .cidrIp(Expr.of("0.0.0.0/0"))
                .sourceSecurityGroupId(Expr.of("sg-2"))
                .build())
        .hasMessageContaining("SecurityGroupIngress Both")
        .hasMessageContaining("exactly one of CidrIp, SourceSecurityGroupId");
    assertThatThrownBy(
            () -> SecurityGroup.Ingress.builder().ipProtocol("tcp").fromPort(1).toPort(1).build())
        .hasMessageContaining("not 0");
  }

  @Test
  void anOutboundRuleNeedsExactlyOneDestination() {
    assertThatThrownBy(
            () -> SecurityGroupEgress.builder()
                .logicalId("None")
                .groupId(Expr.of("sg-1"))
                .ipProtocol("tcp").fromPort(443).toPort(443)
                .build())
        .hasMessageContaining("SecurityGroupEgress None")
        .hasMessageContaining("exactly one of CidrIp, DestinationSecurityGroupId");
  }

  @Test
  void tcpRulesNeedAPortRange() {
    assertThatThrownBy(
            () -> SecurityGroup.Egress.builder()
                .ipProtocol("tcp")
                .cidrIp(Expr.of("0.0.0.0/0"))
                .fromPort(443)
                .build())
        .hasMessageContaining("FromPort <= ToPort");
    assertThatThrownBy(
            () -> SecurityGroup.Egress.builder()
                .ipProtocol("tcp")
                .cidrIp(Expr.of("0.0.0.0/0"))
                .fromPort(5432).toPort(4000)
                .build())
        .hasMessageContaining("FromPort <= ToPort");
  }

  @Test
  void descriptionsKeepToTheCharactersEc2Accepts() {
    assertThatThrownBy(
            () -> SecurityGroup.Ingress.builder()
                .ipProtocol("tcp").fromPort(80).toPort(80)
                .cidrIp(Expr.of("0.0.0.0/0"))
                .description("HTTP – from the internet")
                .build())
        .hasMessageContaining("characters EC2 refuses");
    assertThatThrownBy(
            () -> SecurityGroup.builder()
                .logicalId("Sg")
                .groupDescription("")
                .vpcId(VPC.ref())
                .build())
        .hasMessageContaining("SecurityGroup Sg: GroupDescription");
  }

  @Test
  void theNoTrafficRuleIsWrittenWithCloudFormationsPropertyNames() {
    var json = JSON.valueToTree(SecurityGroup.Egress.matchingNoTraffic());
    assertThat(json.get("IpProtocol").asText()).isEqualTo("icmp");
    assertThat(json.get("FromPort").asInt()).isEqualTo(252);
    assertThat(json.get("ToPort").asInt()).isEqualTo(86);
    assertThat(json.get("CidrIp").asText()).isEqualTo("255.255.255.255/32");
    assertThat(json.has("Description")).isTrue();
    assertThat(json.size()).as("no helper accessor leaks into the template").isEqualTo(5);
    assertThat(SecurityGroup.Egress.matchingNoTraffic().isNoTrafficPlaceholder()).isTrue();
  }

  @Test
  void aRouteHasExactlyOneTarget() {
    assertThatThrownBy(
            () -> Route.builder()
                .logicalId("Twice")
                .routeTableId(Expr.of("rtb-1"))
                .destinationCidrBlock(Expr.of("0.0.0.0/0"))
                .gatewayId(Expr.of("igw-1"))
                .natGatewayId(Expr.of("nat-1"))
                .build())
        .hasMessageContaining("Route Twice: give exactly one target");
  }

  @Test
  void gatewayAndInterfaceEndpointsTakeTheirOwnPlacement() {
    assertThatThrownBy(
            () -> VpcEndpoint.builder()
                .logicalId("S3")
                .vpcId(VPC.ref())
                .serviceName(Expr.of("com.amazonaws.us-east-1.s3"))
                .vpcEndpointType(VpcEndpoint.Type.GATEWAY)
                .addSubnetIds(Expr.of("subnet-1"))
                .build())
        .hasMessageContaining("VPCEndpoint S3: a Gateway endpoint takes RouteTableIds");
    assertThatThrownBy(
            () -> VpcEndpoint.builder()
                .logicalId("Logs")
                .vpcId(VPC.ref())
                .serviceName(Expr.of("com.amazonaws.us-east-1.logs"))
                .vpcEndpointType(VpcEndpoint.Type.INTERFACE)
                .addRouteTableIds(Expr.of("rtb-1"))
                .build())
        .hasMessageContaining("VPCEndpoint Logs: an Interface endpoint takes SubnetIds");
    var json =
        JSON.valueToTree(
            VpcEndpoint.builder()
                .logicalId("Logs")
                .vpcId(VPC.ref())
                .serviceName(Expr.of("com.amazonaws.us-east-1.logs"))
                .vpcEndpointType(VpcEndpoint.Type.INTERFACE)
                .build());
    assertThat(json.get("VpcEndpointType").asText()).isEqualTo("Interface");
  }

  @Test
  void aGatewayAttachmentAttachesExactlyOneGateway() {
    assertThatThrownBy(
            () -> VpcGatewayAttachment.builder().logicalId("Attach").vpcId(VPC.ref()).build())
        .hasMessageContaining("VPCGatewayAttachment Attach: give exactly one of");
  }
}
