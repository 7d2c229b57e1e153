package org.llmgateway.cfn.generators.stack.litellm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.statementWith;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.statements;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.subText;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.stack.Names;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.RotationFunctions;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.network.NetworkStack;
import org.llmgateway.cfn.generators.stack.security.SecretKeys;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.CustomResource;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ecs.Service;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.lambda.Permission;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.secretsmanager.RotationSchedule;

/** The master key's rotation in the litellm stack, read like the key-rotation section. */
class MasterKeyRotationTest {

  private static final LiteLlmStack STACK = new LiteLlmStack();
  private static final Template TEMPLATE = STACK.template();

  /** Where the Lambda source lives in the repository (surefire runs in generators/). */
  private static final Path SOURCE_FILE =
      Path.of("src/main/resources" + RotationFunctions.SOURCE_FOLDER + MasterKeyRotation.SOURCE);

  @Test
  void theMasterKeyRotatesEvery30DaysAtOnceAfterTheServiceIsUp() {
    RotationSchedule schedule = the(RotationSchedule.class);
    assertThat(schedule.secretId().toJson()).isEqualTo(imported(SecurityExports.MASTER_KEY_SECRET_ARN));
    assertThat(schedule.rotationLambdaARN().orElseThrow().toJson())
        .isEqualTo(function().attrArn().toJson());
    assertThat(schedule.rotationRules().orElseThrow().toJson().get("AutomaticallyAfterDays"))
        .isEqualTo(MasterKeyRotation.ROTATION_DAYS.ref().toJson());
    assertThat(MasterKeyRotation.ROTATION_DAYS.defaultValue()).contains("30");
    assertThat(STACK.parameterValues(Environments.DEV))
        .containsEntry(MasterKeyRotation.ROTATION_DAYS, "30");
    assertThat(STACK.parameterValues(Environments.PROD))
        .containsEntry(MasterKeyRotation.ROTATION_DAYS, "30");
    assertThat(schedule.rotateImmediatelyOnUpdate().map(Expr::toJson))
        .as("a deferred rotation would run testSecret alone on an unwritten version")
        .contains(Expr.of(true).toJson());
    assertThat(schedule.dependsOn())
        .as("Secrets Manager may invoke the function, the first sk- key is written, and the"
            + " service's tasks run, before the first rotation")
        .containsExactlyInAnyOrder(the(Permission.class), the(CustomResource.class),
            the(Service.class));
  }

  @Test
  void theFirstMasterKeyIsWrittenBeforeTheServiceStartsATask() {
    CustomResource initial = the(CustomResource.class);
    assertThat(initial.customType()).isEqualTo("MasterKeyInitialValue");
    assertThat(initial.serviceToken().toJson()).isEqualTo(function().attrArn().toJson());
    assertThat(initial.customProperties().get("SecretId").toJson())
        .isEqualTo(imported(SecurityExports.MASTER_KEY_SECRET_ARN));
    assertThat(the(Service.class).dependsOn()).contains(initial);
  }

  @Test
  void theFunctionRunsInThePrivateSubnetsWithItsOwnSecurityGroup() {
    JsonNode vpc = function().vpcConfig().orElseThrow().toJson();
    assertThat(vpc.get("SubnetIds")).containsExactly(
        imported(NetworkExports.PRIVATE_SUBNET_1_ID), imported(NetworkExports.PRIVATE_SUBNET_2_ID));
    assertThat(vpc.get("SecurityGroupIds"))
        .containsExactly(imported(NetworkExports.MASTER_KEY_ROTATION_SECURITY_GROUP_ID));
    JsonNode variables = variables();
    assertThat(variables.get("PROXY_PORT").asText())
        .isEqualTo(String.valueOf(SharedNames.CONTAINER_PORT));
    assertThat(variables.at("/CLUSTER_NAME/Fn::Sub").asText())
        .isEqualTo("${NamePrefix}-litellm-cluster");
    assertThat(variables.at("/SERVICE_NAME/Fn::Sub").asText())
        .isEqualTo("${NamePrefix}-litellm-service");
    assertThat(subText(function().functionName().orElseThrow()))
        .isEqualTo("${NamePrefix}-litellm-master-key-rotation");
    assertThat(function().timeout().map(Expr::toJson))
        .contains(Expr.of(MasterKeyRotation.TIMEOUT_SECONDS).toJson());
  }

