package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** {@code Fn::ImportValue}: the value another stack exports under the name. */
public record ImportValue(Expr exportName) implements Expr {

  public ImportValue {
    Objects.requireNonNull(exportName, "ImportValue exportName");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.IMPORT_VALUE.call(exportName.toJson());
  }

  @Override
  public String toString() {
    return IntrinsicFunction.IMPORT_VALUE.show(exportName);
  }
}
