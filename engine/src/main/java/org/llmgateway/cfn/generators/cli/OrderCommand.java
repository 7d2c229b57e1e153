package org.llmgateway.cfn.generators.cli;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.validate.Finding;
import org.llmgateway.cfn.generators.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "order",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the order in which the stacks deploy, computed from their exports and imports: "
            + "one line per wave; the stacks of a wave can deploy in parallel.",
        "Exits 1, printing the findings, when an import has no export, two stacks export one "
            + "name, or the stacks import from each other in a cycle."})
final class OrderCommand implements Callable<Integer> {

  @Mixin ValidationOptions options;

  @Override
  public Integer call() {
    var loaded = options.load();
    var report = new Validator().validate(loaded.templates(), loaded.parameterFiles());
    var problems = new TreeSet<Finding>(loaded.findings());
    problems.addAll(report.crossStackFindings());
    if (!problems.isEmpty()) {
      problems.forEach(System.out::println);
      System.out.println(problems.size() + " finding(s); the deploy order is not known");
      return 1;
    }
    var orders = report.orders();
    if (orders.values().stream().distinct().count() == 1) {
      print(orders.values().iterator().next(), "");
    } else {
      orders.forEach((environment, waves) -> {
        System.out.println(environment + ":");
        print(waves, "  ");
      });
    }
    return 0;
  }

  private static void print(List<SortedSet<String>> waves, String indent) {
    for (int i = 0; i < waves.size(); i++) {
      System.out.println(indent + (i + 1) + ": " + String.join(" ", waves.get(i)));
    }
  }
}
