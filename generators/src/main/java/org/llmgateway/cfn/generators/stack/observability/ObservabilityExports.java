package org.llmgateway.cfn.generators.stack.observability;

import org.llmgateway.cfn.model.template.ExportName;

/** What the observability stack exports (for operators and pipelines; no stack imports these). */
public final class ObservabilityExports {

  private ObservabilityExports() {}

  public static final String STACK = "observability";

  public static final ExportName DASHBOARD_NAME = ExportName.of(STACK, "DashboardName");
}
