package org.llmgateway.cfn.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/** The Principal of a policy statement. */
@Value.Immutable
@CfnStyle
public interface Principal {

  @JsonProperty("Service")
  List<Expr> service();

  @JsonProperty("AWS")
  List<Expr> aws();

  static Principal service(String servicePrincipal) {
    return ImmutablePrincipal.builder().addService(Expr.of(servicePrincipal)).build();
  }

  /** A service principal built from an expression, e.g. the regional {@code logs.<region>.amazonaws.com}. */
  static Principal service(Expr servicePrincipal) {
    return ImmutablePrincipal.builder().addService(servicePrincipal).build();
  }

  static Principal aws(Expr arn) {
    return ImmutablePrincipal.builder().addAws(arn).build();
  }
}
