package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotationFunctionsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "database_rotation.py", "master_key_rotation.py", "default_security_group.py"})
  void theInlineCodeDropsOnlyCommentLinesOutsideStrings(String fileName) {
    String source = RotationFunctions.source(fileName);
    List<String> kept = RotationFunctions.withoutCommentLines(source).lines().toList();

    List<String> expected = new java.util.ArrayList<>();
    boolean inTripleQuotedString = false;
    for (String line : source.lines().toList()) {
      boolean comment = line.stripLeading().startsWith("#");
      // a comment-looking line inside a triple-quoted string would be code: none may exist
      assertThat(comment && inTripleQuotedString)
          .as("%s: '#' line inside a string: %s", fileName, line).isFalse();
      if (!comment) {
        expected.add(line);
      }
      int quotes = count(line, "\"\"\"") + count(line, "'''");
      if (quotes % 2 == 1) {
        inTripleQuotedString = !inTripleQuotedString;
      }
    }
    assertThat(kept).containsExactlyElementsOf(expected);
    assertThat(kept).noneMatch(line -> line.stripLeading().startsWith("#"));
  }

  private static int count(String text, String token) {
    int count = 0;
    for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
      count++;
    }
    return count;
  }
}
