package org.llmgateway.cfn.model.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link ExportName}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableExportName.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableExportName.of()}.
 */
@Generated(from = "ExportName", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableExportName implements ExportName {
  private final String stack;
  private final String name;

  private ImmutableExportName(String stack, String name) {
    this.stack = Objects.requireNonNull(stack, "stack");
    this.name = Objects.requireNonNull(name, "name");
  }

  private ImmutableExportName(ImmutableExportName original, String stack, String name) {
    this.stack = stack;
    this.name = name;
  }

  /**
   * @return The value of the {@code stack} attribute
   */
  @Override
  public String stack() {
    return stack;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ExportName#stack() stack} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for stack
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableExportName withStack(String value) {
    String newValue = Objects.requireNonNull(value, "stack");
    if (this.stack.equals(newValue)) return this;
    return validate(new ImmutableExportName(this, newValue, this.name));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link ExportName#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableExportName withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return validate(new ImmutableExportName(this, this.stack, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableExportName} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableExportName
        && equalsByValue((ImmutableExportName) another);
  }

  private boolean equalsByValue(ImmutableExportName another) {
    return stack.equals(another.stack)
        && name.equals(another.name);
  }

  /**
   * Computes a hash code from attributes: {@code stack}, {@code name}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + stack.hashCode();
    h += (h << 5) + name.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code ExportName} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "ExportName{"
        + "stack=" + stack
        + ", name=" + name
        + "}";
  }

  /**
   * Construct a new immutable {@code ExportName} instance.
   * @param stack The value for the {@code stack} attribute
   * @param name The value for the {@code name} attribute
   * @return An immutable ExportName instance
   */
  public static ExportName of(String stack, String name) {
    return validate(new ImmutableExportName(stack, name));
  }

  private static ImmutableExportName validate(ImmutableExportName instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link ExportName} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable ExportName instance
   */
  public static ExportName copyOf(ExportName instance) {
    if (instance instanceof ImmutableExportName) {
      return (ImmutableExportName) instance;
    }
    return ImmutableExportName.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link ExportName ExportName}.
   * <pre>
   * ImmutableExportName.builder()
   *    .stack(String) // required {@link ExportName#stack() stack}
   *    .name(String) // required {@link ExportName#name() name}
   *    .build();
   * </pre>
   * @return A new ExportName builder
   */
  public static ImmutableExportName.Builder builder() {
    return new ImmutableExportName.Builder();
  }

  /**
   * Builds instances of type {@link ExportName ExportName}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "ExportName", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_STACK = 0x1L;
    private static final long INIT_BIT_NAME = 0x2L;
    private long initBits = 0x3L;

    private String stack;
    private String name;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code ExportName} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(ExportName instance) {
      Objects.requireNonNull(instance, "instance");
      this.stack(instance.stack());
      this.name(instance.name());
      return this;
    }

    /**
     * Initializes the value for the {@link ExportName#stack() stack} attribute.
     * @param stack The value for stack 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder stack(String stack) {
      this.stack = Objects.requireNonNull(stack, "stack");
      initBits &= ~INIT_BIT_STACK;
      return this;
    }

    /**
     * Initializes the value for the {@link ExportName#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Builds a new {@link ExportName ExportName}.
     * @return An immutable instance of ExportName
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public ExportName build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableExportName.validate(new ImmutableExportName(null, stack, name));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_STACK) != 0) attributes.add("stack");
      if ((initBits & INIT_BIT_NAME) != 0) attributes.add("name");
      return "Cannot build ExportName, some of required attributes are not set " + attributes;
    }
  }
}