  @Test
  void onlyTheRotationGroupReachesTheTasksOnTheContainerPort() {
    JsonNode network = GeneratedFiles.render(new NetworkStack()).json().path("Resources");
    JsonNode ingress = network.path("MasterKeyRotationToEcsIngress").path("Properties");
    assertThat(ingress.path("GroupId").path("Fn::GetAtt").get(0).asText())
        .isEqualTo("EcsSecurityGroup");
    assertThat(ingress.path("SourceSecurityGroupId").path("Fn::GetAtt").get(0).asText())
        .isEqualTo("MasterKeyRotationSecurityGroup");
    assertThat(ingress.path("FromPort").asInt()).isEqualTo(SharedNames.CONTAINER_PORT);
    assertThat(ingress.path("ToPort").asInt()).isEqualTo(SharedNames.CONTAINER_PORT);
    JsonNode group = network.path("MasterKeyRotationSecurityGroup").path("Properties");
    assertThat(group.path("SecurityGroupIngress").isMissingNode()
        || group.path("SecurityGroupIngress").isEmpty()).as("no inbound rule").isTrue();
    assertThat(network.path("MasterKeyRotationToEcsEgress").path("Properties").path("FromPort")
        .asInt()).isEqualTo(SharedNames.CONTAINER_PORT);
  }

  @Test
  void theFunctionEmbedsTheSourceFileWithoutItsCommentLines() throws IOException {
    String source = RotationFunctions.withoutCommentLines(
        Files.readString(SOURCE_FILE, StandardCharsets.UTF_8));
    assertThat(function().code().toJson().path("ZipFile").asText()).isEqualTo(source);
    assertThat(function().runtime().orElseThrow().toJson().asText()).isEqualTo("python3.14");
    assertThat(function().handler().orElseThrow().toJson().asText())
        .as("ZipFile code is saved as index.py").isEqualTo("index.handler");
    var rendered = GeneratedFiles.render(STACK);
    assertThat(rendered.json().at("/Resources/MasterKeyRotationFunction/Properties/Code/ZipFile")
        .asText()).isEqualTo(source);
    JsonNode fromYaml = new YAMLMapper().readTree(rendered.yaml());
    assertThat(fromYaml.at("/Resources/MasterKeyRotationFunction/Properties/Code/ZipFile").asText())
        .as("the YAML block scalar gives back the code byte for byte")
        .isEqualTo(source);
  }

  @Test
  void theFunctionUsesTheJsonKeysVariablesAndTagTheTemplateDeclares() {
    String source = RotationFunctions.source(MasterKeyRotation.SOURCE);
    for (String key : List.of(SecretKeys.MASTER_KEY, SecretKeys.PREVIOUS_MASTER_KEY,
        SecretKeys.PREVIOUS_MASTER_KEY_EXPIRES_AT)) {
      assertThat(source).contains("\"" + key + "\"");
    }
    for (String variable : (Iterable<String>) variables()::fieldNames) {
      assertThat(source).containsPattern("os\\.environ(\\.get\\(|\\[)\"" + variable + "\"");
    }
    assertThat(source).contains("EMERGENCY_TAG = \"" + MasterKeyRotation.EMERGENCY_TAG + "\"");
    assertThat(source).contains("\"/key/generate\"").contains("\"/key/delete\"");
  }

