package org.llmgateway.cfn.generators.emit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.environment.EnvironmentFiles;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.template.Parameter;

/**
 * Every physical, stack and export name an environment's parameter values give, against the AWS
 * limit for its kind. An application may check a template's names when it is built (LiteLLM's
 * {@code stack.Names} does, for the longest environment name), but what its naming setting (e.g. a
 * tenant) adds is only known per environment, so the resolved names are checked here, before
 * anything is written.
 */
final class NameLimits {

  /** A name property of one resource type and the most characters its service allows. */
  record Limit(String type, String property, String resource, String service, int max) {}

  /** The limits, each with where it was checked (2026-12-01). */
  static final List<Limit> RESOURCE_NAMES = List.of(
      // ELBv2 CreateLoadBalancer Name "a maximum of 32 characters" (checked 2026-12-01, AWS SDK
      // for Kotlin, elasticloadbalancingv2 CreateLoadBalancerRequest.name); target groups alike
      new Limit("AWS::ElasticLoadBalancingV2::LoadBalancer", "Name", "load balancer",
          "Elastic Load Balancing", 32),
      new Limit("AWS::ElasticLoadBalancingV2::TargetGroup", "Name", "target group",
          "Elastic Load Balancing", 32),
      // RDS DBInstanceIdentifier "from 1 to 63 letters, numbers, or hyphens" (checked 2026-12-01,
      // AWS SDK for Kotlin, rds CreateDbInstanceRequest.dbInstanceIdentifier)
      new Limit("AWS::RDS::DBInstance", "DBInstanceIdentifier", "DB instance identifier", "RDS",
          63),
      // IAM role names: 64 ("Member must have length less than or equal to 64" from IAM,
      // checked 2026-12-01, serverless/serverless issue 6338)
      new Limit("AWS::IAM::Role", "RoleName", "IAM role", "IAM", 64),
      // Lambda: "If you specify only the function name, it is limited to 64 characters" (checked
      // 2026-12-01, AWS SDK for Kotlin, lambda InvokeRequest.functionName)
      new Limit("AWS::Lambda::Function", "FunctionName", "Lambda function", "Lambda", 64),
      // ECS CreateCluster clusterName "Up to 255 letters ..., numbers, and hyphens" (checked
      // 2026-12-01, rusoto_ecs CreateClusterRequest); services and task families alike
      new Limit("AWS::ECS::Cluster", "ClusterName", "ECS cluster", "ECS", 255),
      new Limit("AWS::ECS::Service", "ServiceName", "ECS service", "ECS", 255),
      new Limit("AWS::ECS::TaskDefinition", "Family", "ECS task family", "ECS", 255),
      // ECR RepositoryName: 256 (checked 2026-12-01: the search corpus had no ECR reference page
      // with the number; 256 is the value the issue gives)
      new Limit("AWS::ECR::Repository", "RepositoryName", "ECR repository", "ECR", 256),
      // CloudWatch Logs "Log group names can be between 1 and 512 characters long" (checked
      // 2026-12-01, aws-cloudformation-resource-providers-logs aws-logs-loggroup.json maxLength)
      new Limit("AWS::Logs::LogGroup", "LogGroupName", "log group", "CloudWatch Logs", 512),
      // Secrets Manager Name: 512 (checked 2026-12-01: the CreateSecret pages found give the
      // characters, not the length; 512 is the value the issue gives)
      new Limit("AWS::SecretsManager::Secret", "Name", "secret", "Secrets Manager", 512),
      // KMS AliasName: 256 (checked 2026-12-01: not found in the search corpus; the value)
      new Limit("AWS::KMS::Alias", "AliasName", "KMS alias", "KMS", 256),
      // SNS CreateTopic "must be between 1 and 256 characters long" (checked 2026-12-01, AWS SDK
      // for .NET, SNS CreateTopic)
      new Limit("AWS::SNS::Topic", "TopicName", "SNS topic", "SNS", 256),
      // WAF WebACL Name "Maximum length of 128" (checked 2026-12-01, AWS WAFV2 API reference,
      // WebACLSummary)
      new Limit("AWS::WAFv2::WebACL", "Name", "web ACL", "WAF", 128),
      // EC2 GroupName: 255 (checked 2026-12-01: not found in the search corpus; the issue's
      // value). This project's groups set no GroupName: they are named by their Name tag
      new Limit("AWS::EC2::SecurityGroup", "GroupName", "security group", "EC2", 255),
      // CloudWatch AlarmName: 255 (checked 2026-12-01: not found in the search corpus; the value
      // Names.DEFAULT_LIMIT already held alarm names to)
      new Limit("AWS::CloudWatch::Alarm", "AlarmName", "alarm", "CloudWatch", 255));

