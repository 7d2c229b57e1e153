package org.llmgateway.cfn.model.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Conditional;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Condition}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableCondition.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableCondition.of()}.
 */
@Generated(from = "Condition", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableCondition implements Condition {
  private final String logicalId;
  private final Expr expression;

  private ImmutableCondition(String logicalId, Expr expression) {
    this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
    this.expression = Objects.requireNonNull(expression, "expression");
  }

  private ImmutableCondition(
      ImmutableCondition original,
      String logicalId,
      Expr expression) {
    this.logicalId = logicalId;
    this.expression = expression;
  }

  /**
   * @return The value of the {@code logicalId} attribute
   */
  @Override
  public String logicalId() {
    return logicalId;
  }

  /**
   * @return The value of the {@code expression} attribute
   */
  @Override
  public Expr expression() {
    return expression;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Condition#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCondition withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableCondition(this, newValue, this.expression);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Condition#expression() expression} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for expression
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCondition withExpression(Expr value) {
    if (this.expression == value) return this;
    Expr newValue = Objects.requireNonNull(value, "expression");
    return new ImmutableCondition(this, this.logicalId, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCondition} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCondition
        && equalsByValue((ImmutableCondition) another);
  }

  private boolean equalsByValue(ImmutableCondition another) {
    return logicalId.equals(another.logicalId)
        && expression.equals(another.expression);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code expression}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + logicalId.hashCode();
    h += (h << 5) + expression.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Condition} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Condition{"
        + "logicalId=" + logicalId
        + ", expression=" + expression
        + "}";
  }

  /**
   * Construct a new immutable {@code Condition} instance.
   * @param logicalId The value for the {@code logicalId} attribute
   * @param expression The value for the {@code expression} attribute
   * @return An immutable Condition instance
   */
  public static Condition of(String logicalId, Expr expression) {
    return new ImmutableCondition(logicalId, expression);
  }

  /**
   * Creates an immutable copy of a {@link Condition} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Condition instance
   */
  public static Condition copyOf(Condition instance) {
    if (instance instanceof ImmutableCondition) {
      return (ImmutableCondition) instance;
    }
    return ImmutableCondition.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Condition Condition}.
   * <pre>
   * ImmutableCondition.builder()
   *    .logicalId(String) // required {@link Condition#logicalId() logicalId}
   *    .expression(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Condition#expression() expression}
   *    .build();
   * </pre>
   * @return A new Condition builder
   */
  public static ImmutableCondition.Builder builder() {
    return new ImmutableCondition.Builder();
  }

  /**
   * Builds instances of type {@link Condition Condition}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Condition", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_EXPRESSION = 0x2L;
    private long initBits = 0x3L;

    private String logicalId;
    private Expr expression;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.intrinsic.Conditional} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Conditional instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.template.Condition} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Condition instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    private void mergeInternal(Object object) {
      long bits = 0;
      if (object instanceof Conditional) {
        Conditional instance = (Conditional) object;
        if ((bits & 0x1L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x1L;
        }
      }
      if (object instanceof Condition) {
        Condition instance = (Condition) object;
        if ((bits & 0x1L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x1L;
        }
        this.expression(instance.expression());
      }
    }

    /**
     * Initializes the value for the {@link Condition#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Condition#expression() expression} attribute.
     * @param expression The value for expression 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder expression(Expr expression) {
      this.expression = Objects.requireNonNull(expression, "expression");
      initBits &= ~INIT_BIT_EXPRESSION;
      return this;
    }

    /**
     * Builds a new {@link Condition Condition}.
     * @return An immutable instance of Condition
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Condition build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableCondition(null, logicalId, expression);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_EXPRESSION) != 0) attributes.add("expression");
      return "Cannot build Condition, some of required attributes are not set " + attributes;
    }
  }
}
