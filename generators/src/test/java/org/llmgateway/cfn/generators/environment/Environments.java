package org.llmgateway.cfn.generators.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.llmgateway.cfn.generators.LiteLlmApplication;

/** The shipped environments of this repository's environments/*.yaml, for the tests. */
public final class Environments {

  private Environments() {}

  private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));

  private static final List<EnvironmentConfig> STANDARD = EnvironmentFiles.load(ROOT, LiteLlmApplication.SETTINGS);

  public static final EnvironmentConfig DEV = named("dev");
  public static final EnvironmentConfig STAGING = named("staging");
  public static final EnvironmentConfig PROD = named("prod");

  /** The text of the shipped environments/prod.yaml. */
  public static String prodYaml() {
    try {
      return Files.readString(ROOT.resolve("environments/prod.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<EnvironmentConfig> standard() {
    return STANDARD;
  }

  private static EnvironmentConfig named(String name) {
    return STANDARD.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }
}
