package org.llmgateway.cfn.model.resource.logs;

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
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Resource;

/**
 * Immutable implementation of {@link LogGroup}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableLogGroup.builder()}.
 */
@Generated(from = "LogGroup", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableLogGroup implements LogGroup {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final Expr logGroupName;
  private final Expr retentionInDays;
  private final Expr kmsKeyId;
  private final List<Tag> tags;

  private ImmutableLogGroup(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      Expr logGroupName,
      Expr retentionInDays,
      Expr kmsKeyId,
      List<Tag> tags) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.logGroupName = logGroupName;
    this.retentionInDays = retentionInDays;
    this.kmsKeyId = kmsKeyId;
    this.tags = tags;
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
   * @return The value of the {@code logGroupName} attribute
   */
  @Override
  public Optional<Expr> logGroupName() {
    return Optional.ofNullable(logGroupName);
  }

  /**
   * @return The value of the {@code retentionInDays} attribute
   */
  @Override
  public Optional<Expr> retentionInDays() {
    return Optional.ofNullable(retentionInDays);
  }

  /**
   * @return The value of the {@code kmsKeyId} attribute
   */
  @Override
  public Optional<Expr> kmsKeyId() {
    return Optional.ofNullable(kmsKeyId);
  }

  /**
   * @return The value of the {@code tags} attribute
   */
  @Override
  public List<Tag> tags() {
    return tags;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link LogGroup#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableLogGroup withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableLogGroup(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link LogGroup#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableLogGroup withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableLogGroup(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link LogGroup#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableLogGroup(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#logGroupName() logGroupName} attribute.
   * @param value The value for logGroupName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withLogGroupName(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "logGroupName");
    if (this.logGroupName == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#logGroupName() logGroupName} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for logGroupName
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withLogGroupName(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.logGroupName == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        value,
        this.retentionInDays,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#retentionInDays() retentionInDays} attribute.
   * @param value The value for retentionInDays
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withRetentionInDays(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "retentionInDays");
    if (this.retentionInDays == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        newValue,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#retentionInDays() retentionInDays} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for retentionInDays
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withRetentionInDays(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.retentionInDays == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        value,
        this.kmsKeyId,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link LogGroup#kmsKeyId() kmsKeyId} attribute.
   * @param value The value for kmsKeyId
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withKmsKeyId(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "kmsKeyId");
    if (this.kmsKeyId == newValue) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        newValue,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link LogGroup#kmsKeyId() kmsKeyId} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for kmsKeyId
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableLogGroup withKmsKeyId(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.kmsKeyId == value) return this;
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        value,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link LogGroup#tags() tags}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableLogGroup withTags(Tag... elements) {
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link LogGroup#tags() tags}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of tags elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableLogGroup withTags(Iterable<? extends Tag> elements) {
    if (this.tags == elements) return this;
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableLogGroup(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.logGroupName,
        this.retentionInDays,
        this.kmsKeyId,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableLogGroup} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableLogGroup
        && equalsByValue((ImmutableLogGroup) another);
  }

  private boolean equalsByValue(ImmutableLogGroup another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && Objects.equals(logGroupName, another.logGroupName)
        && Objects.equals(retentionInDays, another.retentionInDays)
        && Objects.equals(kmsKeyId, another.kmsKeyId)
        && tags.equals(another.tags);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code logGroupName}, {@code retentionInDays}, {@code kmsKeyId}, {@code tags}.
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
    h += (h << 5) + Objects.hashCode(logGroupName);
    h += (h << 5) + Objects.hashCode(retentionInDays);
    h += (h << 5) + Objects.hashCode(kmsKeyId);
    h += (h << 5) + tags.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code LogGroup} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("LogGroup{");
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
    if (logGroupName != null) {
      builder.append(", ");
      builder.append("logGroupName=").append(logGroupName);
    }
    if (retentionInDays != null) {
      builder.append(", ");
      builder.append("retentionInDays=").append(retentionInDays);
    }
    if (kmsKeyId != null) {
      builder.append(", ");
      builder.append("kmsKeyId=").append(kmsKeyId);
    }
    builder.append(", ");
    builder.append("tags=").append(tags);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link LogGroup} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable LogGroup instance
   */
  public static LogGroup copyOf(LogGroup instance) {
    if (instance instanceof ImmutableLogGroup) {
      return (ImmutableLogGroup) instance;
    }
    return ImmutableLogGroup.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link LogGroup LogGroup}.
   * <pre>
   * ImmutableLogGroup.builder()
   *    .logicalId(String) // required {@link LogGroup#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link LogGroup#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link LogGroup#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link LogGroup#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link LogGroup#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link LogGroup#metadata() metadata}
   *    .logGroupName(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link LogGroup#logGroupName() logGroupName}
   *    .retentionInDays(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link LogGroup#retentionInDays() retentionInDays}
   *    .kmsKeyId(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link LogGroup#kmsKeyId() kmsKeyId}
   *    .addTags|addAllTags(org.llmgateway.cfn.model.resource.Tag) // {@link LogGroup#tags() tags} elements
   *    .build();
   * </pre>
   * @return A new LogGroup builder
   */
  public static ImmutableLogGroup.Builder builder() {
    return new ImmutableLogGroup.Builder();
  }

  /**
   * Builds instances of type {@link LogGroup LogGroup}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "LogGroup", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private long initBits = 0x1L;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private Expr logGroupName;
    private Expr retentionInDays;
    private Expr kmsKeyId;
    private List<Tag> tags = new ArrayList<Tag>();

    private Builder() {
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
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.logs.LogGroup} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(LogGroup instance) {
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
      if (object instanceof Referable) {
        Referable instance = (Referable) object;
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
      }
      if (object instanceof LogGroup) {
        LogGroup instance = (LogGroup) object;
        if ((bits & 0x1L) == 0) {
          Optional<JsonNode> metadataOptional = instance.metadata();
          if (metadataOptional.isPresent()) {
            metadata(metadataOptional);
          }
          bits |= 0x1L;
        }
        Optional<Expr> retentionInDaysOptional = instance.retentionInDays();
        if (retentionInDaysOptional.isPresent()) {
          retentionInDays(retentionInDaysOptional);
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
        Optional<Expr> logGroupNameOptional = instance.logGroupName();
        if (logGroupNameOptional.isPresent()) {
          logGroupName(logGroupNameOptional);
        }
        if ((bits & 0x10L) == 0) {
          Optional<DeletionPolicy> deletionPolicyOptional = instance.deletionPolicy();
          if (deletionPolicyOptional.isPresent()) {
            deletionPolicy(deletionPolicyOptional);
          }
          bits |= 0x10L;
        }
        Optional<Expr> kmsKeyIdOptional = instance.kmsKeyId();
        if (kmsKeyIdOptional.isPresent()) {
          kmsKeyId(kmsKeyIdOptional);
        }
        if ((bits & 0x20L) == 0) {
          Optional<DeletionPolicy> updateReplacePolicyOptional = instance.updateReplacePolicy();
          if (updateReplacePolicyOptional.isPresent()) {
            updateReplacePolicy(updateReplacePolicyOptional);
          }
          bits |= 0x20L;
        }
        addAllTags(instance.tags());
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
     * Initializes the value for the {@link LogGroup#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link LogGroup#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link LogGroup#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link LogGroup#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link LogGroup#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link LogGroup#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#logGroupName() logGroupName} to logGroupName.
     * @param logGroupName The value for logGroupName
     * @return {@code this} builder for chained invocation
     */
    public final Builder logGroupName(Expr logGroupName) {
      this.logGroupName = Objects.requireNonNull(logGroupName, "logGroupName");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#logGroupName() logGroupName} to logGroupName.
     * @param logGroupName The value for logGroupName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logGroupName(Optional<? extends Expr> logGroupName) {
      this.logGroupName = logGroupName.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#retentionInDays() retentionInDays} to retentionInDays.
     * @param retentionInDays The value for retentionInDays
     * @return {@code this} builder for chained invocation
     */
    public final Builder retentionInDays(Expr retentionInDays) {
      this.retentionInDays = Objects.requireNonNull(retentionInDays, "retentionInDays");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#retentionInDays() retentionInDays} to retentionInDays.
     * @param retentionInDays The value for retentionInDays
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder retentionInDays(Optional<? extends Expr> retentionInDays) {
      this.retentionInDays = retentionInDays.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#kmsKeyId() kmsKeyId} to kmsKeyId.
     * @param kmsKeyId The value for kmsKeyId
     * @return {@code this} builder for chained invocation
     */
    public final Builder kmsKeyId(Expr kmsKeyId) {
      this.kmsKeyId = Objects.requireNonNull(kmsKeyId, "kmsKeyId");
      return this;
    }

    /**
     * Initializes the optional value {@link LogGroup#kmsKeyId() kmsKeyId} to kmsKeyId.
     * @param kmsKeyId The value for kmsKeyId
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder kmsKeyId(Optional<? extends Expr> kmsKeyId) {
      this.kmsKeyId = kmsKeyId.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link LogGroup#tags() tags} list.
     * @param element A tags element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addTags(Tag element) {
      this.tags.add(Objects.requireNonNull(element, "tags element"));
      return this;
    }

    /**
     * Adds elements to {@link LogGroup#tags() tags} list.
     * @param elements An array of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addTags(Tag... elements) {
      for (Tag element : elements) {
        this.tags.add(Objects.requireNonNull(element, "tags element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link LogGroup#tags() tags} list.
     * @param elements An iterable of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder tags(Iterable<? extends Tag> elements) {
      this.tags.clear();
      return addAllTags(elements);
    }

    /**
     * Adds elements to {@link LogGroup#tags() tags} list.
     * @param elements An iterable of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllTags(Iterable<? extends Tag> elements) {
      for (Tag element : elements) {
        this.tags.add(Objects.requireNonNull(element, "tags element"));
      }
      return this;
    }

    /**
     * Builds a new {@link LogGroup LogGroup}.
     * @return An immutable instance of LogGroup
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public LogGroup build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableLogGroup(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          logGroupName,
          retentionInDays,
          kmsKeyId,
          createUnmodifiableList(true, tags));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      return "Cannot build LogGroup, some of required attributes are not set " + attributes;
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
