package org.llmgateway.cfn.model.resource.kms;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::KMS::Alias: a friendly name ({@code alias/...}) for a key. */
@Value.Immutable
@CfnStyle
public interface Alias extends Resource {

  @Override
  default String resourceType() {
    return "AWS::KMS::Alias";
  }

  /** Starts with {@code alias/}, and never {@code alias/aws/} (reserved for AWS managed keys). */
  @JsonProperty("AliasName")
  Expr aliasName();

  /** The key's id or ARN. */
  @JsonProperty("TargetKeyId")
  Expr targetKeyId();

  static ImmutableAlias.Builder builder() {
    return ImmutableAlias.builder();
  }

  @Value.Check
  default void check() {
    var name = aliasName().toJson();
    var sub = name.get("Fn::Sub");
    String text = name.isTextual() ? name.asText() : sub != null && sub.isTextual() ? sub.asText() : null;
    if (text != null && (!text.startsWith("alias/") || text.startsWith("alias/aws/"))) {
      throw new IllegalStateException(
          "Alias " + logicalId() + ": AliasName '" + text
              + "' must start with alias/ and not with alias/aws/");
    }
  }
}
