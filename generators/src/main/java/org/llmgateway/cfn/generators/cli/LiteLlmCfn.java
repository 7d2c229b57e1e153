package org.llmgateway.cfn.generators.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point. */
@Command(
    name = "litellm-cfn",
    mixinStandardHelpOptions = true,
    version = "litellm-cfn 0.1.0",
    description = "Generates, checks and validates the CloudFormation stacks of a LiteLLM proxy.",
    subcommands = {GenerateCommand.class, CheckCommand.class, DeployCommand.class,
        DiffDeployedCommand.class, TeardownCommand.class})
public final class LiteLlmCfn {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    return new CommandLine(new LiteLlmCfn()).execute(args);
  }
}
