package org.llmgateway.cfn.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Tag}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableTag.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableTag.of()}.
 */
@Generated(from = "Tag", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableTag implements Tag {
  private final String key;
  private final Expr value;

  private ImmutableTag(String key, Expr value) {
    this.key = Objects.requireNonNull(key, "key");
    this.value = Objects.requireNonNull(value, "value");
  }

  private ImmutableTag(ImmutableTag original, String key, Expr value) {
    this.key = key;
    this.value = value;
  }

  /**
   * @return The value of the {@code key} attribute
   */
  @Override
  public String key() {
    return key;
  }

  /**
   * @return The value of the {@code value} attribute
   */
  @Override
  public Expr value() {
    return value;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Tag#key() key} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for key
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTag withKey(String value) {
    String newValue = Objects.requireNonNull(value, "key");
    if (this.key.equals(newValue)) return this;
    return new ImmutableTag(this, newValue, this.value);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Tag#value() value} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTag withValue(Expr value) {
    if (this.value == value) return this;
    Expr newValue = Objects.requireNonNull(value, "value");
    return new ImmutableTag(this, this.key, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTag} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTag
        && equalsByValue((ImmutableTag) another);
  }

  private boolean equalsByValue(ImmutableTag another) {
    return key.equals(another.key)
        && value.equals(another.value);
  }

  /**
   * Computes a hash code from attributes: {@code key}, {@code value}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + key.hashCode();
    h += (h << 5) + value.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Tag} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Tag{"
        + "key=" + key
        + ", value=" + value
        + "}";
  }

  /**
   * Construct a new immutable {@code Tag} instance.
   * @param key The value for the {@code key} attribute
   * @param value The value for the {@code value} attribute
   * @return An immutable Tag instance
   */
  public static Tag of(String key, Expr value) {
    return new ImmutableTag(key, value);
  }

  /**
   * Creates an immutable copy of a {@link Tag} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Tag instance
   */
  public static Tag copyOf(Tag instance) {
    if (instance instanceof ImmutableTag) {
      return (ImmutableTag) instance;
    }
    return ImmutableTag.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Tag Tag}.
   * <pre>
   * ImmutableTag.builder()
   *    .key(String) // required {@link Tag#key() key}
   *    .value(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Tag#value() value}
   *    .build();
   * </pre>
   * @return A new Tag builder
   */
  public static ImmutableTag.Builder builder() {
    return new ImmutableTag.Builder();
  }

  /**
   * Builds instances of type {@link Tag Tag}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Tag", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_KEY = 0x1L;
    private static final long INIT_BIT_VALUE = 0x2L;
    private long initBits = 0x3L;

    private String key;
    private Expr value;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Tag} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Tag instance) {
      Objects.requireNonNull(instance, "instance");
      this.key(instance.key());
      this.value(instance.value());
      return this;
    }

    /**
     * Initializes the value for the {@link Tag#key() key} attribute.
     * @param key The value for key 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key");
      initBits &= ~INIT_BIT_KEY;
      return this;
    }

    /**
     * Initializes the value for the {@link Tag#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder value(Expr value) {
      this.value = Objects.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Builds a new {@link Tag Tag}.
     * @return An immutable instance of Tag
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Tag build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableTag(null, key, value);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_KEY) != 0) attributes.add("key");
      if ((initBits & INIT_BIT_VALUE) != 0) attributes.add("value");
      return "Cannot build Tag, some of required attributes are not set " + attributes;
    }
  }
}
