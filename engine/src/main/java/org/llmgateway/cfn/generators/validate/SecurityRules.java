package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

/**
 * The security lint: {@link SecurityRule}s judged per environment on the templates as that
 * environment deploys them ({@link EnvironmentView}: conditions decided by its parameter values,
 * so the branch of an {@code Fn::If} an environment does not take is not judged there). An
 * environment is known by its parameter files: templates validated without any are not linted
 * (their posture depends on values nobody gave), and dev is not audited (the disposable
 * environment that trades posture for cost; issue 12's packs check covers staging and prod). A
 * value behind a condition a NoEcho parameter decides, an import or a GetAtt is not judged. A rule that needs another
 * resource (a flow log of the VPC, a rotation schedule of the secret, a backup selection of the
 * database) looks in the same template or, where the issue says so, in every template of the
 * environment through its exports. A resource whose Metadata suppresses the rule with a reason
 * ({@link SecuritySuppressions}) has no finding.
 */
final class SecurityRules {

  /** The newest Python runtime Lambda supports (checked 2026-12-02, AWS Lambda runtimes page). */
  static final String NEWEST_PYTHON_RUNTIME = "python3.14";

  /** The log types RDS exports per engine (checked 2026-12-02, RDS user guide, log types). */
  private static final Map<String, List<String>> LOG_TYPES = Map.of(
      "postgres", List.of("postgresql", "upgrade"),
      "mysql", List.of("audit", "error", "general", "slowquery"),
      "mariadb", List.of("audit", "error", "general", "slowquery"));

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

  private static final String UNAUDITED_ENVIRONMENT = "dev";
  private static final String PRODUCTION_ENVIRONMENT = "prod";

  private SecurityRules() {}

  private record Problem(String file, String logicalId, String path, SecurityRule rule,
      String reason) {}

  /** Where an export of the environment comes from: its template and its Value. */
  private record Export(EnvironmentView view, JsonNode value) {}

  /**
   * The findings of every audited environment, one line per problem: the environments that
   * share it close its reason, {@code (staging, prod)}.
   */
  static List<Finding> check(SortedMap<String, List<EnvironmentView>> environments) {
    Map<Problem, SortedSet<String>> where = new LinkedHashMap<>();
    environments.forEach((environment, views) -> {
      if (!audited(environment, views)) {
        return;
      }
      for (Problem problem : check(environment, views)) {
        where.computeIfAbsent(problem, p -> new TreeSet<>(CrossStackRules.ENVIRONMENT_ORDER))
            .add(environment);
      }
    });
    List<Finding> findings = new ArrayList<>();
    where.forEach((problem, names) -> {
      findings.add(new Finding(problem.file(), problem.logicalId(), problem.path(),
          problem.rule(), problem.reason() + " (" + String.join(", ", names) + ")"));
    });
    return findings;
  }

  private static boolean audited(String environment, List<EnvironmentView> views) {
    return !environment.isEmpty() && !environmentName(environment, views).equals(UNAUDITED_ENVIRONMENT);
  }

  /** The EnvironmentName the parameter files give, else the folder's name. */
  private static String environmentName(String environment, List<EnvironmentView> views) {
    return views.stream()
        .map(v -> v.values().get(EnvironmentParameter.LOGICAL_ID))
        .filter(v -> v != null && !v.isEmpty()).findFirst().orElse(environment);
  }

  private static List<Problem> check(String environment, List<EnvironmentView> views) {
    boolean production = environmentName(environment, views).equals(PRODUCTION_ENVIRONMENT);
    Map<String, Export> exports = exports(views);
    List<Problem> problems = new ArrayList<>();
    for (EnvironmentView view : views) {
      var lint = new Lint(view, views, exports, production, problems);
      view.resources().forEach(lint::resource);
    }
    return problems;
  }

  private static Map<String, Export> exports(List<EnvironmentView> views) {
    Map<String, Export> exports = new LinkedHashMap<>();
    for (EnvironmentView view : views) {
      view.template().outputs().forEach((id, output) -> {
        JsonNode name = view.resolve(output.path("Export").path("Name"));
        if (name != null && !name.isMissingNode()) {
          StackGraph.resolve(name, view.values())
              .ifPresent(n -> exports.put(n, new Export(view, view.resolve(output.path("Value")))));
        }
      });
    }
    return exports;
  }

