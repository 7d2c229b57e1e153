package org.llmgateway.cfn.generators.deploy;

import java.util.Collection;
import java.util.List;

/**
 * Removes secret values from text before it is printed or thrown. CloudFormation masks NoEcho
 * parameters in its own answers, but an error message quoting a property value is not masked, so
 * everything this package prints passes through here.
 */
final class Redaction {

  static final String MASK = "****";

  private final List<String> secrets;

  Redaction(Collection<String> secrets) {
    // longest first, so a secret containing another is masked whole
    this.secrets = secrets.stream()
        .filter(s -> s != null && !s.isEmpty())
        .distinct()
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .toList();
  }

  static Redaction none() {
    return new Redaction(List.of());
  }

  String apply(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
