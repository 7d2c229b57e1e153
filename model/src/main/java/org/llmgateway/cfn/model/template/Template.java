package org.llmgateway.cfn.model.template;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;

/** A whole CloudFormation template, in the order its sections are written. */
@Value.Immutable
@CfnStyle
public abstract class Template {

  public static final String FORMAT_VERSION = "2010-09-09";

  public abstract Optional<String> description();

  /** Console grouping of the parameters; parameter labels come from each {@link Parameter}. */
  public abstract List<ParameterGroup> parameterGroups();

  public abstract List<Parameter> parameters();

  public abstract List<Mapping> mappings();

  public abstract List<Condition> conditions();

  public abstract List<String> transforms();

  public abstract List<Resource> resources();

  public abstract List<Output> outputs();

  public static Builder builder() {
    return new Builder();
  }

  /** The resources of one model type, in template order (e.g. every {@code Alarm}). */
  public <R extends Resource> List<R> resources(Class<R> type) {
    return resources().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The resource of that type and logical id, if the template has it. */
  public <R extends Resource> Optional<R> resource(Class<R> type, String logicalId) {
    return resources(type).stream().filter(r -> r.logicalId().equals(logicalId)).findFirst();
  }

  /** Adds return the added object, so a generator can keep it to refer to it. */
  public static class Builder extends ImmutableTemplate.Builder {
    public <R extends Resource> R add(R resource) {
      addResources(resource);
      return resource;
    }

    public Parameter add(Parameter parameter) {
      addParameters(parameter);
      return parameter;
    }

    public Condition add(Condition condition) {
      addConditions(condition);
      return condition;
    }

    public Mapping add(Mapping mapping) {
      addMappings(mapping);
      return mapping;
    }

    public Output add(Output output) {
      addOutputs(output);
      return output;
    }
  }

  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    for (var id :
        concat(
            parameters().stream().map(Parameter::logicalId).toList(),
            resources().stream().map(Resource::logicalId).toList(),
            conditions().stream().map(Condition::logicalId).toList(),
            mappings().stream().map(Mapping::logicalId).toList())) {
      if (!ids.add(id)) {
        throw new IllegalStateException("Logical id '" + id + "' is used twice in the template");
      }
    }
    Set<String> outputIds = new HashSet<>();
    for (Output output : outputs()) {
      if (!outputIds.add(output.logicalId())) {
        throw new IllegalStateException("Output '" + output.logicalId() + "' is declared twice");
      }
    }
    for (Resource resource : resources()) {
      if (!resource.logicalId().matches("[A-Za-z0-9]{1,255}")) {
        throw new IllegalStateException(
            "Resource logical id '" + resource.logicalId() + "' must be alphanumeric");
      }
    }
  }

  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
