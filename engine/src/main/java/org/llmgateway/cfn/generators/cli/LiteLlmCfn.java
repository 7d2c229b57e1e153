package org.llmgateway.cfn.generators.cli;

import java.util.List;
import java.util.Set;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentFilesException;
import org.llmgateway.cfn.generators.stack.InvalidStackException;
import org.llmgateway.cfn.generators.validate.ResourceSchemas;
import org.llmgateway.cfn.generators.validate.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point. */
@Command(
    name = "litellm-cfn",
    mixinStandardHelpOptions = true,
    version = "litellm-cfn 0.1.0",
    description = "Generates, checks and validates the CloudFormation stacks of a LiteLLM proxy.")
public final class LiteLlmCfn {

  /** Exit code for input the tool refuses (invalid environment, invalid template). */
  public static final int INVALID_INPUT = 2;

  /** The commands that validate, and so need the resource schemas. */
  private static final Set<String> VALIDATING = Set.of("generate", "check", "validate", "order");

  /** Where slf4j finds its silent provider, which the command line ships (slf4j-nop). */
  private static final String SILENT_LOGGING = "org.slf4j.nop.NOPServiceProvider";

  public static void main(String[] args) {
    searchNoJarNeedlessly();
    if (args.length > 0 && VALIDATING.contains(args[0])) {
      // picocli's set-up (reflection, its built-in converters) keeps one core busy for a fifth of
      // a cold run before the command starts; the schemas the command will need inflate on the
      // other one meanwhile
      Thread schemas = new Thread(ResourceSchemas::registry, "resource-schemas");
      schemas.setDaemon(true);
      schemas.start();
    }
    System.exit(run(args));
  }

  /**
   * Started from scripts/litellm-cfn's class-data sharing archive, a run opens only the jars it
   * loads a class from that the archive lacks (3 of 52) unless something searches the whole
   * classpath: picocli looks for Groovy's Closure class, which no jar has, and slf4j looks for
   * its providers in every jar. Each opens all 52 jars and reads their directories, 4% of a cold
   * validate. A provider or Groovy support asked for on the command line still wins.
   */
  static void searchNoJarNeedlessly() {
    setIfUnset("picocli.disable.closures", "true");
    if (System.getProperty("slf4j.provider") == null && isPresent(SILENT_LOGGING)) {
      System.setProperty("slf4j.provider", SILENT_LOGGING);
      // else slf4j says on standard error, at every run, which provider it was told to use
      setIfUnset("slf4j.internal.verbosity", "WARN");
    }
  }

  private static void setIfUnset(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, LiteLlmCfn.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * The subcommands in the order the usage help lists them, by the name their {@code @Command}
   * gives. picocli reflects over every registered command before parsing, about a quarter of a
   * short run's start-up, so a run of one command registers only that one (see
   * {@link #commandLine}).
   */
  private static final List<String> SUBCOMMANDS = List.of("generate", "check", "validate",
      "order", "kept", "deploy", "diff-deployed", "teardown");

  /**
   * A new instance of the named subcommand, null for another name. A switch rather than a table
   * of constructor references: linking each reference costs a cold run about a millisecond.
   */
  private static Object subcommand(String name) {
    return switch (name) {
      case "generate" -> new GenerateCommand();
      case "check" -> new CheckCommand();
      case "validate" -> new ValidateCommand();
      case "order" -> new OrderCommand();
      case "kept" -> new KeptCommand();
      case "deploy" -> new DeployCommand();
      case "diff-deployed" -> new DiffDeployedCommand();
      case "teardown" -> new TeardownCommand();
      default -> null;
    };
  }

  /**
   * The command line for {@code args}: with only the named subcommand when the first argument
   * names one (the top level has no option taking a value, so the rest of the line is that
   * command's, and it parses exactly as among all of them), otherwise with every subcommand, for
   * the usage help and the unknown-command message. A command is registered under the name of its
   * own {@code @Command}, so a name gone stale here costs speed, never behaviour.
   */
  static CommandLine commandLine(String... args) {
    CommandLine commandLine = new CommandLine(new LiteLlmCfn());
    Object named = args.length == 0 ? null : subcommand(args[0]);
    if (named != null) {
      commandLine.addSubcommand(named);
    } else {
      for (String name : SUBCOMMANDS) {
        commandLine.addSubcommand(subcommand(name));
      }
    }
    return commandLine;
  }

  /** Runs a command line and returns its exit code (for tests and embedding). */
  public static int run(String... args) {
    return commandLine(args)
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
