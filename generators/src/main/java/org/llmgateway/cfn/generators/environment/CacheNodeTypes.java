package org.llmgateway.cfn.generators.environment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ElastiCache node types a new Valkey replication group can be created with: the current
 * generation of the ElastiCache API reference's CacheNode list (checked 2026-12-02,
 * https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CacheNode.html, and
 * "Supported node types" in the ElastiCache user guide). T2 is left out: ElastiCache no longer
 * creates clusters on it; M4/R4 are left out as previous generation. A type missing here is
 * refused by {@link EnvironmentConfig} before anything is written, instead of by ElastiCache
 * minutes into a deployment.
 */
public final class CacheNodeTypes {

  private CacheNodeTypes() {}

  private static final List<String> BURSTABLE = List.of("micro", "small", "medium");
  private static final List<String> GRAVITON = List.of(
      "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge");
  private static final List<String> INTEL = List.of(
      "large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge");

  /** Sizes per family (families as in {@code cache.<family>.<size>}). */
  static final Map<String, List<String>> SIZES = Map.of(
      "t3", BURSTABLE, "t4g", BURSTABLE,
      "m5", INTEL, "m6g", GRAVITON, "m7g", GRAVITON,
      "r5", INTEL, "r6g", GRAVITON, "r7g", GRAVITON);

  /** Whether ElastiCache creates a replication group on {@code nodeType}, e.g. cache.t4g.micro. */
  public static boolean offered(String nodeType) {
    String[] parts = nodeType.split("\\.", -1);
    return parts.length == 3 && parts[0].equals("cache")
        && SIZES.getOrDefault(parts[1], List.of()).contains(parts[2]);
  }

  /** The families, for the refusal message. */
  static Set<String> families() {
    return SIZES.keySet();
  }
}
