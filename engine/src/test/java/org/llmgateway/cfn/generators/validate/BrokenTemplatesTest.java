package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under validate/broken holds templates (and parameter files) with one mistake
 * CloudFormation would reject, and expected.txt: the exact findings, file, logical id, JSON path
 * and reason. A case whose mistake goes unnoticed, or is reported differently, fails.
 */
class BrokenTemplatesTest {

  static List<String> cases() {
    return Corpus.caseNames("broken");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theMistakeIsReportedExactly(String name) throws IOException {
    Path dir = Corpus.folder("broken").resolve(name);
    List<String> expected = Files.readAllLines(dir.resolve("expected.txt")).stream()
        .filter(line -> !line.isBlank()).toList();
    assertThat(expected).as("a broken case must expect at least one finding").isNotEmpty();
    assertThat(Corpus.findings(dir)).containsExactlyElementsOf(expected);
  }

  @Test
  void theCorpusHoldsAtLeastTwentyFiveDistinctMistakes() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
    var expectations = new java.util.HashSet<String>();
    for (String name : cases()) {
      String findings = Files.readString(Corpus.folder("broken").resolve(name)
          .resolve("expected.txt"));
      assertThat(expectations.add(findings)).as("%s repeats another case", name).isTrue();
    }
  }
}
