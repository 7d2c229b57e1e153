package org.llmgateway.cfn.generators.cli;

/**
 * The run the build records the class-data sharing archive of scripts/litellm-cfn from
 * ({@code mvn -Pgenerate package}, generators/pom.xml): {@code generate}, then {@code check} and
 * {@code validate} in the same JVM, so the archive holds the classes of all three commands, not
 * only of the first. Exits with the first non-zero code, or 0.
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  /** {@code ArchiveTraining --root ROOT}: the repository the three commands run on. */
  public static void main(String[] rootOption) {
    int code = 0;
    for (String command : new String[] {"generate", "check", "validate"}) {
      String[] line = new String[rootOption.length + 1];
      line[0] = command;
      System.arraycopy(rootOption, 0, line, 1, rootOption.length);
      code = LiteLlmCfn.run(line);
      if (code != 0) {
        break;
      }
    }
    System.exit(code);
  }
}
