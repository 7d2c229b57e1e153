package org.llmgateway.cfn.model.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * A resource of the generated model (one type per CloudFormation resource type, written from the
 * AWS service specification): it renders its own Properties, so emitting needs no reflection.
 */
public interface TypedResource extends Resource {

  /**
   * Raw property overrides, for what the specification lacks (a property AWS added after the
   * snapshot, a value of a shape it does not describe): a dotted path into Properties, e.g.
   * {@code "LoadBalancerAttributes.0.Value"} or {@code "NewProperty"}, and the value to put there.
   * Applied after the typed properties, in insertion order, and validated against the resource
   * schema like everything else. Like CDK's {@code addPropertyOverride}.
   */
  Map<String, Expr> propertyOverrides();

  /** The Properties as CloudFormation receives them, overrides applied. */
  ObjectNode propertiesJson();
}
