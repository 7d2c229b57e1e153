package org.llmgateway.cfn.generators.stack;

import java.util.List;
import org.llmgateway.cfn.generators.environment.LogRetention;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.resource.logs.LogGroup;

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
    var group = LogGroup.builder()
        .logicalId(logicalId)
        .logGroupName(name)
        .retentionInDays(retentionDays)
        .kmsKeyId(kmsKeyArn)
        .deletionPolicy(DeletionPolicy.Delete)
        .updateReplacePolicy(DeletionPolicy.Delete);
    // an empty list would be written as Tags: []; the hand-written type left it out
    if (!tags.isEmpty()) {
      group.tags(tags);
    }
    return group.build();
  }

  /**
   * A stack's {@code LogRetentionDays} parameter: days its log groups keep events, one of the
   * periods CloudWatch Logs allows, default 14 (the environments' logRetentionDays fills it).
   */
  public static Parameter retentionParameter(String description) {
    return Parameter.builder()
        .logicalId("LogRetentionDays")
        .label("Log retention (days)")
        .description(description)
        // a String: the emitter writes AllowedValues as strings, which a Number's Default
        // (written as a number) would not match
        .defaultValue("14")
        .allowedValues(LogRetention.allowedValues())
        .build();
  }
}
