package org.llmgateway.cfn.model.template;

/** What CloudFormation does with a resource's data when the resource is deleted or replaced. */
public enum DeletionPolicy {
  Delete,
  Retain,
  RetainExceptOnCreate,
  Snapshot
}
