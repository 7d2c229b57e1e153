package org.llmgateway.cfn.model.resource.cloudwatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Alarm.Dimension}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableDimension.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableDimension.of()}.
 */
@Generated(from = "Alarm.Dimension", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableDimension implements Alarm.Dimension {
  private final String name;
  private final Expr value;

  private ImmutableDimension(String name, Expr value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
  }

  private ImmutableDimension(ImmutableDimension original, String name, Expr value) {
    this.name = name;
    this.value = value;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code value} attribute
   */
  @Override
  public Expr value() {
    return value;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm.Dimension#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDimension withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableDimension(this, newValue, this.value);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm.Dimension#value() value} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDimension withValue(Expr value) {
    if (this.value == value) return this;
    Expr newValue = Objects.requireNonNull(value, "value");
    return new ImmutableDimension(this, this.name, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableDimension} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableDimension
        && equalsByValue((ImmutableDimension) another);
  }

  private boolean equalsByValue(ImmutableDimension another) {
    return name.equals(another.name)
        && value.equals(another.value);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code value}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + value.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Dimension} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Dimension{"
        + "name=" + name
        + ", value=" + value
        + "}";
  }

  /**
   * Construct a new immutable {@code Dimension} instance.
   * @param name The value for the {@code name} attribute
   * @param value The value for the {@code value} attribute
   * @return An immutable Dimension instance
   */
  public static Alarm.Dimension of(String name, Expr value) {
    return new ImmutableDimension(name, value);
  }

  /**
   * Creates an immutable copy of a {@link Alarm.Dimension} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Dimension instance
   */
  public static Alarm.Dimension copyOf(Alarm.Dimension instance) {
    if (instance instanceof ImmutableDimension) {
      return (ImmutableDimension) instance;
    }
    return ImmutableDimension.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Alarm.Dimension Dimension}.
   * <pre>
   * ImmutableDimension.builder()
   *    .name(String) // required {@link Alarm.Dimension#name() name}
   *    .value(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Alarm.Dimension#value() value}
   *    .build();
   * </pre>
   * @return A new Dimension builder
   */
  public static ImmutableDimension.Builder builder() {
    return new ImmutableDimension.Builder();
  }

  /**
   * Builds instances of type {@link Alarm.Dimension Dimension}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Alarm.Dimension", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_VALUE = 0x2L;
    private long initBits = 0x3L;

    private String name;
    private Expr value;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Dimension} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Alarm.Dimension instance) {
      Objects.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.value(instance.value());
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm.Dimension#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm.Dimension#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder value(Expr value) {
      this.value = Objects.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Builds a new {@link Alarm.Dimension Dimension}.
     * @return An immutable instance of Dimension
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Alarm.Dimension build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableDimension(null, name, value);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_NAME) != 0) attributes.add("name");
      if ((initBits & INIT_BIT_VALUE) != 0) attributes.add("value");
      return "Cannot build Dimension, some of required attributes are not set " + attributes;
    }
  }
}
