package org.llmgateway.cfn.generators.cli;

import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.deploy.DeployedDiff;
import org.llmgateway.cfn.generators.deploy.GeneratedStacks;
import org.llmgateway.cfn.generators.deploy.StackDrift;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.exception.SdkException;

@Command(
    name = "diff-deployed",
    mixinStandardHelpOptions = true,
    description = {
        "Compares every deployed stack of an environment with generated-templates/: the "
            + "template CloudFormation holds (GetTemplate) with the checked-in file, as data, and "
            + "the deployed parameter values with the parameter file. NoEcho values are never "
            + "compared or printed.",
        "Exit codes: 0 everything matches, 1 a difference (or a stack not deployed), 2 bad input."})
final class DiffDeployedCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;
  @Mixin AwsOptions aws;

  @Option(names = "--env", required = true, paramLabel = "ENV",
      description = "Environment whose stacks (ENV-<stack>-stack) are compared")
  String environment;

  @Override
  public Integer call() {
    try (var cloudFormation = aws.target().cloudFormation(); var s3 = aws.target().s3()) {
      var generated = GeneratedStacks.load(repository.root, environment);
      int drifted = 0;
      for (StackDrift drift : new DeployedDiff(cloudFormation, java.util.Optional.of(s3))
          .compare(generated)) {
        if (drift.drifted()) {
          drifted++;
          System.out.println(drift.stackName() + ": " + drift.differences().size()
              + " difference(s)");
          drift.differences().forEach(line -> System.out.println("  " + line));
        } else {
          System.out.println(drift.stackName() + ": matches generated-templates/");
        }
      }
      System.out.println(drifted == 0 ? "No drift." : drifted + " stack(s) differ.");
      return drifted == 0 ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (SdkException e) {
      return Failures.print(e);
    }
  }
}
