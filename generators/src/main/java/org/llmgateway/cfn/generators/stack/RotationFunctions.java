package org.llmgateway.cfn.generators.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.lambda.Permission;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.secretsmanager.RotationSchedule;

/**
 * The pieces both secret-rotation functions (master key in the security stack, database in the
 * database stack) are made of: Python source kept as a real file in the repository and embedded
 * inline, the permission Secrets Manager needs to call it, its schedule, and the LiteLLM service
 * it restarts so tasks pick up a new value.
 */
public final class RotationFunctions {

  /** Where the functions' sources live on the classpath (and in src/main/resources). */
  public static final String SOURCE_FOLDER = "/org/llmgateway/cfn/generators/lambda/";

  /**
   * The newest Python runtime Lambda offers (python3.14, Amazon Linux 2023, deprecation planned
   * 2029-06-30; checked 2026-12-02, https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html).
   * Both functions use only the standard library and the runtime's boto3, and none of the modules
   * Python 3.13 removed (PEP 594), so they run unchanged on it.
   */
  public static final String RUNTIME = "python3.14";

  private RotationFunctions() {}

  /** The source of {@code fileName}, embedded verbatim: the same file the Python tests run. */
  public static String source(String fileName) {
    String path = SOURCE_FOLDER + fileName;
    try (InputStream in = RotationFunctions.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Lambda source " + path + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Lambda source " + path, e);
    }
  }

  /**
   * The code as the template carries it: the source without its comment-only lines, which keeps
   * the database stack under CloudFormation's 51,200-byte inline template limit. Only whole
   * comment lines go (RotationFunctionsTest checks that Python's tokenizer sees each of them as a
   * comment, never inside a string), so the code that runs is the code the Python tests run.
   */
  public static String withoutCommentLines(String python) {
    return python.lines()
        .filter(line -> !line.stripLeading().startsWith("#"))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
  }

  /**
   * A Python function {@code <env><suffix>} running {@code fileName} inline, logging to its own
   * group (no Environment block without variables). Callers add VPC or key settings with
   * {@code Function.builder().from(...)}. The code is
   * inline (ZipFile) and nothing else: Lambda refuses code that is both inline and in S3.
   */
  public static Function inlinePython(
      String logicalId, String suffix, String description, Expr role,
      String fileName, int timeoutSeconds, int memoryMb, Map<String, Expr> variables,
      Resource logGroup, List<Tag> tags) {
    var function = Function.builder()
        .logicalId(logicalId)
        .functionName(Names.of(suffix, Names.FUNCTION_LIMIT))
        .description(description)
        .runtime(RUNTIME)
        // ZipFile code is saved as index.py
        .handler("index.handler")
        .role(role)
        .code(Function.Code.builder().zipFile(withoutCommentLines(source(fileName))).build())
        .timeout(timeoutSeconds)
        .memorySize(memoryMb)
        .loggingConfig(Function.LoggingConfig.builder().logGroup(logGroup.ref()).build())
        .tags(tags);
    // a function without variables gets no Environment block rather than an empty one
    if (!variables.isEmpty()) {
      function.environment(Function.Environment.builder().variables(variables).build());
    }
    return function.build();
  }

  /**
   * What the packs ask of every function that does not apply to these two: both are invoked by
   * Secrets Manager and by their stack's custom resource, which record a failure and retry, so
   * a dead-letter queue would hold nothing to act on ("Sync, retried"), and one call runs at a
   * time ("Serial calls"); the runtime is the newest Lambda offers. The reasons are terse because the database stack is close to
   * CloudFormation's inline size limit.
   */
  public static Suppressions exemptions() {
    return Suppressions
        .packRules("Serial calls",
            "NIST.800.53.R5-LambdaConcurrency", "HIPAA.Security-LambdaConcurrency")
        .andPackRules("Sync, retried",
            "NIST.800.53.R5-LambdaDLQ", "HIPAA.Security-LambdaDLQ")
        // aws-cdk-lib 2.276 already names python3.15, which Lambda does not offer yet: RUNTIME is
        // the newest Lambda lists (checked 2026-12-02, docs.aws.amazon.com/lambda/latest/dg/
        // lambda-python.html), and the lint's own runtime rule holds it to that
        .andPackRules(RUNTIME + " is Lambda's newest", "AwsSolutions-L1");
  }

  /** Runs a function in the given subnets behind one security group. */
  public static Function.VpcConfig inVpc(List<Expr> subnetIds, Expr securityGroupId) {
    return Function.VpcConfig.builder()
        .subnetIds(subnetIds)
        .securityGroupIds(List.of(securityGroupId))
        .build();
  }

  /** The function's log group, {@code /aws/lambda/<env><suffix>}. */
  public static LogGroup logGroup(
      String logicalId, String suffix, Expr retentionDays, Expr kmsKeyArn,
      List<Tag> tags) {
    return Logs.encryptedLogGroup(
        logicalId, Names.within(SharedNames.FUNCTION_LOG_GROUP_PREFIX, suffix),
        retentionDays, kmsKeyArn, tags);
  }

  /** Lets Secrets Manager call the function for this one secret of this account only. */
  public static Permission invokableBySecretsManager(
      String logicalId, Function function, Expr secretArn) {
    return Permission.builder()
        .logicalId(logicalId)
        .action("lambda:InvokeFunction")
        .functionName(function.attrArn())
        .principal("secretsmanager.amazonaws.com")
        .sourceArn(secretArn)
        .sourceAccount(Fn.accountId())
        .build();
  }

  /**
   * Rotation every {@code days}, starting at once: without an immediate rotation Secrets Manager
   * checks the set-up by calling testSecret alone, on a version createSecret never wrote.
   * {@code ready} are the resources the first rotation needs (permission, initial value).
   */
  public static RotationSchedule schedule(
      String logicalId, Expr secretArn, Function function, Expr days, Resource... ready) {
    return RotationSchedule.builder()
        .logicalId(logicalId)
        .secretId(secretArn)
        .rotationLambdaARN(function.attrArn())
        .rotationRules(
            RotationSchedule.RotationRules.builder().automaticallyAfterDays(days).build())
        .rotateImmediatelyOnUpdate(true)
        .addDependsOn(ready)
        .build();
  }

  /**
   * What AWSLambdaVPCAccessExecutionRole grants for a function's network interfaces, without its
   * account-wide log permissions; EC2 needs "*" here because the interfaces do not exist yet and
   * the Describe actions take no resource.
   */
  public static Statement vpcNetworkInterfaces() {
    return Statement.builder()
        .sid("VpcNetworkInterfaces")
        .effect(Statement.Effect.Allow)
        .action(List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                "ec2:DescribeSubnets", "ec2:DeleteNetworkInterface",
                "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses").stream()
            .map(Expr::of)
            .toList())
        .addResource(Expr.of("*"))
        .build();
  }

  /** The LiteLLM ECS service a rotation restarts, so new tasks read the new secret value. */
  public static Expr litellmServiceArn() {
    return Fn.sub("arn:", Pseudo.PARTITION, ":ecs:", Pseudo.REGION, ":", Pseudo.ACCOUNT_ID,
        ":service/", Names.PREFIX, SharedNames.CLUSTER_SUFFIX, "/", Names.PREFIX,
        SharedNames.SERVICE_SUFFIX);
  }

  /** Cluster and service names the function restarts, as environment variables. */
  public static Map<String, Expr> serviceVariables(
      String clusterVariable, String serviceVariable) {
    Map<String, Expr> variables = new TreeMap<>();
    variables.put(
        clusterVariable, Names.of(SharedNames.CLUSTER_SUFFIX, Names.DEFAULT_LIMIT));
    variables.put(
        serviceVariable, Names.of(SharedNames.SERVICE_SUFFIX, Names.DEFAULT_LIMIT));
    return variables;
  }
}
