package org.llmgateway.cfn.generators.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Compares each deployed stack with generated-templates/: the template CloudFormation holds
 * (GetTemplate, original stage) against the checked-in file, as data, so formatting and comments
 * do not count; and the deployed parameter values against the environment's parameter file (or
 * the template default). NoEcho parameters are checked for presence only: CloudFormation returns
 * them masked and their values are never printed.
 *
 * <p>This is not CloudFormation drift detection (DetectStackDrift), which compares resources with
 * their stack; this finds stacks that were deployed from something other than the checked-in
 * files.
 */
public final class DeployedDiff {

  private static final Set<String> HEALTHY =
      Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE");

  /** Longest value shown in a difference line; the path already says where to look. */
  private static final int SHOWN = 160;

  /**
   * Numbers compare by value, so {@code 5432} read from YAML equals {@code 5432.0} read from a
   * JSON template; every other node compares as usual.
   */
  private static final Comparator<JsonNode> SAME_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private final CloudFormationClient cloudFormation;

  /**
   * The litellm stack's parameter that records the proxy config's object version at deploy time;
   * it is compared with the bucket, not with a parameter file.
   */
  static final String CONFIG_VERSION_PARAMETER = "ProxyConfigVersion";
  static final String CONFIG_KEY_PARAMETER = "ProxyConfigKey";
  static final String CONFIG_BUCKET_OUTPUT = "ConfigBucketName";

  private final Optional<S3Client> s3;

  public DeployedDiff(CloudFormationClient cloudFormation) {
    this(cloudFormation, Optional.empty());
  }

  /** With {@code s3}, a stack recording a proxy config version is compared with the bucket. */
  public DeployedDiff(CloudFormationClient cloudFormation, Optional<S3Client> s3) {
    this.cloudFormation = cloudFormation;
    this.s3 = s3;
  }

  /** One entry per stack, in deploy order. */
  public List<StackDrift> compare(GeneratedStacks stacks) {
    StackWatcher watcher = new StackWatcher(cloudFormation,
        Polling.aws(), line -> { }, Redaction.none());
    List<StackDrift> report = new ArrayList<>();
    for (StackArtifact stack : stacks.deployOrder()) {
      List<String> differences = new ArrayList<>();
      Optional<Stack> deployed = watcher.describe(stack.stackName());
      if (deployed.isEmpty()) {
        differences.add("not deployed");
      } else {
        String status = deployed.get().stackStatusAsString();
        if (!HEALTHY.contains(status)) {
          differences.add("stack status is " + status);
        }
        String body = cloudFormation.getTemplate(r -> r
            .stackName(stack.stackName()).templateStage(TemplateStage.ORIGINAL)).templateBody();
        JsonNode deployedTemplate =
            GeneratedStacks.readTemplate("the template of " + stack.stackName(), body);
        compare("", deployedTemplate, stack.template(), differences);
        compareParameters(stack, deployed.get(), differences);
        if (stack.declares(CONFIG_VERSION_PARAMETER) && s3.isPresent()) {
          compareConfigVersion(stacks, deployed.get(), watcher, differences);
        }
      }
      report.add(new StackDrift(stack.stackName(), differences));
    }
    return report;
  }

  /**
   * The config object version the stack records against the bucket's current one: a different
   * one was uploaded and not deployed (or deployed by hand), so the running tasks may not be on
   * the recorded config after their next restart.
   */
  private void compareConfigVersion(GeneratedStacks stacks, Stack deployed, StackWatcher watcher,
      List<String> out) {
    Map<String, String> values = new LinkedHashMap<>();
    deployed.parameters().forEach(p -> values.put(p.parameterKey(), p.parameterValue()));
    String recorded = values.get(CONFIG_VERSION_PARAMETER);
    String key = values.get(CONFIG_KEY_PARAMETER);
    Optional<String> bucket = stacks.stacks().values().stream()
        .map(s -> watcher.describe(s.stackName()))
        .flatMap(Optional::stream)
        .flatMap(s -> s.outputs().stream())
        .filter(o -> o.outputKey().equals(CONFIG_BUCKET_OUTPUT))
        .map(o -> o.outputValue())
        .findFirst();
    if (bucket.isEmpty() || key == null) {
      out.add("proxy config: no deployed stack outputs " + CONFIG_BUCKET_OUTPUT
          + ", so the recorded version " + quote(recorded) + " cannot be checked");
      return;
    }
    String location = "s3://" + bucket.get() + "/" + key;
    String current;
    try {
      current = s3.orElseThrow().headObject(r -> r.bucket(bucket.get()).key(key)).versionId();
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      out.add("proxy config: " + location + " does not exist; the stack records "
          + quote(recorded));
      return;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() != 404) {
        throw e;
      }
      out.add("proxy config: " + location + " does not exist; the stack records "
          + quote(recorded));
      return;
    }
    if (!String.valueOf(current).equals(recorded)) {
      out.add("proxy config: the stack records version " + quote(recorded) + ", " + location
          + " is at " + quote(current) + " (uploaded but not deployed: run the config pipeline)");
    }
  }

  private static void compareParameters(StackArtifact stack, Stack deployed, List<String> out) {
    Map<String, String> values = new LinkedHashMap<>();
    deployed.parameters().forEach(p -> values.put(p.parameterKey(), p.parameterValue()));
    for (String key : stack.declaredParameters()) {
      if (!values.containsKey(key)) {
        out.add("parameter " + key + ": not set on the deployed stack");
        continue;
      }
      if (stack.isNoEcho(key) || key.equals(CONFIG_VERSION_PARAMETER)) {
        continue;
      }
      String expected = stack.parameters().get(key);
      String source = stack.parameterFile().toString();
      if (expected == null) {
        expected = stack.defaultValue(key).orElse(null);
        source = "template default";
      }
      String actual = values.get(key);
      if (expected == null) {
        out.add("parameter " + key + ": deployed " + quote(actual) + ", " + stack.parameterFile()
            + " gives no value and the template no default");
      } else if (!expected.equals(actual)) {
        out.add("parameter " + key + ": deployed " + quote(actual) + ", " + source + " "
            + quote(expected));
      }
    }
    for (String key : values.keySet()) {
      if (!stack.declares(key)) {
        out.add("parameter " + key + ": deployed, but " + stack.templateFile()
            + " no longer declares it");
      }
    }
  }

  /** Walks both documents and records every path where they differ. */
  static void compare(String path, JsonNode deployed, JsonNode generated, List<String> out) {
    if (deployed.isObject() && generated.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      generated.fieldNames().forEachRemaining(keys::add);
      deployed.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        if (!deployed.has(key)) {
          out.add(child + ": only in generated-templates/ " + shown(generated.get(key)));
        } else if (!generated.has(key)) {
          out.add(child + ": only in the deployed stack " + shown(deployed.get(key)));
        } else {
          compare(child, deployed.get(key), generated.get(key), out);
        }
      }
    } else if (deployed.isArray() && generated.isArray() && deployed.size() == generated.size()) {
      Iterator<JsonNode> left = deployed.elements();
      Iterator<JsonNode> right = generated.elements();
      for (int i = 0; left.hasNext(); i++) {
        compare(path + "[" + i + "]", left.next(), right.next(), out);
      }
    } else if (!deployed.equals(SAME_VALUE, generated)) {
      out.add((path.isEmpty() ? "template" : path) + ": deployed " + shown(deployed)
          + ", generated " + shown(generated));
    }
  }

  private static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }
}
