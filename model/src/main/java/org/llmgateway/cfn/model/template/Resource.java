package org.llmgateway.cfn.model.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.Referable;

/**
 * A resource of a template: a type of the generated resource model (one per CloudFormation
 * resource type, written from the AWS service specification) or a {@link CustomResource}. The
 * resource attributes below live outside Properties.
 */
public interface Resource extends Referable {

  /** The CloudFormation type name, e.g. {@code AWS::EC2::VPC}. */
  String resourceType();

  /** Resources that must be created first although no property refers to them. */
  List<Resource> dependsOn();

  Optional<Condition> condition();

  Optional<DeletionPolicy> deletionPolicy();

  Optional<DeletionPolicy> updateReplacePolicy();

  Optional<JsonNode> metadata();

  /**
   * Raw property overrides, for what the specification lacks (a property AWS added after the
   * snapshot, a value of a shape it does not describe): a dotted path into Properties, e.g.
   * {@code "LoadBalancerAttributes.0.Value"} or {@code "NewProperty"}, and the value to put there.
   * Applied after the typed properties, in insertion order, and validated against the resource
   * schema like everything else. Like CDK's {@code addPropertyOverride}.
   */
  Map<String, Expr> propertyOverrides();

  /**
   * The Properties as CloudFormation receives them, overrides applied. Generated types render
   * their own (no reflection when emitting).
   */
  ObjectNode propertiesJson();

  default GetAtt getAtt(String attribute) {
    return Fn.getAtt(this, attribute);
  }
}
