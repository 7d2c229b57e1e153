package org.llmgateway.cfn.model.resource.cloudformation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** A Lambda-backed custom resource ({@code Custom::<Name>}) with its own properties. */
@Value.Immutable
@CfnStyle
public interface CustomResource extends Resource {

  /** The part after {@code Custom::}, e.g. {@code DatabaseUrl}. */
  String customType();

  @Override
  default String resourceType() {
    return "Custom::" + customType();
  }

  @JsonProperty("ServiceToken")
  Expr serviceToken();

  /** Properties passed to the function, in addition to ServiceToken. */
  @JsonAnyGetter
  Map<String, Expr> customProperties();

  static ImmutableCustomResource.Builder builder() {
    return ImmutableCustomResource.builder();
  }
}
