package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the engine finds through META-INF/services/, and what it says of a broken listing. */
class ListedTest {

  /** Listed in this module's test resources: {@link Present}, then {@link Other}. */
  public interface Probe {}

  /** Listed with a class name that does not exist. */
  public interface Broken {}

  public static final class Present implements Probe {}

  public static final class Other implements Probe {}

  @Test
  void everyListedImplementationInTheOrderListed() {
    assertThat(Listed.implementationsOf(Probe.class, "a probe"))
        .extracting(probe -> probe.getClass().getSimpleName())
        .containsExactly("Present", "Other");
  }

  @Test
  void aClassThatCannotBeCreatedNamesTheListing() {
    assertThatThrownBy(() -> Listed.implementationsOf(Broken.class, "a broken probe"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Cannot create a broken probe listed in META-INF/services/"
            + Broken.class.getName() + ": ")
        .hasMessageContaining("org.example.Missing");
  }
}
