package org.llmgateway.cfn.generators.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.validate.StackGraph;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

class GeneratedDocsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two stacks shaped like the real ones: groups in network, a rule on them from database. */
  static SortedMap<String, JsonNode> templates() throws Exception {
    SortedMap<String, JsonNode> templates = new TreeMap<>();
    templates.put("network", JSON.readTree("""
        {"Parameters": {"EnvironmentName": {"Type": "String"}},
         "Resources": {
          "AlbSecurityGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
            "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
                                      "CidrIp": "0.0.0.0/0"}]}},
          "EcsSecurityGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
            "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 4000, "ToPort": 4000,
                                      "SourceSecurityGroupId": {"Fn::GetAtt": ["AlbSecurityGroup", "GroupId"]}}]}},
          "Endpoint": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {"VpcEndpointType": "Interface"}},
          "Nat": {"Type": "AWS::EC2::NatGateway", "Condition": "HasNat"}},
         "Outputs": {"EcsSecurityGroupId": {"Value": {"Ref": "EcsSecurityGroup"},
            "Export": {"Name": {"Fn::Sub": "${EnvironmentName}-network-EcsSecurityGroupId"}}}}}
        """));
    templates.put("database", JSON.readTree("""
        {"Parameters": {"EnvironmentName": {"Type": "String"}},
         "Resources": {
          "RdsSecurityGroup": {"Type": "AWS::EC2::SecurityGroup", "Properties": {}},
          "FromTasks": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {
            "GroupId": {"Ref": "RdsSecurityGroup"}, "IpProtocol": "tcp", "FromPort": 5432,
            "ToPort": 5432, "SourceSecurityGroupId":
              {"Fn::ImportValue": {"Fn::Sub": "${EnvironmentName}-network-EcsSecurityGroupId"}}}},
          "Cpu": {"Type": "AWS::CloudWatch::Alarm"}}}
        """));
    return templates;
  }

  @Test
  void the_traffic_flow_follows_rules_across_stacks_through_exports() throws Exception {
    String page = SecurityGroupFlow.markdown(templates());
    assertThat(page)
        .contains("n_0_0_0_0_0 -->|tcp 443| n_network_AlbSecurityGroup")
        .contains("n_network_AlbSecurityGroup -->|tcp 4000| n_network_EcsSecurityGroup")
        .contains("n_network_EcsSecurityGroup -->|tcp 5432| n_database_RdsSecurityGroup")
        .contains("| network/EcsSecurityGroup | database/RdsSecurityGroup | tcp 5432 |  |");
  }

  @Test
  void the_dependency_diagram_draws_an_arrow_per_exporting_stack() throws Exception {
    SortedMap<String, JsonNode> templates = templates();
    StackGraph graph = StackGraph.of(templates, Map.of(EnvironmentParameter.LOGICAL_ID, "env"));
    String page = StackDependencies.markdown(graph, templates);
    assertThat(page)
        .contains("n_network -->|1 export| n_database")
        .contains("| 1 | network |", "| 2 | database |")
        .contains("| database | network | network-EcsSecurityGroupId |");
  }

  @Test
  void the_inventory_lists_every_resource_with_its_condition() throws Exception {
    String page = ResourceInventory.markdown(templates());
    assertThat(page)
        .contains("| Nat | `AWS::EC2::NatGateway` | HasNat |")
        .contains("n_network_EC2[\"EC2 x4\"]")
        .contains("n_database_CloudWatch[\"CloudWatch x1\"]");
  }

  @Test
  void spot_capacity_costs_less_than_on_demand_for_the_same_tasks() throws Exception {
    EnvironmentConfig spot = EnvironmentConfig.builder().name("a")
        .capacity(EnvironmentConfig.Capacity.FARGATE_SPOT).build();
    EnvironmentConfig onDemand = EnvironmentConfig.builder().name("b")
        .capacity(EnvironmentConfig.Capacity.FARGATE).build();
    String page = CostEstimate.markdown(List.of(spot, onDemand), templates());
    double hourly = 0.5 * CostEstimate.FARGATE_VCPU_HOUR + 1 * CostEstimate.FARGATE_GB_HOUR;
    assertThat(page).contains("| ECS Fargate tasks | "
        + CostEstimate.money(hourly * 730 * CostEstimate.FARGATE_SPOT_FACTOR) + " | "
        + CostEstimate.money(hourly * 730) + " |");
  }

  @Test
  void multi_az_doubles_the_database_and_adds_a_nat_gateway() throws Exception {
    EnvironmentConfig single = EnvironmentConfig.builder().name("a").build();
    EnvironmentConfig multi = EnvironmentConfig.builder().name("b").multiAz(true).build();
    String page = CostEstimate.markdown(List.of(single, multi), templates());
    assertThat(page)
        .contains("| RDS PostgreSQL instance | $13.14 | $26.28 |")
        .contains("| NAT gateways (with Elastic IP) | $36.50 | $73.00 |");
    assertThat(CostEstimate.natGateways(multi)).isEqualTo(2);
  }

  @Test
  void every_cost_row_has_one_amount_per_environment() throws Exception {
    String page = CostEstimate.markdown(Environments.standard(), templates());
    String table = page.substring(page.indexOf("| Item |"), page.indexOf("| **Total** |"));
    List<String> rows = table.lines().skip(2).toList();
    assertThat(rows).isNotEmpty().allSatisfy(row ->
        assertThat(row.split("\\|", -1)).as(row).hasSize(Environments.standard().size() + 3));
  }

  @Test
  void a_database_class_without_a_price_is_refused_by_name() {
    EnvironmentConfig odd = EnvironmentConfig.builder().name("odd")
        .dbInstanceClass("db.r6g.large").build();
    assertThatThrownBy(() -> CostEstimate.markdown(List.of(odd), templates()))
        .hasMessageContaining("db.r6g.large").hasMessageContaining("odd");
  }

  @Test
  void the_standard_environments_are_all_priced() throws Exception {
    String page = CostEstimate.markdown(Environments.standard(), templates());
    assertThat(page).contains("| Item | dev | staging | prod |").contains("| **Total** |")
        .contains("1 interface VPC endpoints");
  }
}
