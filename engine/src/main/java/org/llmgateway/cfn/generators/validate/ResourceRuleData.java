package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data behind the resource-specific rules: value ranges, allowed values and CIDR properties
 * (resource-rules.json) and the RDS instance classes per engine (rds-instance-classes.json).
 * Each file is read the first time a template needs it, so a run without such resources pays
 * nothing.
 */
final class ResourceRuleData {

  private static final String FOLDER = "/org/llmgateway/cfn/generators/validate/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values of {@code paths} must lie in {@code minimum}..{@code maximum}. */
  record Range(Rule rule, List<String> paths, long minimum, long maximum) {}

  /** Values of {@code paths} must be one of {@code values}. */
  record Allowed(Rule rule, List<String> paths, Set<String> values, boolean ignoreCase) {}

  private final Map<String, List<Range>> ranges = new HashMap<>();
  private final Map<String, List<Allowed>> enums = new HashMap<>();
  private final Map<String, List<String>> cidrs = new HashMap<>();

  private static final class Rules {
    static final ResourceRuleData DATA = new ResourceRuleData(read("resource-rules.json"));
  }

  private static final class RdsClasses {
    static final Map<String, Set<String>> BY_ENGINE = byEngine(read("rds-instance-classes.json"));
    static final Set<String> ANY_ENGINE = union(BY_ENGINE);
  }

  private ResourceRuleData(JsonNode data) {
    for (JsonNode range : data.path("ranges")) {
      ranges.computeIfAbsent(range.path("type").asText(), t -> new ArrayList<>())
          .add(new Range(Rule.valueOf(range.path("rule").asText()), strings(range.path("paths")),
              range.path("minimum").asLong(), range.path("maximum").asLong()));
    }
    for (JsonNode allowed : data.path("enums")) {
      enums.computeIfAbsent(allowed.path("type").asText(), t -> new ArrayList<>())
          .add(new Allowed(Rule.valueOf(allowed.path("rule").asText()),
              strings(allowed.path("paths")), new TreeSet<>(strings(allowed.path("values"))),
              allowed.path("ignoreCase").asBoolean(false)));
    }
    for (JsonNode cidr : data.path("cidrs")) {
      cidrs.put(cidr.path("type").asText(), strings(cidr.path("paths")));
    }
  }

  static ResourceRuleData get() {
    return Rules.DATA;
  }

  List<Range> ranges(String type) {
    return ranges.getOrDefault(type, List.of());
  }

  List<Allowed> enums(String type) {
    return enums.getOrDefault(type, List.of());
  }

  List<String> cidrPaths(String type) {
    return cidrs.getOrDefault(type, List.of());
  }

  /**
   * The instance classes of {@code engine}, of every engine when it is null; null for an engine
   * the data lacks.
   */
  static Set<String> rdsInstanceClasses(String engine) {
    return engine == null ? RdsClasses.ANY_ENGINE : RdsClasses.BY_ENGINE.get(engine);
  }

  private static Map<String, Set<String>> byEngine(JsonNode data) {
    Map<String, Set<String>> classes = new HashMap<>();
    data.path("engines").properties().forEach(engine ->
        classes.put(engine.getKey(), Set.copyOf(strings(engine.getValue()))));
    return classes;
  }

  private static Set<String> union(Map<String, Set<String>> byEngine) {
    Set<String> all = new TreeSet<>();
    byEngine.values().forEach(all::addAll);
    return all;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static JsonNode read(String name) {
    try (InputStream in = ResourceRuleData.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + name);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + name, e);
    }
  }
}
