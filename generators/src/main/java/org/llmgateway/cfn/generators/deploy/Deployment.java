package org.llmgateway.cfn.generators.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Deploys checked-in stacks in dependency order: each stack is created or updated (through a
 * change set unless {@link DeployMethod#DIRECT}), "no changes" counts as success, the run waits
 * for every stack to settle, prints its new events and outputs, and stops at the first failure
 * with the failed events.
 *
 * <p>All parameter values are resolved, and missing ones reported, before the first stack is
 * touched, so a forgotten secret does not leave half an environment deployed; then every
 * {@link PreflightCheck} is asked, still before anything is touched. Each {@link StackRollout}
 * runs right before each stack (see {@link #withExtensions}).
 */
public final class Deployment {

  /** CloudFormation's limit for an inline TemplateBody; larger templates need S3. */
  static final int TEMPLATE_BODY_LIMIT = 51_200;

  private static final Set<String> SETTLED_OK =
      Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CloudFormationClient cloudFormation;
  private final Polling polling;
  private final Consumer<String> progress;
  private final DeployExtensions extensions;
  private final AwsTarget target;

  public Deployment(CloudFormationClient cloudFormation, Polling polling, Consumer<String> progress) {
    this(cloudFormation, polling, progress, DeployExtensions.none(), AwsTarget.defaults());
  }

  private Deployment(CloudFormationClient cloudFormation, Polling polling,
      Consumer<String> progress, DeployExtensions extensions, AwsTarget target) {
    this.cloudFormation = cloudFormation;
    this.polling = polling;
    this.progress = progress;
    this.extensions = extensions;
    this.target = target;
  }

  /**
   * The same deployment with pre-flight checks and rollout steps, which build their own clients
   * for {@code target} (the one {@code cloudFormation} was built for).
   */
  public Deployment withExtensions(DeployExtensions value, AwsTarget target) {
    return new Deployment(cloudFormation, polling, progress, value, target);
  }

  /** A stack with everything needed to send it. */
  private record Planned(
      StackArtifact stack, Optional<Stack> existing, List<Parameter> parameters) {}

  /**
   * Deploys the selected stacks of {@code stacks} in order and returns one result per stack.
   *
   * @throws DeployException when a stack fails; stacks after it are not touched
   * @throws IllegalArgumentException for an unknown stack, an override no stack declares, or a
   *     parameter without a value
   */
  public List<StackResult> deploy(GeneratedStacks stacks, DeployOptions options) {
    List<StackArtifact> order = options.stacks().isEmpty()
        ? stacks.deployOrder() : stacks.deployOrder(options.stacks());
    checkOverridesAreDeclared(order, options);
    Redaction redaction = new Redaction(secretValues(order, options));
    StackWatcher watcher = new StackWatcher(cloudFormation, polling, progress, redaction);

    List<Planned> plan = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (StackArtifact stack : order) {
      Optional<Stack> existing = watcher.describe(stack.stackName());
      existing.ifPresent(s -> checkDeployable(stack, s));
      plan.add(new Planned(stack, existing, parameters(stack, existing, options, missing)));
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Parameters without a value (nothing was deployed):\n  "
          + String.join("\n  ", missing));
    }
    DeployPlan deployPlan = new DeployPlan(stacks.environment(), target, polling,
        plan.stream().map(p -> view(p.stack(), p.existing(), options)).toList(), watcher::say);
    for (PreflightCheck check : extensions.checks()) {
      check.check(deployPlan);
    }
    watcher.say("Deploying " + order.stream().map(StackArtifact::stackName).toList()
        + " in this order (" + options.method() + ")");
    List<StackResult> results = new ArrayList<>();
    for (Planned planned : plan) {
      StackArtifact stack = planned.stack();
      Optional<Stack> existing = planned.existing();
      for (StackRollout rollout : extensions.rollouts()) {
        Optional<Stack> before = existing;
        rollout.beforeDeploy(view(stack, before, options), deployPlan, values -> report(
            deployOne(stack, before, options.withOverrides(merged(options, values)), watcher),
            watcher));
        // as the rollout left it: it may have created or updated the stack
        existing = watcher.describe(stack.stackName());
      }
      results.add(report(deployOne(stack, existing, options, watcher), watcher));
    }
    return results;
  }

  private StackResult deployOne(StackArtifact stack, Optional<Stack> existing,
      DeployOptions options, StackWatcher watcher) {
    // every value was found (or reported missing) before the first stack was touched
    Planned planned = new Planned(stack, existing,
        parameters(stack, existing, options, new ArrayList<>()));
    try {
      return options.method() == DeployMethod.CHANGE_SET
          ? withChangeSet(planned, watcher) : direct(planned, watcher);
    } catch (CloudFormationException e) {
      throw failure(stack, "CloudFormation refused a call", e, watcher);
    }
  }

  private static StackResult report(StackResult result, StackWatcher watcher) {
    watcher.say(result.stackName() + ": " + result.outcome() + " (" + result.status() + ")");
    result.outputs().forEach((key, value) -> watcher.say("    " + key + " = " + value));
    return result;
  }

  private static Map<String, String> merged(DeployOptions options, Map<String, String> values) {
    Map<String, String> merged = new LinkedHashMap<>(options.overrides());
    merged.putAll(values);
    return merged;
  }

  /** What the extensions see of a stack: the values it will be sent. */
  private static PlannedStack view(StackArtifact stack, Optional<Stack> existing,
      DeployOptions options) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : stack.declaredParameters()) {
      value(stack, key, options).or(() -> stack.defaultValue(key))
          .ifPresent(v -> values.put(key, v));
    }
    return new PlannedStack(stack, existing, values);
  }

  private static void checkOverridesAreDeclared(List<StackArtifact> order, DeployOptions options) {
    for (String key : options.overrides().keySet()) {
      if (order.stream().noneMatch(s -> s.declares(key))) {
        throw new IllegalArgumentException("--parameter " + key + ": none of the stacks "
            + order.stream().map(StackArtifact::name).toList() + " declares it");
      }
    }
  }

  /** Values given for NoEcho parameters, to be masked wherever text is printed. */
  private static Set<String> secretValues(List<StackArtifact> order, DeployOptions options) {
    Set<String> secrets = new TreeSet<>();
    for (StackArtifact stack : order) {
      for (String key : stack.declaredParameters()) {
        if (stack.isNoEcho(key)) {
          value(stack, key, options).ifPresent(secrets::add);
        }
      }
    }
    return secrets;
  }

  /** An override, else the parameter file, else CFN_PARAMETER_<Key> from the environment. */
  private static Optional<String> value(StackArtifact stack, String key, DeployOptions options) {
    String value = options.overrides().get(key);
    if (value == null) {
      value = stack.parameters().get(key);
    }
    if (value == null) {
      value = options.environmentVariables().get(DeployOptions.PARAMETER_VARIABLE_PREFIX + key);
    }
    return Optional.ofNullable(value);
  }

  /**
   * Every declared parameter gets a value, or takes its template default (what is checked in
   * wins over whatever an earlier override left), or, having neither, keeps its previous value on
   * an existing stack: how a secret given once survives later deploys.
   */
  private static List<Parameter> parameters(StackArtifact stack, Optional<Stack> existing,
      DeployOptions options, List<String> missing) {
    Set<String> previous = new TreeSet<>();
    existing.ifPresent(s -> s.parameters().forEach(p -> previous.add(p.parameterKey())));
    List<Parameter> parameters = new ArrayList<>();
    for (String key : stack.declaredParameters()) {
      Optional<String> value = value(stack, key, options);
      if (value.isPresent()) {
        parameters.add(Parameter.builder().parameterKey(key).parameterValue(value.get()).build());
      } else if (stack.defaultValue(key).isPresent()) {
        continue;
      } else if (previous.contains(key)) {
        parameters.add(Parameter.builder().parameterKey(key).usePreviousValue(true).build());
      } else {
        missing.add(stack.stackName() + ": " + key + " (pass --parameter " + key
            + "=... or set " + DeployOptions.PARAMETER_VARIABLE_PREFIX + key + ")");
      }
    }
    return parameters;
  }

  private static void checkDeployable(StackArtifact stack, Stack existing) {
    String status = existing.stackStatusAsString();
    if (status.endsWith("_IN_PROGRESS") && !status.equals("REVIEW_IN_PROGRESS")) {
      throw new DeployException(stack.stackName() + " is " + status
          + "; wait for that operation to finish, then deploy again");
    }
    if (status.equals("UPDATE_ROLLBACK_FAILED") || status.equals("DELETE_FAILED")
        || status.equals("ROLLBACK_FAILED")) {
      throw new DeployException(stack.stackName() + " is " + status
          + " and needs attention in the console (continue the rollback or delete it) first");
    }
  }

  private StackResult withChangeSet(Planned planned, StackWatcher watcher) {
    StackArtifact stack = planned.stack();
    Optional<Stack> existing = recreateIfRolledBack(planned, watcher);
    boolean create = existing.isEmpty()
        || existing.get().stackStatusAsString().equals("REVIEW_IN_PROGRESS");
    Optional<String> lastEvent = existing.flatMap(s -> watcher.newestEventId(s.stackId()));
    watcher.say("== " + stack.stackName() + " (" + stack.templateFile() + ", "
        + stack.parameterFile() + "): " + (create ? "creating" : "updating") + " with a change set");
    String changeSetId;
    try {
      changeSetId = cloudFormation.createChangeSet(r -> r
          .stackName(stack.stackName())
          .changeSetName("litellm-cfn-" + System.currentTimeMillis())
          .changeSetType(create ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
          .templateBody(templateBody(stack, watcher))
          .parameters(planned.parameters())
          .capabilities(capabilities(stack))
          .description("litellm-cfn deploy of " + stack.templateFile())).id();
    } catch (CloudFormationException e) {
      if (!create && StackWatcher.noChanges(e.getMessage())) {
        return unchanged(stack, watcher);
      }
      throw failure(stack, "CreateChangeSet failed", e, watcher);
    }
    var changeSet = watcher.waitForChangeSet(changeSetId, stack.stackName());
    if (changeSet.statusAsString().equals("FAILED")) {
      if (StackWatcher.noChanges(changeSet.statusReason())) {
        cloudFormation.deleteChangeSet(r -> r.changeSetName(changeSetId));
        return unchanged(stack, watcher);
      }
      throw new DeployException(watcher.redactedMessage(stack.stackName()
          + ": the change set failed: " + changeSet.statusReason()
          + " (change set " + changeSetId + " kept for inspection)"));
    }
    watcher.say("  " + changeSet.changes().size() + " resource change(s); executing");
    cloudFormation.executeChangeSet(r -> r.changeSetName(changeSetId));
    return settle(stack, changeSet.stackId(), create, lastEvent, watcher);
  }

  private StackResult direct(Planned planned, StackWatcher watcher) {
    StackArtifact stack = planned.stack();
    Optional<Stack> existing = recreateIfRolledBack(planned, watcher);
    boolean create = existing.isEmpty()
        || existing.get().stackStatusAsString().equals("REVIEW_IN_PROGRESS");
    if (create && existing.isPresent()) {
      // an abandoned CREATE change set leaves a REVIEW_IN_PROGRESS stack CreateStack cannot reuse
      delete(stack, existing.get(), watcher);
    }
    Optional<String> lastEvent =
        create ? Optional.empty() : watcher.newestEventId(existing.get().stackId());
    watcher.say("== " + stack.stackName() + " (" + stack.templateFile() + ", "
        + stack.parameterFile() + "): " + (create ? "CreateStack" : "UpdateStack"));
    String stackId;
    try {
      if (create) {
        stackId = cloudFormation.createStack(r -> r
            .stackName(stack.stackName())
            .templateBody(templateBody(stack, watcher))
            .parameters(planned.parameters())
            .capabilities(capabilities(stack))).stackId();
      } else {
        stackId = cloudFormation.updateStack(r -> r
            .stackName(stack.stackName())
            .templateBody(templateBody(stack, watcher))
            .parameters(planned.parameters())
            .capabilities(capabilities(stack))).stackId();
      }
    } catch (CloudFormationException e) {
      if (!create && StackWatcher.noChanges(e.getMessage())) {
        return unchanged(stack, watcher);
      }
      throw failure(stack, create ? "CreateStack failed" : "UpdateStack failed", e, watcher);
    }
    return settle(stack, stackId, create, lastEvent, watcher);
  }

  /** A stack whose first create failed cannot be updated; CloudFormation wants it deleted first. */
  private Optional<Stack> recreateIfRolledBack(Planned planned, StackWatcher watcher) {
    Optional<Stack> existing = planned.existing();
    if (existing.isPresent() && existing.get().stackStatusAsString().equals("ROLLBACK_COMPLETE")) {
      watcher.say(planned.stack().stackName() + " is ROLLBACK_COMPLETE after a failed create; "
          + "deleting it before creating it again");
      delete(planned.stack(), existing.get(), watcher);
      return Optional.empty();
    }
    return existing;
  }

  private void delete(StackArtifact stack, Stack existing, StackWatcher watcher) {
    Optional<String> lastEvent = watcher.newestEventId(existing.stackId());
    cloudFormation.deleteStack(r -> r.stackName(existing.stackId()));
    Optional<Stack> after = watcher.waitUntilSettled(existing.stackId(), stack.stackName(),
        stack.stackName(), lastEvent);
    if (after.isPresent()) {
      throw new DeployException(stack.stackName() + " could not be deleted: "
          + after.get().stackStatusAsString(), watcher.failures(existing.stackId(), lastEvent));
    }
  }

  private StackResult settle(StackArtifact stack, String stackId, boolean create,
      Optional<String> lastEvent, StackWatcher watcher) {
    Optional<Stack> settled = watcher.waitUntilSettled(stackId, stack.stackName(), lastEvent);
    String status = settled.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
    if (!SETTLED_OK.contains(status)) {
      throw new DeployException(stack.stackName() + " ended in " + status,
          watcher.failures(stackId, lastEvent));
    }
    return new StackResult(stack.stackName(),
        create ? StackResult.Outcome.CREATED : StackResult.Outcome.UPDATED, status,
        outputs(settled.get()));
  }

  private StackResult unchanged(StackArtifact stack, StackWatcher watcher) {
    watcher.say("== " + stack.stackName() + ": no changes");
    Stack current = watcher.describe(stack.stackName()).orElseThrow();
    return new StackResult(stack.stackName(), StackResult.Outcome.UNCHANGED,
        current.stackStatusAsString(), outputs(current));
  }

  private static Map<String, String> outputs(Stack stack) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output output : stack.outputs()) {
      outputs.put(output.outputKey(), output.outputValue());
    }
    return outputs;
  }

  private static DeployException failure(StackArtifact stack, String what,
      CloudFormationException e, StackWatcher watcher) {
    return new DeployException(watcher.redactedMessage(stack.stackName() + ": " + what + ": "
        + StackWatcher.reason(e)));
  }

  /**
   * The stacks create IAM roles but never name them (CloudFormation does), so CAPABILITY_IAM is
   * all they need; acknowledging NAMED_IAM too would let a custom-named role slip in unnoticed.
   * AUTO_EXPAND only where a transform asks for it, so a macro never runs unannounced.
   */
  private static List<Capability> capabilities(StackArtifact stack) {
    List<Capability> capabilities = new ArrayList<>(List.of(Capability.CAPABILITY_IAM));
    if (stack.hasTransform()) {
      capabilities.add(Capability.CAPABILITY_AUTO_EXPAND);
    }
    return capabilities;
  }

  /**
   * The checked-in YAML as it is; a template over the inline limit goes as compact JSON of the
   * same document, which CloudFormation treats identically.
   */
  static String templateBody(StackArtifact stack, StackWatcher watcher) {
    String yaml = stack.templateBody();
    if (yaml.getBytes(StandardCharsets.UTF_8).length <= TEMPLATE_BODY_LIMIT) {
      return yaml;
    }
    String json;
    try {
      json = JSON.writeValueAsString(stack.template());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    int size = json.getBytes(StandardCharsets.UTF_8).length;
    if (size > TEMPLATE_BODY_LIMIT) {
      throw new IllegalArgumentException(stack.templateFile() + " is over CloudFormation's "
          + TEMPLATE_BODY_LIMIT + "-byte TemplateBody limit even as compact JSON (" + size
          + " bytes)");
    }
    watcher.say("  " + stack.templateFile() + " is over " + TEMPLATE_BODY_LIMIT
        + " bytes as YAML; sending the same template as compact JSON (" + size + " bytes)");
    return json;
  }
}
