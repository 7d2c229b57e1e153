package org.llmgateway.cfn.generators.cli;

import java.util.List;

/**
 * The run {@code mvn -Pgenerate package} records the class-data sharing archive of
 * scripts/litellm-cfn from: {@code generate}, as the refresh always ran, then {@code check} of
 * what it wrote, in one JVM, so that the archive holds the classes of both (validate and order
 * have an archive of their own). Stops at the first command that fails, with its exit code.
 *
 * <p>Arguments: {@code --root DIR}, given to each command.
 */
public final class ArchiveTraining {

  private static final List<String> COMMANDS = List.of("generate", "check");

  private ArchiveTraining() {}

  public static void main(String[] args) {
    for (String command : COMMANDS) {
      String[] line = new String[args.length + 1];
      line[0] = command;
      System.arraycopy(args, 0, line, 1, args.length);
      int exitCode = LiteLlmCfn.run(line);
      if (exitCode != 0) {
        System.exit(exitCode);
      }
    }
  }
}
