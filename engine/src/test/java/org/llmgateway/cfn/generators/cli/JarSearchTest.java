package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The command line tells picocli and slf4j what they would otherwise search every jar of the
 * classpath for (start-up), and leaves alone what the user already told them.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class JarSearchTest {

  private static final String CLOSURES = "picocli.disable.closures";
  private static final String PROVIDER = "slf4j.provider";
  private static final String VERBOSITY = "slf4j.internal.verbosity";

  private Properties saved;

  @BeforeEach
  void withoutTheProperties() {
    saved = (Properties) System.getProperties().clone();
    System.clearProperty(CLOSURES);
    System.clearProperty(PROVIDER);
    System.clearProperty(VERBOSITY);
  }

  @AfterEach
  void restore() {
    System.setProperties(saved);
  }

  @Test
  void noGroovyAndTheSilentProviderThatShipsWithTheCommandLine() {
    LiteLlmCfn.searchNoJarNeedlessly();

    assertThat(System.getProperty(CLOSURES)).isEqualTo("true");
    assertThat(System.getProperty(PROVIDER)).isEqualTo("org.slf4j.nop.NOPServiceProvider");
    assertThat(System.getProperty(VERBOSITY)).isEqualTo("WARN");
  }

  @Test
  void whatTheUserAskedForWins() {
    System.setProperty(CLOSURES, "false");
    System.setProperty(PROVIDER, "org.example.Provider");

    LiteLlmCfn.searchNoJarNeedlessly();

    assertThat(System.getProperty(CLOSURES)).isEqualTo("false");
    assertThat(System.getProperty(PROVIDER)).isEqualTo("org.example.Provider");
    assertThat(System.getProperty(VERBOSITY)).isNull();
  }
}
