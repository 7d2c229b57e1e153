package org.llmgateway.cfn.model.resource.ec2;

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
 * Immutable implementation of {@link Vpc}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableVpc.builder()}.
 */
@Generated(from = "Vpc", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableVpc implements Vpc {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final Expr cidrBlock;
  private final Expr enableDnsHostnames;
  private final Expr enableDnsSupport;
  private final Expr instanceTenancy;
  private final List<Tag> tags;

  private ImmutableVpc(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      Expr cidrBlock,
      Expr enableDnsHostnames,
      Expr enableDnsSupport,
      Expr instanceTenancy,
      List<Tag> tags) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.cidrBlock = cidrBlock;
    this.enableDnsHostnames = enableDnsHostnames;
    this.enableDnsSupport = enableDnsSupport;
    this.instanceTenancy = instanceTenancy;
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
   * @return The value of the {@code cidrBlock} attribute
   */
  @Override
  public Expr cidrBlock() {
    return cidrBlock;
  }

  /**
   * @return The value of the {@code enableDnsHostnames} attribute
   */
  @Override
  public Optional<Expr> enableDnsHostnames() {
    return Optional.ofNullable(enableDnsHostnames);
  }

  /**
   * @return The value of the {@code enableDnsSupport} attribute
   */
  @Override
  public Optional<Expr> enableDnsSupport() {
    return Optional.ofNullable(enableDnsSupport);
  }

  /**
   * @return The value of the {@code instanceTenancy} attribute
   */
  @Override
  public Optional<Expr> instanceTenancy() {
    return Optional.ofNullable(instanceTenancy);
  }

  /**
   * @return The value of the {@code tags} attribute
   */
  @Override
  public List<Tag> tags() {
    return tags;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Vpc#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVpc withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableVpc(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Vpc#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableVpc withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableVpc(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Vpc#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableVpc(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Vpc#cidrBlock() cidrBlock} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for cidrBlock
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableVpc withCidrBlock(Expr value) {
    if (this.cidrBlock == value) return this;
    Expr newValue = Objects.requireNonNull(value, "cidrBlock");
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#enableDnsHostnames() enableDnsHostnames} attribute.
   * @param value The value for enableDnsHostnames
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withEnableDnsHostnames(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "enableDnsHostnames");
    if (this.enableDnsHostnames == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        newValue,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#enableDnsHostnames() enableDnsHostnames} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for enableDnsHostnames
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withEnableDnsHostnames(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.enableDnsHostnames == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        value,
        this.enableDnsSupport,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#enableDnsSupport() enableDnsSupport} attribute.
   * @param value The value for enableDnsSupport
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withEnableDnsSupport(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "enableDnsSupport");
    if (this.enableDnsSupport == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        newValue,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#enableDnsSupport() enableDnsSupport} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for enableDnsSupport
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withEnableDnsSupport(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.enableDnsSupport == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        value,
        this.instanceTenancy,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Vpc#instanceTenancy() instanceTenancy} attribute.
   * @param value The value for instanceTenancy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withInstanceTenancy(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "instanceTenancy");
    if (this.instanceTenancy == newValue) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        newValue,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Vpc#instanceTenancy() instanceTenancy} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for instanceTenancy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableVpc withInstanceTenancy(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.instanceTenancy == value) return this;
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        value,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Vpc#tags() tags}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableVpc withTags(Tag... elements) {
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Vpc#tags() tags}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of tags elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpc withTags(Iterable<? extends Tag> elements) {
    if (this.tags == elements) return this;
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableVpc(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.cidrBlock,
        this.enableDnsHostnames,
        this.enableDnsSupport,
        this.instanceTenancy,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableVpc} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableVpc
        && equalsByValue((ImmutableVpc) another);
  }

  private boolean equalsByValue(ImmutableVpc another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && cidrBlock.equals(another.cidrBlock)
        && Objects.equals(enableDnsHostnames, another.enableDnsHostnames)
        && Objects.equals(enableDnsSupport, another.enableDnsSupport)
        && Objects.equals(instanceTenancy, another.instanceTenancy)
        && tags.equals(another.tags);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code cidrBlock}, {@code enableDnsHostnames}, {@code enableDnsSupport}, {@code instanceTenancy}, {@code tags}.
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
    h += (h << 5) + cidrBlock.hashCode();
    h += (h << 5) + Objects.hashCode(enableDnsHostnames);
    h += (h << 5) + Objects.hashCode(enableDnsSupport);
    h += (h << 5) + Objects.hashCode(instanceTenancy);
    h += (h << 5) + tags.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Vpc} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Vpc{");
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
    builder.append("cidrBlock=").append(cidrBlock);
    if (enableDnsHostnames != null) {
      builder.append(", ");
      builder.append("enableDnsHostnames=").append(enableDnsHostnames);
    }
    if (enableDnsSupport != null) {
      builder.append(", ");
      builder.append("enableDnsSupport=").append(enableDnsSupport);
    }
    if (instanceTenancy != null) {
      builder.append(", ");
      builder.append("instanceTenancy=").append(instanceTenancy);
    }
    builder.append(", ");
    builder.append("tags=").append(tags);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Vpc} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Vpc instance
   */
  public static Vpc copyOf(Vpc instance) {
    if (instance instanceof ImmutableVpc) {
      return (ImmutableVpc) instance;
    }
    return ImmutableVpc.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Vpc Vpc}.
   * <pre>
   * ImmutableVpc.builder()
   *    .logicalId(String) // required {@link Vpc#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link Vpc#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link Vpc#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Vpc#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Vpc#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link Vpc#metadata() metadata}
   *    .cidrBlock(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Vpc#cidrBlock() cidrBlock}
   *    .enableDnsHostnames(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Vpc#enableDnsHostnames() enableDnsHostnames}
   *    .enableDnsSupport(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Vpc#enableDnsSupport() enableDnsSupport}
   *    .instanceTenancy(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Vpc#instanceTenancy() instanceTenancy}
   *    .addTags|addAllTags(org.llmgateway.cfn.model.resource.Tag) // {@link Vpc#tags() tags} elements
   *    .build();
   * </pre>
   * @return A new Vpc builder
   */
  public static ImmutableVpc.Builder builder() {
    return new ImmutableVpc.Builder();
  }

  /**
   * Builds instances of type {@link Vpc Vpc}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Vpc", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_CIDR_BLOCK = 0x2L;
    private long initBits = 0x3L;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private Expr cidrBlock;
    private Expr enableDnsHostnames;
    private Expr enableDnsSupport;
    private Expr instanceTenancy;
    private List<Tag> tags = new ArrayList<Tag>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.ec2.Vpc} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Vpc instance) {
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
      if (object instanceof Vpc) {
        Vpc instance = (Vpc) object;
        Optional<Expr> instanceTenancyOptional = instance.instanceTenancy();
        if (instanceTenancyOptional.isPresent()) {
          instanceTenancy(instanceTenancyOptional);
        }
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
        this.cidrBlock(instance.cidrBlock());
        Optional<Expr> enableDnsSupportOptional = instance.enableDnsSupport();
        if (enableDnsSupportOptional.isPresent()) {
          enableDnsSupport(enableDnsSupportOptional);
        }
        Optional<Expr> enableDnsHostnamesOptional = instance.enableDnsHostnames();
        if (enableDnsHostnamesOptional.isPresent()) {
          enableDnsHostnames(enableDnsHostnamesOptional);
        }
        if ((bits & 0x10L) == 0) {
          Optional<DeletionPolicy> deletionPolicyOptional = instance.deletionPolicy();
          if (deletionPolicyOptional.isPresent()) {
            deletionPolicy(deletionPolicyOptional);
          }
          bits |= 0x10L;
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
     * Initializes the value for the {@link Vpc#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link Vpc#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link Vpc#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link Vpc#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link Vpc#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link Vpc#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Vpc#cidrBlock() cidrBlock} attribute.
     * @param cidrBlock The value for cidrBlock 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder cidrBlock(Expr cidrBlock) {
      this.cidrBlock = Objects.requireNonNull(cidrBlock, "cidrBlock");
      initBits &= ~INIT_BIT_CIDR_BLOCK;
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#enableDnsHostnames() enableDnsHostnames} to enableDnsHostnames.
     * @param enableDnsHostnames The value for enableDnsHostnames
     * @return {@code this} builder for chained invocation
     */
    public final Builder enableDnsHostnames(Expr enableDnsHostnames) {
      this.enableDnsHostnames = Objects.requireNonNull(enableDnsHostnames, "enableDnsHostnames");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#enableDnsHostnames() enableDnsHostnames} to enableDnsHostnames.
     * @param enableDnsHostnames The value for enableDnsHostnames
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder enableDnsHostnames(Optional<? extends Expr> enableDnsHostnames) {
      this.enableDnsHostnames = enableDnsHostnames.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#enableDnsSupport() enableDnsSupport} to enableDnsSupport.
     * @param enableDnsSupport The value for enableDnsSupport
     * @return {@code this} builder for chained invocation
     */
    public final Builder enableDnsSupport(Expr enableDnsSupport) {
      this.enableDnsSupport = Objects.requireNonNull(enableDnsSupport, "enableDnsSupport");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#enableDnsSupport() enableDnsSupport} to enableDnsSupport.
     * @param enableDnsSupport The value for enableDnsSupport
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder enableDnsSupport(Optional<? extends Expr> enableDnsSupport) {
      this.enableDnsSupport = enableDnsSupport.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#instanceTenancy() instanceTenancy} to instanceTenancy.
     * @param instanceTenancy The value for instanceTenancy
     * @return {@code this} builder for chained invocation
     */
    public final Builder instanceTenancy(Expr instanceTenancy) {
      this.instanceTenancy = Objects.requireNonNull(instanceTenancy, "instanceTenancy");
      return this;
    }

    /**
     * Initializes the optional value {@link Vpc#instanceTenancy() instanceTenancy} to instanceTenancy.
     * @param instanceTenancy The value for instanceTenancy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder instanceTenancy(Optional<? extends Expr> instanceTenancy) {
      this.instanceTenancy = instanceTenancy.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Vpc#tags() tags} list.
     * @param element A tags element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addTags(Tag element) {
      this.tags.add(Objects.requireNonNull(element, "tags element"));
      return this;
    }

    /**
     * Adds elements to {@link Vpc#tags() tags} list.
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
     * Sets or replaces all elements for {@link Vpc#tags() tags} list.
     * @param elements An iterable of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder tags(Iterable<? extends Tag> elements) {
      this.tags.clear();
      return addAllTags(elements);
    }

    /**
     * Adds elements to {@link Vpc#tags() tags} list.
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
     * Builds a new {@link Vpc Vpc}.
     * @return An immutable instance of Vpc
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Vpc build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableVpc(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          cidrBlock,
          enableDnsHostnames,
          enableDnsSupport,
          instanceTenancy,
          createUnmodifiableList(true, tags));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_CIDR_BLOCK) != 0) attributes.add("cidrBlock");
      return "Cannot build Vpc, some of required attributes are not set " + attributes;
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
