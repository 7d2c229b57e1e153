package org.llmgateway.cfn.model.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Template}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Template.Builder()}.
 */
@Generated(from = "Template", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableTemplate extends Template {
  private final String description;
  private final List<ParameterGroup> parameterGroups;
  private final List<Parameter> parameters;
  private final List<Mapping> mappings;
  private final List<Condition> conditions;
  private final List<String> transforms;
  private final List<Resource> resources;
  private final List<Output> outputs;

  private ImmutableTemplate(
      String description,
      List<ParameterGroup> parameterGroups,
      List<Parameter> parameters,
      List<Mapping> mappings,
      List<Condition> conditions,
      List<String> transforms,
      List<Resource> resources,
      List<Output> outputs) {
    this.description = description;
    this.parameterGroups = parameterGroups;
    this.parameters = parameters;
    this.mappings = mappings;
    this.conditions = conditions;
    this.transforms = transforms;
    this.resources = resources;
    this.outputs = outputs;
  }

  /**
   * @return The value of the {@code description} attribute
   */
  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * @return The value of the {@code parameterGroups} attribute
   */
  @Override
  public List<ParameterGroup> parameterGroups() {
    return parameterGroups;
  }

  /**
   * @return The value of the {@code parameters} attribute
   */
  @Override
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * @return The value of the {@code mappings} attribute
   */
  @Override
  public List<Mapping> mappings() {
    return mappings;
  }

  /**
   * @return The value of the {@code conditions} attribute
   */
  @Override
  public List<Condition> conditions() {
    return conditions;
  }

  /**
   * @return The value of the {@code transforms} attribute
   */
  @Override
  public List<String> transforms() {
    return transforms;
  }

  /**
   * @return The value of the {@code resources} attribute
   */
  @Override
  public List<Resource> resources() {
    return resources;
  }

  /**
   * @return The value of the {@code outputs} attribute
   */
  @Override
  public List<Output> outputs() {
    return outputs;
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Template#description() description} attribute.
   * @param value The value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withDescription(String value) {
    String newValue = Objects.requireNonNull(value, "description");
    if (Objects.equals(this.description, newValue)) return this;
    return validate(new ImmutableTemplate(
        newValue,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Template#description() description} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.description, value)) return this;
    return validate(new ImmutableTemplate(
        value,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#parameterGroups() parameterGroups}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withParameterGroups(ParameterGroup... elements) {
    List<ParameterGroup> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        newValue,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#parameterGroups() parameterGroups}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of parameterGroups elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withParameterGroups(Iterable<? extends ParameterGroup> elements) {
    if (this.parameterGroups == elements) return this;
    List<ParameterGroup> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        newValue,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#parameters() parameters}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withParameters(Parameter... elements) {
    List<Parameter> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        newValue,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#parameters() parameters}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of parameters elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withParameters(Iterable<? extends Parameter> elements) {
    if (this.parameters == elements) return this;
    List<Parameter> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        newValue,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#mappings() mappings}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withMappings(Mapping... elements) {
    List<Mapping> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        newValue,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#mappings() mappings}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of mappings elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withMappings(Iterable<? extends Mapping> elements) {
    if (this.mappings == elements) return this;
    List<Mapping> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        newValue,
        this.conditions,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#conditions() conditions}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withConditions(Condition... elements) {
    List<Condition> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        newValue,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#conditions() conditions}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of conditions elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withConditions(Iterable<? extends Condition> elements) {
    if (this.conditions == elements) return this;
    List<Condition> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        newValue,
        this.transforms,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#transforms() transforms}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withTransforms(String... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        newValue,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#transforms() transforms}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of transforms elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withTransforms(Iterable<String> elements) {
    if (this.transforms == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        newValue,
        this.resources,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#resources() resources}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withResources(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        newValue,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#resources() resources}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of resources elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withResources(Iterable<? extends Resource> elements) {
    if (this.resources == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        newValue,
        this.outputs));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#outputs() outputs}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableTemplate withOutputs(Output... elements) {
    List<Output> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Template#outputs() outputs}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of outputs elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTemplate withOutputs(Iterable<? extends Output> elements) {
    if (this.outputs == elements) return this;
    List<Output> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableTemplate(
        this.description,
        this.parameterGroups,
        this.parameters,
        this.mappings,
        this.conditions,
        this.transforms,
        this.resources,
        newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTemplate} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTemplate
        && equalsByValue((ImmutableTemplate) another);
  }

  private boolean equalsByValue(ImmutableTemplate another) {
    return Objects.equals(description, another.description)
        && parameterGroups.equals(another.parameterGroups)
        && parameters.equals(another.parameters)
        && mappings.equals(another.mappings)
        && conditions.equals(another.conditions)
        && transforms.equals(another.transforms)
        && resources.equals(another.resources)
        && outputs.equals(another.outputs);
  }

  /**
   * Computes a hash code from attributes: {@code description}, {@code parameterGroups}, {@code parameters}, {@code mappings}, {@code conditions}, {@code transforms}, {@code resources}, {@code outputs}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + Objects.hashCode(description);
    h += (h << 5) + parameterGroups.hashCode();
    h += (h << 5) + parameters.hashCode();
    h += (h << 5) + mappings.hashCode();
    h += (h << 5) + conditions.hashCode();
    h += (h << 5) + transforms.hashCode();
    h += (h << 5) + resources.hashCode();
    h += (h << 5) + outputs.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Template} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Template{");
    if (description != null) {
      builder.append("description=").append(description);
    }
    if (builder.length() > 9) builder.append(", ");
    builder.append("parameterGroups=").append(parameterGroups);
    builder.append(", ");
    builder.append("parameters=").append(parameters);
    builder.append(", ");
    builder.append("mappings=").append(mappings);
    builder.append(", ");
    builder.append("conditions=").append(conditions);
    builder.append(", ");
    builder.append("transforms=").append(transforms);
    builder.append(", ");
    builder.append("resources=").append(resources);
    builder.append(", ");
    builder.append("outputs=").append(outputs);
    return builder.append("}").toString();
  }

  private static ImmutableTemplate validate(ImmutableTemplate instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Template} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Template instance
   */
  public static Template copyOf(Template instance) {
    if (instance instanceof ImmutableTemplate) {
      return (ImmutableTemplate) instance;
    }
    return new Template.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Template Template}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Template", generator = "Immutables")
  public static class Builder {
    private String description;
    private List<ParameterGroup> parameterGroups = new ArrayList<ParameterGroup>();
    private List<Parameter> parameters = new ArrayList<Parameter>();
    private List<Mapping> mappings = new ArrayList<Mapping>();
    private List<Condition> conditions = new ArrayList<Condition>();
    private List<String> transforms = new ArrayList<String>();
    private List<Resource> resources = new ArrayList<Resource>();
    private List<Output> outputs = new ArrayList<Output>();

    /**
     * Creates a builder for {@link Template Template} instances.
     * <pre>
     * new Template.Builder()
     *    .description(Optional&lt;String&gt;) // optional {@link Template#description() description}
     *    .addParameterGroups|addAllParameterGroups(org.llmgateway.cfn.model.template.ParameterGroup) // {@link Template#parameterGroups() parameterGroups} elements
     *    .addParameters|addAllParameters(org.llmgateway.cfn.model.template.Parameter) // {@link Template#parameters() parameters} elements
     *    .addMappings|addAllMappings(org.llmgateway.cfn.model.template.Mapping) // {@link Template#mappings() mappings} elements
     *    .addConditions|addAllConditions(org.llmgateway.cfn.model.template.Condition) // {@link Template#conditions() conditions} elements
     *    .addTransforms|addAllTransforms(String) // {@link Template#transforms() transforms} elements
     *    .addResources|addAllResources(org.llmgateway.cfn.model.template.Resource) // {@link Template#resources() resources} elements
     *    .addOutputs|addAllOutputs(org.llmgateway.cfn.model.template.Output) // {@link Template#outputs() outputs} elements
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Template.Builder)) {
        throw new UnsupportedOperationException("Use: new Template.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Template} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder from(Template instance) {
      Objects.requireNonNull(instance, "instance");
      Optional<String> descriptionOptional = instance.description();
      if (descriptionOptional.isPresent()) {
        description(descriptionOptional);
      }
      addAllParameterGroups(instance.parameterGroups());
      addAllParameters(instance.parameters());
      addAllMappings(instance.mappings());
      addAllConditions(instance.conditions());
      addAllTransforms(instance.transforms());
      addAllResources(instance.resources());
      addAllOutputs(instance.outputs());
      return (Template.Builder) this;
    }

    /**
     * Initializes the optional value {@link Template#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for chained invocation
     */
    public final Template.Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return (Template.Builder) this;
    }

    /**
     * Initializes the optional value {@link Template#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder description(Optional<String> description) {
      this.description = description.orElse(null);
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#parameterGroups() parameterGroups} list.
     * @param element A parameterGroups element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addParameterGroups(ParameterGroup element) {
      this.parameterGroups.add(Objects.requireNonNull(element, "parameterGroups element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#parameterGroups() parameterGroups} list.
     * @param elements An array of parameterGroups elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addParameterGroups(ParameterGroup... elements) {
      for (ParameterGroup element : elements) {
        this.parameterGroups.add(Objects.requireNonNull(element, "parameterGroups element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#parameterGroups() parameterGroups} list.
     * @param elements An iterable of parameterGroups elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder parameterGroups(Iterable<? extends ParameterGroup> elements) {
      this.parameterGroups.clear();
      return addAllParameterGroups(elements);
    }

    /**
     * Adds elements to {@link Template#parameterGroups() parameterGroups} list.
     * @param elements An iterable of parameterGroups elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllParameterGroups(Iterable<? extends ParameterGroup> elements) {
      for (ParameterGroup element : elements) {
        this.parameterGroups.add(Objects.requireNonNull(element, "parameterGroups element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#parameters() parameters} list.
     * @param element A parameters element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addParameters(Parameter element) {
      this.parameters.add(Objects.requireNonNull(element, "parameters element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#parameters() parameters} list.
     * @param elements An array of parameters elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addParameters(Parameter... elements) {
      for (Parameter element : elements) {
        this.parameters.add(Objects.requireNonNull(element, "parameters element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#parameters() parameters} list.
     * @param elements An iterable of parameters elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder parameters(Iterable<? extends Parameter> elements) {
      this.parameters.clear();
      return addAllParameters(elements);
    }

    /**
     * Adds elements to {@link Template#parameters() parameters} list.
     * @param elements An iterable of parameters elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllParameters(Iterable<? extends Parameter> elements) {
      for (Parameter element : elements) {
        this.parameters.add(Objects.requireNonNull(element, "parameters element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#mappings() mappings} list.
     * @param element A mappings element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addMappings(Mapping element) {
      this.mappings.add(Objects.requireNonNull(element, "mappings element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#mappings() mappings} list.
     * @param elements An array of mappings elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addMappings(Mapping... elements) {
      for (Mapping element : elements) {
        this.mappings.add(Objects.requireNonNull(element, "mappings element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#mappings() mappings} list.
     * @param elements An iterable of mappings elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder mappings(Iterable<? extends Mapping> elements) {
      this.mappings.clear();
      return addAllMappings(elements);
    }

    /**
     * Adds elements to {@link Template#mappings() mappings} list.
     * @param elements An iterable of mappings elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllMappings(Iterable<? extends Mapping> elements) {
      for (Mapping element : elements) {
        this.mappings.add(Objects.requireNonNull(element, "mappings element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#conditions() conditions} list.
     * @param element A conditions element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addConditions(Condition element) {
      this.conditions.add(Objects.requireNonNull(element, "conditions element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#conditions() conditions} list.
     * @param elements An array of conditions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addConditions(Condition... elements) {
      for (Condition element : elements) {
        this.conditions.add(Objects.requireNonNull(element, "conditions element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#conditions() conditions} list.
     * @param elements An iterable of conditions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder conditions(Iterable<? extends Condition> elements) {
      this.conditions.clear();
      return addAllConditions(elements);
    }

    /**
     * Adds elements to {@link Template#conditions() conditions} list.
     * @param elements An iterable of conditions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllConditions(Iterable<? extends Condition> elements) {
      for (Condition element : elements) {
        this.conditions.add(Objects.requireNonNull(element, "conditions element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#transforms() transforms} list.
     * @param element A transforms element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addTransforms(String element) {
      this.transforms.add(Objects.requireNonNull(element, "transforms element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#transforms() transforms} list.
     * @param elements An array of transforms elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addTransforms(String... elements) {
      for (String element : elements) {
        this.transforms.add(Objects.requireNonNull(element, "transforms element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#transforms() transforms} list.
     * @param elements An iterable of transforms elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder transforms(Iterable<String> elements) {
      this.transforms.clear();
      return addAllTransforms(elements);
    }

    /**
     * Adds elements to {@link Template#transforms() transforms} list.
     * @param elements An iterable of transforms elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllTransforms(Iterable<String> elements) {
      for (String element : elements) {
        this.transforms.add(Objects.requireNonNull(element, "transforms element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#resources() resources} list.
     * @param element A resources element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addResources(Resource element) {
      this.resources.add(Objects.requireNonNull(element, "resources element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#resources() resources} list.
     * @param elements An array of resources elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addResources(Resource... elements) {
      for (Resource element : elements) {
        this.resources.add(Objects.requireNonNull(element, "resources element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#resources() resources} list.
     * @param elements An iterable of resources elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder resources(Iterable<? extends Resource> elements) {
      this.resources.clear();
      return addAllResources(elements);
    }

    /**
     * Adds elements to {@link Template#resources() resources} list.
     * @param elements An iterable of resources elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllResources(Iterable<? extends Resource> elements) {
      for (Resource element : elements) {
        this.resources.add(Objects.requireNonNull(element, "resources element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Adds one element to {@link Template#outputs() outputs} list.
     * @param element A outputs element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addOutputs(Output element) {
      this.outputs.add(Objects.requireNonNull(element, "outputs element"));
      return (Template.Builder) this;
    }

    /**
     * Adds elements to {@link Template#outputs() outputs} list.
     * @param elements An array of outputs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addOutputs(Output... elements) {
      for (Output element : elements) {
        this.outputs.add(Objects.requireNonNull(element, "outputs element"));
      }
      return (Template.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Template#outputs() outputs} list.
     * @param elements An iterable of outputs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder outputs(Iterable<? extends Output> elements) {
      this.outputs.clear();
      return addAllOutputs(elements);
    }

    /**
     * Adds elements to {@link Template#outputs() outputs} list.
     * @param elements An iterable of outputs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Template.Builder addAllOutputs(Iterable<? extends Output> elements) {
      for (Output element : elements) {
        this.outputs.add(Objects.requireNonNull(element, "outputs element"));
      }
      return (Template.Builder) this;
    }

    /**
     * Builds a new {@link Template Template}.
     * @return An immutable instance of Template
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Template build() {
      return ImmutableTemplate.validate(new ImmutableTemplate(
          description,
          createUnmodifiableList(true, parameterGroups),
          createUnmodifiableList(true, parameters),
          createUnmodifiableList(true, mappings),
          createUnmodifiableList(true, conditions),
          createUnmodifiableList(true, transforms),
          createUnmodifiableList(true, resources),
          createUnmodifiableList(true, outputs)));
    }
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) Objects.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }
}
