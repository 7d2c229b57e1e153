package org.llmgateway.cfn.model.intrinsic;

/** Something {@code Ref} can point at: a parameter, a resource or a pseudo parameter. */
public interface Referable {

  String logicalId();

  default Expr ref() {
    return Fn.ref(this);
  }
}
