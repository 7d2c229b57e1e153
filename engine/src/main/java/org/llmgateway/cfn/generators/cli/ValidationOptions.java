package org.llmgateway.cfn.generators.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.llmgateway.cfn.generators.validate.ValidationInputs;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The files {@code validate} and {@code order} read: given ones, or generated-templates/. */
final class ValidationOptions {

  @Option(
      names = "--root",
      defaultValue = ".",
      description = "Repository root whose generated-templates/ is read when no FILE is given "
          + "(default: current directory)")
  Path root;

  @Option(
      names = {"-p", "--parameters"},
      paramLabel = "[TEMPLATE=]FILE",
      description = "A parameter file (JSON list of ParameterKey/ParameterValue). It belongs to "
          + "the template of the same base name unless TEMPLATE= says which; its folder names "
          + "the environment. Repeatable.")
  List<String> parameters = new ArrayList<>();

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "CloudFormation templates, YAML (short-form tags included) or JSON; a folder "
          + "stands for the templates in it and its parameters/*/*.json. "
          + "Default: generated-templates/*.yaml and generated-templates/parameters/*/*.json")
  List<Path> templates = new ArrayList<>();

  ValidationInputs.Loaded load() {
    if (templates.isEmpty() && parameters.isEmpty()) {
      return ValidationInputs.generated(root);
    }
    return ValidationInputs.load(Path.of(""), templates, parameters);
  }
}
