package org.llmgateway.cfn.generators.stack.database;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.llmgateway.cfn.generators.deploy.DeployPlan;
import org.llmgateway.cfn.generators.deploy.PlannedStack;
import org.llmgateway.cfn.generators.deploy.PreflightCheck;
import org.llmgateway.cfn.generators.deploy.PreflightRefusal;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBEngineVersion;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.rds.model.OrderableDBInstanceOption;
import software.amazon.awssdk.services.rds.model.UpgradeTarget;

/**
 * Before the database stack is deployed, asks RDS whether it can create what the stack asks for
 * in the target region: the PostgreSQL version (DescribeDBEngineVersions: offered and
 * {@code available}, not {@code deprecated}), the instance class with that version
 * (DescribeOrderableDBInstanceOptions; Multi-AZ capable when the stack asks for Multi-AZ), and,
 * when the instance exists, that it does not already run a newer version than the template would
 * set. RDS upgrades minor versions by itself (automatic minor upgrades, and forced upgrades off a
 * deprecated minor); CloudFormation then fails the update trying to go back, so the pinned version
 * must follow. Without these questions a refused version shows up as a CREATE_FAILED database
 * 20 minutes into the deploy, with the network and security stacks already changed.
 *
 * <p>Applies only when the database stack is among the stacks being deployed.
 */
public final class RdsEngineCheck implements PreflightCheck {

  /** The RDS engine name of RDS for PostgreSQL. */
  static final String ENGINE = "postgres";
  static final String AVAILABLE = "available";
  /** The environment setting that writes DbEngineVersion into the parameter files. */
  static final String VERSION_SETTING = "dbEngineVersion";

  @Override
  public void check(DeployPlan plan) {
    Optional<PlannedStack> database = plan.stack(DatabaseExports.STACK);
    if (database.isEmpty()) {
      return;
    }
    PlannedStack stack = database.get();
    String version = required(stack, DatabaseStack.ENGINE_VERSION_PARAMETER.logicalId());
    String instanceClass = required(stack, DatabaseStack.INSTANCE_CLASS.logicalId());
    boolean multiAz = stack.value(DatabaseStack.MULTI_AZ.logicalId())
        .map(Boolean::parseBoolean).orElse(false);
    try (RdsClient rds = plan.target().client(RdsClient.builder())) {
      String region = rds.serviceClientConfiguration().region().id();
      String refused = plan.environment() + ": RDS in " + region + " cannot create PostgreSQL "
          + version + " on " + instanceClass + ": ";
      checkVersion(rds, version, refused);
      checkInstanceClass(rds, version, instanceClass, multiAz, refused);
      checkNotOlderThanRunning(rds, plan.environment(), version, instanceClass);
      plan.say("Pre-flight: RDS in " + region + " can create PostgreSQL " + version + " on "
          + instanceClass + (multiAz ? " (Multi-AZ)" : "") + " for " + stack.stackName());
    }
  }

  private static String required(PlannedStack stack, String key) {
    return stack.value(key).orElseThrow(() -> new PreflightRefusal(stack.stackName() + ": "
        + key + " has no value in " + stack.artifact().parameterFile()
        + " and no template default, so RDS cannot be asked about it"));
  }

  private static void checkVersion(RdsClient rds, String version, String refused) {
    // IncludeAll: a deprecated version is answered with its status, not left out
    List<DBEngineVersion> versions = rds.describeDBEngineVersions(r -> r
        .engine(ENGINE).engineVersion(version).includeAll(true)).dbEngineVersions();
    if (versions.isEmpty()) {
      throw new PreflightRefusal(refused + "RDS offers no " + ENGINE + " " + version
          + " (set " + VERSION_SETTING + " to a version aws rds describe-db-engine-versions"
          + " --engine " + ENGINE + " lists)");
    }
    DBEngineVersion found = versions.get(0);
    if (!AVAILABLE.equals(found.status())) {
      List<String> minorTargets = found.validUpgradeTarget().stream()
          .filter(t -> !Boolean.TRUE.equals(t.isMajorVersionUpgrade()))
          .map(UpgradeTarget::engineVersion)
          .toList();
      throw new PreflightRefusal(refused + ENGINE + " " + version + " is " + found.status()
          + (minorTargets.isEmpty() ? "" : " (set " + VERSION_SETTING + " to one of "
              + String.join(", ", minorTargets) + ")"));
    }
  }

  private static void checkInstanceClass(RdsClient rds, String version, String instanceClass,
      boolean multiAz, String refused) {
    List<OrderableDBInstanceOption> options = rds.describeOrderableDBInstanceOptionsPaginator(r -> r
            .engine(ENGINE).engineVersion(version).dbInstanceClass(instanceClass))
        .orderableDBInstanceOptions().stream().toList();
    if (options.isEmpty()) {
      throw new PreflightRefusal(refused + instanceClass + " is not orderable with " + ENGINE
          + " " + version + " there");
    }
    if (multiAz && options.stream().noneMatch(o -> Boolean.TRUE.equals(o.multiAZCapable()))) {
      throw new PreflightRefusal(refused + instanceClass + " with " + ENGINE + " " + version
          + " cannot run Multi-AZ there");
    }
  }

  private static void checkNotOlderThanRunning(RdsClient rds, String environment, String version,
      String instanceClass) {
    String instance = environment + DatabaseStack.INSTANCE_SUFFIX;
    List<DBInstance> running;
    try {
      running = rds.describeDBInstances(r -> r.dbInstanceIdentifier(instance)).dbInstances();
    } catch (DbInstanceNotFoundException notYetCreated) {
      return;
    }
    for (DBInstance db : running) {
      if (compareVersions(db.engineVersion(), version) > 0) {
        throw new PreflightRefusal(environment + ": " + instance + " already runs PostgreSQL "
            + db.engineVersion() + ", newer than the " + version + " the template would set on "
            + instanceClass + " (RDS upgraded it), and CloudFormation cannot go back: set "
            + VERSION_SETTING + " to " + db.engineVersion());
      }
    }
  }

  /** Compares dotted versions number by number: 15.10 is newer than 15.9. */
  static int compareVersions(String a, String b) {
    int[] left = numbers(a);
    int[] right = numbers(b);
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int l = i < left.length ? left[i] : 0;
      int r = i < right.length ? right[i] : 0;
      if (l != r) {
        return Integer.compare(l, r);
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    return Arrays.stream(version.split("\\."))
        .mapToInt(part -> Integer.parseInt(part.replaceAll("\\D.*$", "").isEmpty()
            ? "0" : part.replaceAll("\\D.*$", "")))
        .toArray();
  }
}
