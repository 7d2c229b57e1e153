package org.llmgateway.cfn.model.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.Referable;

/**
 * A resource of a template. Subtypes declare their CloudFormation properties as accessors annotated
 * with {@code @JsonProperty("PropertyName")}; the resource attributes below live outside Properties.
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

  default GetAtt getAtt(String attribute) {
    return Fn.getAtt(this, attribute);
  }
}
