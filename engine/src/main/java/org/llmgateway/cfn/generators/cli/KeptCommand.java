package org.llmgateway.cfn.generators.cli;

import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.deploy.GeneratedStacks;
import org.llmgateway.cfn.generators.deploy.KeptResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "kept",
    mixinStandardHelpOptions = true,
    description = {
        "Prints what a teardown of ENV leaves on purpose: every resource of generated-templates/ "
            + "whose DeletionPolicy is Retain (the resource stays) or Snapshot (its final "
            + "snapshot stays), one line each: KIND<TAB>IDENTIFIER<TAB>STACK/LOGICAL-ID (POLICY).",
        "KIND is kms-key, secret, ecr-repository or rds-snapshot; IDENTIFIER is the name in ENV "
            + "(for rds-snapshot the DB instance whose final snapshots are kept), or * when "
            + "CloudFormation names the resource (every one tagged Environment=ENV).",
        "scripts/teardown-compliance-scan.sh reads this list to tell kept from orphaned.",
        "Exit codes: 0 listed, 2 bad input (unknown environment, a kept resource the scan cannot "
            + "look for)."})
final class KeptCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;

  @Option(names = "--env", required = true, paramLabel = "ENV",
      description = "Environment whose names are resolved, e.g. dev")
  String environment;

  @Override
  public Integer call() {
    try {
      var generated = GeneratedStacks.load(repository.root, environment);
      KeptResources.of(generated).forEach(kept -> System.out.println(kept.line()));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }
}
