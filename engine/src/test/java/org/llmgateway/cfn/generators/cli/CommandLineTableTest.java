package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A run of one command registers only that command (start-up): each name of the usage help must
 * lead to the command of that name, alone, or a command would parse differently when run.
 */
class CommandLineTableTest {

  @Test
  void eachCommandOfTheUsageHelpIsRegisteredAloneUnderItsOwnName() {
    Set<String> all = LiteLlmCfn.commandLine().getSubcommands().keySet();
    assertThat(all).containsExactly("generate", "check", "validate", "order", "kept", "deploy",
        "diff-deployed", "teardown");
    for (String name : all) {
      assertThat(LiteLlmCfn.commandLine(name, "--help").getSubcommands().keySet())
          .as("the command line of a run of %s", name).containsExactly(name);
    }
  }

  @Test
  void anUnknownFirstWordGetsEveryCommandForTheUsageAndTheUnknownCommandMessage() {
    assertThat(LiteLlmCfn.commandLine("valdiate").getSubcommands()).hasSize(8);
    assertThat(LiteLlmCfn.commandLine("--help").getSubcommands()).hasSize(8);
  }
}
