package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.CfnLint;
import org.llmgateway.cfn.generators.validate.MutationCorpusTest.Mutation;

/**
 * The validator catches at least what cfn-lint catches: cfn-lint (installed for CI's second
 * opinion) runs once on every mutant of MutationCorpusTest, and each rule it reports on a mutant
 * must be matched by a finding of ours whose rule names that cfn-lint rule (Rule#cfnLint).
 */
@Order(1) // the slowest class: started first (junit-platform.properties)
class CfnLintParityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void everyCfnLintRuleReportedOnAMutantHasAMatchingFinding() throws Exception {
    Map<String, Mutation> byFile = new LinkedHashMap<>();
    Map<String, List<Finding>> ours = new TreeMap<>();
    List<Mutation> mutations = MutationCorpusTest.mutations();
    for (int i = 0; i < mutations.size(); i++) {
      Mutation mutation = mutations.get(i);
      TemplateSource original = MutationCorpusTest.templates().get(mutation.stack());
      var mutant = mutation.apply(original.json());
      String file = String.format("m%02d-%s-%s.json", i, mutation.stack(), mutation.name());
      Files.writeString(folder.resolve(file), JSON.writeValueAsString(mutant));
      byFile.put(file, mutation);
      ours.put(file, new Validator().check(new TemplateSource(file, mutant, original.bytes())));
    }
    Map<String, Set<String>> cfnLint = cfnLint(byFile.keySet());
    assertThat(cfnLint).as("cfn-lint reports on the mutants it catches").isNotEmpty();
    List<String> missed = new ArrayList<>();
    cfnLint.forEach((file, rules) -> {
      for (String rule : rules) {
        boolean matched = ours.get(file).stream().anyMatch(finding ->
            Arrays.asList(finding.rule().cfnLint().split(" ")).contains(rule));
        if (!matched) {
          missed.add(file + ": cfn-lint " + rule + ", ours " + ours.get(file));
        }
      }
    });
    assertThat(missed).isEmpty();
  }

  /**
   * cfn-lint's rule ids per file. cfn-lint is single-threaded and this run is the longest of the
   * test suite, so the mutants it has no kept answer for are split between two cfn-lint
   * processes that run at once; each mutant's answer is kept on its own, so a change to one
   * stack's template lints only that stack's mutants again.
   */
  private Map<String, Set<String>> cfnLint(Set<String> files) {
    Map<String, Set<String>> rules = new TreeMap<>();
    CfnLint.findingsPerFile(folder, List.copyOf(files), 2).forEach((file, findings) -> {
      for (String line : findings.split("\n")) {
        // file:line:column:end line:end column:rule:message
        String[] parts = line.split(":", 7);
        if (parts.length == 7 && parts[0].equals(file)) {
          rules.computeIfAbsent(file, f -> new TreeSet<>()).add(parts[5]);
        }
      }
    });
    return rules;
  }
}
