package org.llmgateway.cfn.generators.environment;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory of the RDS instance classes this project can size a connection budget for, and the
 * PostgreSQL {@code max_connections} RDS gives them by default.
 *
 * <p>RDS for PostgreSQL defaults {@code max_connections} to {@code
 * LEAST(DBInstanceClassMemory/9531392, 5000)} (AWS Prescriptive Guidance, "Tuning PostgreSQL
 * parameters: max_connections", checked 2026-12-01). The nominal memory of the class is used here;
 * RDS's {@code DBInstanceClassMemory} is somewhat lower (it subtracts what the OS and RDS
 * processes reserve), which is one reason the budget stops at 80% of the result.
 */
public final class DbInstanceClasses {

  private DbInstanceClasses() {}

  /** The parameter group formula's divisor, in bytes. */
  static final long BYTES_PER_CONNECTION = 9_531_392L;

  static final int MAX_CONNECTIONS_CAP = 5000;

  private static final long GIB = 1024L * 1024 * 1024;

  private static final Pattern CLASS = Pattern.compile("^db\\.([a-z0-9]+)\\.([a-z0-9]+)$");

  /** GiB per size for each family (RDS instance class tables, checked 2026-12-01). */
  private static final Map<String, Map<String, Integer>> MEMORY_GIB = Map.ofEntries(
      Map.entry("t3", burstable()), Map.entry("t4g", burstable()),
      Map.entry("m5", general()), Map.entry("m6g", general()), Map.entry("m6i", general()),
      Map.entry("m7g", general()), Map.entry("m7i", general()),
      Map.entry("r5", memoryOptimised()), Map.entry("r6g", memoryOptimised()),
      Map.entry("r6i", memoryOptimised()), Map.entry("r7g", memoryOptimised()));

  private static Map<String, Integer> burstable() {
    return Map.of("micro", 1, "small", 2, "medium", 4, "large", 8, "xlarge", 16, "2xlarge", 32);
  }

  private static Map<String, Integer> general() {
    return Map.of("large", 8, "xlarge", 16, "2xlarge", 32, "4xlarge", 64, "8xlarge", 128,
        "12xlarge", 192, "16xlarge", 256);
  }

  private static Map<String, Integer> memoryOptimised() {
    return Map.of("large", 16, "xlarge", 32, "2xlarge", 64, "4xlarge", 128, "8xlarge", 256,
        "12xlarge", 384, "16xlarge", 512);
  }

  /** Nominal memory in GiB, or empty for a class this table does not know. */
  public static Optional<Integer> memoryGib(String instanceClass) {
    Matcher m = CLASS.matcher(instanceClass);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(MEMORY_GIB.getOrDefault(m.group(1), Map.of()).get(m.group(2)));
  }

  /** RDS's default {@code max_connections} for the class, or empty for an unknown class. */
  public static Optional<Integer> defaultMaxConnections(String instanceClass) {
    return memoryGib(instanceClass)
        .map(gib -> (int) Math.min(gib * GIB / BYTES_PER_CONNECTION, MAX_CONNECTIONS_CAP));
  }
}
