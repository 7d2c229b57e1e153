package org.llmgateway.cfn.model.resource;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/** A resource tag; every taggable resource of the project carries the same tag set. */
@Value.Immutable
@CfnStyle
public interface Tag {

  @JsonProperty("Key")
  @Value.Parameter
  String key();

  @JsonProperty("Value")
  @Value.Parameter
  Expr value();

  static Tag of(String key, Expr value) {
    return ImmutableTag.of(key, value);
  }
}