  @Test
  void theFunctionLogsToItsOwnEncryptedGroupKeptAsLongAsTheProxyLogs() {
    LogGroup logGroup = all(LogGroup.class).stream()
        .filter(g -> g.logicalId().equals("MasterKeyRotationLogGroup")).findFirst().orElseThrow();
    assertThat(subText(logGroup.logGroupName().orElseThrow()))
        .isEqualTo("/aws/lambda/${NamePrefix}-litellm-master-key-rotation");
    assertThat(logGroup.kmsKeyId())
        .contains(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)));
    assertThat(logGroup.retentionInDays()).contains(LiteLlmStack.LOG_RETENTION_DAYS.ref());
    assertThat(function().loggingConfig().orElseThrow().toJson().get("LogGroup"))
        .isEqualTo(logGroup.ref().toJson());
  }

  @Test
  void onlySecretsManagerRotatingTheMasterKeyMayInvokeTheFunction() {
    Permission permission = the(Permission.class);
    assertThat(permission.principal().toJson().asText()).isEqualTo("secretsmanager.amazonaws.com");
    assertThat(permission.action().toJson().asText()).isEqualTo("lambda:InvokeFunction");
    assertThat(permission.sourceArn().orElseThrow().toJson())
        .isEqualTo(imported(SecurityExports.MASTER_KEY_SECRET_ARN));
  }

  @Test
  void theRoleTouchesOnlyTheMasterKeyTheServicesTasksAndItsOwnLogs() {
    Role role = the(Role.class);
    JsonNode secret = imported(SecurityExports.MASTER_KEY_SECRET_ARN);
    JsonNode rotate = statementWith(role, "secretsmanager:PutSecretValue");
    assertThat(texts(rotate.path("Action"))).containsExactlyInAnyOrder(
        "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
        "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage");
    assertThat(rotate.path("Resource")).containsExactly(secret);

    JsonNode untag = statementWith(role, "secretsmanager:UntagResource");
    assertThat(untag.path("Resource")).containsExactly(secret);
    assertThat(untag.at("/Condition/ForAllValues:StringEquals/aws:TagKeys").asText())
        .as("it may remove the emergency tag and no other")
        .isEqualTo(MasterKeyRotation.EMERGENCY_TAG);

    assertThat(statementWith(role, "kms:GenerateDataKey")
        .at("/Condition/StringEquals/kms:ViaService/Fn::Sub").asText())
        .isEqualTo("secretsmanager.${AWS::Region}.amazonaws.com");

    JsonNode list = statementWith(role, "ecs:ListTasks");
    assertThat(texts(list.path("Action"))).containsExactly("ecs:ListTasks");
    assertThat(list.at("/Condition/ArnEquals/ecs:cluster/Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:cluster/"
            + "${NamePrefix}-litellm-cluster");
    assertThat(statementWith(role, "ecs:DescribeTasks").at("/Resource/0/Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:task/"
            + "${NamePrefix}-litellm-cluster/*");
    assertThat(statementWith(role, "ecs:UpdateService").at("/Resource/0/Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:service/"
            + "${NamePrefix}-litellm-cluster/${NamePrefix}-litellm-service");
    assertThat(statementWith(role, "logs:PutLogEvents").path("Resource"))
        .containsExactly(all(LogGroup.class).stream()
            .filter(g -> g.logicalId().equals("MasterKeyRotationLogGroup"))
            .findFirst().orElseThrow().attrArn().toJson());

    assertThat(statements(role)).hasSize(8);
    for (JsonNode statement : statements(role)) {
      assertThat(texts(statement.path("Action"))).noneMatch(a -> a.contains("*"));
      if (texts(statement.path("Resource")).contains("*")) {
        assertThat(statement.has("Condition")
            || statement.path("Sid").asText().equals("VpcNetworkInterfaces"))
            .as(statement.path("Sid") + ": * only under a condition, or for the network interfaces")
            .isTrue();
      }
    }
    assertThat(role.managedPolicyArns()).isEmpty();
  }

  @Test
  void theTasksNoLongerReceiveThePreviousKey() {
    assertThat(LiteLlmStack.SECRET_VARIABLES).extracting(LiteLlmStack.SecretVariable::jsonKey)
        .as("the previous key is a virtual key in LiteLLM's database now")
        .doesNotContain(SecretKeys.PREVIOUS_MASTER_KEY, SecretKeys.PREVIOUS_MASTER_KEY_EXPIRES_AT);
  }

  // --- helpers

  private static <T extends Resource> List<T> all(Class<T> type) {
    return TEMPLATE.resources(type);
  }

  private static <T extends Resource> T the(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).as("exactly one " + type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static Function function() {
    return the(Function.class);
  }

  private static JsonNode variables() {
    return function().environment().orElseThrow().toJson().path("Variables");
  }

  private static JsonNode imported(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX)).toJson();
  }
}
