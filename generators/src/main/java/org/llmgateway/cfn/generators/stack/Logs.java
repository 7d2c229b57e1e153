package org.llmgateway.cfn.generators.stack;

import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.resource.logs.LogGroup;
import org.llmgateway.cfn.model.template.DeletionPolicy;

/** The one way the project makes a log group. */
public final class Logs {

  private Logs() {}

  /**
   * A log group encrypted with the project key. It goes with its stack: the retention period,
   * not the stack's lifetime, bounds what is kept, and a retained group would make re-creating
   * the stack fail on the name it still holds.
   */
  public static LogGroup encryptedLogGroup(
      String logicalId, Expr name, Expr retentionDays, Expr kmsKeyArn, List<Tag> tags) {
    return LogGroup.builder()
        .logicalId(logicalId)
        .logGroupName(name)
        .retentionInDays(retentionDays)
        .kmsKeyId(kmsKeyArn)
        .deletionPolicy(DeletionPolicy.Delete)
        .updateReplacePolicy(DeletionPolicy.Delete)
        .tags(tags)
        .build();
  }
}
