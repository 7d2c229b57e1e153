package org.llmgateway.cfn.generators.deploy;

import java.time.Duration;

/**
 * How often to ask CloudFormation for a stack's state, and how long one stack operation may take.
 *
 * @param interval pause between two DescribeStacks / DescribeChangeSet calls
 * @param timeout longest wait for one change set or one stack operation
 */
public record Polling(Duration interval, Duration timeout) {

  public Polling {
    if (interval.isNegative() || interval.isZero() || timeout.compareTo(interval) < 0) {
      throw new IllegalArgumentException("Polling needs a positive interval not longer than its "
          + "timeout (interval " + interval + ", timeout " + timeout + ")");
    }
  }

  /**
   * For AWS: a Multi-AZ RDS instance alone takes 20-40 minutes, and CloudFormation's own
   * DescribeStacks throttling makes polling faster than every 5 s pointless.
   */
  public static Polling aws() {
    return new Polling(Duration.ofSeconds(5), Duration.ofMinutes(90));
  }
}
