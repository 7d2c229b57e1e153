package org.llmgateway.cfn.generators.stack.litellm;

import org.llmgateway.cfn.model.template.ExportName;

/** What the litellm stack exports (for operators and pipelines; no stack imports these). */
public final class LiteLlmExports {

  private LiteLlmExports() {}

  public static final String STACK = "litellm";

  public static final ExportName CLUSTER_NAME = ExportName.of(STACK, "ClusterName");
  public static final ExportName SERVICE_NAME = ExportName.of(STACK, "ServiceName");
  public static final ExportName REPOSITORY_URI = ExportName.of(STACK, "RepositoryUri");
  public static final ExportName LOG_GROUP_NAME = ExportName.of(STACK, "LogGroupName");
}
