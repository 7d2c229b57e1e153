package org.llmgateway.cfn.generators.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.Generation;
import org.llmgateway.cfn.generators.environment.EnvironmentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Regenerates in memory from environments/*.yaml and fails, printing a unified "
        + "diff, when a generated file (generated-templates/, docs/generated/, "
        + "environments/environment.schema.json) differs, is missing or is extra.")
final class CheckCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;

  @Override
  public Integer call() {
    List<String> diffs = check(Applications.current());
    if (diffs.isEmpty()) {
      System.out.println("generated-templates/ is up to date");
      return 0;
    }
    diffs.forEach(System.out::print);
    System.out.println(diffs.size() + " file(s) differ from what the generators produce. Run: "
        + GeneratedFiles.REGENERATE_COMMAND);
    return 1;
  }

  private <S> List<String> check(Application<S> application) {
    return Generation.check(repository.root, application, application.stacks(),
        () -> EnvironmentFiles.load(repository.root, application.settings()));
  }
}
