package org.llmgateway.cfn.model.resource.lambda;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::Lambda::Permission */
@Value.Immutable
@CfnStyle
public interface Permission extends Resource {

  @Override
  default String resourceType() {
    return "AWS::Lambda::Permission";
  }

  @JsonProperty("Action")
  @Value.Default
  default String action() {
    return "lambda:InvokeFunction";
  }

  @JsonProperty("FunctionName")
  Expr functionName();

  @JsonProperty("Principal")
  String principal();

  @JsonProperty("SourceAccount")
  Optional<Expr> sourceAccount();

  @JsonProperty("SourceArn")
  Optional<Expr> sourceArn();

  static ImmutablePermission.Builder builder() {
    return ImmutablePermission.builder();
  }
}