  /** The rules over the resources of one template in one environment. */
  private record Lint(EnvironmentView view, List<EnvironmentView> views,
      Map<String, Export> exports, boolean production, List<Problem> problems) {

    void resource(String logicalId, JsonNode resource) {
      JsonNode properties = resource.path("Properties");
      Set<String> suppressed = SecuritySuppressions.suppressedBy(resource);
      var at = new At(logicalId, suppressed);
      switch (resource.path("Type").asText("")) {
        case "AWS::EC2::SecurityGroup" -> {
          JsonNode rules = properties.path("SecurityGroupIngress");
          for (int i = 0; i < rules.size(); i++) {
            openIngress(at, rules.get(i), "/Properties/SecurityGroupIngress/" + i);
          }
        }
        case "AWS::EC2::SecurityGroupIngress" -> openIngress(at, properties, "/Properties");
        case "AWS::IAM::Role" -> {
          JsonNode policies = properties.path("Policies");
          for (int i = 0; i < policies.size(); i++) {
            wildcardResources(at, policies.get(i).path("PolicyDocument"),
                "/Properties/Policies/" + i + "/PolicyDocument");
          }
        }
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" ->
            wildcardResources(at, properties.path("PolicyDocument"), "/Properties/PolicyDocument");
        case "AWS::ElasticLoadBalancingV2::Listener" -> listener(at, properties);
        case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> loadBalancer(at, properties);
        case "AWS::S3::Bucket" -> bucket(at, properties);
        case "AWS::RDS::DBInstance" -> database(at, properties);
        case "AWS::Logs::LogGroup" -> {
          if (properties.path("KmsKeyId").isMissingNode()) {
            at.add(SecurityRule.LOG_GROUP_KMS, "/Properties",
                "the log group has no KmsKeyId: its events are encrypted with a key AWS owns");
          }
        }
        case "AWS::SecretsManager::Secret" -> {
          if (noneRefers("AWS::SecretsManager::RotationSchedule", "SecretId", logicalId)) {
            at.add(SecurityRule.SECRET_ROTATION, "",
                "no AWS::SecretsManager::RotationSchedule rotates this secret");
          }
        }
        case "AWS::EC2::VPC" -> vpc(at);
        case "AWS::WAFv2::WebACL" -> {
          if (!sameTemplateRefers("AWS::WAFv2::LoggingConfiguration", "ResourceArn", logicalId)) {
            at.add(SecurityRule.WAF_LOGGING, "",
                "no AWS::WAFv2::LoggingConfiguration logs this web ACL's requests");
          }
        }
        case "AWS::EC2::Subnet" -> {
          if (isTrue(properties.path("MapPublicIpOnLaunch"))) {
            at.add(SecurityRule.SUBNET_PUBLIC_IP, "/Properties/MapPublicIpOnLaunch",
                "the subnet gives every network interface a public IP address");
          }
        }
        case "AWS::Lambda::Function" -> {
          String runtime = properties.path("Runtime").asText("");
          if (runtime.startsWith("python") && !runtime.equals(NEWEST_PYTHON_RUNTIME)) {
            at.add(SecurityRule.LAMBDA_RUNTIME, "/Properties/Runtime", "runtime " + runtime
                + " is not the newest Python runtime, " + NEWEST_PYTHON_RUNTIME);
          }
        }
        default -> { }
      }
    }

    /** A finding on one resource, unless its Metadata suppresses the rule. */
    private final class At {
      private final String logicalId;
      private final Set<String> suppressed;

      At(String logicalId, Set<String> suppressed) {
        this.logicalId = logicalId;
        this.suppressed = suppressed;
      }

      void add(SecurityRule rule, String path, String reason) {
        if (!suppressed.contains(rule.id())) {
          problems.add(new Problem(view.template().file(), logicalId,
              Pointer.of("Resources", logicalId) + path, rule, reason));
        }
      }
    }

    private void openIngress(At at, JsonNode rule, String path) {
      for (String peer : List.of("CidrIp", "CidrIpv6")) {
        String cidr = rule.path(peer).asText("");
        if (cidr.equals("0.0.0.0/0") || cidr.equals("::/0")) {
          at.add(SecurityRule.OPEN_INGRESS, path + "/" + peer, "ingress from " + cidr + " on "
              + rule.path("IpProtocol").asText("?") + " " + rule.path("FromPort").asText("?")
              + "-" + rule.path("ToPort").asText("?"));
        }
      }
    }

    private void wildcardResources(At at, JsonNode document, String path) {
      JsonNode statements = document.path("Statement");
      List<JsonNode> list = new ArrayList<>();
      if (statements.isArray()) {
        statements.forEach(list::add);
      } else if (statements.isObject()) {
        list.add(statements);
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode statement = list.get(i);
        JsonNode resources = statement.path("Resource");
        boolean wildcard = resources.isArray()
            ? java.util.stream.StreamSupport.stream(resources.spliterator(), false)
                .anyMatch(r -> r.asText("").equals("*"))
            : resources.asText("").equals("*");
        if (statement.path("Effect").asText("").equals("Allow") && wildcard) {
          String sid = statement.path("Sid").asText("");
          at.add(SecurityRule.IAM_WILDCARD_RESOURCE,
              path + "/Statement" + (statements.isArray() ? "/" + i : "") + "/Resource",
              "statement " + (sid.isEmpty() ? String.valueOf(i) : sid) + " allows "
                  + statement.path("Action") + " on every resource");
        }
      }
    }

    private void listener(At at, JsonNode properties) {
      if (!production || !properties.path("Protocol").asText("").equals("HTTP")) {
        return;
      }
      JsonNode actions = properties.path("DefaultActions");
      if (!actions.isArray()) {
        return; // behind an undecided condition: not judged
      }
      for (JsonNode action : actions) {
        if (!(action.path("Type").asText("").equals("redirect")
            && action.path("RedirectConfig").path("Protocol").asText("").equals("HTTPS"))) {
          at.add(SecurityRule.HTTP_WITHOUT_REDIRECT, "/Properties/DefaultActions",
              "the HTTP listener answers with '" + action.path("Type").asText("?")
                  + "' instead of a redirect to HTTPS: keys and prompts would cross in cleartext");
          return;
        }
      }
    }

    private void loadBalancer(At at, JsonNode properties) {
      if (!properties.path("Type").asText("application").equals("application")) {
        return;
      }
      for (JsonNode attribute : properties.path("LoadBalancerAttributes")) {
        if (attribute.path("Key").asText("").equals("access_logs.s3.enabled")) {
          if (!isTrue(attribute.path("Value")) && attribute.path("Value").isValueNode()) {
            at.add(SecurityRule.ALB_ACCESS_LOGS, "/Properties/LoadBalancerAttributes",
                "access_logs.s3.enabled is not true");
          }
          return;
        }
      }
      at.add(SecurityRule.ALB_ACCESS_LOGS, "/Properties/LoadBalancerAttributes",
          "no access_logs.s3.enabled attribute: requests leave no record");
    }

    private void bucket(At at, JsonNode properties) {
      JsonNode block = properties.path("PublicAccessBlockConfiguration");
      for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
          "RestrictPublicBuckets")) {
        if (!isTrue(block.path(flag))) {
          at.add(SecurityRule.S3_PUBLIC_ACCESS, "/Properties/PublicAccessBlockConfiguration",
              "PublicAccessBlockConfiguration does not set all of BlockPublicAcls,"
                  + " BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true");
          break;
        }
      }
      if (properties.path("BucketEncryption").isMissingNode()) {
        at.add(SecurityRule.S3_ENCRYPTION, "/Properties",
            "the bucket does not name its default encryption (BucketEncryption)");
      }
      boolean tlsOnly = view.resources().values().stream()
          .filter(r -> r.path("Type").asText("").equals("AWS::S3::BucketPolicy"))
          .filter(r -> refersTo(r.path("Properties").path("Bucket"), view, at.logicalId))
          .anyMatch(r -> deniesInsecureTransport(r.path("Properties").path("PolicyDocument")));
      if (!tlsOnly) {
        at.add(SecurityRule.S3_TLS_ONLY, "",
            "no bucket policy denies requests with aws:SecureTransport false");
      }
    }

    private static boolean deniesInsecureTransport(JsonNode document) {
      JsonNode statements = document.path("Statement");
      for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
        if (statement.path("Effect").asText("").equals("Deny")
            && statement.path("Condition").path("Bool").path("aws:SecureTransport").asText("")
                .equals("false")) {
          return true;
        }
      }
      return false;
    }

    private void database(At at, JsonNode properties) {
      JsonNode interval = properties.path("MonitoringInterval");
      if (interval.isMissingNode() || (interval.isValueNode() && interval.asInt(0) <= 0)
          || properties.path("MonitoringRoleArn").isMissingNode()) {
        at.add(SecurityRule.RDS_ENHANCED_MONITORING, "/Properties",
            "no enhanced monitoring (MonitoringInterval above 0 with a MonitoringRoleArn)");
      }
      List<String> types = LOG_TYPES.get(properties.path("Engine").asText(""));
      JsonNode exported = properties.path("EnableCloudwatchLogsExports");
      if (types != null && (exported.isArray() || exported.isMissingNode())) {
        Set<String> missing = new LinkedHashSet<>(types);
        exported.forEach(t -> missing.remove(t.asText()));
        if (!missing.isEmpty()) {
          at.add(SecurityRule.RDS_LOG_EXPORTS, "/Properties/EnableCloudwatchLogsExports",
              "log types " + missing + " are not exported to CloudWatch Logs");
        }
      }
      if (!inBackupPlan(at.logicalId, properties)) {
        at.add(SecurityRule.RDS_BACKUP_PLAN, "",
            "no AWS::Backup::BackupSelection of this environment selects the instance");
      }
    }

    private boolean inBackupPlan(String logicalId, JsonNode properties) {
      for (EnvironmentView other : views) {
        for (JsonNode resource : other.resources().values()) {
          if (!resource.path("Type").asText("").equals("AWS::Backup::BackupSelection")) {
            continue;
          }
          JsonNode selection = resource.path("Properties").path("BackupSelection");
          for (JsonNode selected : selection.path("Resources")) {
            if (refersAcross(selected, other, logicalId)) {
              return true;
            }
          }
          for (JsonNode tag : selection.path("ListOfTags")) {
            for (JsonNode own : properties.path("Tags")) {
              if (own.path("Key").equals(tag.path("ConditionKey"))
                  && own.path("Value").equals(tag.path("ConditionValue"))) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    private void vpc(At at) {
      if (!sameTemplateRefers("AWS::EC2::FlowLog", "ResourceId", at.logicalId)) {
        at.add(SecurityRule.VPC_FLOW_LOGS, "", "no AWS::EC2::FlowLog records this VPC's traffic");
      }
      boolean restricted = view.resources().values().stream()
          .filter(r -> r.path("Type").asText("").startsWith("Custom::")
              || r.path("Type").asText("").equals("AWS::CloudFormation::CustomResource"))
          .anyMatch(r -> mentionsAttribute(r.path("Properties"), at.logicalId,
              "DefaultSecurityGroup"));
      if (!restricted) {
        at.add(SecurityRule.DEFAULT_SECURITY_GROUP, "", "the VPC's default security group keeps"
            + " its allow rules: no custom resource is given the VPC's DefaultSecurityGroup");
      }
    }

    private boolean sameTemplateRefers(String type, String property, String logicalId) {
      return view.resources().values().stream()
          .filter(r -> r.path("Type").asText("").equals(type))
          .anyMatch(r -> refersTo(r.path("Properties").path(property), view, logicalId));
    }

    private boolean noneRefers(String type, String property, String logicalId) {
      for (EnvironmentView other : views) {
        for (JsonNode resource : other.resources().values()) {
          if (resource.path("Type").asText("").equals(type)
              && refersAcross(resource.path("Properties").path(property), other, logicalId)) {
            return false;
          }
        }
      }
      return true;
    }

    /** Whether {@code node}, in template {@code from}, names this view's resource {@code logicalId}. */
    private boolean refersAcross(JsonNode node, EnvironmentView from, String logicalId) {
      if (from == view && refersTo(node, view, logicalId)) {
        return true;
      }
      if (node.isObject() && node.has("Fn::ImportValue")) {
        Optional<String> name = StackGraph.resolve(node.get("Fn::ImportValue"), from.values());
        Export export = name.map(exports::get).orElse(null);
        return export != null && export.view() == view
            && refersTo(export.value(), view, logicalId);
      }
      if (node.isContainerNode()) {
        for (JsonNode child : node) {
          if (refersAcross(child, from, logicalId)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** Whether {@code node} refers to {@code logicalId} of the same template (Ref, GetAtt, Sub). */
  static boolean refersTo(JsonNode node, EnvironmentView view, String logicalId) {
    if (node == null) {
      return false;
    }
    if (node.isObject()) {
      if (node.path("Ref").asText("").equals(logicalId)) {
        return true;
      }
      if (node.has("Fn::GetAtt")
          && Intrinsics.getAttTarget(node.get("Fn::GetAtt"))[0].equals(logicalId)) {
        return true;
      }
      if (node.has("Fn::Sub")) {
        JsonNode sub = node.get("Fn::Sub");
        var matcher = SUB_VARIABLE.matcher(sub.isArray() ? sub.path(0).asText() : sub.asText());
        while (matcher.find()) {
          if (matcher.group(1).trim().split("\\.")[0].equals(logicalId)) {
            return true;
          }
        }
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (refersTo(child, view, logicalId)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentionsAttribute(JsonNode node, String logicalId, String attribute) {
    if (node.isObject() && node.has("Fn::GetAtt")) {
      String[] target = Intrinsics.getAttTarget(node.get("Fn::GetAtt"));
      if (target[0].equals(logicalId) && target.length > 1 && target[1].equals(attribute)) {
        return true;
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (mentionsAttribute(child, logicalId, attribute)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTrue(JsonNode value) {
    return value.isBoolean() ? value.asBoolean() : value.asText("").equalsIgnoreCase("true");
  }
}
