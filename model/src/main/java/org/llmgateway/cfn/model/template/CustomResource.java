package org.llmgateway.cfn.model.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * A Lambda-backed custom resource ({@code Custom::<Name>}) with its own properties. The one
 * resource type written by hand: it is no type of the AWS specification (the generated model
 * covers those), its name and properties are the stack's own.
 */
@Value.Immutable
@CfnStyle
public interface CustomResource extends Resource {

  /** The part after {@code Custom::}, e.g. {@code DatabaseSecret}. */
  String customType();

  @Override
  default String resourceType() {
    return "Custom::" + customType();
  }

  Expr serviceToken();

  /** Properties passed to the function besides ServiceToken, written in this map's order. */
  Map<String, Expr> customProperties();

  @Override
  default ObjectNode propertiesJson() {
    var json = new PropertyJson().put("ServiceToken", serviceToken());
    customProperties().forEach(json::put);
    return json.overriddenBy(propertyOverrides());
  }

  @Value.Check
  default void check() {
    if (!customType().matches("[A-Za-z0-9_@-]{1,60}")) {
      throw new IllegalStateException("Custom resource type 'Custom::" + customType()
          + "' must be 1-60 of A-Z, a-z, 0-9, _ @ - (AWS::CloudFormation::CustomResource)");
    }
  }

  static ImmutableCustomResource.Builder builder() {
    return ImmutableCustomResource.builder();
  }
}
