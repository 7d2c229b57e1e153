package org.llmgateway.cfn.generators.stack.backup;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.database.DatabaseExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.backup.BackupPlan;
import org.llmgateway.cfn.resource.backup.BackupSelection;
import org.llmgateway.cfn.resource.backup.BackupVault;
import org.llmgateway.cfn.resource.iam.Role;

/**
 * AWS Backup for the database: a vault encrypted with the project key, a daily plan kept 35 days
 * (optionally copied to a second region) and a selection of the RDS instance. Its own stack, so
 * the database template (close to the inline limit) does not grow, and an environment turns it
 * off with one setting ({@code backup}); the role is created either way, so the stack is never
 * empty.
 */
public final class BackupStack implements StackGenerator<EnvironmentConfig> {

  public static final String STACK = "backup";
  static final String VAULT_SUFFIX = "-litellm-backups";
  static final String PLAN_SUFFIX = "-litellm-daily";

  /**
   * 05:00 UTC daily: after the RDS backup window (03:00-04:00) and the Sunday maintenance window
   * (04:00-05:00), so the three never compete for the instance's I/O.
   */
  static final String SCHEDULE = "cron(0 5 * * ? *)";

  /** The service role AWS Backup assumes, and the two AWS managed policies it needs. */
  static final String BACKUP_PRINCIPAL = "backup.amazonaws.com";
  static final List<String> MANAGED_POLICIES = List.of(
      "AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores");

  /** Region names, as AWS::Region gives them. */
  public static final String REGION_PATTERN = "^[a-z]{2}(-[a-z]+)+-[0-9]$";

  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  static final Parameter ENABLED =
      Parameter.builder()
          .logicalId("EnableBackup")
          .label("AWS Backup")
          .description("true backs the database up daily into this environment's vault")
          .defaultValue("false")
          .addAllowedValues("true", "false")
          .build();

  static final Parameter RETENTION =
      Parameter.builder()
          .logicalId("BackupRetentionDays")
          .label("Backup retention (days)")
          .description("Days AWS Backup keeps each daily recovery point (and its copy)")
          .type(ParameterType.NUMBER)
          .defaultValue("35")
          .minValue(BigDecimal.ONE)
          .maxValue(BigDecimal.valueOf(36500))
          .build();

  static final Parameter COPY_REGION =
      Parameter.builder()
          .logicalId("BackupCopyRegion")
          .label("Cross-region copy")
          .description("Region each recovery point is copied to, into a vault of the same name"
              + " there; empty for no copy")
          .defaultValue("")
          .allowedPattern("^$|" + REGION_PATTERN)
          .constraintDescription("empty, or a region name such as eu-west-1")
          .build();

  static final Condition BACKUP_ENABLED =
      Condition.of("BackupEnabled", Fn.equalsTo(ENABLED.ref(), Expr.of("true")));

  static final Condition COPIED =
      Condition.of("CopyToAnotherRegion", Fn.and(
          Fn.condition(BACKUP_ENABLED),
          Fn.not(Fn.equalsTo(COPY_REGION.ref(), Expr.of("")))));

  @Override
  public String name() {
    return STACK;
  }

