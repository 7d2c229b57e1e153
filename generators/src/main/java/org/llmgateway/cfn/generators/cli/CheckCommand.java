package org.llmgateway.cfn.generators.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.emit.DriftCheck;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Regenerates in memory and fails, printing a unified diff, when a file in "
        + "generated-templates/ differs, is missing or is extra.")
final class CheckCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;

  @Override
  public Integer call() {
    var files = GeneratedFiles.renderAll(StackCatalog.discover(), Environments.standard());
    List<String> diffs =
        DriftCheck.diffs(repository.root, files, GeneratedFiles.MANAGED_FOLDERS);
    if (diffs.isEmpty()) {
      System.out.println("generated-templates/ is up to date (" + files.size() + " files)");
      return 0;
    }
    diffs.forEach(System.out::print);
    System.out.println(diffs.size() + " file(s) differ from what the generators produce. Run: "
        + GeneratedFiles.REGENERATE_COMMAND);
    return 1;
  }
}
