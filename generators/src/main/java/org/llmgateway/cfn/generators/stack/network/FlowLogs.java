package org.llmgateway.cfn.generators.stack.network;

import java.util.List;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.Logs;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ec2.FlowLog;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.resource.iam.Role;

/**
 * VPC flow logs: every accepted and rejected flow of the VPC's interfaces, to a log group
 * encrypted with the project key (the key policy lets CloudWatch Logs use it for any log group of
 * the account), kept for the environment's log retention.
 */
final class FlowLogs {

  /** The log group is {@code /aws/vpc/<prefix>-litellm-flow-logs}. */
  static final String LOG_GROUP_PREFIX = "/aws/vpc/";
  static final String LOG_GROUP_SUFFIX = "-litellm-flow-logs";

  /** The service that delivers flow logs to CloudWatch Logs and assumes the delivery role. */
  static final String DELIVERY_SERVICE = "vpc-flow-logs.amazonaws.com";

  private FlowLogs() {}

  static FlowLog add(Template.Builder t, Parameter env, String stack, VPC vpc, Expr kmsKeyArn,
      Expr retentionDays) {
    var logGroup = t.add(Logs.encryptedLogGroup("FlowLogGroup",
        Names.within(LOG_GROUP_PREFIX, LOG_GROUP_SUFFIX), retentionDays, kmsKeyArn,
        Tags.withoutName(env, stack)));
    // Only this account's flow-log service may assume the role (confused-deputy guard, as the
    // flow-logs guide's trust policy shows), and it may write to this one group only: the group
    // exists, so the role needs no logs:CreateLogGroup.
    var role = t.add(Role.builder()
        .logicalId("FlowLogDeliveryRole")
        .description("VPC flow logs: delivers the VPC's flow records to its log group")
        .assumeRolePolicyDocument(IamPolicies.document(
            PolicyDocument.assumableBy(DELIVERY_SERVICE, Fn.accountId())))
        .policies(List.of(IamPolicies.inline("flow-log-delivery",
            Statement.allow("WriteFlowLogGroup", List.of("logs:CreateLogStream",
                "logs:PutLogEvents", "logs:DescribeLogStreams"),
                logGroup.attrArn()))))
        .tags(Tags.standard(env, stack, "-litellm-flow-log-delivery"))
        .metadata(IamPolicies.inlinePolicyExemption().metadata())
        .build());
    return t.add(FlowLog.builder()
        .logicalId("VpcFlowLog")
        .resourceId(vpc.ref())
        .resourceTypeValue(FlowLog.RESOURCE_TYPE_VPC)
        .trafficType(FlowLog.TRAFFIC_TYPE_ALL)
        .logDestinationType(FlowLog.LOG_DESTINATION_TYPE_CLOUD_WATCH_LOGS)
        .logGroupName(logGroup.ref())
        .deliverLogsPermissionArn(role.attrArn())
        .tags(Tags.standard(env, stack, "-litellm-vpc-flow-log"))
        .build());
  }
}
