package org.llmgateway.cfn.generators.cli;

import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.deploy.DeployException;
import org.llmgateway.cfn.generators.deploy.GeneratedStacks;
import org.llmgateway.cfn.generators.deploy.Teardown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.exception.SdkException;

@Command(
    name = "teardown",
    mixinStandardHelpOptions = true,
    description = {
        "Deletes every stack of an environment in reverse deploy order and waits for each. "
            + "Stops at a stack that cannot be deleted (deletion protection on an RDS instance or "
            + "load balancer, as in prod, must be switched off first).",
        "Exit codes: 0 deleted, 1 a stack failed to delete, 2 bad input or no confirmation."})
final class TeardownCommand implements Callable<Integer> {

  static final String CONFIRMATION = "DELETE";

  @Mixin RepositoryOptions repository;
  @Mixin AwsOptions aws;

  @Option(names = "--env", required = true, paramLabel = "ENV",
      description = "Environment whose stacks (ENV-<stack>-stack) are deleted")
  String environment;

  @Option(names = "--confirm", required = true, paramLabel = "DELETE",
      description = "Must be the word DELETE")
  String confirmation;

  @Override
  public Integer call() {
    if (!CONFIRMATION.equals(confirmation)) {
      System.err.println("Refusing to delete: --confirm must be " + CONFIRMATION);
      return 2;
    }
    try (var cloudFormation = aws.target().cloudFormation()) {
      var generated = GeneratedStacks.load(repository.root, environment);
      System.out.println("Target: " + aws.target());
      var deleted = new Teardown(cloudFormation, aws.polling(), System.out::println)
          .teardown(generated);
      System.out.println(deleted.size() + " stack(s) deleted.");
      return 0;
    } catch (DeployException e) {
      return Failures.print(e);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (SdkException e) {
      return Failures.print(e);
    }
  }
}
