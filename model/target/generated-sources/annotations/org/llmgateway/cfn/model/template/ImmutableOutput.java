package org.llmgateway.cfn.model.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Output}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableOutput.builder()}.
 */
@Generated(from = "Output", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableOutput implements Output {
  private final String logicalId;
  private final String description;
  private final Expr value;
  private final Condition condition;
  private final ExportName export;

  private ImmutableOutput(
      String logicalId,
      String description,
      Expr value,
      Condition condition,
      ExportName export) {
    this.logicalId = logicalId;
    this.description = description;
    this.value = value;
    this.condition = condition;
    this.export = export;
  }

  /**
   * @return The value of the {@code logicalId} attribute
   */
  @Override
  public String logicalId() {
    return logicalId;
  }

  /**
   * @return The value of the {@code description} attribute
   */
  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * @return The value of the {@code value} attribute
   */
  @Override
  public Expr value() {
    return value;
  }

  /**
   * @return The value of the {@code condition} attribute
   */
  @Override
  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * @return The value of the {@code export} attribute
   */
  @Override
  public Optional<ExportName> export() {
    return Optional.ofNullable(export);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Output#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOutput withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableOutput(newValue, this.description, this.value, this.condition, this.export);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Output#description() description} attribute.
   * @param value The value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOutput withDescription(String value) {
    String newValue = Objects.requireNonNull(value, "description");
    if (Objects.equals(this.description, newValue)) return this;
    return new ImmutableOutput(this.logicalId, newValue, this.value, this.condition, this.export);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Output#description() description} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOutput withDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.description, value)) return this;
    return new ImmutableOutput(this.logicalId, value, this.value, this.condition, this.export);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Output#value() value} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableOutput withValue(Expr value) {
    if (this.value == value) return this;
    Expr newValue = Objects.requireNonNull(value, "value");
    return new ImmutableOutput(this.logicalId, this.description, newValue, this.condition, this.export);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Output#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOutput withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableOutput(this.logicalId, this.description, this.value, newValue, this.export);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Output#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableOutput withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableOutput(this.logicalId, this.description, this.value, value, this.export);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Output#export() export} attribute.
   * @param value The value for export
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableOutput withExport(ExportName value) {
    ExportName newValue = Objects.requireNonNull(value, "export");
    if (this.export == newValue) return this;
    return new ImmutableOutput(this.logicalId, this.description, this.value, this.condition, newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Output#export() export} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for export
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableOutput withExport(Optional<? extends ExportName> optional) {
    ExportName value = optional.orElse(null);
    if (this.export == value) return this;
    return new ImmutableOutput(this.logicalId, this.description, this.value, this.condition, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableOutput} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableOutput
        && equalsByValue((ImmutableOutput) another);
  }

  private boolean equalsByValue(ImmutableOutput another) {
    return logicalId.equals(another.logicalId)
        && Objects.equals(description, another.description)
        && value.equals(another.value)
        && Objects.equals(condition, another.condition)
        && Objects.equals(export, another.export);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code description}, {@code value}, {@code condition}, {@code export}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + logicalId.hashCode();
    h += (h << 5) + Objects.hashCode(description);
    h += (h << 5) + value.hashCode();
    h += (h << 5) + Objects.hashCode(condition);
    h += (h << 5) + Objects.hashCode(export);
    return h;
  }

  /**
   * Prints the immutable value {@code Output} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Output{");
    builder.append("logicalId=").append(logicalId);
    if (description != null) {
      builder.append(", ");
      builder.append("description=").append(description);
    }
    builder.append(", ");
    builder.append("value=").append(value);
    if (condition != null) {
      builder.append(", ");
      builder.append("condition=").append(condition);
    }
    if (export != null) {
      builder.append(", ");
      builder.append("export=").append(export);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Output} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Output instance
   */
  public static Output copyOf(Output instance) {
    if (instance instanceof ImmutableOutput) {
      return (ImmutableOutput) instance;
    }
    return ImmutableOutput.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Output Output}.
   * <pre>
   * ImmutableOutput.builder()
   *    .logicalId(String) // required {@link Output#logicalId() logicalId}
   *    .description(Optional&lt;String&gt;) // optional {@link Output#description() description}
   *    .value(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Output#value() value}
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link Output#condition() condition}
   *    .export(Optional&lt;org.llmgateway.cfn.model.template.ExportName&gt;) // optional {@link Output#export() export}
   *    .build();
   * </pre>
   * @return A new Output builder
   */
  public static ImmutableOutput.Builder builder() {
    return new ImmutableOutput.Builder();
  }

  /**
   * Builds instances of type {@link Output Output}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Output", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_VALUE = 0x2L;
    private long initBits = 0x3L;

    private String logicalId;
    private String description;
    private Expr value;
    private Condition condition;
    private ExportName export;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Output} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Output instance) {
      Objects.requireNonNull(instance, "instance");
      this.logicalId(instance.logicalId());
      Optional<String> descriptionOptional = instance.description();
      if (descriptionOptional.isPresent()) {
        description(descriptionOptional);
      }
      this.value(instance.value());
      Optional<Condition> conditionOptional = instance.condition();
      if (conditionOptional.isPresent()) {
        condition(conditionOptional);
      }
      Optional<ExportName> exportOptional = instance.export();
      if (exportOptional.isPresent()) {
        export(exportOptional);
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Output#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Initializes the optional value {@link Output#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for chained invocation
     */
    public final Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Initializes the optional value {@link Output#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder description(Optional<String> description) {
      this.description = description.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Output#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder value(Expr value) {
      this.value = Objects.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return this;
    }

    /**
     * Initializes the optional value {@link Output#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Output#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Output#export() export} to export.
     * @param export The value for export
     * @return {@code this} builder for chained invocation
     */
    public final Builder export(ExportName export) {
      this.export = Objects.requireNonNull(export, "export");
      return this;
    }

    /**
     * Initializes the optional value {@link Output#export() export} to export.
     * @param export The value for export
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder export(Optional<? extends ExportName> export) {
      this.export = export.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link Output Output}.
     * @return An immutable instance of Output
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Output build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableOutput(logicalId, description, value, condition, export);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_VALUE) != 0) attributes.add("value");
      return "Cannot build Output, some of required attributes are not set " + attributes;
    }
  }
}
