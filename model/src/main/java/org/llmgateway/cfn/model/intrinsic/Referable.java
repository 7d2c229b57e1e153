package org.llmgateway.cfn.model.intrinsic;

/**
 * Something {@code Ref} can point at: a {@link org.llmgateway.cfn.model.template.Parameter}, a
 * {@link org.llmgateway.cfn.model.template.Resource} or a {@link Pseudo} parameter. A
 * {@link org.llmgateway.cfn.model.template.Mapping} or a
 * {@link org.llmgateway.cfn.model.template.Condition} is not: CloudFormation reads those only
 * through {@code Fn::FindInMap} and {@code Fn::If}. (Java seals an interface only within one
 * package or module, and these types live in two packages of an unnamed module; FnTest checks the
 * list instead.)
 */
public interface Referable {

  String logicalId();

  default Ref ref() {
    return Fn.ref(this);
  }
}