  @Override
  public Template template() {
    var t = Template.builder()
        .description("LiteLLM backup: AWS Backup vault (project KMS key), daily plan kept 35"
            + " days with an optional cross-region copy, and the database instance selected");
    Parameter env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    t.add(ENABLED);
    t.add(RETENTION);
    t.add(COPY_REGION);
    t.addParameterGroups(
        ParameterGroup.of("Environment", env, Names.PREFIX),
        ParameterGroup.of("AWS Backup", ENABLED, RETENTION, COPY_REGION));
    Condition enabled = t.add(BACKUP_ENABLED);
    Condition copied = t.add(COPIED);

    var role = t.add(Role.builder()
        .logicalId("BackupRole")
        .description("AWS Backup: backs up and restores the LiteLLM database")
        .assumeRolePolicyDocument(IamPolicies.document(
            PolicyDocument.assumableBy(BACKUP_PRINCIPAL)))
        .managedPolicyArns(MANAGED_POLICIES.stream()
            .map(policy -> (Expr) Fn.sub("arn:", Pseudo.PARTITION,
                ":iam::aws:policy/service-role/" + policy))
            .toList())
        .tags(Tags.standard(env, STACK, "-litellm-backup"))
        .metadata(IamPolicies.awsServiceRolePolicyExemption().metadata())
        .build());

    var vault = t.add(BackupVault.builder()
        .logicalId("BackupVault")
        .condition(enabled)
        .backupVaultName(Names.of(VAULT_SUFFIX, Names.DEFAULT_LIMIT))
        .encryptionKeyArn(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)))
        .backupVaultTags(tagMap(Tags.withoutName(env, STACK)))
        // AWS refuses to delete a vault that holds recovery points; they are what a teardown
        // must not lose
        .deletionPolicy(DeletionPolicy.Retain)
        .updateReplacePolicy(DeletionPolicy.Retain)
        .build());

    Expr lifecycle = BackupPlan.LifecycleResourceType.builder()
        .deleteAfterDays(RETENTION.ref())
        .build();
    Expr copyVaultArn = Fn.sub("arn:", Pseudo.PARTITION, ":backup:", COPY_REGION, ":",
        Pseudo.ACCOUNT_ID, ":backup-vault:", Names.PREFIX, VAULT_SUFFIX);
    var plan = t.add(BackupPlan.builder()
        .logicalId("BackupPlan")
        .condition(enabled)
        .backupPlan(BackupPlan.BackupPlanResourceType.builder()
            .backupPlanName(Names.of(PLAN_SUFFIX, Names.DEFAULT_LIMIT))
            .backupPlanRule(List.of(BackupPlan.BackupRuleResourceType.builder()
                .ruleName("Daily")
                .targetBackupVault(vault.ref())
                .scheduleExpression(SCHEDULE)
                .lifecycle(lifecycle)
                .copyActions(Fn.ifThen(copied,
                    Expr.list(List.of(BackupPlan.CopyActionResourceType.builder()
                        .destinationBackupVaultArn(copyVaultArn)
                        .lifecycle(lifecycle)
                        .build())),
                    Fn.noValue()))
                .build()))
            .build())
        .backupPlanTags(tagMap(Tags.withoutName(env, STACK)))
        .build());

    Expr instanceArn = Fn.join("", List.of(Expr.of("arn:"), Fn.partition(), Expr.of(":rds:"),
        Fn.region(), Expr.of(":"), Fn.accountId(), Expr.of(":db:"),
        Fn.importValue(DatabaseExports.INSTANCE_ID.in(Names.PREFIX))));
    t.add(BackupSelection.builder()
        .logicalId("DatabaseSelection")
        .condition(enabled)
        .backupPlanId(plan.ref())
        .backupSelection(BackupSelection.BackupSelectionResourceType.builder()
            .selectionName("litellm-database")
            .iamRoleArn(role.attrArn())
            .resources(List.of(instanceArn))
            .build())
        .build());

    t.add(Output.builder()
        .logicalId("BackupRoleArn")
        .description("The role AWS Backup backs up and restores with")
        .value(role.attrArn())
        .build());
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(ENABLED, String.valueOf(environment.backup()));
    values.put(RETENTION, String.valueOf(environment.backupRetentionDays()));
    values.put(COPY_REGION, environment.backupCopyRegion().orElse(""));
    return values;
  }

  /** AWS Backup takes tags as a map, not as the Key/Value list of other resources. */
  private static Map<String, Expr> tagMap(List<Tag> tags) {
    Map<String, Expr> map = new TreeMap<>();
    tags.forEach(tag -> map.put(tag.key(), tag.value()));
    return map;
  }
}
