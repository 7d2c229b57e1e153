package org.llmgateway.cfn.model.resource.iam;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;

/** An IAM policy document (Version 2012-10-17). */
@Value.Immutable
@CfnStyle
public interface PolicyDocument {

  @JsonProperty("Version")
  @Value.Default
  default String version() {
    return "2012-10-17";
  }

  @JsonProperty("Statement")
  List<Statement> statement();

  static PolicyDocument of(Statement... statements) {
    return ImmutablePolicyDocument.builder().addStatement(statements).build();
  }

  /** The trust policy that lets one AWS service assume a role. */
  static PolicyDocument assumableBy(String servicePrincipal) {
    return of(
        Statement.builder()
            .effect(Statement.Effect.Allow)
            .principal(Principal.service(servicePrincipal))
            .addAction(org.llmgateway.cfn.model.intrinsic.Expr.of("sts:AssumeRole"))
            .build());
  }
}
