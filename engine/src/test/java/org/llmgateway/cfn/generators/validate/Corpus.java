package org.llmgateway.cfn.generators.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test templates under src/test/resources/validate, read as the validate command reads them. */
final class Corpus {

  private Corpus() {}

  static Path folder(String name) {
    try {
      return Path.of(Corpus.class.getResource("/validate/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> caseNames(String folder) {
    try (Stream<Path> cases = Files.list(folder(folder))) {
      return cases.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every template (*.yaml, *.json) at the top of {@code dir} and every parameter file under
   * {@code dir/parameters/<environment>/}, validated together; findings as the CLI prints them.
   */
  static List<String> findings(Path dir) {
    try (Stream<Path> top = Files.list(dir);
        Stream<Path> parameters = Files.isDirectory(dir.resolve("parameters"))
            ? Files.walk(dir.resolve("parameters")) : Stream.empty()) {
      List<Path> templates = top.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
          .sorted().toList();
      List<String> parameterFiles = parameters.filter(Files::isRegularFile)
          .map(Path::toString).sorted().toList();
      var loaded = ValidationInputs.load(dir, templates, parameterFiles);
      var report = new Validator().validate(loaded.templates(), loaded.parameterFiles())
          .with(loaded.findings());
      // the security lint has its own tests (SecurityRulesTest); these cases are other mistakes
      return report.findings().stream().filter(f -> !(f.rule() instanceof SecurityRule))
          .map(Finding::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
