package org.llmgateway.cfn.generators.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Microsoft's Azure Pipelines schema (in-box tasks only), extended with the AWS Toolkit tasks the
 * pipelines use: each task's name and its inputs, read from the toolkit's own task.json files.
 */
final class PipelineSchema {

  /** The AWS Toolkit tasks, as pipelines name them (no "AWS" prefix on the CloudFormation ones). */
  static final List<String> AWS_TASKS = List.of("AWSCLI", "AWSShellScript",
      "CloudFormationCreateOrUpdateStack", "CloudFormationDeleteStack", "ECRPushImage");

  /** Every AWS task is version 1 in the toolkit release the reference data comes from. */
  static final String AWS_TASK_VERSION = "1";

  /** A value Azure DevOps replaces before the task sees it: ${{ }}, $( ) or $[ ]. */
  private static final String EXPRESSION = "^\\$(\\{\\{|\\(|\\[).*";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode extended;
  private final Map<String, JsonNode> taskDefinitions;

  private PipelineSchema(JsonNode extended, Map<String, JsonNode> taskDefinitions) {
    this.extended = extended;
    this.taskDefinitions = taskDefinitions;
  }

  static PipelineSchema load(Path reference) {
    JsonNode schema = readJson(reference.resolve("azure-pipelines/service-schema.json"));
    Map<String, JsonNode> tasks = new TreeMap<>();
    for (String task : AWS_TASKS) {
      tasks.put(task, readJson(
          reference.resolve("aws-toolkit-azure-devops-tasks/" + task + ".task.json")));
    }
    return new PipelineSchema(extend(schema.deepCopy(), tasks), tasks);
  }

  /** The task.json of an AWS task, e.g. for its input names. */
  JsonNode taskDefinition(String task) {
    return taskDefinitions.get(task);
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static JsonNode extend(JsonNode schema, Map<String, JsonNode> tasks) {
    ObjectNode task = (ObjectNode) schema.path("definitions").path("task");
    ArrayNode names = (ArrayNode) task.path("properties").path("task").path("anyOf");
    ArrayNode variants = (ArrayNode) task.path("anyOf");
    for (var entry : tasks.entrySet()) {
      String qualified = entry.getKey() + "@" + AWS_TASK_VERSION;
      names.addObject().put("description", entry.getValue().path("friendlyName").asText())
          .putArray("enum").add(qualified);
      variants.add(variant(qualified, entry.getValue()));
    }
    return schema;
  }

  private static ObjectNode variant(String qualified, JsonNode definition) {
    ObjectNode variant = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = variant.putObject("properties");
    properties.putObject("task").put("pattern", "^" + qualified + "$");
    ObjectNode inputs = properties.putObject("inputs");
    ObjectNode inputProperties = inputs.putObject("properties");
    inputs.put("additionalProperties", false);
    ArrayNode required = inputs.putArray("required");
    for (JsonNode input : definition.path("inputs")) {
      ObjectNode type = inputType(input);
      inputProperties.set(input.path("name").asText(), type);
      for (JsonNode alias : input.path("aliases")) {
        inputProperties.set(alias.asText(), type.deepCopy());
      }
      // Like Microsoft's generated entries: an input is required in YAML only when the task
      // requires it unconditionally and has no default to fall back on.
      boolean unconditional = input.path("visibleRule").asText("").isEmpty();
      boolean noDefault = input.path("defaultValue").asText("").isEmpty();
      if (input.path("required").asBoolean(false) && unconditional && noDefault) {
        required.add(input.path("name").asText());
      }
    }
    variant.putArray("firstProperty").add("task");
    ArrayNode requiredTop = variant.putArray("required").add("task");
    if (!required.isEmpty()) {
      requiredTop.add("inputs");
    }
    return variant;
  }

  private static ObjectNode inputType(JsonNode input) {
    ObjectNode type = JsonNodeFactory.instance.objectNode();
    ArrayNode anyOf = type.putArray("anyOf");
    switch (input.path("type").asText()) {
      case "boolean" -> anyOf.addObject().put("$ref", "#/definitions/boolean");
      case "pickList", "radio" -> {
        if (input.path("options").isObject() && !input.path("options").isEmpty()) {
          ArrayNode values = anyOf.addObject().putArray("enum");
          input.path("options").fieldNames().forEachRemaining(values::add);
        } else {
          anyOf.addObject().put("type", "string");
        }
      }
      default -> anyOf.addObject().put("type", "string");
    }
    anyOf.addObject().put("type", "string").put("pattern", EXPRESSION);
    return type;
  }

  /** Schema errors of one pipeline or template file; empty when it is valid. */
  List<String> validate(Path file) {
    JsonNode document = PipelineFiles.forSchema(PipelineFiles.read(file));
    Schema schema = schemaFor(document);
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(document)) {
      problems.add(PipelineFiles.relative(file) + " " + error.getInstanceLocation() + ": "
          + error.getMessage());
    }
    return problems;
  }

  /** A pipeline validates against the root; a template against the template kind it is. */
  private Schema schemaFor(JsonNode document) {
    ObjectNode root = (ObjectNode) extended.deepCopy();
    String kind = null;
    if (!document.has("trigger") && !document.has("pr") && !document.has("pool")) {
      if (document.has("steps")) {
        kind = "stepsTemplate";
      } else if (document.has("stages")) {
        kind = "stagesTemplate";
      } else if (document.has("jobs")) {
        kind = "jobsTemplate";
      }
    }
    if (kind != null) {
      root.putArray("oneOf").addObject().put("$ref", "#/definitions/" + kind);
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    return registry.getSchema(SchemaLocation.of("https://litellm-cfn.invalid/azure-pipelines"),
        root);
  }
}
