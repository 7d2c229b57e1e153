package org.llmgateway.cfn.generators.stack.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.RotationFunctions;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.CustomResource;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.lambda.Function;

/**
 * The VPC's default security group without any rule, as AWS CDK's {@code
 * restrictDefaultSecurityGroup} leaves it: CloudFormation cannot change a group it did not create,
 * so a custom resource's function revokes EC2's two default rules. Nothing of the stack uses the
 * default group; an interface put there by mistake can then neither be reached nor send.
 */
final class DefaultSecurityGroupRestriction {

  static final String FUNCTION_SUFFIX = "-litellm-default-sg-restriction";
  static final String SOURCE = "default_security_group.py";
  static final String CUSTOM_TYPE = "DefaultSecurityGroupRestriction";

  private DefaultSecurityGroupRestriction() {}

  static CustomResource add(Template.Builder t, Parameter env, String stack, VPC vpc,
      Expr kmsKeyArn, Expr retentionDays) {
    var logGroup = t.add(RotationFunctions.logGroup("DefaultSecurityGroupRestrictionLogGroup",
        FUNCTION_SUFFIX, retentionDays, kmsKeyArn, Tags.withoutName(env, stack)));
    Expr defaultGroupArn = Fn.sub("arn:", Pseudo.PARTITION, ":ec2:", Pseudo.REGION, ":",
        Pseudo.ACCOUNT_ID, ":security-group/", vpc.attrDefaultSecurityGroup());
    var role = t.add(Role.builder()
        .logicalId("DefaultSecurityGroupRestrictionRole")
        .description("Revokes the rules of the LiteLLM VPC's default security group")
        .assumeRolePolicyDocument(
            IamPolicies.document(PolicyDocument.assumableBy("lambda.amazonaws.com")))
        .policies(List.of(IamPolicies.inline("default-security-group",
            Statement.allow("RevokeDefaultGroupRules", List.of("ec2:RevokeSecurityGroupIngress",
                "ec2:RevokeSecurityGroupEgress"), defaultGroupArn),
            Statement.allow("OwnLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                logGroup.attrArn()))))
        .tags(Tags.withoutName(env, stack))
        .metadata(IamPolicies.inlinePolicyExemption().metadata())
        .build());
    // Outside the VPC: it calls the EC2 API only, and so needs neither subnets nor the firewall.
    // The runtime is the project's one constant; the newest Python Lambda runs is python3.14
    // (checked 2026-12-02, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html),
    // to which RUNTIME moves for every function at once.
    var function = t.add(Function.builder()
        .from(RotationFunctions.inlinePython("DefaultSecurityGroupRestrictionFunction",
            FUNCTION_SUFFIX, "Revokes the default rules of the LiteLLM VPC's default security group",
            role.attrArn(), SOURCE, 60, 128, Map.of(), logGroup,
            Tags.standard(env, stack, FUNCTION_SUFFIX)))
        .metadata(RotationFunctions.exemptions()
            .andPackRules("Calls the EC2 API only, so it needs no subnet: see above",
                "NIST.800.53.R5-LambdaInsideVPC", "HIPAA.Security-LambdaInsideVPC")
            .metadata())
        .build());
    Map<String, Expr> properties = new LinkedHashMap<>();
    properties.put("GroupId", vpc.attrDefaultSecurityGroup());
    // the default ingress rule names the group with its owner
    properties.put("AccountId", Fn.accountId());
    return t.add(CustomResource.builder()
        .logicalId("DefaultSecurityGroupRestriction")
        .customType(CUSTOM_TYPE)
        .serviceToken(function.attrArn())
        .customProperties(properties)
        .build());
  }
}
