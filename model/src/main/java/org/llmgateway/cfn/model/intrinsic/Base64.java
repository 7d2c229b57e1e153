package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** {@code Fn::Base64}: the value, Base64-encoded (EC2 user data). */
public record Base64(Expr value) implements Expr {

  public Base64 {
    Objects.requireNonNull(value, "Base64 value");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.BASE64.call(value.toJson());
  }

  @Override
  public String toString() {
    return IntrinsicFunction.BASE64.show(value);
  }
}
