package org.llmgateway.cfn.generators.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.llmgateway.cfn.generators.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Validates CloudFormation templates, written by this project or not: each resource "
            + "against its type's resource provider schema, references, unused declarations, "
            + "dependency cycles, size limits, resource-specific rules (CIDRs, Fargate sizes, IAM "
            + "policy grammar, ports, RDS classes, ...), parameter files, and imports and exports "
            + "across the stacks.",
        "Prints one line per finding (file: logical id: JSON path: [rule id] reason; the rules "
            + "are listed in docs/validation.md) in a stable order and "
            + "a summary line; exits 1 when there is any finding. A cross-stack finding shared by "
            + "several environments (parameter-file folders) is one line ending with their names, "
            + "e.g. (dev, staging, prod)."})
final class ValidateCommand implements Callable<Integer> {

  @Mixin ValidationOptions options;

  @Override
  public Integer call() {
    // the schema registry decompresses while the files are read: on a cold JVM both are
    // start-up work of about the same size, and they share nothing
    var validator = CompletableFuture.supplyAsync(Validator::new);
    var loaded = options.load();
    var report = validator.join().validate(loaded.templates(), loaded.parameterFiles())
        .with(loaded.findings());
    report.findings().forEach(System.out::println);
    System.out.println(report.summary());
    return report.valid() ? 0 : 1;
  }
}
