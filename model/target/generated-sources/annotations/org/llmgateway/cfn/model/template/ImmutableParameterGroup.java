package org.llmgateway.cfn.model.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ParameterGroup}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableParameterGroup.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableParameterGroup.of()}.
 */
@Generated(from = "ParameterGroup", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableParameterGroup implements ParameterGroup {
  private final String label;
  private final List<Parameter> parameters;

  private ImmutableParameterGroup(String label, Iterable<? extends Parameter> parameters) {
    this.label = Objects.requireNonNull(label, "label");
    this.parameters = createUnmodifiableList(false, createSafeList(parameters, true, false));
  }

  private ImmutableParameterGroup(
      ImmutableParameterGroup original,
      String label,
      List<Parameter> parameters) {
    this.label = label;
    this.parameters = parameters;
  }

  /**
   * @return The value of the {@code label} attribute
   */
  @Override
  public String label() {
    return label;
  }

  /**
   * @return The value of the {@code parameters} attribute
   */
  @Override
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ParameterGroup#label() label} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for label
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParameterGroup withLabel(String value) {
    String newValue = Objects.requireNonNull(value, "label");
    if (this.label.equals(newValue)) return this;
    return new ImmutableParameterGroup(this, newValue, this.parameters);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link ParameterGroup#parameters() parameters}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableParameterGroup withParameters(Parameter... elements) {
    List<Parameter> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableParameterGroup(this, this.label, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link ParameterGroup#parameters() parameters}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of parameters elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameterGroup withParameters(Iterable<? extends Parameter> elements) {
    if (this.parameters == elements) return this;
    List<Parameter> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableParameterGroup(this, this.label, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableParameterGroup} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableParameterGroup
        && equalsByValue((ImmutableParameterGroup) another);
  }

  private boolean equalsByValue(ImmutableParameterGroup another) {
    return label.equals(another.label)
        && parameters.equals(another.parameters);
  }

  /**
   * Computes a hash code from attributes: {@code label}, {@code parameters}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + label.hashCode();
    h += (h << 5) + parameters.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code ParameterGroup} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "ParameterGroup{"
        + "label=" + label
        + ", parameters=" + parameters
        + "}";
  }

  /**
   * Construct a new immutable {@code ParameterGroup} instance.
   * @param label The value for the {@code label} attribute
   * @param parameters The value for the {@code parameters} attribute
   * @return An immutable ParameterGroup instance
   */
  public static ParameterGroup of(String label, List<Parameter> parameters) {
    return of(label, (Iterable<? extends Parameter>) parameters);
  }

  /**
   * Construct a new immutable {@code ParameterGroup} instance.
   * @param label The value for the {@code label} attribute
   * @param parameters The value for the {@code parameters} attribute
   * @return An immutable ParameterGroup instance
   */
  public static ParameterGroup of(String label, Iterable<? extends Parameter> parameters) {
    return new ImmutableParameterGroup(label, parameters);
  }

  /**
   * Creates an immutable copy of a {@link ParameterGroup} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ParameterGroup instance
   */
  public static ParameterGroup copyOf(ParameterGroup instance) {
    if (instance instanceof ImmutableParameterGroup) {
      return (ImmutableParameterGroup) instance;
    }
    return ImmutableParameterGroup.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ParameterGroup ParameterGroup}.
   * <pre>
   * ImmutableParameterGroup.builder()
   *    .label(String) // required {@link ParameterGroup#label() label}
   *    .addParameters|addAllParameters(org.llmgateway.cfn.model.template.Parameter) // {@link ParameterGroup#parameters() parameters} elements
   *    .build();
   * </pre>
   * @return A new ParameterGroup builder
   */
  public static ImmutableParameterGroup.Builder builder() {
    return new ImmutableParameterGroup.Builder();
  }

  /**
   * Builds instances of type {@link ParameterGroup ParameterGroup}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ParameterGroup", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LABEL = 0x1L;
    private long initBits = 0x1L;

    private String label;
    private List<Parameter> parameters = new ArrayList<Parameter>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ParameterGroup} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ParameterGroup instance) {
      Objects.requireNonNull(instance, "instance");
      this.label(instance.label());
      addAllParameters(instance.parameters());
      return this;
    }

    /**
     * Initializes the value for the {@link ParameterGroup#label() label} attribute.
     * @param label The value for label 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      initBits &= ~INIT_BIT_LABEL;
      return this;
    }

    /**
     * Adds one element to {@link ParameterGroup#parameters() parameters} list.
     * @param element A parameters element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addParameters(Parameter element) {
      this.parameters.add(Objects.requireNonNull(element, "parameters element"));
      return this;
    }

    /**
     * Adds elements to {@link ParameterGroup#parameters() parameters} list.
     * @param elements An array of parameters elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addParameters(Parameter... elements) {
      for (Parameter element : elements) {
        this.parameters.add(Objects.requireNonNull(element, "parameters element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link ParameterGroup#parameters() parameters} list.
     * @param elements An iterable of parameters elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder parameters(Iterable<? extends Parameter> elements) {
      this.parameters.clear();
      return addAllParameters(elements);
    }

    /**
     * Adds elements to {@link ParameterGroup#parameters() parameters} list.
     * @param elements An iterable of parameters elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllParameters(Iterable<? extends Parameter> elements) {
      for (Parameter element : elements) {
        this.parameters.add(Objects.requireNonNull(element, "parameters element"));
      }
      return this;
    }

    /**
     * Builds a new {@link ParameterGroup ParameterGroup}.
     * @return An immutable instance of ParameterGroup
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ParameterGroup build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableParameterGroup(null, label, createUnmodifiableList(true, parameters));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LABEL) != 0) attributes.add("label");
      return "Cannot build ParameterGroup, some of required attributes are not set " + attributes;
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
