package org.llmgateway.cfn.model.resource.secretsmanager;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Referable;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Resource;

/**
 * Immutable implementation of {@link RotationSchedule}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRotationSchedule.builder()}.
 */
@Generated(from = "RotationSchedule", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableRotationSchedule
    implements RotationSchedule {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final Expr secretId;
  private final Expr rotationLambdaArn;
  private final RotationSchedule.Rules rotationRules;
  private final Boolean rotateImmediatelyOnUpdate;

  private ImmutableRotationSchedule(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      Expr secretId,
      Expr rotationLambdaArn,
      RotationSchedule.Rules rotationRules,
      Boolean rotateImmediatelyOnUpdate) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.secretId = secretId;
    this.rotationLambdaArn = rotationLambdaArn;
    this.rotationRules = rotationRules;
    this.rotateImmediatelyOnUpdate = rotateImmediatelyOnUpdate;
  }

  /**
   * @return The value of the {@code logicalId} attribute
   */
  @Override
  public String logicalId() {
    return logicalId;
  }

  /**
   * @return The value of the {@code dependsOn} attribute
   */
  @Override
  public List<Resource> dependsOn() {
    return dependsOn;
  }

  /**
   * @return The value of the {@code condition} attribute
   */
  @Override
  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * @return The value of the {@code deletionPolicy} attribute
   */
  @Override
  public Optional<DeletionPolicy> deletionPolicy() {
    return Optional.ofNullable(deletionPolicy);
  }

  /**
   * @return The value of the {@code updateReplacePolicy} attribute
   */
  @Override
  public Optional<DeletionPolicy> updateReplacePolicy() {
    return Optional.ofNullable(updateReplacePolicy);
  }

  /**
   * @return The value of the {@code metadata} attribute
   */
  @Override
  public Optional<JsonNode> metadata() {
    return Optional.ofNullable(metadata);
  }

  /**
   * @return The value of the {@code secretId} attribute
   */
  @Override
  public Expr secretId() {
    return secretId;
  }

  /**
   * @return The value of the {@code rotationLambdaArn} attribute
   */
  @Override
  public Expr rotationLambdaArn() {
    return rotationLambdaArn;
  }

  /**
   * @return The value of the {@code rotationRules} attribute
   */
  @Override
  public RotationSchedule.Rules rotationRules() {
    return rotationRules;
  }

  /**
   * @return The value of the {@code rotateImmediatelyOnUpdate} attribute
   */
  @Override
  public Optional<Boolean> rotateImmediatelyOnUpdate() {
    return Optional.ofNullable(rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RotationSchedule#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRotationSchedule withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableRotationSchedule(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link RotationSchedule#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRotationSchedule withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableRotationSchedule(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link RotationSchedule#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableRotationSchedule(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link RotationSchedule#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link RotationSchedule#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRotationSchedule withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link RotationSchedule#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link RotationSchedule#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRotationSchedule withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link RotationSchedule#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link RotationSchedule#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRotationSchedule withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link RotationSchedule#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link RotationSchedule#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRotationSchedule withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RotationSchedule#secretId() secretId} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for secretId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRotationSchedule withSecretId(Expr value) {
    if (this.secretId == value) return this;
    Expr newValue = Objects.requireNonNull(value, "secretId");
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.rotationLambdaArn,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RotationSchedule#rotationLambdaArn() rotationLambdaArn} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for rotationLambdaArn
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRotationSchedule withRotationLambdaArn(Expr value) {
    if (this.rotationLambdaArn == value) return this;
    Expr newValue = Objects.requireNonNull(value, "rotationLambdaArn");
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        newValue,
        this.rotationRules,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link RotationSchedule#rotationRules() rotationRules} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for rotationRules
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRotationSchedule withRotationRules(RotationSchedule.Rules value) {
    if (this.rotationRules == value) return this;
    RotationSchedule.Rules newValue = Objects.requireNonNull(value, "rotationRules");
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        newValue,
        this.rotateImmediatelyOnUpdate);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link RotationSchedule#rotateImmediatelyOnUpdate() rotateImmediatelyOnUpdate} attribute.
   * @param value The value for rotateImmediatelyOnUpdate
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withRotateImmediatelyOnUpdate(boolean value) {
    Boolean newValue = value;
    if (Objects.equals(this.rotateImmediatelyOnUpdate, newValue)) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link RotationSchedule#rotateImmediatelyOnUpdate() rotateImmediatelyOnUpdate} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for rotateImmediatelyOnUpdate
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRotationSchedule withRotateImmediatelyOnUpdate(Optional<Boolean> optional) {
    Boolean value = optional.orElse(null);
    if (Objects.equals(this.rotateImmediatelyOnUpdate, value)) return this;
    return new ImmutableRotationSchedule(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.secretId,
        this.rotationLambdaArn,
        this.rotationRules,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRotationSchedule} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRotationSchedule
        && equalsByValue((ImmutableRotationSchedule) another);
  }

  private boolean equalsByValue(ImmutableRotationSchedule another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && secretId.equals(another.secretId)
        && rotationLambdaArn.equals(another.rotationLambdaArn)
        && rotationRules.equals(another.rotationRules)
        && Objects.equals(rotateImmediatelyOnUpdate, another.rotateImmediatelyOnUpdate);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code secretId}, {@code rotationLambdaArn}, {@code rotationRules}, {@code rotateImmediatelyOnUpdate}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + logicalId.hashCode();
    h += (h << 5) + dependsOn.hashCode();
    h += (h << 5) + Objects.hashCode(condition);
    h += (h << 5) + Objects.hashCode(deletionPolicy);
    h += (h << 5) + Objects.hashCode(updateReplacePolicy);
    h += (h << 5) + Objects.hashCode(metadata);
    h += (h << 5) + secretId.hashCode();
    h += (h << 5) + rotationLambdaArn.hashCode();
    h += (h << 5) + rotationRules.hashCode();
    h += (h << 5) + Objects.hashCode(rotateImmediatelyOnUpdate);
    return h;
  }

  /**
   * Prints the immutable value {@code RotationSchedule} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("RotationSchedule{");
    builder.append("logicalId=").append(logicalId);
    builder.append(", ");
    builder.append("dependsOn=").append(dependsOn);
    if (condition != null) {
      builder.append(", ");
      builder.append("condition=").append(condition);
    }
    if (deletionPolicy != null) {
      builder.append(", ");
      builder.append("deletionPolicy=").append(deletionPolicy);
    }
    if (updateReplacePolicy != null) {
      builder.append(", ");
      builder.append("updateReplacePolicy=").append(updateReplacePolicy);
    }
    if (metadata != null) {
      builder.append(", ");
      builder.append("metadata=").append(metadata);
    }
    builder.append(", ");
    builder.append("secretId=").append(secretId);
    builder.append(", ");
    builder.append("rotationLambdaArn=").append(rotationLambdaArn);
    builder.append(", ");
    builder.append("rotationRules=").append(rotationRules);
    if (rotateImmediatelyOnUpdate != null) {
      builder.append(", ");
      builder.append("rotateImmediatelyOnUpdate=").append(rotateImmediatelyOnUpdate);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link RotationSchedule} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable RotationSchedule instance
   */
  public static RotationSchedule copyOf(RotationSchedule instance) {
    if (instance instanceof ImmutableRotationSchedule) {
      return (ImmutableRotationSchedule) instance;
    }
    return ImmutableRotationSchedule.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link RotationSchedule RotationSchedule}.
   * <pre>
   * ImmutableRotationSchedule.builder()
   *    .logicalId(String) // required {@link RotationSchedule#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link RotationSchedule#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link RotationSchedule#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link RotationSchedule#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link RotationSchedule#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link RotationSchedule#metadata() metadata}
   *    .secretId(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link RotationSchedule#secretId() secretId}
   *    .rotationLambdaArn(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link RotationSchedule#rotationLambdaArn() rotationLambdaArn}
   *    .rotationRules(org.llmgateway.cfn.model.resource.secretsmanager.RotationSchedule.Rules) // required {@link RotationSchedule#rotationRules() rotationRules}
   *    .rotateImmediatelyOnUpdate(Optional&lt;Boolean&gt;) // optional {@link RotationSchedule#rotateImmediatelyOnUpdate() rotateImmediatelyOnUpdate}
   *    .build();
   * </pre>
   * @return A new RotationSchedule builder
   */
  public static ImmutableRotationSchedule.Builder builder() {
    return new ImmutableRotationSchedule.Builder();
  }

  /**
   * Builds instances of type {@link RotationSchedule RotationSchedule}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "RotationSchedule", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_SECRET_ID = 0x2L;
    private static final long INIT_BIT_ROTATION_LAMBDA_ARN = 0x4L;
    private static final long INIT_BIT_ROTATION_RULES = 0x8L;
    private long initBits = 0xfL;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private Expr secretId;
    private Expr rotationLambdaArn;
    private RotationSchedule.Rules rotationRules;
    private Boolean rotateImmediatelyOnUpdate;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.secretsmanager.RotationSchedule} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(RotationSchedule instance) {
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

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.template.Resource} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Resource instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    private void mergeInternal(Object object) {
      long bits = 0;
      if (object instanceof RotationSchedule) {
        RotationSchedule instance = (RotationSchedule) object;
        if ((bits & 0x1L) == 0) {
          Optional<JsonNode> metadataOptional = instance.metadata();
          if (metadataOptional.isPresent()) {
            metadata(metadataOptional);
          }
          bits |= 0x1L;
        }
        if ((bits & 0x4L) == 0) {
          Optional<Condition> conditionOptional = instance.condition();
          if (conditionOptional.isPresent()) {
            condition(conditionOptional);
          }
          bits |= 0x4L;
        }
        if ((bits & 0x2L) == 0) {
          addAllDependsOn(instance.dependsOn());
          bits |= 0x2L;
        }
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        this.rotationLambdaArn(instance.rotationLambdaArn());
        this.secretId(instance.secretId());
        Optional<Boolean> rotateImmediatelyOnUpdateOptional = instance.rotateImmediatelyOnUpdate();
        if (rotateImmediatelyOnUpdateOptional.isPresent()) {
          rotateImmediatelyOnUpdate(rotateImmediatelyOnUpdateOptional);
        }
        if ((bits & 0x10L) == 0) {
          Optional<DeletionPolicy> deletionPolicyOptional = instance.deletionPolicy();
          if (deletionPolicyOptional.isPresent()) {
            deletionPolicy(deletionPolicyOptional);
          }
          bits |= 0x10L;
        }
        this.rotationRules(instance.rotationRules());
        if ((bits & 0x20L) == 0) {
          Optional<DeletionPolicy> updateReplacePolicyOptional = instance.updateReplacePolicy();
          if (updateReplacePolicyOptional.isPresent()) {
            updateReplacePolicy(updateReplacePolicyOptional);
          }
          bits |= 0x20L;
        }
      }
      if (object instanceof Referable) {
        Referable instance = (Referable) object;
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
      }
      if (object instanceof Resource) {
        Resource instance = (Resource) object;
        if ((bits & 0x1L) == 0) {
          Optional<JsonNode> metadataOptional = instance.metadata();
          if (metadataOptional.isPresent()) {
            metadata(metadataOptional);
          }
          bits |= 0x1L;
        }
        if ((bits & 0x4L) == 0) {
          Optional<Condition> conditionOptional = instance.condition();
          if (conditionOptional.isPresent()) {
            condition(conditionOptional);
          }
          bits |= 0x4L;
        }
        if ((bits & 0x10L) == 0) {
          Optional<DeletionPolicy> deletionPolicyOptional = instance.deletionPolicy();
          if (deletionPolicyOptional.isPresent()) {
            deletionPolicy(deletionPolicyOptional);
          }
          bits |= 0x10L;
        }
        if ((bits & 0x2L) == 0) {
          addAllDependsOn(instance.dependsOn());
          bits |= 0x2L;
        }
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        if ((bits & 0x20L) == 0) {
          Optional<DeletionPolicy> updateReplacePolicyOptional = instance.updateReplacePolicy();
          if (updateReplacePolicyOptional.isPresent()) {
            updateReplacePolicy(updateReplacePolicyOptional);
          }
          bits |= 0x20L;
        }
      }
    }

    /**
     * Initializes the value for the {@link RotationSchedule#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link RotationSchedule#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link RotationSchedule#dependsOn() dependsOn} list.
     * @param elements An array of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource... elements) {
      for (Resource element : elements) {
        this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link RotationSchedule#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link RotationSchedule#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllDependsOn(Iterable<? extends Resource> elements) {
      for (Resource element : elements) {
        this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      }
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link RotationSchedule#secretId() secretId} attribute.
     * @param secretId The value for secretId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder secretId(Expr secretId) {
      this.secretId = Objects.requireNonNull(secretId, "secretId");
      initBits &= ~INIT_BIT_SECRET_ID;
      return this;
    }

    /**
     * Initializes the value for the {@link RotationSchedule#rotationLambdaArn() rotationLambdaArn} attribute.
     * @param rotationLambdaArn The value for rotationLambdaArn 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder rotationLambdaArn(Expr rotationLambdaArn) {
      this.rotationLambdaArn = Objects.requireNonNull(rotationLambdaArn, "rotationLambdaArn");
      initBits &= ~INIT_BIT_ROTATION_LAMBDA_ARN;
      return this;
    }

    /**
     * Initializes the value for the {@link RotationSchedule#rotationRules() rotationRules} attribute.
     * @param rotationRules The value for rotationRules 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder rotationRules(RotationSchedule.Rules rotationRules) {
      this.rotationRules = Objects.requireNonNull(rotationRules, "rotationRules");
      initBits &= ~INIT_BIT_ROTATION_RULES;
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#rotateImmediatelyOnUpdate() rotateImmediatelyOnUpdate} to rotateImmediatelyOnUpdate.
     * @param rotateImmediatelyOnUpdate The value for rotateImmediatelyOnUpdate
     * @return {@code this} builder for chained invocation
     */
    public final Builder rotateImmediatelyOnUpdate(boolean rotateImmediatelyOnUpdate) {
      this.rotateImmediatelyOnUpdate = rotateImmediatelyOnUpdate;
      return this;
    }

    /**
     * Initializes the optional value {@link RotationSchedule#rotateImmediatelyOnUpdate() rotateImmediatelyOnUpdate} to rotateImmediatelyOnUpdate.
     * @param rotateImmediatelyOnUpdate The value for rotateImmediatelyOnUpdate
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder rotateImmediatelyOnUpdate(Optional<Boolean> rotateImmediatelyOnUpdate) {
      this.rotateImmediatelyOnUpdate = rotateImmediatelyOnUpdate.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link RotationSchedule RotationSchedule}.
     * @return An immutable instance of RotationSchedule
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public RotationSchedule build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableRotationSchedule(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          secretId,
          rotationLambdaArn,
          rotationRules,
          rotateImmediatelyOnUpdate);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_SECRET_ID) != 0) attributes.add("secretId");
      if ((initBits & INIT_BIT_ROTATION_LAMBDA_ARN) != 0) attributes.add("rotationLambdaArn");
      if ((initBits & INIT_BIT_ROTATION_RULES) != 0) attributes.add("rotationRules");
      return "Cannot build RotationSchedule, some of required attributes are not set " + attributes;
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
