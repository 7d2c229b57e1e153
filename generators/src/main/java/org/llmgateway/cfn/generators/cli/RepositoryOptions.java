package org.llmgateway.cfn.generators.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the repository is: generated files are written relative to it. */
final class RepositoryOptions {

  @Option(
      names = "--root",
      defaultValue = ".",
      description = "Repository root holding generated-templates/ (default: current directory)")
  Path root;
}
