package org.llmgateway.cfn.generators.stack.cache;

import org.llmgateway.cfn.model.template.ExportName;

/**
 * What the cache stack exports; importing stacks use these constants, never the strings. With
 * {@code redis: false} the values are {@link CacheStack#DISABLED}, so importers need no
 * condition of their own to import them.
 */
public final class CacheExports {

  private CacheExports() {}

  public static final String STACK = "cache";

  /** DNS name of the primary (read-write) endpoint: REDIS_HOST of the proxy tasks. */
  public static final ExportName PRIMARY_ENDPOINT_ADDRESS =
      ExportName.of(STACK, "PrimaryEndpointAddress");
  /** The replication group id: the ReplicationGroupId dimension of ElastiCache's metrics. */
  public static final ExportName REPLICATION_GROUP_ID = ExportName.of(STACK, "ReplicationGroupId");
  /**
   * The node created as primary ({@code <group>-001}): the CacheClusterId dimension of the
   * per-node metrics (with CacheNodeId {@link CacheStack#CACHE_NODE_ID}).
   */
  public static final ExportName PRIMARY_NODE_CLUSTER_ID =
      ExportName.of(STACK, "PrimaryNodeClusterId");
}
