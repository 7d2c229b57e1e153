package org.llmgateway.cfn.model.intrinsic;

/** A named condition of a template, usable in {@code Fn::If} and as a resource's Condition. */
public interface Conditional {
  String logicalId();
}
