package org.llmgateway.cfn.model.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;

/** A resource tag; every taggable resource of the project carries the same tag set. */
@Value.Immutable
@CfnStyle
public interface Tag extends PropertyValue {

  @JsonProperty("Key")
  @Value.Parameter
  String key();

  @JsonProperty("Value")
  @Value.Parameter
  Expr value();

  /** {@code {"Key": ..., "Value": ...}}, so a list of tags is a property value like any other. */
  @Override
  default com.fasterxml.jackson.databind.JsonNode toJson() {
    var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    node.put("Key", key());
    node.set("Value", value().toJson());
    return node;
  }

  static Tag of(String key, Expr value) {
    return ImmutableTag.of(key, value);
  }
}
