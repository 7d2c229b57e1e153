package org.llmgateway.cfn.generators.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The CloudFormation calls every operation shares: look a stack up, wait for it to settle while
 * printing its new events, and collect the events that explain a failure.
 */
final class StackWatcher {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CloudFormationClient cloudFormation;
  private final Polling polling;
  private final Consumer<String> progress;
  private final Redaction redaction;

  StackWatcher(CloudFormationClient cloudFormation, Polling polling, Consumer<String> progress,
      Redaction redaction) {
    this.cloudFormation = cloudFormation;
    this.polling = polling;
    this.progress = progress;
    this.redaction = redaction;
  }

  CloudFormationClient client() {
    return cloudFormation;
  }

  /**
   * The same watcher for the work of one stack: every line it prints starts with
   * {@code [stackName]}, a line of several lines is printed as several prefixed lines.
   */
  StackWatcher prefixed(String stackName) {
    return new StackWatcher(cloudFormation, polling,
        text -> text.lines().forEach(line -> progress.accept("[" + stackName + "] " + line)),
        redaction);
  }

  void say(String line) {
    progress.accept(redaction.apply(line));
  }

  String redactedMessage(String text) {
    return redaction.apply(text);
  }

  /** The stack, or empty when no stack of that name (or id) exists or it was deleted. */
  Optional<Stack> describe(String nameOrId) {
    try {
      List<Stack> stacks = cloudFormation.describeStacks(r -> r.stackName(nameOrId)).stacks();
      if (stacks.isEmpty() || stacks.get(0).stackStatusAsString().equals("DELETE_COMPLETE")) {
        return Optional.empty();
      }
      return Optional.of(stacks.get(0));
    } catch (CloudFormationException e) {
      if (doesNotExist(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  static boolean doesNotExist(CloudFormationException e) {
    return reason(e).contains("does not exist");
  }

  /**
   * CloudFormation's own message and error code, e.g. {@code Template format error: ...
   * [ValidationError]}. When the SDK could not parse them from the answer they are read from its
   * raw body, XML or the JSON error of another service passed through (as moto does); an answer
   * with neither (an HTTP 500 with an empty body) says so with its status and request id, never
   * just the SDK's "(Service: CloudFormation, Status Code: ...)".
   */
  static String reason(CloudFormationException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    String message = details == null ? null : details.errorMessage();
    String code = details == null ? null : details.errorCode();
    if (details != null && details.rawResponse() != null) {
      String raw = details.rawResponse().asUtf8String();
      message = blank(message) ? rawField(raw, "Message", "message") : message;
      code = blank(code) ? rawField(raw, "Code", "__type") : code;
    }
    if (blank(message)) {
      message = "CloudFormation answered HTTP " + e.statusCode() + " without a message"
          + (blank(e.requestId()) ? "" : " (request id " + e.requestId() + ")");
    }
    return blank(code) ? message : message + " [" + code + "]";
  }

  static boolean alreadyExists(CloudFormationException e) {
    return e instanceof AlreadyExistsException || reason(e).contains("[AlreadyExistsException]");
  }

  /**
   * ": " with the stack's StackStatusReason and the first failed resource's event (the root
   * cause; later ones are usually "Resource creation cancelled"), or "" when there is neither.
   */
  static String because(Stack stack, List<String> failedEvents) {
    List<String> reasons = new ArrayList<>();
    if (!blank(stack.stackStatusReason())) {
      reasons.add(stack.stackStatusReason().strip());
    }
    if (!failedEvents.isEmpty()) {
      reasons.add("first failure: " + failedEvents.get(0));
    }
    return reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
  }

  /** Whether the stack's events carry {@code token}: the call of this run made it. */
  boolean startedBy(String stackId, String token) {
    return eventsAfter(stackId, Optional.empty()).stream()
        .anyMatch(event -> token.equals(event.clientRequestToken()));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The text of an XML element, else the string field of a JSON object, else null. */
  private static String rawField(String raw, String element, String jsonField) {
    Matcher found = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(raw);
    if (found.find()) {
      return found.group(1).strip();
    }
    try {
      JsonNode field = JSON.readTree(raw).path(jsonField);
      return field.isTextual() ? field.asText() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static boolean noChanges(String message) {
    return message != null
        && (message.contains("didn't contain changes")
            || message.contains("No updates are to be performed"));
  }

  /** The id of the newest event of a stack, so that later only newer events are printed. */
  Optional<String> newestEventId(String stackId) {
    try {
      List<StackEvent> events =
          cloudFormation.describeStackEvents(r -> r.stackName(stackId)).stackEvents();
      return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0).eventId());
    } catch (CloudFormationException e) {
      if (doesNotExist(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Events newer than {@code afterEventId}, oldest first. Event ids, not clocks, mark the start,
   * so a skewed local clock cannot hide an event.
   */
  List<StackEvent> eventsAfter(String stackId, Optional<String> afterEventId) {
    List<StackEvent> newer = new ArrayList<>();
    try {
      outer:
      for (var page : cloudFormation.describeStackEventsPaginator(r -> r.stackName(stackId))) {
        for (StackEvent event : page.stackEvents()) {
          if (afterEventId.isPresent() && event.eventId().equals(afterEventId.get())) {
            break outer;
          }
          newer.add(event);
        }
      }
    } catch (CloudFormationException e) {
      if (!doesNotExist(e)) {
        throw e;
      }
    }
    Collections.reverse(newer);
    return newer;
  }

  /**
   * Polls the stack until its status no longer ends in _IN_PROGRESS (REVIEW_IN_PROGRESS counts as
   * still starting), printing each new event, and returns the settled stack; empty when it is
   * gone (deleted).
   */
  Optional<Stack> waitUntilSettled(String stackId, String stackName, Optional<String> lastEvent) {
    return waitUntilSettled(stackId, stackId, stackName, lastEvent);
  }

  /**
   * As above, with the stack looked up by {@code lookup} (its name, when waiting for a delete)
   * and its events read by {@code stackId}.
   */
  Optional<Stack> waitUntilSettled(String stackId, String lookup, String stackName,
      Optional<String> lastEvent) {
    Instant deadline = Instant.now().plus(polling.timeout());
    Optional<String> seen = lastEvent;
    while (true) {
      List<StackEvent> events = eventsAfter(stackId, seen);
      for (StackEvent event : events) {
        say("  " + stackName + "  " + describe(event));
      }
      if (!events.isEmpty()) {
        seen = Optional.of(events.get(events.size() - 1).eventId());
      }
      Optional<Stack> stack = describe(lookup);
      if (stack.isEmpty() || !stack.get().stackStatusAsString().endsWith("_IN_PROGRESS")) {
        return stack;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeployException(stackName + " is still " + stack.get().stackStatusAsString()
            + " after " + polling.timeout().toMinutes() + " min; stopped waiting (the operation "
            + "goes on in CloudFormation)");
      }
      pause();
    }
  }

  /** Polls a change set until CloudFormation has finished computing it. */
  DescribeChangeSetResponse waitForChangeSet(String changeSetId, String stackName) {
    Instant deadline = Instant.now().plus(polling.timeout());
    while (true) {
      var changeSet = cloudFormation.describeChangeSet(r -> r.changeSetName(changeSetId));
      String status = changeSet.statusAsString();
      if (!status.equals("CREATE_PENDING") && !status.equals("CREATE_IN_PROGRESS")) {
        return changeSet;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeployException("The change set of " + stackName + " is still " + status
            + " after " + polling.timeout().toMinutes() + " min");
      }
      pause();
    }
  }

  /** The failed resource events after {@code afterEventId}, one printable line each. */
  List<String> failures(String stackId, Optional<String> afterEventId) {
    return eventsAfter(stackId, afterEventId).stream()
        .filter(e -> e.resourceStatusAsString().endsWith("_FAILED"))
        .map(e -> redaction.apply(describe(e)))
        .toList();
  }

  private static String describe(StackEvent event) {
    String reason = event.resourceStatusReason();
    return event.logicalResourceId() + " (" + event.resourceType() + ") "
        + event.resourceStatusAsString() + (reason == null || reason.isBlank() ? "" : ": " + reason);
  }

  private void pause() {
    try {
      Thread.sleep(polling.interval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("Interrupted while waiting for CloudFormation");
    }
  }
}
