package org.llmgateway.cfn.generators.stack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.deploy.AwsTarget;
import org.llmgateway.cfn.generators.deploy.DeployPlan;
import org.llmgateway.cfn.generators.deploy.Polling;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.database.DatabaseExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.backup.BackupPlan;
import org.llmgateway.cfn.resource.backup.BackupSelection;
import org.llmgateway.cfn.resource.backup.BackupVault;
import org.llmgateway.cfn.resource.iam.Role;

/** AWS Backup of the database, its own stack, on in staging and prod. */
class BackupStackTest {

  private final BackupStack stack = new BackupStack();
  private final Template template = stack.template();

  @Test
  void theVaultIsEncryptedWithTheProjectKeyAndOutlivesTheStack() {
    BackupVault vault = only(BackupVault.class);
    assertThat(vault.encryptionKeyArn().orElseThrow().toJson())
        .isEqualTo(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)).toJson());
    assertThat(vault.backupVaultName().toJson())
        .isEqualTo(Fn.sub(Names.PREFIX, "-litellm-backups").toJson());
    assertThat(vault.deletionPolicy()).contains(DeletionPolicy.Retain);
    assertThat(vault.condition()).contains(BackupStack.BACKUP_ENABLED);
  }

  @Test
  void thePlanBacksUpDailyAt0500IntoTheVaultAndKeeps35Days() {
    JsonNode rule = only(BackupPlan.class).backupPlan().toJson().at("/BackupPlanRule/0");
    assertThat(rule.path("ScheduleExpression").asText()).isEqualTo("cron(0 5 * * ? *)");
    assertThat(rule.get("TargetBackupVault")).isEqualTo(only(BackupVault.class).ref().toJson());
    assertThat(rule.at("/Lifecycle/DeleteAfterDays"))
        .isEqualTo(BackupStack.RETENTION.ref().toJson());
    assertThat(BackupStack.RETENTION.defaultValue()).contains("35");
  }

  @Test
  void aCrossRegionCopyGoesToTheSameVaultNameInTheCopyRegionOnlyWhenOneIsSet() {
    JsonNode copy = only(BackupPlan.class).backupPlan().toJson().at("/BackupPlanRule/0/CopyActions");
    JsonNode choice = copy.path("Fn::If");
    assertThat(choice.get(0).asText()).isEqualTo("CopyToAnotherRegion");
    assertThat(choice.at("/1/0/DestinationBackupVaultArn/Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:backup:${BackupCopyRegion}:${AWS::AccountId}"
            + ":backup-vault:${NamePrefix}-litellm-backups");
    assertThat(choice.at("/2/Ref").asText()).isEqualTo("AWS::NoValue");
    assertThat(BackupStack.COPY_REGION.defaultValue()).contains("");
  }

  @Test
  void theSelectionIsTheDatabaseInstanceBackedUpWithTheAwsManagedBackupRole() {
    JsonNode selection = only(BackupSelection.class).backupSelection().toJson();
    assertThat(selection.at("/Resources/0/Fn::Join/1/7"))
        .isEqualTo(Fn.importValue(DatabaseExports.INSTANCE_ID.in(Names.PREFIX)).toJson());
    Role role = only(Role.class);
    assertThat(selection.get("IamRoleArn")).isEqualTo(role.attrArn().toJson());
    assertThat(role.assumeRolePolicyDocument().toJson().at("/Statement/0/Principal/Service/0")
        .asText()).isEqualTo("backup.amazonaws.com");
    List<String> policies = new java.util.ArrayList<>();
    role.managedPolicyArns().orElseThrow().toJson()
        .forEach(p -> policies.add(p.path("Fn::Sub").asText()));
    assertThat(policies).containsExactly(
        "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
        "arn:${AWS::Partition}:iam::aws:policy/service-role/"
            + "AWSBackupServiceRolePolicyForRestores");
    // the role is the one unconditional resource: a stack must create something
    assertThat(role.condition()).isEmpty();
  }

  @Test
  void stagingAndProdBackUpAndDevDoesNot() {
    assertThat(value(Environments.PROD, BackupStack.ENABLED.logicalId())).isEqualTo("true");
    assertThat(value(Environments.STAGING, BackupStack.ENABLED.logicalId())).isEqualTo("true");
    assertThat(value(Environments.DEV, BackupStack.ENABLED.logicalId())).isEqualTo("false");
    assertThat(value(Environments.PROD, BackupStack.COPY_REGION.logicalId())).isEmpty();
  }

  @Test
  void aCopyRegionThatIsNoRegionOrWithoutBackupIsRefusedWhenTheSettingsAreRead() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("qa").backup(true)
        .backupCopyRegion("Europe").build())
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("backupCopyRegion: 'Europe' is not a region name");
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("qa")
        .backupCopyRegion("eu-west-1").build())
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("backupCopyRegion: copies need backup: true");
  }

  @Test
  void deployRefusesACopyIntoTheRegionItDeploysTo() {
    var check = new BackupCopyRegionCheck();
    var stacks = org.llmgateway.cfn.generators.deploy.GeneratedStacks.load(
        java.nio.file.Path.of(System.getProperty("repo.root", "..")), "prod");
    var backup = new org.llmgateway.cfn.generators.deploy.PlannedStack(
        stacks.stacks().get("backup"), Optional.empty(), Map.of("BackupCopyRegion", "eu-west-1"));
    List<String> said = new java.util.ArrayList<>();
    Polling polling = new Polling(java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(1));

    assertThatThrownBy(() -> check.check(new DeployPlan("prod",
        AwsTarget.defaults().withRegion("eu-west-1"), polling, List.of(backup), said::add)))
        .hasMessage("environments/prod.yaml: backupCopyRegion eu-west-1 is the region deployed"
            + " to; set it to another region, or remove it for no copy");
    check.check(new DeployPlan("prod", AwsTarget.defaults().withRegion("us-east-1"), polling,
        List.of(backup), said::add));
  }

  private String value(EnvironmentConfig environment, String key) {
    return stack.parameterValues(environment).entrySet().stream()
        .filter(e -> e.getKey().logicalId().equals(key)).findFirst().orElseThrow().getValue();
  }

  private <R extends Resource> R only(Class<R> type) {
    List<R> found = template.resources(type);
    assertThat(found).as("resources of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }
}
