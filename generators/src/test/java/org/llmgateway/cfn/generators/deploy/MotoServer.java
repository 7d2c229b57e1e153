package org.llmgateway.cfn.generators.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A moto_server process on 127.0.0.1 and a free port, started once per test run and stopped by
 * its PID when the run ends, also when tests fail (JUnit closes it with the root store; a shutdown
 * hook covers a JVM that exits early). A missing moto_server is an error, never a skip: the
 * deploy tests are part of every CI run.
 */
final class MotoServer implements AutoCloseable {

  /** moto's fixed account id: every ARN it makes contains it. */
  static final String ACCOUNT_ID = "123456789012";

  static final String REGION = "us-east-1";

  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread shutdownHook;

  private MotoServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.shutdownHook = new Thread(process::destroy, "stop moto_server pid " + process.pid());
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts moto_server; a port taken between choosing and binding gets another try. */
  static MotoServer start() {
    useDummyCredentials();
    List<String> command = command();
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      Path log = Path.of("target", "moto_server-" + port + ".log");
      List<String> arguments = new java.util.ArrayList<>(command);
      arguments.addAll(List.of("-H", "127.0.0.1", "-p", String.valueOf(port)));
      try {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(arguments)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        var server = new MotoServer(process, port, log);
        if (server.awaitReady()) {
          return server;
        }
        server.close();
        last = new IllegalStateException("moto_server did not answer on 127.0.0.1:" + port
            + " within " + STARTUP.toSeconds() + " s; see " + log.toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start " + arguments, e);
      }
    }
    throw last;
  }

  /**
   * The SDK's default chain reads these system properties first, so no real credentials on the
   * machine are ever picked up; and no call may go to the instance metadata address.
   */
  static void useDummyCredentials() {
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    System.setProperty("aws.sessionToken", "testing");
    System.setProperty("aws.region", REGION);
    System.setProperty("aws.disableEc2Metadata", "true");
  }

  /**
   * moto_server's own Python running {@value #LAUNCHER}: stock moto_server plus the load balancer
   * GetAtt attributes AWS documents and moto 5.2 lacks (see the script and docs/deploy.md).
   * Fails the run when moto_server is not installed.
   */
  private static List<String> command() {
    Path motoServer = motoServer();
    String python = "python3";
    try {
      String firstLine = Files.readAllLines(motoServer).stream().findFirst().orElse("");
      // a pip-installed console script names its interpreter; a pyenv shim is a shell script
      if (firstLine.startsWith("#!") && firstLine.contains("python")) {
        python = firstLine.substring(2).trim();
        if (python.startsWith("/usr/bin/env ")) {
          python = python.substring("/usr/bin/env ".length()).trim();
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // not readable as text: keep python3
    }
    var launcher = MotoServer.class.getResource(LAUNCHER);
    if (launcher == null || !"file".equals(launcher.getProtocol())) {
      throw new IllegalStateException(LAUNCHER + " is missing from the test classpath");
    }
    return List.of(python, Path.of(URI.create(launcher.toString())).toString());
  }

  static final String LAUNCHER = "/moto/moto_server_with_documented_attributes.py";

  /** $MOTO_SERVER, else moto_server on the PATH; fails the run when there is none. */
  private static Path motoServer() {
    String configured = System.getenv("MOTO_SERVER");
    if (configured != null && !configured.isBlank()) {
      if (!Files.isExecutable(Path.of(configured))) {
        throw new IllegalStateException("$MOTO_SERVER is " + configured
            + ", which is not an executable file");
      }
      return Path.of(configured);
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "moto_server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("moto_server is not on the PATH (nor set in $MOTO_SERVER). "
        + "The deploy integration tests need it: install Python's moto with its server extra "
        + "(pip install 'moto[server]').");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return true;
      } catch (IOException notYet) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Region us-east-1 and this server as the endpoint of every client. */
  AwsTarget target() {
    return AwsTarget.defaults().withRegion(REGION).withEndpoint(endpoint());
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  /** Forgets every resource of every service, so test classes do not see each other's stacks. */
  void reset() {
    try {
      var connection = (HttpURLConnection) endpoint().resolve("/moto-api/reset").toURL()
          .openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.getOutputStream().close();
      int status = connection.getResponseCode();
      connection.disconnect();
      if (status != 200) {
        throw new IllegalStateException("moto reset answered HTTP " + status);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines moto logged about resource types its CloudFormation does not implement. */
  List<String> unsupportedTypeWarnings() {
    try {
      return Files.readAllLines(log).stream()
          .filter(line -> line.contains("not supported by moto's CloudFormation"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGTERM to the PID, then SIGKILL if it has not gone within 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to; nothing left to undo
    }
  }
}
