package org.llmgateway.cfn.generators.deploy;

/** How a stack is created or updated. */
public enum DeployMethod {
  /**
   * CreateChangeSet, then ExecuteChangeSet: CloudFormation computes the changes first and "no
   * changes" is known before anything is touched. The default, and what the pipelines do.
   */
  CHANGE_SET,
  /**
   * CreateStack or UpdateStack. For endpoints whose change sets are incomplete: moto 5 neither
   * records the outputs and exports of a stack created from a change set nor resolves
   * Fn::ImportValue in it (see docs/deploy.md).
   */
  DIRECT
}
