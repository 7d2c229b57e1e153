package org.llmgateway.cfn.model.resource.lambda;

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
 * Immutable implementation of {@link Permission}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePermission.builder()}.
 */
@Generated(from = "Permission", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutablePermission implements Permission {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final String action;
  private final Expr functionName;
  private final String principal;
  private final Expr sourceAccount;
  private final Expr sourceArn;

  private ImmutablePermission(ImmutablePermission.Builder builder) {
    this.logicalId = builder.logicalId;
    this.dependsOn = createUnmodifiableList(true, builder.dependsOn);
    this.condition = builder.condition;
    this.deletionPolicy = builder.deletionPolicy;
    this.updateReplacePolicy = builder.updateReplacePolicy;
    this.metadata = builder.metadata;
    this.functionName = builder.functionName;
    this.principal = builder.principal;
    this.sourceAccount = builder.sourceAccount;
    this.sourceArn = builder.sourceArn;
    this.action = builder.action != null
        ? builder.action
        : Objects.requireNonNull(Permission.super.action(), "action");
  }

  private ImmutablePermission(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      String action,
      Expr functionName,
      String principal,
      Expr sourceAccount,
      Expr sourceArn) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.action = action;
    this.functionName = functionName;
    this.principal = principal;
    this.sourceAccount = sourceAccount;
    this.sourceArn = sourceArn;
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
   * @return The value of the {@code action} attribute
   */
  @Override
  public String action() {
    return action;
  }

  /**
   * @return The value of the {@code functionName} attribute
   */
  @Override
  public Expr functionName() {
    return functionName;
  }

  /**
   * @return The value of the {@code principal} attribute
   */
  @Override
  public String principal() {
    return principal;
  }

  /**
   * @return The value of the {@code sourceAccount} attribute
   */
  @Override
  public Optional<Expr> sourceAccount() {
    return Optional.ofNullable(sourceAccount);
  }

  /**
   * @return The value of the {@code sourceArn} attribute
   */
  @Override
  public Optional<Expr> sourceArn() {
    return Optional.ofNullable(sourceArn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Permission#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePermission withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutablePermission(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Permission#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutablePermission withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutablePermission(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Permission#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutablePermission(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Permission#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Permission#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePermission withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Permission#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Permission#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePermission withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Permission#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Permission#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePermission withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Permission#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Permission#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePermission withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Permission#action() action} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for action
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePermission withAction(String value) {
    String newValue = Objects.requireNonNull(value, "action");
    if (this.action.equals(newValue)) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.functionName,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Permission#functionName() functionName} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for functionName
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePermission withFunctionName(Expr value) {
    if (this.functionName == value) return this;
    Expr newValue = Objects.requireNonNull(value, "functionName");
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        newValue,
        this.principal,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Permission#principal() principal} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for principal
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePermission withPrincipal(String value) {
    String newValue = Objects.requireNonNull(value, "principal");
    if (this.principal.equals(newValue)) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        newValue,
        this.sourceAccount,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Permission#sourceAccount() sourceAccount} attribute.
   * @param value The value for sourceAccount
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withSourceAccount(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "sourceAccount");
    if (this.sourceAccount == newValue) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        newValue,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Permission#sourceAccount() sourceAccount} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for sourceAccount
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePermission withSourceAccount(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.sourceAccount == value) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        value,
        this.sourceArn);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Permission#sourceArn() sourceArn} attribute.
   * @param value The value for sourceArn
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePermission withSourceArn(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "sourceArn");
    if (this.sourceArn == newValue) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        newValue);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Permission#sourceArn() sourceArn} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for sourceArn
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutablePermission withSourceArn(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.sourceArn == value) return this;
    return new ImmutablePermission(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.action,
        this.functionName,
        this.principal,
        this.sourceAccount,
        value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePermission} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePermission
        && equalsByValue((ImmutablePermission) another);
  }

  private boolean equalsByValue(ImmutablePermission another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && action.equals(another.action)
        && functionName.equals(another.functionName)
        && principal.equals(another.principal)
        && Objects.equals(sourceAccount, another.sourceAccount)
        && Objects.equals(sourceArn, another.sourceArn);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code action}, {@code functionName}, {@code principal}, {@code sourceAccount}, {@code sourceArn}.
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
    h += (h << 5) + action.hashCode();
    h += (h << 5) + functionName.hashCode();
    h += (h << 5) + principal.hashCode();
    h += (h << 5) + Objects.hashCode(sourceAccount);
    h += (h << 5) + Objects.hashCode(sourceArn);
    return h;
  }

  /**
   * Prints the immutable value {@code Permission} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Permission{");
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
    builder.append("action=").append(action);
    builder.append(", ");
    builder.append("functionName=").append(functionName);
    builder.append(", ");
    builder.append("principal=").append(principal);
    if (sourceAccount != null) {
      builder.append(", ");
      builder.append("sourceAccount=").append(sourceAccount);
    }
    if (sourceArn != null) {
      builder.append(", ");
      builder.append("sourceArn=").append(sourceArn);
    }
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Permission} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Permission instance
   */
  public static Permission copyOf(Permission instance) {
    if (instance instanceof ImmutablePermission) {
      return (ImmutablePermission) instance;
    }
    return ImmutablePermission.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Permission Permission}.
   * <pre>
   * ImmutablePermission.builder()
   *    .logicalId(String) // required {@link Permission#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link Permission#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link Permission#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Permission#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Permission#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link Permission#metadata() metadata}
   *    .action(String) // optional {@link Permission#action() action}
   *    .functionName(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Permission#functionName() functionName}
   *    .principal(String) // required {@link Permission#principal() principal}
   *    .sourceAccount(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Permission#sourceAccount() sourceAccount}
   *    .sourceArn(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Permission#sourceArn() sourceArn}
   *    .build();
   * </pre>
   * @return A new Permission builder
   */
  public static ImmutablePermission.Builder builder() {
    return new ImmutablePermission.Builder();
  }

  /**
   * Builds instances of type {@link Permission Permission}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Permission", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_FUNCTION_NAME = 0x2L;
    private static final long INIT_BIT_PRINCIPAL = 0x4L;
    private long initBits = 0x7L;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private String action;
    private Expr functionName;
    private String principal;
    private Expr sourceAccount;
    private Expr sourceArn;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.lambda.Permission} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Permission instance) {
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
      if (object instanceof Permission) {
        Permission instance = (Permission) object;
        this.principal(instance.principal());
        Optional<Expr> sourceArnOptional = instance.sourceArn();
        if (sourceArnOptional.isPresent()) {
          sourceArn(sourceArnOptional);
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
        Optional<Expr> sourceAccountOptional = instance.sourceAccount();
        if (sourceAccountOptional.isPresent()) {
          sourceAccount(sourceAccountOptional);
        }
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        this.functionName(instance.functionName());
        this.action(instance.action());
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
     * Initializes the value for the {@link Permission#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link Permission#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link Permission#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link Permission#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link Permission#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link Permission#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Permission#action() action} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Permission#action() action}.</em>
     * @param action The value for action 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder action(String action) {
      this.action = Objects.requireNonNull(action, "action");
      return this;
    }

    /**
     * Initializes the value for the {@link Permission#functionName() functionName} attribute.
     * @param functionName The value for functionName 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder functionName(Expr functionName) {
      this.functionName = Objects.requireNonNull(functionName, "functionName");
      initBits &= ~INIT_BIT_FUNCTION_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link Permission#principal() principal} attribute.
     * @param principal The value for principal 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder principal(String principal) {
      this.principal = Objects.requireNonNull(principal, "principal");
      initBits &= ~INIT_BIT_PRINCIPAL;
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#sourceAccount() sourceAccount} to sourceAccount.
     * @param sourceAccount The value for sourceAccount
     * @return {@code this} builder for chained invocation
     */
    public final Builder sourceAccount(Expr sourceAccount) {
      this.sourceAccount = Objects.requireNonNull(sourceAccount, "sourceAccount");
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#sourceAccount() sourceAccount} to sourceAccount.
     * @param sourceAccount The value for sourceAccount
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder sourceAccount(Optional<? extends Expr> sourceAccount) {
      this.sourceAccount = sourceAccount.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#sourceArn() sourceArn} to sourceArn.
     * @param sourceArn The value for sourceArn
     * @return {@code this} builder for chained invocation
     */
    public final Builder sourceArn(Expr sourceArn) {
      this.sourceArn = Objects.requireNonNull(sourceArn, "sourceArn");
      return this;
    }

    /**
     * Initializes the optional value {@link Permission#sourceArn() sourceArn} to sourceArn.
     * @param sourceArn The value for sourceArn
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder sourceArn(Optional<? extends Expr> sourceArn) {
      this.sourceArn = sourceArn.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link Permission Permission}.
     * @return An immutable instance of Permission
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Permission build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutablePermission(this);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_FUNCTION_NAME) != 0) attributes.add("functionName");
      if ((initBits & INIT_BIT_PRINCIPAL) != 0) attributes.add("principal");
      return "Cannot build Permission, some of required attributes are not set " + attributes;
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
