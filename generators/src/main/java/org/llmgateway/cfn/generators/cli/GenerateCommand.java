package org.llmgateway.cfn.generators.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.OutputFolder;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes every stack template and per-environment parameter file to "
        + "generated-templates/. Nothing is written unless everything renders and validates.")
final class GenerateCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;

  @Override
  public Integer call() throws Exception {
    var files = GeneratedFiles.renderAll(StackCatalog.discover(), Environments.standard());
    var changed = OutputFolder.write(
        repository.root, files, GeneratedFiles.MANAGED_FOLDERS);
    changed.forEach(path -> System.out.println("wrote " + path));
    System.out.println(files.size() + " files generated, " + changed.size() + " changed");
    return 0;
  }
}
