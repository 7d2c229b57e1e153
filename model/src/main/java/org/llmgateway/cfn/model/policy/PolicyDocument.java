package org.llmgateway.cfn.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

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
    return of(assumeRole(servicePrincipal).build());
  }

  /**
   * The trust policy that lets one AWS service assume a role only on behalf of {@code account}
   * (the confused-deputy guard). Use it only for a service AWS documents as sending
   * {@code aws:SourceAccount} when it assumes a role; for any other the role becomes unusable.
   */
  static PolicyDocument assumableBy(String servicePrincipal, Expr account) {
    ObjectNode condition = JsonNodeFactory.instance.objectNode();
    condition.putObject("StringEquals").set("aws:SourceAccount", account.toJson());
    return of(assumeRole(servicePrincipal).condition(condition).build());
  }

  private static ImmutableStatement.Builder assumeRole(String servicePrincipal) {
    return Statement.builder()
        .effect(Statement.Effect.Allow)
        .principal(Principal.service(servicePrincipal))
        .addAction(Expr.of("sts:AssumeRole"));
  }
}
