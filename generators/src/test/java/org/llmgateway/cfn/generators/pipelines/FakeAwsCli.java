package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fake {@code aws} on the PATH for running a pipeline script: each {@code aws <service>
 * <command>} prints the answer given for it (stdout, stderr, exit code), logs its arguments, and
 * keeps what it read on standard input. A call without an answer fails, so a script cannot make
 * a call the test did not expect and pass.
 */
final class FakeAwsCli {

  record Result(int exitCode, String stdout, String stderr) {}

  private final Path dir;

  FakeAwsCli(Path dir) {
    this.dir = dir;
    try {
      Path bin = Files.createDirectories(dir.resolve("bin"));
      Files.createDirectories(dir.resolve("answers"));
      Path aws = bin.resolve("aws");
      Files.writeString(aws, """
          #!/usr/bin/env bash
          # builtins (read, test) where a command would cost a process: tests run many scripts
          # side by side, each making dozens of calls
          printf '%s\\n' "$*" >> "$FAKE_DIR/calls.log"
          key="$1-$2"
          # the n-th call of a command takes answers/<key>.<n>.* when given (answersInOrder)
          count=0
          if [ -f "$FAKE_DIR/count-$key" ]; then read -r count < "$FAKE_DIR/count-$key"; fi
          count=$(( count + 1 ))
          echo "$count" > "$FAKE_DIR/count-$key"
          if [ -f "$FAKE_DIR/answers/$key.$count.rc" ]; then key="$key.$count"; fi
          if [ ! -f "$FAKE_DIR/answers/$key.rc" ]; then
            echo "fake aws: no answer for: $*" >&2
            exit 99
          fi
          if [ ! -t 0 ]; then cat > "$FAKE_DIR/stdin-$1-$2.json"; fi
          if [ -s "$FAKE_DIR/answers/$key.out" ]; then cat "$FAKE_DIR/answers/$key.out"; fi
          if [ -s "$FAKE_DIR/answers/$key.err" ]; then cat "$FAKE_DIR/answers/$key.err" >&2; fi
          read -r exit_code < "$FAKE_DIR/answers/$key.rc" || true
          exit "$exit_code"
          """);
      Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code aws service command} prints {@code stdout} and exits 0. */
  FakeAwsCli answers(String service, String command, String stdout) {
    return answers(service, command, 0, stdout, "");
  }

  FakeAwsCli answers(String service, String command, int exitCode, String stdout,
      String stderr) {
    String key = service + "-" + command;
    write("answers/" + key + ".out", stdout);
    write("answers/" + key + ".err", stderr);
    write("answers/" + key + ".rc", Integer.toString(exitCode));
    return this;
  }

  /** The n-th call (from 1) of {@code aws service command} gets the n-th of {@code results}. */
  FakeAwsCli answersInOrder(String service, String command, List<Result> results) {
    for (int i = 0; i < results.size(); i++) {
      Result result = results.get(i);
      String key = service + "-" + command + "." + (i + 1);
      write("answers/" + key + ".out", result.stdout());
      write("answers/" + key + ".err", result.stderr());
      write("answers/" + key + ".rc", Integer.toString(result.exitCode()));
    }
    return this;
  }

  /** Puts another fake command {@code name} (a bash script) on the PATH beside {@code aws}. */
  FakeAwsCli command(String name, String script) {
    Path file = dir.resolve("bin").resolve(name);
    write("bin/" + name, script);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The calls made, one line of arguments each, in order. */
  List<String> calls() {
    Path log = dir.resolve("calls.log");
    try {
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code aws service command} read on standard input. */
  String input(String service, String command) {
    try {
      return Files.readString(dir.resolve("stdin-" + service + "-" + command + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code script arguments...} from the repository root with this fake first on PATH. */
  Result run(String script, String... arguments) {
    return run(Map.of(), script, arguments);
  }

  /** As {@link #run(String, String...)}, with {@code environment} added to the process's. */
  Result run(Map<String, String> environment, String script, String... arguments) {
    List<String> command = new ArrayList<>(List.of("bash", script));
    command.addAll(List.of(arguments));
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(PipelineFiles.root().toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectError(dir.resolve("stderr").toFile());
      builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
      builder.environment().put("FAKE_DIR", dir.toString());
      builder.environment().put("AWS_REGION", "us-east-1");
      builder.environment().putAll(environment);
      Process process = builder.start();
      String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Result(process.exitValue(), stdout, Files.readString(dir.resolve("stderr")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Path file(String name, String content) {
    write(name, content);
    return dir.resolve(name);
  }

  private void write(String name, String content) {
    try {
      Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
