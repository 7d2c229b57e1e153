package org.llmgateway.cfn.model.resource.iam;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * Renders statements as the emitter always rendered them through Jackson (keys in alphabetical
 * order, empty and absent values left out), so a policy document reads the same whether a
 * generated resource type embeds it as a property value or a hand-written one serializes it.
 */
final class PolicyJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .defaultPropertyInclusion(JsonInclude.Value.construct(
              JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private PolicyJson() {}

  static JsonNode of(Object value) {
    return MAPPER.valueToTree(value);
  }
}
