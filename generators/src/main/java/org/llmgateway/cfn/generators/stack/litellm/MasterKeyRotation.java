package org.llmgateway.cfn.generators.stack.litellm;

import org.llmgateway.cfn.generators.validate.SecurityRule;
import org.llmgateway.cfn.generators.stack.Names;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.RotationFunctions;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.template.CustomResource;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ecs.Service;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.lambda.Permission;

/**
 * The master key's rotation, beside the service it talks to. The secret stays in the security
 * stack; the function lives here because it calls LiteLLM's admin API on a running task (to keep
 * the retired key valid 7 days as a virtual key) and so needs the private subnets and its own
 * security group, which the security stack, deployed beside the network stack, cannot import.
 *
 * <p>The function also writes the first sk- key as a custom resource, which the service waits
 * for: a task started on the generated placeholder would run with a key LiteLLM refuses.
 */
final class MasterKeyRotation {

  /** Classpath location of the function's source, embedded as {@code Code.ZipFile}. */
  static final String SOURCE = "master_key_rotation.py";

  /** The function is {@code <env>-litellm-master-key-rotation}, as is its log group. */
  static final String FUNCTION_SUFFIX = "-litellm-master-key-rotation";

  /** Tag that turns the next rotation into an emergency one (docs/troubleshooting.md). */
  static final String EMERGENCY_TAG = "litellm:emergency-rotation";

  /** Admin calls to a task, the VPC cold start and ECS calls; well under a minute in practice. */
  static final int TIMEOUT_SECONDS = 120;

  static final Parameter ROTATION_DAYS =
      Parameter.builder()
          .logicalId("MasterKeyRotationDays")
          .type(ParameterType.NUMBER)
          .label("Master key rotation interval (days)")
          .description("Days between automatic rotations of the LiteLLM master key; the retired"
              + " key stays valid 7 days as a virtual key")
          .defaultValue("30")
          .minValue(BigDecimal.ONE)
          .maxValue(BigDecimal.valueOf(1000))
          .build();

  /** What {@link #add} put in the template; the service waits for the initial key. */
  record Added(Expr secretArn, Function function, Permission invokedBySecretsManager,
      CustomResource initialMasterKey) {}

  private MasterKeyRotation() {}

