package org.llmgateway.cfn.model.resource.iam;

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
 * Immutable implementation of {@link Role}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableRole.builder()}.
 */
@Generated(from = "Role", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableRole implements Role {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final Expr roleName;
  private final String description;
  private final PolicyDocument assumeRolePolicyDocument;
  private final List<Expr> managedPolicyArns;
  private final List<Policy> policies;
  private final List<Tag> tags;

  private ImmutableRole(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      Expr roleName,
      String description,
      PolicyDocument assumeRolePolicyDocument,
      List<Expr> managedPolicyArns,
      List<Policy> policies,
      List<Tag> tags) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.roleName = roleName;
    this.description = description;
    this.assumeRolePolicyDocument = assumeRolePolicyDocument;
    this.managedPolicyArns = managedPolicyArns;
    this.policies = policies;
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
   * @return The value of the {@code roleName} attribute
   */
  @Override
  public Optional<Expr> roleName() {
    return Optional.ofNullable(roleName);
  }

  /**
   * @return The value of the {@code description} attribute
   */
  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * @return The value of the {@code assumeRolePolicyDocument} attribute
   */
  @Override
  public PolicyDocument assumeRolePolicyDocument() {
    return assumeRolePolicyDocument;
  }

  /**
   * @return The value of the {@code managedPolicyArns} attribute
   */
  @Override
  public List<Expr> managedPolicyArns() {
    return managedPolicyArns;
  }

  /**
   * @return The value of the {@code policies} attribute
   */
  @Override
  public List<Policy> policies() {
    return policies;
  }

  /**
   * @return The value of the {@code tags} attribute
   */
  @Override
  public List<Tag> tags() {
    return tags;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Role#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRole withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableRole(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRole withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableRole(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableRole(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Role#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Role#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRole withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Role#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Role#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRole withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Role#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Role#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRole withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Role#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Role#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRole withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Role#roleName() roleName} attribute.
   * @param value The value for roleName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withRoleName(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "roleName");
    if (this.roleName == newValue) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Role#roleName() roleName} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for roleName
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableRole withRoleName(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.roleName == value) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        value,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Role#description() description} attribute.
   * @param value The value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withDescription(String value) {
    String newValue = Objects.requireNonNull(value, "description");
    if (Objects.equals(this.description, newValue)) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        newValue,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Role#description() description} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.description, value)) return this;
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        value,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Role#assumeRolePolicyDocument() assumeRolePolicyDocument} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for assumeRolePolicyDocument
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableRole withAssumeRolePolicyDocument(PolicyDocument value) {
    if (this.assumeRolePolicyDocument == value) return this;
    PolicyDocument newValue = Objects.requireNonNull(value, "assumeRolePolicyDocument");
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        newValue,
        this.managedPolicyArns,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#managedPolicyArns() managedPolicyArns}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRole withManagedPolicyArns(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        newValue,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#managedPolicyArns() managedPolicyArns}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of managedPolicyArns elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withManagedPolicyArns(Iterable<? extends Expr> elements) {
    if (this.managedPolicyArns == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        newValue,
        this.policies,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#policies() policies}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRole withPolicies(Policy... elements) {
    List<Policy> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        newValue,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#policies() policies}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of policies elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withPolicies(Iterable<? extends Policy> elements) {
    if (this.policies == elements) return this;
    List<Policy> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        newValue,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#tags() tags}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableRole withTags(Tag... elements) {
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Role#tags() tags}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of tags elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableRole withTags(Iterable<? extends Tag> elements) {
    if (this.tags == elements) return this;
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableRole(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.roleName,
        this.description,
        this.assumeRolePolicyDocument,
        this.managedPolicyArns,
        this.policies,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableRole} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableRole
        && equalsByValue((ImmutableRole) another);
  }

  private boolean equalsByValue(ImmutableRole another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && Objects.equals(roleName, another.roleName)
        && Objects.equals(description, another.description)
        && assumeRolePolicyDocument.equals(another.assumeRolePolicyDocument)
        && managedPolicyArns.equals(another.managedPolicyArns)
        && policies.equals(another.policies)
        && tags.equals(another.tags);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code roleName}, {@code description}, {@code assumeRolePolicyDocument}, {@code managedPolicyArns}, {@code policies}, {@code tags}.
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
    h += (h << 5) + Objects.hashCode(roleName);
    h += (h << 5) + Objects.hashCode(description);
    h += (h << 5) + assumeRolePolicyDocument.hashCode();
    h += (h << 5) + managedPolicyArns.hashCode();
    h += (h << 5) + policies.hashCode();
    h += (h << 5) + tags.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Role} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Role{");
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
    if (roleName != null) {
      builder.append(", ");
      builder.append("roleName=").append(roleName);
    }
    if (description != null) {
      builder.append(", ");
      builder.append("description=").append(description);
    }
    builder.append(", ");
    builder.append("assumeRolePolicyDocument=").append(assumeRolePolicyDocument);
    builder.append(", ");
    builder.append("managedPolicyArns=").append(managedPolicyArns);
    builder.append(", ");
    builder.append("policies=").append(policies);
    builder.append(", ");
    builder.append("tags=").append(tags);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Role} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Role instance
   */
  public static Role copyOf(Role instance) {
    if (instance instanceof ImmutableRole) {
      return (ImmutableRole) instance;
    }
    return ImmutableRole.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Role Role}.
   * <pre>
   * ImmutableRole.builder()
   *    .logicalId(String) // required {@link Role#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link Role#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link Role#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Role#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Role#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link Role#metadata() metadata}
   *    .roleName(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Role#roleName() roleName}
   *    .description(Optional&lt;String&gt;) // optional {@link Role#description() description}
   *    .assumeRolePolicyDocument(org.llmgateway.cfn.model.resource.iam.PolicyDocument) // required {@link Role#assumeRolePolicyDocument() assumeRolePolicyDocument}
   *    .addManagedPolicyArns|addAllManagedPolicyArns(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Role#managedPolicyArns() managedPolicyArns} elements
   *    .addPolicies|addAllPolicies(org.llmgateway.cfn.model.resource.iam.Policy) // {@link Role#policies() policies} elements
   *    .addTags|addAllTags(org.llmgateway.cfn.model.resource.Tag) // {@link Role#tags() tags} elements
   *    .build();
   * </pre>
   * @return A new Role builder
   */
  public static ImmutableRole.Builder builder() {
    return new ImmutableRole.Builder();
  }

  /**
   * Builds instances of type {@link Role Role}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Role", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_ASSUME_ROLE_POLICY_DOCUMENT = 0x2L;
    private long initBits = 0x3L;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private Expr roleName;
    private String description;
    private PolicyDocument assumeRolePolicyDocument;
    private List<Expr> managedPolicyArns = new ArrayList<Expr>();
    private List<Policy> policies = new ArrayList<Policy>();
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
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.iam.Role} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Role instance) {
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
      if (object instanceof Role) {
        Role instance = (Role) object;
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
        this.assumeRolePolicyDocument(instance.assumeRolePolicyDocument());
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        addAllManagedPolicyArns(instance.managedPolicyArns());
        addAllPolicies(instance.policies());
        Optional<Expr> roleNameOptional = instance.roleName();
        if (roleNameOptional.isPresent()) {
          roleName(roleNameOptional);
        }
        Optional<String> descriptionOptional = instance.description();
        if (descriptionOptional.isPresent()) {
          description(descriptionOptional);
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
     * Initializes the value for the {@link Role#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link Role#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link Role#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link Role#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link Role#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link Role#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Role#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Role#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Role#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Role#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Role#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Role#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link Role#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Role#roleName() roleName} to roleName.
     * @param roleName The value for roleName
     * @return {@code this} builder for chained invocation
     */
    public final Builder roleName(Expr roleName) {
      this.roleName = Objects.requireNonNull(roleName, "roleName");
      return this;
    }

    /**
     * Initializes the optional value {@link Role#roleName() roleName} to roleName.
     * @param roleName The value for roleName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder roleName(Optional<? extends Expr> roleName) {
      this.roleName = roleName.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Role#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for chained invocation
     */
    public final Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Initializes the optional value {@link Role#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder description(Optional<String> description) {
      this.description = description.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Role#assumeRolePolicyDocument() assumeRolePolicyDocument} attribute.
     * @param assumeRolePolicyDocument The value for assumeRolePolicyDocument 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder assumeRolePolicyDocument(PolicyDocument assumeRolePolicyDocument) {
      this.assumeRolePolicyDocument = Objects.requireNonNull(assumeRolePolicyDocument, "assumeRolePolicyDocument");
      initBits &= ~INIT_BIT_ASSUME_ROLE_POLICY_DOCUMENT;
      return this;
    }

    /**
     * Adds one element to {@link Role#managedPolicyArns() managedPolicyArns} list.
     * @param element A managedPolicyArns element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addManagedPolicyArns(Expr element) {
      this.managedPolicyArns.add(Objects.requireNonNull(element, "managedPolicyArns element"));
      return this;
    }

    /**
     * Adds elements to {@link Role#managedPolicyArns() managedPolicyArns} list.
     * @param elements An array of managedPolicyArns elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addManagedPolicyArns(Expr... elements) {
      for (Expr element : elements) {
        this.managedPolicyArns.add(Objects.requireNonNull(element, "managedPolicyArns element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Role#managedPolicyArns() managedPolicyArns} list.
     * @param elements An iterable of managedPolicyArns elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder managedPolicyArns(Iterable<? extends Expr> elements) {
      this.managedPolicyArns.clear();
      return addAllManagedPolicyArns(elements);
    }

    /**
     * Adds elements to {@link Role#managedPolicyArns() managedPolicyArns} list.
     * @param elements An iterable of managedPolicyArns elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllManagedPolicyArns(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.managedPolicyArns.add(Objects.requireNonNull(element, "managedPolicyArns element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Role#policies() policies} list.
     * @param element A policies element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addPolicies(Policy element) {
      this.policies.add(Objects.requireNonNull(element, "policies element"));
      return this;
    }

    /**
     * Adds elements to {@link Role#policies() policies} list.
     * @param elements An array of policies elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addPolicies(Policy... elements) {
      for (Policy element : elements) {
        this.policies.add(Objects.requireNonNull(element, "policies element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Role#policies() policies} list.
     * @param elements An iterable of policies elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder policies(Iterable<? extends Policy> elements) {
      this.policies.clear();
      return addAllPolicies(elements);
    }

    /**
     * Adds elements to {@link Role#policies() policies} list.
     * @param elements An iterable of policies elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllPolicies(Iterable<? extends Policy> elements) {
      for (Policy element : elements) {
        this.policies.add(Objects.requireNonNull(element, "policies element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Role#tags() tags} list.
     * @param element A tags element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addTags(Tag element) {
      this.tags.add(Objects.requireNonNull(element, "tags element"));
      return this;
    }

    /**
     * Adds elements to {@link Role#tags() tags} list.
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
     * Sets or replaces all elements for {@link Role#tags() tags} list.
     * @param elements An iterable of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder tags(Iterable<? extends Tag> elements) {
      this.tags.clear();
      return addAllTags(elements);
    }

    /**
     * Adds elements to {@link Role#tags() tags} list.
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
     * Builds a new {@link Role Role}.
     * @return An immutable instance of Role
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Role build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableRole(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          roleName,
          description,
          assumeRolePolicyDocument,
          createUnmodifiableList(true, managedPolicyArns),
          createUnmodifiableList(true, policies),
          createUnmodifiableList(true, tags));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_ASSUME_ROLE_POLICY_DOCUMENT) != 0) attributes.add("assumeRolePolicyDocument");
      return "Cannot build Role, some of required attributes are not set " + attributes;
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
