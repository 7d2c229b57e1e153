package org.llmgateway.cfn.generators.environment;

import java.nio.file.Path;
import java.util.List;

/** The shipped environments of this repository's environments/*.yaml, for the tests. */
public final class Environments {

  private Environments() {}

  private static final List<EnvironmentConfig> STANDARD =
      EnvironmentFiles.load(Path.of(System.getProperty("repo.root", "..")));

  public static final EnvironmentConfig DEV = named("dev");
  public static final EnvironmentConfig STAGING = named("staging");
  public static final EnvironmentConfig PROD = named("prod");

  public static List<EnvironmentConfig> standard() {
    return STANDARD;
  }

  private static EnvironmentConfig named(String name) {
    return STANDARD.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }
}
