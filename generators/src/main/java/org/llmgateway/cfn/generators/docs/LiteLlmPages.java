package org.llmgateway.cfn.generators.docs;

import java.util.List;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;

/** LiteLLM's docs/generated/: the engine's pages and the cost estimate per environment. */
public final class LiteLlmPages {

  public static final GeneratedDocs<EnvironmentConfig> DOCS = new GeneratedDocs<>(
      List.of(new GeneratedDocs.Page<>("cost-estimate.md", CostEstimate::markdown)));

  private LiteLlmPages() {}
}
