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
import java.util.concurrent.CompletableFuture;
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
   * test suite, so the mutants are split between two cfn-lint processes that run at once.
   */
  private Map<String, Set<String>> cfnLint(Set<String> files) {
    List<List<String>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    int index = 0;
    for (String file : files) {
      halves.get(index++ % 2).add(file);
    }
    List<CompletableFuture<CfnLint.Result>> runs = halves.stream()
        .map(half -> CompletableFuture.supplyAsync(() -> CfnLint.lint(folder,
            List.of("--format", "parseable", "--non-zero-exit-code", "none"), half)))
        .toList();
    StringBuilder joined = new StringBuilder();
    for (CompletableFuture<CfnLint.Result> run : runs) {
      CfnLint.Result result = run.join();
      assertThat(result.exitCode()).as("cfn-lint ran: %s", result.output()).isZero();
      joined.append(result.output()).append('\n');
    }
    String output = joined.toString();
    Map<String, Set<String>> rules = new TreeMap<>();
    for (String line : output.split("\n")) {
      // file:line:column:end line:end column:rule:message
      String[] parts = line.split(":", 7);
      if (parts.length == 7 && files.contains(parts[0])) {
        rules.computeIfAbsent(parts[0], f -> new TreeSet<>()).add(parts[5]);
      }
    }
    return rules;
  }
}
