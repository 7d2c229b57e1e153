package org.llmgateway.cfn.generators.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.llmgateway.cfn.generators.deploy.DeployException;
import org.llmgateway.cfn.generators.deploy.DeployExtensions;
import org.llmgateway.cfn.generators.deploy.DeployMethod;
import org.llmgateway.cfn.generators.deploy.DeployOptions;
import org.llmgateway.cfn.generators.deploy.Deployment;
import org.llmgateway.cfn.generators.deploy.GeneratedStacks;
import org.llmgateway.cfn.generators.deploy.TemplateBucket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.exception.SdkException;

@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
        "Deploys the stacks of generated-templates/ with the environment's parameter files, in "
            + "the waves their exports and imports require (litellm-cfn order): the stacks of one "
            + "wave deploy in parallel, each line of a stack's work starting with [its stack "
            + "name]. Each stack is created or updated through a change set (no changes is "
            + "success); the command waits for it and prints its events and outputs. After a "
            + "failure no later wave starts, the running stacks are waited for, and each failure "
            + "is printed with CloudFormation's reason and the failed resources' events.",
        "Templates go inline (as compact JSON when the YAML is over CloudFormation's 51,200-byte "
            + "TemplateBody limit); a template over the limit even so is refused before anything "
            + "is touched unless --s3-bucket is given, which uploads every template to "
            + "s3://BUCKET/litellm-cfn/ENV/<stack name>-<sha256>.yaml and sends it as "
            + "TemplateURL.",
        "NoEcho parameters (API keys) come from --parameter or from environment variables "
            + "CFN_PARAMETER_<Key>, e.g. CFN_PARAMETER_OpenAiApiKey; on an existing stack an "
            + "omitted one keeps its previous value. Their values are never printed.",
        "Before any stack is touched, pre-flight checks ask AWS whether what the stacks ask for "
            + "can be created there (the database stack: RDS offers its PostgreSQL version and "
            + "instance class in the region, and no running instance is newer). Before the "
            + "litellm stack changes, a one-off ECS task runs the database migrations with the "
            + "new image; a failed migration stops the run with the task's exit code and log "
            + "stream. A litellm stack that does not exist yet is first created with no tasks.",
        "Exit codes: 0 deployed, 1 a stack or the migration failed, 2 bad input or a refused "
            + "pre-flight."})
final class DeployCommand implements Callable<Integer> {

  @Mixin RepositoryOptions repository;
  @Mixin AwsOptions aws;

  @Option(names = "--env", required = true, paramLabel = "ENV",
      description = "Environment: its parameter files are generated-templates/parameters/ENV/")
  String environment;

  @Option(names = "--stacks", split = ",", paramLabel = "STACK",
      description = "Only these stacks (short names, e.g. network,alb); default: all. They still "
          + "deploy in dependency order.")
  List<String> stacks = new ArrayList<>();

  @Option(names = "--parameter", paramLabel = "KEY=VALUE",
      description = "Parameter value for every stack that declares KEY; wins over the parameter "
          + "file. Prefer CFN_PARAMETER_<Key> variables for secrets (the command line is visible "
          + "to other processes).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(names = "--method", defaultValue = "CHANGE_SET", paramLabel = "METHOD",
      description = "CHANGE_SET (default) or DIRECT (CreateStack/UpdateStack, for endpoints such "
          + "as moto_server whose change sets drop outputs and imports)")
  DeployMethod method;

  @Option(names = "--s3-bucket", paramLabel = "BUCKET",
      description = "Upload every template to this bucket (same account and region, writable by "
          + "the caller, readable by CloudFormation) and send it as TemplateURL; needed for a "
          + "template over the 51,200-byte inline limit")
  String templateBucket;

  @Override
  public Integer call() {
    try (var cloudFormation = aws.target().cloudFormation();
        var s3 = templateBucket == null ? null : aws.target().s3()) {
      var generated = GeneratedStacks.load(repository.root, environment);
      var options = DeployOptions.defaults()
          .withStacks(stacks)
          .withOverrides(overrides)
          .withMethod(method);
      System.out.println("Target: " + aws.target());
      var deployment = new Deployment(cloudFormation, aws.polling(), System.out::println)
          .withExtensions(DeployExtensions.discover(), aws.target());
      if (s3 != null) {
        deployment = deployment.withTemplateBucket(new TemplateBucket(s3, templateBucket));
      }
      deployment.deploy(generated, options);
      return 0;
    } catch (DeployException e) {
      return Failures.print(e);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (SdkException e) {
      return Failures.print(e);
    }
  }
}
