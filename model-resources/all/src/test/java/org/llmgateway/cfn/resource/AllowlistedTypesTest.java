package org.llmgateway.cfn.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.codegen.ModelGenerator;
import org.llmgateway.cfn.model.template.Resource;

/**
 * Every resource type of every allowlisted service is in one of the model's two parts, compiled
 * and usable.
 */
class AllowlistedTypesTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void everyAllowlistedTypeCompiledToAResourceWithItsTypeNameAndABuilder() throws Exception {
    Map<String, String> expected = ModelGenerator.generatedClasses(ROOT);
    assertThat(expected).hasSizeGreaterThan(300);
    List<String> problems = new ArrayList<>();
    for (var entry : expected.entrySet()) {
      Class<?> type = Class.forName(entry.getKey());
      if (!Resource.class.isAssignableFrom(type)) {
        problems.add(entry.getKey() + " is not a Resource");
        continue;
      }
      if (!entry.getValue().equals(type.getField("TYPE").get(null))) {
        problems.add(entry.getKey() + " has TYPE " + type.getField("TYPE").get(null));
      }
      Method builder = type.getMethod("builder");
      Object instanceBuilder = builder.invoke(null);
      if (!instanceBuilder.getClass().getName().equals(entry.getKey() + "$Builder")) {
        problems.add(entry.getKey() + ".builder() returns " + instanceBuilder.getClass());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aTypeWithoutRequiredPropertiesBuildsAndRendersOnlyWhatWasSet() {
    var cluster = org.llmgateway.cfn.resource.ecs.Cluster.builder().logicalId("Cluster")
        .clusterName("dev-litellm-cluster").build();
    assertThat(cluster.resourceType()).isEqualTo("AWS::ECS::Cluster");
    assertThat(cluster.propertiesJson().toString())
        .isEqualTo("{\"ClusterName\":\"dev-litellm-cluster\"}");
    assertThat(cluster).isEqualTo(org.llmgateway.cfn.resource.ecs.Cluster.builder()
        .logicalId("Cluster").clusterName("dev-litellm-cluster").build());
  }
}
