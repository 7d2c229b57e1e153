package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/** {@code Fn::GetAZs}: the availability zones of a region; {@code ""} is the stack's region. */
public record GetAZs(String region) implements Expr {

  public GetAZs {
    Objects.requireNonNull(region, "GetAZs region");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.GET_AZS.call(JsonNodeFactory.instance.textNode(region));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.GET_AZS.show(IntrinsicFunction.quoted(region));
  }
}
