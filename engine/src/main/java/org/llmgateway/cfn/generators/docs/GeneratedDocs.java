package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.llmgateway.cfn.generators.application.GeneratedPages;
import org.llmgateway.cfn.generators.application.NamingConvention;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.validate.StackGraph;

/**
 * The Markdown pages under docs/generated/, rendered from the same model as the templates and
 * drift-checked with them: the stack dependency graph, the resource inventory and the
 * security-group traffic flow (Mermaid diagrams), plus the pages an application adds (LiteLLM's
 * cost estimate per environment). An application that wants them lists an instance in its
 * {@code pages()}.
 *
 * @param <S> the application's settings type, for the pages it adds
 */
public final class GeneratedDocs<S> implements GeneratedPages<S> {

  public static final String FOLDER = "docs/generated";

  /** A page an application adds: its file name under {@link #FOLDER} and its Markdown. */
  public record Page<S>(
      String fileName, BiFunction<List<S>, SortedMap<String, JsonNode>, String> markdown) {}

  private final List<Page<S>> applicationPages;

  public GeneratedDocs(List<Page<S>> applicationPages) {
    this.applicationPages = List.copyOf(applicationPages);
  }

  @Override
  public String folder() {
    return FOLDER;
  }

  /** Every page, keyed by its path relative to the repository root. */
  @Override
  public SortedMap<String, String> render(SortedMap<String, JsonNode> templates,
      List<S> environments, NamingConvention<S> naming) {
    // export names only differ by the name parameters' values; any valid name will do
    Map<String, String> shownNames = new TreeMap<>();
    naming.nameParameters().forEach(parameter -> shownNames.put(parameter, Names.SHOWN));
    StackGraph graph = StackGraph.of(templates, shownNames);
    SortedMap<String, String> pages = new TreeMap<>();
    pages.put(FOLDER + "/stack-dependencies.md", StackDependencies.markdown(graph, templates));
    pages.put(FOLDER + "/resource-inventory.md", ResourceInventory.markdown(templates));
    pages.put(FOLDER + "/security-group-flow.md", SecurityGroupFlow.markdown(templates));
    pages.put(FOLDER + "/security-findings.md", SecurityFindings.markdown(templates));
    for (Page<S> page : applicationPages) {
      pages.put(FOLDER + "/" + page.fileName(), page.markdown().apply(environments, templates));
    }
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
