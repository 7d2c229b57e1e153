package org.llmgateway.cfn.generators.stack.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the pre-flight orders PostgreSQL versions: number by number, never as text. */
class RdsEngineCheckTest {

  @Test
  void aMinorIsComparedAsANumberSo15Point10IsNewerThan15Point9() {
    assertThat(RdsEngineCheck.compareVersions("15.10", "15.9")).isPositive();
    assertThat(RdsEngineCheck.compareVersions("15.9", "15.15")).isNegative();
    assertThat(RdsEngineCheck.compareVersions("16.1", "15.15")).isPositive();
    assertThat(RdsEngineCheck.compareVersions("15.15", "15.15")).isZero();
  }

  @Test
  void theCheckBelongsToTheDatabaseStackAndAsksAboutItsParameters() {
    assertThat(DatabaseExports.STACK).isEqualTo("database");
    assertThat(DatabaseStack.ENGINE_VERSION_PARAMETER.logicalId()).isEqualTo("DbEngineVersion");
    assertThat(DatabaseStack.INSTANCE_CLASS.logicalId()).isEqualTo("DbInstanceClass");
    assertThat("dev" + DatabaseStack.INSTANCE_SUFFIX).isEqualTo("dev-litellm-db");
  }
}
