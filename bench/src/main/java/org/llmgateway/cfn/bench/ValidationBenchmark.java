package org.llmgateway.cfn.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.llmgateway.cfn.generators.validate.ValidationInputs;
import org.llmgateway.cfn.generators.validate.Validator;

/**
 * Times the validator on the generated templates three ways, side by side in one run: in-process
 * with the schemas warm, a whole {@code litellm-cfn validate} process from a cold JVM, and a
 * whole {@code cfn-lint} process on the same templates. Not a test: run it with
 * {@code scripts/bench-validation.sh} and copy its table into docs/validation.md.
 */
public final class ValidationBenchmark {

  private static final int WARMUP = 200;
  private static final int MEASURED = 200;
  private static final int PROCESS_RUNS = 7;

  private ValidationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    var loaded = ValidationInputs.generated(root);
    if (!loaded.findings().isEmpty() || loaded.templates().isEmpty()) {
      System.err.println("Cannot read " + root.resolve(ValidationInputs.GENERATED) + ": "
          + loaded.findings());
      System.exit(2);
    }
    List<String> templates = loaded.templates().stream()
        .map(t -> root.resolve(t.file()).toString()).toList();
    System.out.println("templates: " + loaded.templates().size() + " ("
        + String.join(", ", loaded.templates().stream().map(t -> t.stack()).toList())
        + "), parameter files: " + loaded.parameterFiles().size());
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

    // processes first, while this JVM is idle: on 2 cores its JIT threads would slow them
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cold = List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.llmgateway.cfn.generators.cli.LiteLlmCfn", "validate", "--root", root.toString());
    double[] coldMs = processTimes(cold, root);
    // the options scripts/litellm-cfn starts with (it says why), without its archive
    List<String> tuned = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-XX:CICompilerCount=1", "-Xmn16m"));
    tuned.addAll(cold.subList(1, cold.size()));
    double[] tunedMs = processTimes(tuned, root);
    List<String> lint = new ArrayList<>(List.of("cfn-lint"));
    lint.addAll(templates);
    double[] lintMs = processTimes(lint, root);

    var validator = new Validator();
    long first = System.nanoTime();
    var report = validator.validate(loaded.templates(), loaded.parameterFiles());
    double firstMs = millis(System.nanoTime() - first);
    for (int i = 0; i < WARMUP; i++) {
      validator.validate(loaded.templates(), loaded.parameterFiles());
    }
    double[] warm = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      validator.validate(loaded.templates(), loaded.parameterFiles());
      warm[i] = millis(System.nanoTime() - start);
    }
    long parseStart = System.nanoTime();
    ValidationInputs.generated(root);
    double parseMs = millis(System.nanoTime() - parseStart);

    System.out.println("findings: " + report.findings().size());
    System.out.println();
    System.out.println("| measurement | median | min | max |");
    System.out.println("|---|---|---|---|");
    row("in-process, schemas warm (" + MEASURED + " runs after " + WARMUP + " warm-up)", warm);
    System.out.printf(Locale.ROOT, "| in-process, first run in this JVM (schemas loaded) | %.1f ms"
        + " | | |%n", firstMs);
    System.out.printf(Locale.ROOT, "| reading and parsing the files (not in the rows above) | "
        + "%.1f ms | | |%n", parseMs);
    row("`litellm-cfn validate`, whole process, cold JVM (" + PROCESS_RUNS + " runs)", coldMs);
    row("the same with scripts/litellm-cfn's options (C1 only, serial collector, one compiler "
        + "thread, 16 MB young generation)", tunedMs);
    if (lintMs.length > 0) {
      row("`cfn-lint` on the same templates, whole process (" + PROCESS_RUNS + " runs)", lintMs);
    } else {
      System.out.println("| `cfn-lint` | not on PATH | | |");
    }
  }

  private static double[] processTimes(List<String> command, Path directory)
      throws IOException, InterruptedException {
    double[] times = new double[PROCESS_RUNS];
    for (int i = 0; i < PROCESS_RUNS; i++) {
      var builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      long start = System.nanoTime();
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        return new double[0];
      }
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", command));
      }
      times[i] = millis(System.nanoTime() - start);
      if (process.exitValue() != 0) {
        System.out.println("note: exit code " + process.exitValue() + " from " + command.get(0)
            + (command.get(0).endsWith("java") ? " validate" : ""));
      }
    }
    return times;
  }

  private static void row(String name, double[] times) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms |%n", name,
        sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
