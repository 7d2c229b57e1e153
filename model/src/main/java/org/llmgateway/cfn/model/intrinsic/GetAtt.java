package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code Fn::GetAtt}: an attribute of a resource (only a resource has attributes), also usable
 * as a {@code ${Id.Attr}} part of a Sub.
 */
public record GetAtt(Resource resource, String attribute) implements Expr {

  public GetAtt {
    Objects.requireNonNull(resource, "GetAtt resource");
    Objects.requireNonNull(attribute, "GetAtt attribute");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.GET_ATT.call(
        JsonNodeFactory.instance.arrayNode().add(resource.logicalId()).add(attribute));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.GET_ATT.show(resource.logicalId() + "." + attribute);
  }
}
