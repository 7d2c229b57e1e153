package org.llmgateway.cfn.generators.cli;

import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentFilesException;
import org.llmgateway.cfn.generators.stack.InvalidStackException;
import org.llmgateway.cfn.generators.validate.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point. */
@Command(
    name = "litellm-cfn",
    mixinStandardHelpOptions = true,
    version = "litellm-cfn 0.1.0",
    description = "Generates, checks and validates the CloudFormation stacks of a LiteLLM proxy.",
    subcommands = {GenerateCommand.class, CheckCommand.class, ValidateCommand.class,
        OrderCommand.class, KeptCommand.class, DeployCommand.class, DiffDeployedCommand.class, TeardownCommand.class})
public final class LiteLlmCfn {

  /** Exit code for input the tool refuses (invalid environment, invalid template). */
  public static final int INVALID_INPUT = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    return new CommandLine(new LiteLlmCfn())
        .setExecutionExceptionHandler(
            (exception, commandLine, parseResult) -> {
              if (exception instanceof InvalidEnvironmentFilesException files) {
                files.problems().forEach(commandLine.getErr()::println);
                commandLine.getErr().println("Nothing was written.");
                return INVALID_INPUT;
              }
              if (exception instanceof InvalidEnvironmentException
                  || exception instanceof ValidationException
                  || exception instanceof InvalidStackException) {
                commandLine.getErr().println(exception.getMessage());
                commandLine.getErr().println("Nothing was written.");
                return INVALID_INPUT;
              }
              throw exception;
            })
        .execute(args);
  }
}
