package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** {@code Fn::GetAtt}: an attribute of a resource, also usable as a {@code ${Id.Attr}} part of a Sub. */
public record GetAtt(Referable resource, String attribute) implements Expr {

  @Override
  public JsonNode toJson() {
    var node = JsonNodeFactory.instance.objectNode();
    node.putArray("Fn::GetAtt").add(resource.logicalId()).add(attribute);
    return node;
  }
}