  static Added add(Template.Builder t, Parameter env, String stack, Expr retentionDays) {
    Expr secretArn = imported(SecurityExports.MASTER_KEY_SECRET_ARN);
    Expr kmsKeyArn = imported(SecurityExports.KMS_KEY_ARN);
    var logGroup = t.add(RotationFunctions.logGroup("MasterKeyRotationLogGroup",
        FUNCTION_SUFFIX, retentionDays, kmsKeyArn, Tags.withoutName(env, stack)));

    Expr clusterArn = Fn.sub("arn:", Pseudo.PARTITION, ":ecs:", Pseudo.REGION, ":",
        Pseudo.ACCOUNT_ID, ":cluster/", Names.PREFIX, SharedNames.CLUSTER_SUFFIX);
    Role.Policy permissions = IamPolicies.inline("master-key-rotation",
        Statement.allow("RotateMasterKey", List.of("secretsmanager:DescribeSecret",
            "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue",
            "secretsmanager:UpdateSecretVersionStage"), secretArn),
        // Only to clear the emergency flag once the emergency rotation is done.
        condition(Statement.allow("ClearEmergencyTag", List.of("secretsmanager:UntagResource"),
                secretArn),
            "ForAllValues:StringEquals", "aws:TagKeys", Expr.of(EMERGENCY_TAG)),
        condition(Statement.allow("UseKeyForMasterKey", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                kmsKeyArn),
            "StringEquals", "kms:ViaService",
            Fn.sub("secretsmanager.", Pseudo.REGION, ".amazonaws.com")),
        // ListTasks names no resource of its own; ecs:cluster limits it to this cluster.
        condition(Statement.allow("FindRunningProxyTasks", List.of("ecs:ListTasks"), Expr.of("*")),
            "ArnEquals", "ecs:cluster", clusterArn),
        Statement.allow("ReadProxyTaskAddresses", List.of("ecs:DescribeTasks"),
            Fn.sub("arn:", Pseudo.PARTITION, ":ecs:", Pseudo.REGION, ":", Pseudo.ACCOUNT_ID,
                ":task/", Names.PREFIX, SharedNames.CLUSTER_SUFFIX + "/*")),
        Statement.allow("RestartLiteLlmService", List.of("ecs:UpdateService"),
            RotationFunctions.litellmServiceArn()),
        RotationFunctions.vpcNetworkInterfaces(),
        Statement.allow("WriteOwnLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            logGroup.attrArn()));
    var role = t.add(Role.builder()
        .logicalId("MasterKeyRotationRole")
        .description("Rotates the LiteLLM master key, registers the retired one with the proxy"
            + " and restarts the LiteLLM service")
        .assumeRolePolicyDocument(
            IamPolicies.document(PolicyDocument.assumableBy("lambda.amazonaws.com")))
        .policies(List.of(permissions))
        .tags(Tags.standard(env, stack, FUNCTION_SUFFIX))
        .metadata(IamPolicies.inlinePolicyExemption()
            .andPackRules("ecs:ListTasks and the VPC network-interface actions take no resource"
                    + " ARN; the task ARNs of one cluster end in /* because task ids are random",
                SecurityRule.IAM_WILDCARD_RESOURCE.id())
            .metadata())
        .build());

    Map<String, Expr> variables =
        RotationFunctions.serviceVariables("CLUSTER_NAME", "SERVICE_NAME");
    variables.put("PROXY_PORT", Expr.of(String.valueOf(SharedNames.CONTAINER_PORT)));
    var inline = RotationFunctions.inlinePython("MasterKeyRotationFunction", FUNCTION_SUFFIX,
        "Rotates the LiteLLM master key, keeps the retired one valid 7 days; writes the first",
        role.attrArn(), SOURCE, TIMEOUT_SECONDS, 128, variables, logGroup,
        Tags.withoutName(env, stack));
    var function = t.add(Function.builder().from(inline)
        .vpcConfig(RotationFunctions.inVpc(
            List.of(imported(NetworkExports.PRIVATE_SUBNET_1_ID),
                imported(NetworkExports.PRIVATE_SUBNET_2_ID)),
            imported(NetworkExports.MASTER_KEY_ROTATION_SECURITY_GROUP_ID)))
        .metadata(RotationFunctions.exemptions().metadata())
        .build());
    var invokedBySecretsManager = t.add(RotationFunctions.invokableBySecretsManager(
        "MasterKeyRotationPermission", function, secretArn));
    // GenerateSecretString cannot add the sk- prefix LiteLLM insists on, so the function writes
    // the first real key before the service starts its first task.
    var initialMasterKey = t.add(CustomResource.builder()
        .logicalId("InitialMasterKey")
        .customType("MasterKeyInitialValue")
        .serviceToken(function.attrArn())
        .putCustomProperties("SecretId", secretArn)
        .build());
    return new Added(secretArn, function, invokedBySecretsManager, initialMasterKey);
  }

  /**
   * Rotation every {@link #ROTATION_DAYS}, the first at once, after the service is stable: the
   * first rotation then finds the tasks to register the retired key with and a service to
   * restart, instead of racing the tasks that are still starting on the initial key.
   */
  static void scheduleAfter(Template.Builder t, Added rotation, Service service) {
    t.add(RotationFunctions.schedule("MasterKeyRotationSchedule", rotation.secretArn(),
        rotation.function(), ROTATION_DAYS.ref(), rotation.invokedBySecretsManager(),
        rotation.initialMasterKey(), service));
  }

  private static Expr imported(ExportName name) {
    return Fn.importValue(name.in(Names.PREFIX));
  }


  private static Statement condition(
      Statement statement, String operator, String key, Expr value) {
    ObjectNode condition = JsonNodeFactory.instance.objectNode();
    condition.putObject(operator).set(key, value.toJson());
    return Statement.builder().from(statement).condition(condition).build();
  }
}
