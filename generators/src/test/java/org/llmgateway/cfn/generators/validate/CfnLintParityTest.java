package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
   * test suite, so the mutants are split between two cfn-lint processes that run at once, each
   * writing to a file of its own (a pipe not read would stall it).
   */
  private Map<String, Set<String>> cfnLint(Set<String> files)
      throws IOException, InterruptedException {
    List<List<String>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    int index = 0;
    for (String file : files) {
      halves.get(index++ % 2).add(file);
    }
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (List<String> half : halves) {
      List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable",
          "--non-zero-exit-code", "none", "--"));
      command.addAll(half);
      Path output = Files.createTempFile(folder, "cfn-lint-", ".out");
      outputs.add(output);
      try {
        processes.add(new ProcessBuilder(command).directory(folder.toFile())
            .redirectErrorStream(true).redirectOutput(output.toFile()).start());
      } catch (IOException e) {
        throw new IllegalStateException("this test runs cfn-lint, which is not on PATH: "
            + "pip install cfn-lint (CI's .ci/run requires it)", e);
      }
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < processes.size(); i++) {
      Process process = processes.get(i);
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("cfn-lint finishes").isTrue();
      String printed = Files.readString(outputs.get(i), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("cfn-lint ran: %s", printed).isZero();
      joined.append(printed).append('\n');
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
