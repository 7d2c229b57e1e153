package org.llmgateway.cfn.generators.stack.alb;

import java.util.List;
import org.llmgateway.cfn.generators.stack.Logs;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.wafv2.LoggingConfiguration;
import org.llmgateway.cfn.resource.wafv2.WebACL;

/**
 * Where the web ACL logs every request it inspects: a CloudWatch Logs group encrypted with the
 * project key, with the headers that carry keys redacted.
 */
final class WafLogs {

  /** WAF delivers only to destinations whose name starts with this (checked 2026-12-02). */
  static final String LOG_GROUP_PREFIX = "aws-waf-logs-";
  static final String LOG_GROUP_SUFFIX = "-litellm";

  /**
   * The request headers LiteLLM accepts a key in (the master key or a virtual key): OpenAI's
   * Authorization, Anthropic's x-api-key, Azure's api-key, LiteLLM's own x-litellm-api-key and
   * Google's x-goog-api-key; and the Cookie of a UI session. WAF writes "REDACTED" in their place.
   */
  static final List<String> REDACTED_HEADERS = List.of(
      "authorization", "x-api-key", "api-key", "x-litellm-api-key", "x-goog-api-key", "cookie");

  private WafLogs() {}

  static LoggingConfiguration add(Template.Builder t, Parameter env, Condition wafEnabled,
      WebACL webAcl, Expr retentionDays, Expr kmsKeyArn) {
    LogGroup group = t.add(LogGroup.builder().from(Logs.encryptedLogGroup("WafLogGroup",
            Names.within(LOG_GROUP_PREFIX, LOG_GROUP_SUFFIX), retentionDays, kmsKeyArn,
            Tags.withoutName(env, AlbExports.STACK)))
        .condition(wafEnabled)
        .build());
    // WAF wants the group's ARN without the ":*" that its Arn attribute ends with
    Expr groupArn = Fn.sub("arn:", Pseudo.PARTITION, ":logs:", Pseudo.REGION, ":",
        Pseudo.ACCOUNT_ID, ":log-group:" + LOG_GROUP_PREFIX, Names.PREFIX, LOG_GROUP_SUFFIX);
    return t.add(LoggingConfiguration.builder()
        .logicalId("WafLogging")
        .condition(wafEnabled)
        .resourceArn(webAcl.attrArn())
        .logDestinationConfigs(List.of(groupArn))
        .redactedFields(REDACTED_HEADERS.stream()
            .map(header -> LoggingConfiguration.FieldToMatch.builder()
                .singleHeader(LoggingConfiguration.SingleHeader.builder().name(header).build())
                .build())
            .toList())
        .addDependsOn(group)
        .build());
  }
}
