package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/** {@code Fn::Cidr}: {@code count} CIDR blocks of {@code cidrBits} host bits cut from a block. */
public record Cidr(Expr ipBlock, int count, int cidrBits) implements Expr {

  public Cidr {
    Objects.requireNonNull(ipBlock, "Cidr ipBlock");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.CIDR.call(
        JsonNodeFactory.instance.arrayNode().add(ipBlock.toJson()).add(count).add(cidrBits));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.CIDR.show(IntrinsicFunction.sequence(ipBlock, count, cidrBits));
  }
}
