package org.llmgateway.cfn.generators.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the project is: environments/ is read and generated files written relative to it. */
final class RepositoryOptions {

  @Option(
      names = "--root",
      defaultValue = ".",
      description = "Project root holding environments/ and generated-templates/ (default: current "
          + "directory)")
  Path root;
}
