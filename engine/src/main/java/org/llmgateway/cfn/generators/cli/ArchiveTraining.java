package org.llmgateway.cfn.generators.cli;

import java.util.List;

/**
 * The run {@code mvn -Pgenerate package} records the class-data sharing archive of
 * scripts/litellm-cfn from: {@code generate}, as the refresh always ran, then {@code check} and
 * {@code validate} of what it wrote, in one JVM, so that the archive holds the classes of all
 * three commands (validate alone loads about 60 classes generate never does; trained on generate
 * only, a cold validate took 3% longer). Stops at the first command that fails, with its exit
 * code.
 *
 * <p>Arguments: {@code --root DIR}, given to each command.
 */
public final class ArchiveTraining {

  private static final List<String> COMMANDS = List.of("generate", "check", "validate");

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
