package org.llmgateway.cfn.model.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Referable;

/**
 * Immutable implementation of {@link Parameter}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableParameter.builder()}.
 */
@Generated(from = "Parameter", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableParameter extends Parameter {
  private final String logicalId;
  private final ParameterType type;
  private final String description;
  private final String label;
  private final String defaultValue;
  private final List<String> allowedValues;
  private final String allowedPattern;
  private final Integer minLength;
  private final Integer maxLength;
  private final BigDecimal minValue;
  private final BigDecimal maxValue;
  private final boolean noEcho;
  private final String constraintDescription;

  private ImmutableParameter(ImmutableParameter.Builder builder) {
    this.logicalId = builder.logicalId;
    this.description = builder.description;
    this.label = builder.label;
    this.defaultValue = builder.defaultValue;
    this.allowedValues = createUnmodifiableList(true, builder.allowedValues);
    this.allowedPattern = builder.allowedPattern;
    this.minLength = builder.minLength;
    this.maxLength = builder.maxLength;
    this.minValue = builder.minValue;
    this.maxValue = builder.maxValue;
    this.constraintDescription = builder.constraintDescription;
    if (builder.type != null) {
      initShim.type(builder.type);
    }
    if (builder.noEchoIsSet()) {
      initShim.noEcho(builder.noEcho);
    }
    this.type = initShim.type();
    this.noEcho = initShim.noEcho();
    this.initShim = null;
  }

  private ImmutableParameter(
      String logicalId,
      ParameterType type,
      String description,
      String label,
      String defaultValue,
      List<String> allowedValues,
      String allowedPattern,
      Integer minLength,
      Integer maxLength,
      BigDecimal minValue,
      BigDecimal maxValue,
      boolean noEcho,
      String constraintDescription) {
    this.logicalId = logicalId;
    this.type = type;
    this.description = description;
    this.label = label;
    this.defaultValue = defaultValue;
    this.allowedValues = allowedValues;
    this.allowedPattern = allowedPattern;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.minValue = minValue;
    this.maxValue = maxValue;
    this.noEcho = noEcho;
    this.constraintDescription = constraintDescription;
    this.initShim = null;
  }

  private static final byte STAGE_INITIALIZING = -1;
  private static final byte STAGE_UNINITIALIZED = 0;
  private static final byte STAGE_INITIALIZED = 1;
  private transient volatile InitShim initShim = new InitShim();

  @Generated(from = "Parameter", generator = "Immutables")
  private final class InitShim {
    private byte typeBuildStage = STAGE_UNINITIALIZED;
    private ParameterType type;

    ParameterType type() {
      if (typeBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (typeBuildStage == STAGE_UNINITIALIZED) {
        typeBuildStage = STAGE_INITIALIZING;
        ParameterType computedValue = ImmutableParameter.super.type();
        this.type = Objects.requireNonNull(computedValue, "type");
        typeBuildStage = STAGE_INITIALIZED;
      }
      return this.type;
    }

    void type(ParameterType type) {
      this.type = type;
      typeBuildStage = STAGE_INITIALIZED;
    }

    private byte noEchoBuildStage = STAGE_UNINITIALIZED;
    private boolean noEcho;

    boolean noEcho() {
      if (noEchoBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (noEchoBuildStage == STAGE_UNINITIALIZED) {
        noEchoBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableParameter.super.noEcho();
        this.noEcho = computedValue;
        noEchoBuildStage = STAGE_INITIALIZED;
      }
      return this.noEcho;
    }

    void noEcho(boolean noEcho) {
      this.noEcho = noEcho;
      noEchoBuildStage = STAGE_INITIALIZED;
    }

    private String formatInitCycleMessage() {
      List<String> attributes = new ArrayList<>();
      if (typeBuildStage == STAGE_INITIALIZING) attributes.add("type");
      if (noEchoBuildStage == STAGE_INITIALIZING) attributes.add("noEcho");
      return "Cannot build Parameter, attribute initializers form cycle " + attributes;
    }
  }

  /**
   * @return The value of the {@code logicalId} attribute
   */
  @Override
  public String logicalId() {
    return logicalId;
  }

  /**
   * @return The value of the {@code type} attribute
   */
  @Override
  public ParameterType type() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.type()
        : this.type;
  }

  /**
   * @return The value of the {@code description} attribute
   */
  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * @return The value of the {@code label} attribute
   */
  @Override
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /**
   * @return The value of the {@code defaultValue} attribute
   */
  @Override
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * @return The value of the {@code allowedValues} attribute
   */
  @Override
  public List<String> allowedValues() {
    return allowedValues;
  }

  /**
   * @return The value of the {@code allowedPattern} attribute
   */
  @Override
  public Optional<String> allowedPattern() {
    return Optional.ofNullable(allowedPattern);
  }

  /**
   * @return The value of the {@code minLength} attribute
   */
  @Override
  public Optional<Integer> minLength() {
    return Optional.ofNullable(minLength);
  }

  /**
   * @return The value of the {@code maxLength} attribute
   */
  @Override
  public Optional<Integer> maxLength() {
    return Optional.ofNullable(maxLength);
  }

  /**
   * @return The value of the {@code minValue} attribute
   */
  @Override
  public Optional<BigDecimal> minValue() {
    return Optional.ofNullable(minValue);
  }

  /**
   * @return The value of the {@code maxValue} attribute
   */
  @Override
  public Optional<BigDecimal> maxValue() {
    return Optional.ofNullable(maxValue);
  }

  /**
   * @return The value of the {@code noEcho} attribute
   */
  @Override
  public boolean noEcho() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.noEcho()
        : this.noEcho;
  }

  /**
   * @return The value of the {@code constraintDescription} attribute
   */
  @Override
  public Optional<String> constraintDescription() {
    return Optional.ofNullable(constraintDescription);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parameter#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParameter withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return validate(new ImmutableParameter(
        newValue,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parameter#type() type} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for type
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParameter withType(ParameterType value) {
    ParameterType newValue = Objects.requireNonNull(value, "type");
    if (this.type == newValue) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        newValue,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#description() description} attribute.
   * @param value The value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withDescription(String value) {
    String newValue = Objects.requireNonNull(value, "description");
    if (Objects.equals(this.description, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        newValue,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#description() description} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.description, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        value,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#label() label} attribute.
   * @param value The value for label
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withLabel(String value) {
    String newValue = Objects.requireNonNull(value, "label");
    if (Objects.equals(this.label, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        newValue,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#label() label} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for label
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withLabel(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.label, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        value,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#defaultValue() defaultValue} attribute.
   * @param value The value for defaultValue
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withDefaultValue(String value) {
    String newValue = Objects.requireNonNull(value, "defaultValue");
    if (Objects.equals(this.defaultValue, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        newValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#defaultValue() defaultValue} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for defaultValue
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withDefaultValue(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.defaultValue, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        value,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Parameter#allowedValues() allowedValues}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableParameter withAllowedValues(String... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        newValue,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Parameter#allowedValues() allowedValues}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of allowedValues elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withAllowedValues(Iterable<String> elements) {
    if (this.allowedValues == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        newValue,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#allowedPattern() allowedPattern} attribute.
   * @param value The value for allowedPattern
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withAllowedPattern(String value) {
    String newValue = Objects.requireNonNull(value, "allowedPattern");
    if (Objects.equals(this.allowedPattern, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        newValue,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#allowedPattern() allowedPattern} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for allowedPattern
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withAllowedPattern(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.allowedPattern, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        value,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#minLength() minLength} attribute.
   * @param value The value for minLength
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withMinLength(int value) {
    Integer newValue = value;
    if (Objects.equals(this.minLength, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        newValue,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#minLength() minLength} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for minLength
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withMinLength(Optional<Integer> optional) {
    Integer value = optional.orElse(null);
    if (Objects.equals(this.minLength, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        value,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#maxLength() maxLength} attribute.
   * @param value The value for maxLength
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withMaxLength(int value) {
    Integer newValue = value;
    if (Objects.equals(this.maxLength, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        newValue,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#maxLength() maxLength} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for maxLength
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withMaxLength(Optional<Integer> optional) {
    Integer value = optional.orElse(null);
    if (Objects.equals(this.maxLength, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        value,
        this.minValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#minValue() minValue} attribute.
   * @param value The value for minValue
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withMinValue(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "minValue");
    if (Objects.equals(this.minValue, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        newValue,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#minValue() minValue} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for minValue
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableParameter withMinValue(Optional<? extends BigDecimal> optional) {
    BigDecimal value = optional.orElse(null);
    if (Objects.equals(this.minValue, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        value,
        this.maxValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#maxValue() maxValue} attribute.
   * @param value The value for maxValue
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withMaxValue(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "maxValue");
    if (Objects.equals(this.maxValue, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        newValue,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#maxValue() maxValue} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for maxValue
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableParameter withMaxValue(Optional<? extends BigDecimal> optional) {
    BigDecimal value = optional.orElse(null);
    if (Objects.equals(this.maxValue, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        value,
        this.noEcho,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Parameter#noEcho() noEcho} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for noEcho
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableParameter withNoEcho(boolean value) {
    if (this.noEcho == value) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        value,
        this.constraintDescription));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Parameter#constraintDescription() constraintDescription} attribute.
   * @param value The value for constraintDescription
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withConstraintDescription(String value) {
    String newValue = Objects.requireNonNull(value, "constraintDescription");
    if (Objects.equals(this.constraintDescription, newValue)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Parameter#constraintDescription() constraintDescription} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for constraintDescription
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableParameter withConstraintDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.constraintDescription, value)) return this;
    return validate(new ImmutableParameter(
        this.logicalId,
        this.type,
        this.description,
        this.label,
        this.defaultValue,
        this.allowedValues,
        this.allowedPattern,
        this.minLength,
        this.maxLength,
        this.minValue,
        this.maxValue,
        this.noEcho,
        value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableParameter} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableParameter
        && equalsByValue((ImmutableParameter) another);
  }

  private boolean equalsByValue(ImmutableParameter another) {
    return logicalId.equals(another.logicalId)
        && type.equals(another.type)
        && Objects.equals(description, another.description)
        && Objects.equals(label, another.label)
        && Objects.equals(defaultValue, another.defaultValue)
        && allowedValues.equals(another.allowedValues)
        && Objects.equals(allowedPattern, another.allowedPattern)
        && Objects.equals(minLength, another.minLength)
        && Objects.equals(maxLength, another.maxLength)
        && Objects.equals(minValue, another.minValue)
        && Objects.equals(maxValue, another.maxValue)
        && noEcho == another.noEcho
        && Objects.equals(constraintDescription, another.constraintDescription);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code type}, {@code description}, {@code label}, {@code defaultValue}, {@code allowedValues}, {@code allowedPattern}, {@code minLength}, {@code maxLength}, {@code minValue}, {@code maxValue}, {@code noEcho}, {@code constraintDescription}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + logicalId.hashCode();
    h += (h << 5) + type.hashCode();
    h += (h << 5) + Objects.hashCode(description);
    h += (h << 5) + Objects.hashCode(label);
    h += (h << 5) + Objects.hashCode(defaultValue);
    h += (h << 5) + allowedValues.hashCode();
    h += (h << 5) + Objects.hashCode(allowedPattern);
    h += (h << 5) + Objects.hashCode(minLength);
    h += (h << 5) + Objects.hashCode(maxLength);
    h += (h << 5) + Objects.hashCode(minValue);
    h += (h << 5) + Objects.hashCode(maxValue);
    h += (h << 5) + Boolean.hashCode(noEcho);
    h += (h << 5) + Objects.hashCode(constraintDescription);
    return h;
  }

  /**
   * Prints the immutable value {@code Parameter} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Parameter{");
    builder.append("logicalId=").append(logicalId);
    builder.append(", ");
    builder.append("type=").append(type);
    if (description != null) {
      builder.append(", ");
      builder.append("description=").append(description);
    }
    if (label != null) {
      builder.append(", ");
      builder.append("label=").append(label);
    }
    if (defaultValue != null) {
      builder.append(", ");
      builder.append("defaultValue=").append(defaultValue);
    }
    builder.append(", ");
    builder.append("allowedValues=").append(allowedValues);
    if (allowedPattern != null) {
      builder.append(", ");
      builder.append("allowedPattern=").append(allowedPattern);
    }
    if (minLength != null) {
      builder.append(", ");
      builder.append("minLength=").append(minLength);
    }
    if (maxLength != null) {
      builder.append(", ");
      builder.append("maxLength=").append(maxLength);
    }
    if (minValue != null) {
      builder.append(", ");
      builder.append("minValue=").append(minValue);
    }
    if (maxValue != null) {
      builder.append(", ");
      builder.append("maxValue=").append(maxValue);
    }
    builder.append(", ");
    builder.append("noEcho=").append(noEcho);
    if (constraintDescription != null) {
      builder.append(", ");
      builder.append("constraintDescription=").append(constraintDescription);
    }
    return builder.append("}").toString();
  }

  private static ImmutableParameter validate(ImmutableParameter instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Parameter} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Parameter instance
   */
  public static Parameter copyOf(Parameter instance) {
    if (instance instanceof ImmutableParameter) {
      return (ImmutableParameter) instance;
    }
    return ImmutableParameter.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Parameter Parameter}.
   * <pre>
   * ImmutableParameter.builder()
   *    .logicalId(String) // required {@link Parameter#logicalId() logicalId}
   *    .type(org.llmgateway.cfn.model.template.ParameterType) // optional {@link Parameter#type() type}
   *    .description(Optional&lt;String&gt;) // optional {@link Parameter#description() description}
   *    .label(Optional&lt;String&gt;) // optional {@link Parameter#label() label}
   *    .defaultValue(Optional&lt;String&gt;) // optional {@link Parameter#defaultValue() defaultValue}
   *    .addAllowedValues|addAllAllowedValues(String) // {@link Parameter#allowedValues() allowedValues} elements
   *    .allowedPattern(Optional&lt;String&gt;) // optional {@link Parameter#allowedPattern() allowedPattern}
   *    .minLength(Optional&lt;Integer&gt;) // optional {@link Parameter#minLength() minLength}
   *    .maxLength(Optional&lt;Integer&gt;) // optional {@link Parameter#maxLength() maxLength}
   *    .minValue(Optional&lt;java.math.BigDecimal&gt;) // optional {@link Parameter#minValue() minValue}
   *    .maxValue(Optional&lt;java.math.BigDecimal&gt;) // optional {@link Parameter#maxValue() maxValue}
   *    .noEcho(boolean) // optional {@link Parameter#noEcho() noEcho}
   *    .constraintDescription(Optional&lt;String&gt;) // optional {@link Parameter#constraintDescription() constraintDescription}
   *    .build();
   * </pre>
   * @return A new Parameter builder
   */
  public static ImmutableParameter.Builder builder() {
    return new ImmutableParameter.Builder();
  }

  /**
   * Builds instances of type {@link Parameter Parameter}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Parameter", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long OPT_BIT_NO_ECHO = 0x1L;
    private long initBits = 0x1L;
    private long optBits;

    private String logicalId;
    private ParameterType type;
    private String description;
    private String label;
    private String defaultValue;
    private List<String> allowedValues = new ArrayList<String>();
    private String allowedPattern;
    private Integer minLength;
    private Integer maxLength;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private boolean noEcho;
    private String constraintDescription;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.template.Parameter} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Parameter instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.intrinsic.Referable} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Referable instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    private void mergeInternal(Object object) {
      long bits = 0;
      if (object instanceof Parameter) {
        Parameter instance = (Parameter) object;
        addAllAllowedValues(instance.allowedValues());
        Optional<BigDecimal> minValueOptional = instance.minValue();
        if (minValueOptional.isPresent()) {
          minValue(minValueOptional);
        }
        this.noEcho(instance.noEcho());
        Optional<String> defaultValueOptional = instance.defaultValue();
        if (defaultValueOptional.isPresent()) {
          defaultValue(defaultValueOptional);
        }
        Optional<BigDecimal> maxValueOptional = instance.maxValue();
        if (maxValueOptional.isPresent()) {
          maxValue(maxValueOptional);
        }
        Optional<Integer> minLengthOptional = instance.minLength();
        if (minLengthOptional.isPresent()) {
          minLength(minLengthOptional);
        }
        Optional<String> descriptionOptional = instance.description();
        if (descriptionOptional.isPresent()) {
          description(descriptionOptional);
        }
        Optional<String> labelOptional = instance.label();
        if (labelOptional.isPresent()) {
          label(labelOptional);
        }
        Optional<String> constraintDescriptionOptional = instance.constraintDescription();
        if (constraintDescriptionOptional.isPresent()) {
          constraintDescription(constraintDescriptionOptional);
        }
        this.type(instance.type());
        Optional<String> allowedPatternOptional = instance.allowedPattern();
        if (allowedPatternOptional.isPresent()) {
          allowedPattern(allowedPatternOptional);
        }
        Optional<Integer> maxLengthOptional = instance.maxLength();
        if (maxLengthOptional.isPresent()) {
          maxLength(maxLengthOptional);
        }
      }
      if (object instanceof Referable) {
        Referable instance = (Referable) object;
        this.logicalId(instance.logicalId());
      }
    }

    /**
     * Initializes the value for the {@link Parameter#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link Parameter#type() type} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Parameter#type() type}.</em>
     * @param type The value for type 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder type(ParameterType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for chained invocation
     */
    public final Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder description(Optional<String> description) {
      this.description = description.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#label() label} to label.
     * @param label The value for label
     * @return {@code this} builder for chained invocation
     */
    public final Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#label() label} to label.
     * @param label The value for label
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder label(Optional<String> label) {
      this.label = label.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#defaultValue() defaultValue} to defaultValue.
     * @param defaultValue The value for defaultValue
     * @return {@code this} builder for chained invocation
     */
    public final Builder defaultValue(String defaultValue) {
      this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#defaultValue() defaultValue} to defaultValue.
     * @param defaultValue The value for defaultValue
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder defaultValue(Optional<String> defaultValue) {
      this.defaultValue = defaultValue.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Parameter#allowedValues() allowedValues} list.
     * @param element A allowedValues element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllowedValues(String element) {
      this.allowedValues.add(Objects.requireNonNull(element, "allowedValues element"));
      return this;
    }

    /**
     * Adds elements to {@link Parameter#allowedValues() allowedValues} list.
     * @param elements An array of allowedValues elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllowedValues(String... elements) {
      for (String element : elements) {
        this.allowedValues.add(Objects.requireNonNull(element, "allowedValues element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Parameter#allowedValues() allowedValues} list.
     * @param elements An iterable of allowedValues elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder allowedValues(Iterable<String> elements) {
      this.allowedValues.clear();
      return addAllAllowedValues(elements);
    }

    /**
     * Adds elements to {@link Parameter#allowedValues() allowedValues} list.
     * @param elements An iterable of allowedValues elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllAllowedValues(Iterable<String> elements) {
      for (String element : elements) {
        this.allowedValues.add(Objects.requireNonNull(element, "allowedValues element"));
      }
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#allowedPattern() allowedPattern} to allowedPattern.
     * @param allowedPattern The value for allowedPattern
     * @return {@code this} builder for chained invocation
     */
    public final Builder allowedPattern(String allowedPattern) {
      this.allowedPattern = Objects.requireNonNull(allowedPattern, "allowedPattern");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#allowedPattern() allowedPattern} to allowedPattern.
     * @param allowedPattern The value for allowedPattern
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder allowedPattern(Optional<String> allowedPattern) {
      this.allowedPattern = allowedPattern.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#minLength() minLength} to minLength.
     * @param minLength The value for minLength
     * @return {@code this} builder for chained invocation
     */
    public final Builder minLength(int minLength) {
      this.minLength = minLength;
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#minLength() minLength} to minLength.
     * @param minLength The value for minLength
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder minLength(Optional<Integer> minLength) {
      this.minLength = minLength.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#maxLength() maxLength} to maxLength.
     * @param maxLength The value for maxLength
     * @return {@code this} builder for chained invocation
     */
    public final Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#maxLength() maxLength} to maxLength.
     * @param maxLength The value for maxLength
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder maxLength(Optional<Integer> maxLength) {
      this.maxLength = maxLength.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#minValue() minValue} to minValue.
     * @param minValue The value for minValue
     * @return {@code this} builder for chained invocation
     */
    public final Builder minValue(BigDecimal minValue) {
      this.minValue = Objects.requireNonNull(minValue, "minValue");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#minValue() minValue} to minValue.
     * @param minValue The value for minValue
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder minValue(Optional<? extends BigDecimal> minValue) {
      this.minValue = minValue.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#maxValue() maxValue} to maxValue.
     * @param maxValue The value for maxValue
     * @return {@code this} builder for chained invocation
     */
    public final Builder maxValue(BigDecimal maxValue) {
      this.maxValue = Objects.requireNonNull(maxValue, "maxValue");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#maxValue() maxValue} to maxValue.
     * @param maxValue The value for maxValue
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder maxValue(Optional<? extends BigDecimal> maxValue) {
      this.maxValue = maxValue.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Parameter#noEcho() noEcho} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Parameter#noEcho() noEcho}.</em>
     * @param noEcho The value for noEcho 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder noEcho(boolean noEcho) {
      this.noEcho = noEcho;
      optBits |= OPT_BIT_NO_ECHO;
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#constraintDescription() constraintDescription} to constraintDescription.
     * @param constraintDescription The value for constraintDescription
     * @return {@code this} builder for chained invocation
     */
    public final Builder constraintDescription(String constraintDescription) {
      this.constraintDescription = Objects.requireNonNull(constraintDescription, "constraintDescription");
      return this;
    }

    /**
     * Initializes the optional value {@link Parameter#constraintDescription() constraintDescription} to constraintDescription.
     * @param constraintDescription The value for constraintDescription
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder constraintDescription(Optional<String> constraintDescription) {
      this.constraintDescription = constraintDescription.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link Parameter Parameter}.
     * @return An immutable instance of Parameter
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Parameter build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableParameter.validate(new ImmutableParameter(this));
    }

    private boolean noEchoIsSet() {
      return (optBits & OPT_BIT_NO_ECHO) != 0;
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      return "Cannot build Parameter, some of required attributes are not set " + attributes;
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
