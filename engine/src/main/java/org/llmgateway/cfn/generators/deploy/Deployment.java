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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Deploys checked-in stacks in dependency order, wave by wave ({@link
 * org.llmgateway.cfn.generators.validate.StackGraph#waves}): the stacks of one wave, which import
 * nothing from each other, deploy in parallel (at most {@link #PARALLEL_STACKS} at once), and a
 * wave starts when the one before it has succeeded. Each stack is created or updated (through a
 * change set unless {@link DeployMethod#DIRECT}), "no changes" counts as success, the run waits
 * for every stack to settle and prints its new events and outputs, every line of a stack's work
 * prefixed with {@code [stack name]} and printed whole. After a failure no further wave starts;
 * the stacks already running in the failed wave are waited for, and every failure is reported
 * with CloudFormation's own reasons.
 *
 * <p>All parameter values are resolved, missing ones reported, and every template checked
 * against the inline limit (or uploaded, see {@link #withTemplateBucket}) before the first stack
 * is touched, so a forgotten secret does not leave half an environment deployed; then every
 * {@link PreflightCheck} is asked, still before anything is touched. Each {@link StackRollout}
 * runs right before each stack, in that stack's thread (see {@link #withExtensions}).
 */
public final class Deployment {

  /** CloudFormation's limit for an inline TemplateBody; larger templates need S3. */
  static final int TEMPLATE_BODY_LIMIT = 51_200;

  private static final Set<String> SETTLED_OK =
      Set.of("CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE");

  /**
   * Stacks of one wave deployed at once. The widest wave of the five stacks has two; the bound
   * keeps a larger product within CloudFormation's API rate limits while it polls.
   */
  static final int PARALLEL_STACKS = 4;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CloudFormationClient cloudFormation;
  private final Polling polling;
  private final Consumer<String> progress;
  private final DeployExtensions extensions;
  private final AwsTarget target;
  private final Optional<TemplateBucket> templateBucket;

  /**
   * @param progress receives one whole line at a time, never two at once (calls are serialised
   *     here, so a plain list or {@code System.out::println} is safe while stacks run in parallel)
   */
  public Deployment(CloudFormationClient cloudFormation, Polling polling, Consumer<String> progress) {
    this(cloudFormation, polling, serialised(progress), DeployExtensions.none(),
        AwsTarget.defaults(), Optional.empty());
  }

  private Deployment(CloudFormationClient cloudFormation, Polling polling,
      Consumer<String> progress, DeployExtensions extensions, AwsTarget target,
      Optional<TemplateBucket> templateBucket) {
    this.cloudFormation = cloudFormation;
    this.polling = polling;
    this.progress = progress;
    this.extensions = extensions;
    this.target = target;
    this.templateBucket = templateBucket;
  }

  /**
   * The same deployment with pre-flight checks and rollout steps, which build their own clients
   * for {@code target} (the one {@code cloudFormation} was built for).
   */
  public Deployment withExtensions(DeployExtensions value, AwsTarget target) {
    return new Deployment(cloudFormation, polling, progress, value, target, templateBucket);
  }

  /**
   * The same deployment sending every template through {@code value} as TemplateURL, whatever
   * its size. Without a bucket, a template goes inline (as compact JSON when its YAML is over the
   * limit), and one over the limit even so is refused before anything is touched.
   */
  public Deployment withTemplateBucket(TemplateBucket value) {
    return new Deployment(cloudFormation, polling, progress, extensions, target,
        Optional.of(value));
  }

  private static Consumer<String> serialised(Consumer<String> progress) {
    Object lock = new Object();
    return line -> {
      synchronized (lock) {
        progress.accept(line);
      }
    };
  }

  /** How a template reaches CloudFormation: exactly one of the two is set. */
  private record TemplateSource(String body, String url) {}

  /** A stack with everything needed to send it. */
  private record Planned(StackArtifact stack, Optional<Stack> existing,
      List<Parameter> parameters, TemplateSource template) {}

  /**
   * Deploys the selected stacks of {@code stacks} wave by wave and returns one result per stack,
   * in deploy order.
   *
   * @throws DeployException when a stack fails (after the other stacks of its wave have
   *     settled); the stacks of later waves are not touched
   * @throws IllegalArgumentException for an unknown stack, an override no stack declares, or a
   *     parameter without a value
   */
  public List<StackResult> deploy(GeneratedStacks stacks, DeployOptions options) {
    List<List<StackArtifact>> waves = options.stacks().isEmpty()
        ? stacks.deployWaves(stacks.stacks().keySet()) : stacks.deployWaves(options.stacks());
    List<StackArtifact> order = waves.stream().flatMap(List::stream).toList();
    checkOverridesAreDeclared(order, options);
    Redaction redaction = new Redaction(secretValues(order, options));
    StackWatcher watcher = new StackWatcher(cloudFormation, polling, progress, redaction);

    Map<String, Planned> plan = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (StackArtifact stack : order) {
      Optional<Stack> existing = watcher.describe(stack.stackName());
      existing.ifPresent(s -> checkDeployable(stack, s));
      if (templateBucket.isEmpty()) {
        inlineBody(stack); // a template too large is refused now, not after earlier waves
      }
      plan.put(stack.name(), new Planned(stack, existing,
          parameters(stack, existing, options, missing), null));
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Parameters without a value (nothing was deployed):\n  "
          + String.join("\n  ", missing));
    }
    DeployPlan deployPlan = new DeployPlan(stacks.environment(), target, polling,
        plan.values().stream().map(p -> view(p.stack(), p.existing(), options)).toList(),
        watcher::say);
    for (PreflightCheck check : extensions.checks()) {
      check.check(deployPlan);
    }
    plan.replaceAll((name, planned) -> new Planned(planned.stack(), planned.existing(),
        planned.parameters(), source(planned.stack(), stacks.environment(), watcher)));
    watcher.say("Deploying " + waves.stream()
        .map(wave -> wave.stream().map(StackArtifact::stackName).toList().toString())
        .collect(Collectors.joining(", then "))
        + " (" + options.method() + "; the stacks of one wave in parallel)");
    List<StackResult> results = new ArrayList<>();
    for (int i = 0; i < waves.size(); i++) {
      List<Planned> wave = waves.get(i).stream().map(s -> plan.get(s.name())).toList();
      results.addAll(deployWave(wave, deployPlan, options, watcher,
          waves.subList(i + 1, waves.size()).stream().flatMap(List::stream)
              .map(StackArtifact::stackName).toList()));
    }
    return results;
  }

  /** The stacks of one wave at once, each with its own prefixed lines (see {@link Wave}). */
  private List<StackResult> deployWave(List<Planned> wave, DeployPlan deployPlan,
      DeployOptions options, StackWatcher watcher, List<String> later) {
    return Wave.run(wave.stream().map(planned -> {
      String stackName = planned.stack().stackName();
      StackWatcher own = watcher.prefixed(stackName);
      DeployPlan ownPlan = new DeployPlan(deployPlan.environment(), deployPlan.target(),
          deployPlan.polling(), deployPlan.stacks(), own::say);
      return new Wave.Task(stackName, () -> rollOut(planned, ownPlan, options, own));
    }).toList(), PARALLEL_STACKS, later, watcher::say);
  }

  /** The rollouts of one stack, then the stack itself, as it will be sent. */
  private StackResult rollOut(Planned planned, DeployPlan deployPlan, DeployOptions options,
      StackWatcher watcher) {
    StackArtifact stack = planned.stack();
    Optional<Stack> existing = planned.existing();
    for (StackRollout rollout : extensions.rollouts()) {
      Optional<Stack> before = existing;
      rollout.beforeDeploy(view(stack, before, options), deployPlan, values -> report(
          deployOne(planned, before, options.withOverrides(merged(options, values)), watcher),
          watcher));
      // as the rollout left it: it may have created or updated the stack
      existing = watcher.describe(stack.stackName());
    }
    return report(deployOne(planned, existing, options, watcher), watcher);
  }

  private StackResult deployOne(Planned planned, Optional<Stack> existing,
      DeployOptions options, StackWatcher watcher) {
    StackArtifact stack = planned.stack();
    // every value was found (or reported missing) before the first stack was touched
    planned = new Planned(stack, existing,
        parameters(stack, existing, options, new ArrayList<>()), planned.template());
    try {
      return options.method() == DeployMethod.CHANGE_SET
          ? withChangeSet(planned, watcher) : direct(planned, watcher);
    } catch (CloudFormationException e) {
      throw failure(stack, "CloudFormation refused a call", e, watcher);
    }
  }

  private static StackResult report(StackResult result, StackWatcher watcher) {
    watcher.say(result.outcome() + " (" + result.status() + ")");
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
    String token = requestToken();
    try {
      changeSetId = cloudFormation.createChangeSet(r -> r
          .stackName(stack.stackName())
          .changeSetName("litellm-cfn-" + System.currentTimeMillis())
          .clientToken(token)
          .changeSetType(create ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
          .templateBody(planned.template().body())
          .templateURL(planned.template().url())
          .parameters(planned.parameters())
          .capabilities(capabilities(stack))
          .description("litellm-cfn deploy of " + stack.templateFile())).id();
    } catch (CloudFormationException e) {
      if (!create && StackWatcher.noChanges(e.getMessage())) {
        return unchanged(stack, watcher);
      }
      if (create && StackWatcher.alreadyExists(e)) {
        throw alreadyExists(stack, "CreateChangeSet", e, watcher);
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
    String token = requestToken();
    try {
      if (create) {
        stackId = cloudFormation.createStack(r -> r
            .stackName(stack.stackName())
            .clientRequestToken(token)
            .templateBody(planned.template().body())
            .templateURL(planned.template().url())
            .parameters(planned.parameters())
            .capabilities(capabilities(stack))).stackId();
      } else {
        stackId = cloudFormation.updateStack(r -> r
            .stackName(stack.stackName())
            .clientRequestToken(token)
            .templateBody(planned.template().body())
            .templateURL(planned.template().url())
            .parameters(planned.parameters())
            .capabilities(capabilities(stack))).stackId();
      }
    } catch (CloudFormationException e) {
      if (!create && StackWatcher.noChanges(e.getMessage())) {
        return unchanged(stack, watcher);
      }
      if (!create || !StackWatcher.alreadyExists(e)) {
        throw failure(stack, create ? "CreateStack failed" : "UpdateStack failed", e, watcher);
      }
      // a retried CreateStack whose first attempt got through; AWS itself answers such a retry
      // with the stack id when the token matches, an emulator may not
      Optional<Stack> created = watcher.describe(stack.stackName());
      if (created.isEmpty() || !watcher.startedBy(created.get().stackId(), token)) {
        throw alreadyExists(stack, "CreateStack", e, watcher);
      }
      watcher.say("CreateStack was retried after an error answer, and its first attempt had "
          + "created the stack (its events carry this run's request token); waiting for it");
      stackId = created.get().stackId();
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
      List<String> failed = watcher.failures(existing.stackId(), lastEvent);
      throw new DeployException(stack.stackName() + " could not be deleted: "
          + after.get().stackStatusAsString() + StackWatcher.because(after.get(), failed), failed);
    }
  }

  private StackResult settle(StackArtifact stack, String stackId, boolean create,
      Optional<String> lastEvent, StackWatcher watcher) {
    Optional<Stack> settled = watcher.waitUntilSettled(stackId, stack.stackName(), lastEvent);
    String status = settled.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
    if (!SETTLED_OK.contains(status)) {
      List<String> failed = watcher.failures(stackId, lastEvent);
      throw new DeployException(watcher.redactedMessage(stack.stackName() + " ended in " + status
          + settled.map(s -> StackWatcher.because(s, failed)).orElse("")), failed);
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

  /**
   * A token that marks one call of this run, so CloudFormation tells the SDK's retry of it from
   * a second create (ClientRequestToken / ClientToken: letters, digits and hyphens).
   */
  private static String requestToken() {
    return "litellm-cfn-" + UUID.randomUUID();
  }

  /**
   * A create answered "already exists": after a retry (the first attempt's answer was lost or an
   * HTTP 5xx), that attempt created it; on a first attempt someone else did since this run
   * looked. Either way the stack as it is now says more than the error.
   */
  private static DeployException alreadyExists(StackArtifact stack, String call,
      CloudFormationException e, StackWatcher watcher) {
    Integer attempts = e.numAttempts();
    String cause = attempts != null && attempts > 1
        ? call + " was sent " + attempts + " times (the SDK retried after an error answer such as "
            + "HTTP 500) and the retry was answered \"" + StackWatcher.reason(e) + "\": the first "
            + "attempt had created the stack"
        : call + " was answered \"" + StackWatcher.reason(e) + "\": the stack was created by "
            + "someone else after this run looked";
    Optional<Stack> now = watcher.describe(stack.stackName());
    if (now.isEmpty()) {
      return new DeployException(watcher.redactedMessage(stack.stackName() + ": " + cause
          + ", and it is gone again; run deploy again"));
    }
    List<String> failed = watcher.failures(now.get().stackId(), Optional.empty());
    return new DeployException(watcher.redactedMessage(stack.stackName() + ": " + cause
        + ". It is now " + now.get().stackStatusAsString()
        + StackWatcher.because(now.get(), failed)
        + ". Run deploy again: it continues from the stack as it is"), failed);
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

  /** The template inline, or uploaded to the bucket and named by its URL. */
  private TemplateSource source(StackArtifact stack, String environment, StackWatcher watcher) {
    if (templateBucket.isPresent()) {
      String url = templateBucket.get().upload(environment, stack);
      watcher.say(stack.stackName() + ": template uploaded, sent as TemplateURL " + url);
      return new TemplateSource(null, url);
    }
    String body = inlineBody(stack);
    if (!body.equals(stack.templateBody())) {
      watcher.say(stack.stackName() + ": " + stack.templateFile() + " is over "
          + TEMPLATE_BODY_LIMIT + " bytes as YAML; sending the same template as compact JSON ("
          + body.getBytes(StandardCharsets.UTF_8).length + " bytes)");
    }
    return new TemplateSource(body, null);
  }

  /**
   * The checked-in YAML as it is; a template over the inline limit goes as compact JSON of the
   * same document, which CloudFormation treats identically.
   *
   * @throws IllegalArgumentException when even the JSON is over the limit, naming --s3-bucket
   */
  static String inlineBody(StackArtifact stack) {
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
          + " bytes); deploy it through an S3 bucket with --s3-bucket BUCKET (nothing was "
          + "deployed)");
    }
    return json;
  }
}
