package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule has its own id and a row in docs/validation.md's rule table, with its cfn-lint ids. */
class RuleCatalogTest {

  private static final Path DOCS =
      Path.of(System.getProperty("repo.root", "../"), "docs", "validation.md");

  @Test
  void ruleIdsAreUnique() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id).distinct())
        .hasSize(Rule.values().length);
  }

  @Test
  void theDocsListEveryRuleWithTheCfnLintRulesItMatches() throws IOException {
    List<String> rows = Files.readAllLines(DOCS).stream().filter(l -> l.startsWith("| LCF"))
        .toList();
    var documented = new HashSet<String>();
    for (String row : rows) {
      String[] cells = row.split("\\|");
      documented.add(cells[1].trim());
      Rule rule = Arrays.stream(Rule.values()).filter(r -> r.id().equals(cells[1].trim()))
          .findFirst().orElseThrow(() -> new AssertionError("no rule " + cells[1]));
      assertThat(cells[3].trim()).as(rule.id()).isEqualTo(rule.cfnLint());
    }
    assertThat(documented).containsExactlyInAnyOrder(
        Arrays.stream(Rule.values()).map(Rule::id).toArray(String[]::new));
  }
}
