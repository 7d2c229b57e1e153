package org.llmgateway.cfn.generators.cli;

import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.emit.Generation;
import org.llmgateway.cfn.generators.emit.OutputFolder;
import org.llmgateway.cfn.generators.environment.EnvironmentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Reads the environments of environments/*.yaml and writes every stack template "
        + "and per-environment parameter file to generated-templates/, the pages of "
        + "docs/generated/ and environments/environment.schema.json. Nothing is written unless "
        + "everything renders and validates; a file generate did not write is never changed or "
        + "deleted.")
final class GenerateCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;

  @Override
  public Integer call() throws Exception {
    var result = generate(Applications.current());
    result.written().forEach(path -> System.out.println("wrote " + path));
    result.deleted().forEach(path -> System.out.println("deleted " + path
        + " (generated before, no longer generated)"));
    System.out.println(result.written().size() + " file(s) written, " + result.deleted().size()
        + " deleted, " + result.unchanged() + " unchanged");
    return 0;
  }

  private <S> OutputFolder.Written generate(Application<S> application) throws Exception {
    return Generation.generate(repository.root, application, application.stacks(),
        () -> EnvironmentFiles.load(repository.root, application.settings()));
  }
}
