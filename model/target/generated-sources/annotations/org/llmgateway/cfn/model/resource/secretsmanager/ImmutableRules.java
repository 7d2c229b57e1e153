package org.llmgateway.cfn.model.resource.secretsmanager;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link RotationSchedule.Rules}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRules.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableRules.of()}.
 */
@Generated(from = "RotationSchedule.Rules", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableRules
    implements RotationSchedule.Rules {
  private final Expr automaticallyAfterDays;

  private ImmutableRules(Expr automaticallyAfterDays) {
    this.automaticallyAfterDays = Objects.requireNonNull(automaticallyAfterDays, "automaticallyAfterDays");
  }

  private ImmutableRules(ImmutableRules original, Expr automaticallyAfterDays) {
    this.automaticallyAfterDays = automaticallyAfterDays;
  }

  /**
   * @return The value of the {@code automaticallyAfterDays} attribute
   */
  @Override
  public Expr automaticallyAfterDays() {
    return automaticallyAfterDays;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RotationSchedule.Rules#automaticallyAfterDays() automaticallyAfterDays} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for automaticallyAfterDays
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRules withAutomaticallyAfterDays(Expr value) {
    if (this.automaticallyAfterDays == value) return this;
    Expr newValue = Objects.requireNonNull(value, "automaticallyAfterDays");
    return new ImmutableRules(this, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRules} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRules
        && equalsByValue((ImmutableRules) another);
  }

  private boolean equalsByValue(ImmutableRules another) {
    return automaticallyAfterDays.equals(another.automaticallyAfterDays);
  }

  /**
   * Computes a hash code from attributes: {@code automaticallyAfterDays}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + automaticallyAfterDays.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Rules} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Rules{"
        + "automaticallyAfterDays=" + automaticallyAfterDays
        + "}";
  }

  /**
   * Construct a new immutable {@code Rules} instance.
   * @param automaticallyAfterDays The value for the {@code automaticallyAfterDays} attribute
   * @return An immutable Rules instance
   */
  public static RotationSchedule.Rules of(Expr automaticallyAfterDays) {
    return new ImmutableRules(automaticallyAfterDays);
  }

  /**
   * Creates an immutable copy of a {@link RotationSchedule.Rules} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Rules instance
   */
  public static RotationSchedule.Rules copyOf(RotationSchedule.Rules instance) {
    if (instance instanceof ImmutableRules) {
      return (ImmutableRules) instance;
    }
    return ImmutableRules.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link RotationSchedule.Rules Rules}.
   * <pre>
   * ImmutableRules.builder()
   *    .automaticallyAfterDays(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link RotationSchedule.Rules#automaticallyAfterDays() automaticallyAfterDays}
   *    .build();
   * </pre>
   * @return A new Rules builder
   */
  public static ImmutableRules.Builder builder() {
    return new ImmutableRules.Builder();
  }

  /**
   * Builds instances of type {@link RotationSchedule.Rules Rules}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "RotationSchedule.Rules", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_AUTOMATICALLY_AFTER_DAYS = 0x1L;
    private long initBits = 0x1L;

    private Expr automaticallyAfterDays;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Rules} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(RotationSchedule.Rules instance) {
      Objects.requireNonNull(instance, "instance");
      this.automaticallyAfterDays(instance.automaticallyAfterDays());
      return this;
    }

    /**
     * Initializes the value for the {@link RotationSchedule.Rules#automaticallyAfterDays() automaticallyAfterDays} attribute.
     * @param automaticallyAfterDays The value for automaticallyAfterDays 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder automaticallyAfterDays(Expr automaticallyAfterDays) {
      this.automaticallyAfterDays = Objects.requireNonNull(automaticallyAfterDays, "automaticallyAfterDays");
      initBits &= ~INIT_BIT_AUTOMATICALLY_AFTER_DAYS;
      return this;
    }

    /**
     * Builds a new {@link RotationSchedule.Rules Rules}.
     * @return An immutable instance of Rules
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public RotationSchedule.Rules build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableRules(null, automaticallyAfterDays);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_AUTOMATICALLY_AFTER_DAYS) != 0) attributes.add("automaticallyAfterDays");
      return "Cannot build Rules, some of required attributes are not set " + attributes;
    }
  }
}