  /**
   * CloudFormation stack names: "an overall limit of 128 characters for the name of a stack"
   * (checked 2026-12-01, support.stax.io workload-name-length-limits).
   */
  static final int STACK_NAME_LIMIT = 128;

  /**
   * CloudFormation export names: 255 (checked 2026-12-01: the CloudFormation quotas page found
   * lists 255 characters for output names; the value for export names).
   */
  static final int EXPORT_NAME_LIMIT = 255;

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

  private NameLimits() {}

  /**
   * One line per name over its limit, {@code environments/<env>.yaml: tenant: '<t>' makes <what>
   * name '<name>' N characters; <service> allows M}.
   */
  static <S> List<String> problems(Application<S> application, StackGenerator<S> generator,
      JsonNode template, Map<Parameter, String> parameterValues, S environment) {
    String shown = EnvironmentFiles.FOLDER + "/" + application.settings().name(environment)
        + ".yaml: " + application.naming().namingSetting(environment);
    Map<String, String> values = new TreeMap<>();
    template.path("Parameters").fields().forEachRemaining(p -> {
      if (p.getValue().has("Default")) {
        values.put(p.getKey(), p.getValue().get("Default").asText());
      }
    });
    parameterValues.forEach((parameter, value) -> values.put(parameter.logicalId(), value));

    List<String> problems = new ArrayList<>();
    String stackName = application.naming().stackName(generator.name(),
        application.naming().nameValues(environment));
    check(shown, "CloudFormation stack", stackName, "CloudFormation", STACK_NAME_LIMIT, problems);
    template.path("Resources").fields().forEachRemaining(entry -> {
      String type = entry.getValue().path("Type").asText();
      for (Limit limit : RESOURCE_NAMES) {
        if (limit.type().equals(type)) {
          resolve(entry.getValue().path("Properties").get(limit.property()), values)
              .ifPresent(name -> check(shown, limit.resource(), name, limit.service(),
                  limit.max(), problems));
        }
      }
    });
    template.path("Outputs").fields().forEachRemaining(output ->
        resolve(output.getValue().path("Export").get("Name"), values)
            .ifPresent(name -> check(shown, "export", name, "CloudFormation",
                EXPORT_NAME_LIMIT, problems)));
    return problems;
  }

  /** {@code shown}: the file and the naming setting, e.g. {@code environments/dev.yaml: tenant: 'a'}. */
  private static void check(String shown, String what, String name,
      String service, int max, List<String> problems) {
    if (name.length() > max) {
      problems.add(shown + " makes " + what + " name '" + name + "' " + name.length() + " characters; "
          + service + " allows " + max);
    }
  }

  /** A literal, a Ref of a parameter or a Fn::Sub of parameters; empty for anything else. */
  private static Optional<String> resolve(JsonNode value, Map<String, String> parameters) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(value.asText());
    }
    if (value.size() == 1 && value.path("Ref").isTextual()) {
      return Optional.ofNullable(parameters.get(value.get("Ref").asText()));
    }
    if (value.size() != 1 || !value.path("Fn::Sub").isTextual()) {
      return Optional.empty();
    }
    Matcher variable = VARIABLE.matcher(value.get("Fn::Sub").asText());
    StringBuilder resolved = new StringBuilder();
    while (variable.find()) {
      String known = parameters.get(variable.group(1));
      if (known == null) {
        // a pseudo parameter or attribute: its length is not known before the stack exists
        return Optional.empty();
      }
      variable.appendReplacement(resolved, Matcher.quoteReplacement(known));
    }
    variable.appendTail(resolved);
    return Optional.of(resolved.toString());
  }
}
