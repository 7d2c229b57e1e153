package org.llmgateway.cfn.model.resource.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Function.LoggingConfig}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableLoggingConfig.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableLoggingConfig.of()}.
 */
@Generated(from = "Function.LoggingConfig", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableLoggingConfig
    implements Function.LoggingConfig {
  private final Expr logGroup;

  private ImmutableLoggingConfig(Expr logGroup) {
    this.logGroup = Objects.requireNonNull(logGroup, "logGroup");
  }

  private ImmutableLoggingConfig(ImmutableLoggingConfig original, Expr logGroup) {
    this.logGroup = logGroup;
  }

  /**
   * @return The value of the {@code logGroup} attribute
   */
  @Override
  public Expr logGroup() {
    return logGroup;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Function.LoggingConfig#logGroup() logGroup} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logGroup
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableLoggingConfig withLogGroup(Expr value) {
    if (this.logGroup == value) return this;
    Expr newValue = Objects.requireNonNull(value, "logGroup");
    return new ImmutableLoggingConfig(this, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableLoggingConfig} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableLoggingConfig
        && equalsByValue((ImmutableLoggingConfig) another);
  }

  private boolean equalsByValue(ImmutableLoggingConfig another) {
    return logGroup.equals(another.logGroup);
  }

  /**
   * Computes a hash code from attributes: {@code logGroup}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + logGroup.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code LoggingConfig} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "LoggingConfig{"
        + "logGroup=" + logGroup
        + "}";
  }

  /**
   * Construct a new immutable {@code LoggingConfig} instance.
   * @param logGroup The value for the {@code logGroup} attribute
   * @return An immutable LoggingConfig instance
   */
  public static Function.LoggingConfig of(Expr logGroup) {
    return new ImmutableLoggingConfig(logGroup);
  }

  /**
   * Creates an immutable copy of a {@link Function.LoggingConfig} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable LoggingConfig instance
   */
  public static Function.LoggingConfig copyOf(Function.LoggingConfig instance) {
    if (instance instanceof ImmutableLoggingConfig) {
      return (ImmutableLoggingConfig) instance;
    }
    return ImmutableLoggingConfig.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Function.LoggingConfig LoggingConfig}.
   * <pre>
   * ImmutableLoggingConfig.builder()
   *    .logGroup(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Function.LoggingConfig#logGroup() logGroup}
   *    .build();
   * </pre>
   * @return A new LoggingConfig builder
   */
  public static ImmutableLoggingConfig.Builder builder() {
    return new ImmutableLoggingConfig.Builder();
  }

  /**
   * Builds instances of type {@link Function.LoggingConfig LoggingConfig}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Function.LoggingConfig", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOG_GROUP = 0x1L;
    private long initBits = 0x1L;

    private Expr logGroup;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code LoggingConfig} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Function.LoggingConfig instance) {
      Objects.requireNonNull(instance, "instance");
      this.logGroup(instance.logGroup());
      return this;
    }

    /**
     * Initializes the value for the {@link Function.LoggingConfig#logGroup() logGroup} attribute.
     * @param logGroup The value for logGroup 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logGroup(Expr logGroup) {
      this.logGroup = Objects.requireNonNull(logGroup, "logGroup");
      initBits &= ~INIT_BIT_LOG_GROUP;
      return this;
    }

    /**
     * Builds a new {@link Function.LoggingConfig LoggingConfig}.
     * @return An immutable instance of LoggingConfig
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Function.LoggingConfig build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableLoggingConfig(null, logGroup);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOG_GROUP) != 0) attributes.add("logGroup");
      return "Cannot build LoggingConfig, some of required attributes are not set " + attributes;
    }
  }
}
