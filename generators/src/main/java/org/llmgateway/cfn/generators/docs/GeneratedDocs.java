package org.llmgateway.cfn.generators.docs;

import org.llmgateway.cfn.generators.stack.Names;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.validate.StackGraph;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

/**
 * The Markdown pages under docs/generated/, rendered from the same model as the templates and
 * drift-checked with them: the stack dependency graph, the resource inventory, the security-group
 * traffic flow (Mermaid diagrams), the cost estimate per environment and the security lint's
 * rules and suppressions.
 */
public final class GeneratedDocs {

  public static final String FOLDER = "docs/generated";

  private GeneratedDocs() {}

  /** Every page, keyed by its path relative to the repository root. */
  public static SortedMap<String, String> render(
      List<StackGenerator> generators, List<EnvironmentConfig> environments) {
    SortedMap<String, JsonNode> templates = new TreeMap<>();
    for (StackGenerator generator : generators) {
      templates.put(generator.name(), GeneratedFiles.render(generator).json());
    }
    // export names only differ by the environment prefix; any valid environment name will do
    StackGraph graph = StackGraph.of(templates,
        Map.of(EnvironmentParameter.LOGICAL_ID, "env", Names.PREFIX.logicalId(), "env"));
    SortedMap<String, String> pages = new TreeMap<>();
    pages.put(FOLDER + "/stack-dependencies.md", StackDependencies.markdown(graph, templates));
    pages.put(FOLDER + "/resource-inventory.md", ResourceInventory.markdown(templates));
    pages.put(FOLDER + "/security-group-flow.md", SecurityGroupFlow.markdown(templates));
    pages.put(FOLDER + "/cost-estimate.md", CostEstimate.markdown(environments, templates));
    pages.put(FOLDER + "/security-findings.md", SecurityFindings.markdown(templates));
    return pages;
  }

  static String header(String title) {
    return "<!-- GENERATED FILE - DO NOT EDIT. Built by " + GeneratedDocs.class.getName()
        + " from the stack generators.\n     Regenerate with: " + GeneratedFiles.REGENERATE_COMMAND
        + "    (drift check: mvn verify) -->\n\n# " + title + "\n\n";
  }

  /** A Mermaid node id: letters, digits and underscores only. */
  static String id(String text) {
    // prefixed: Mermaid misreads some ids that start with a digit or a keyword such as "end"
    return "n_" + text.replaceAll("[^A-Za-z0-9]", "_");
  }
}
