package org.llmgateway.cfn.generators.cli;

import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.emit.Generation;
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
    var changed =
        Generation.generate(repository.root, StackCatalog.discover(), Environments::standard);
    changed.forEach(path -> System.out.println("wrote " + path));
    System.out.println("generated-templates/ written, " + changed.size() + " file(s) changed");
    return 0;
  }
}
