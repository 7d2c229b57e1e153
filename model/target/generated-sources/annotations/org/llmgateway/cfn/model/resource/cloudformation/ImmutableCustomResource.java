package org.llmgateway.cfn.model.resource.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Referable;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Resource;

/**
 * Immutable implementation of {@link CustomResource}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableCustomResource.builder()}.
 */
@Generated(from = "CustomResource", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableCustomResource
    implements CustomResource {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final String customType;
  private final Expr serviceToken;
  private final Map<String, Expr> customProperties;

  private ImmutableCustomResource(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      String customType,
      Expr serviceToken,
      Map<String, Expr> customProperties) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.customType = customType;
    this.serviceToken = serviceToken;
    this.customProperties = customProperties;
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
   * @return The value of the {@code customType} attribute
   */
  @Override
  public String customType() {
    return customType;
  }

  /**
   * @return The value of the {@code serviceToken} attribute
   */
  @Override
  public Expr serviceToken() {
    return serviceToken;
  }

  /**
   * @return The value of the {@code customProperties} attribute
   */
  @Override
  public Map<String, Expr> customProperties() {
    return customProperties;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link CustomResource#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCustomResource withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableCustomResource(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link CustomResource#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableCustomResource withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableCustomResource(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link CustomResource#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCustomResource withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableCustomResource(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link CustomResource#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCustomResource withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link CustomResource#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCustomResource withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link CustomResource#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCustomResource withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link CustomResource#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCustomResource withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link CustomResource#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCustomResource withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link CustomResource#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCustomResource withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link CustomResource#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCustomResource withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link CustomResource#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableCustomResource withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.customType,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link CustomResource#customType() customType} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for customType
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCustomResource withCustomType(String value) {
    String newValue = Objects.requireNonNull(value, "customType");
    if (this.customType.equals(newValue)) return this;
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.serviceToken,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link CustomResource#serviceToken() serviceToken} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for serviceToken
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableCustomResource withServiceToken(Expr value) {
    if (this.serviceToken == value) return this;
    Expr newValue = Objects.requireNonNull(value, "serviceToken");
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        newValue,
        this.customProperties);
  }

  /**
   * Copy the current immutable object by replacing the {@link CustomResource#customProperties() customProperties} map with the specified map.
   * Nulls are not permitted as keys or values.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param entries The entries to replace the customProperties map
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableCustomResource withCustomProperties(Map<String, ? extends Expr> entries) {
    if (this.customProperties == entries) return this;
    Map<String, Expr> newValue = createUnmodifiableMap(true, false, entries);
    return new ImmutableCustomResource(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.customType,
        this.serviceToken,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableCustomResource} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableCustomResource
        && equalsByValue((ImmutableCustomResource) another);
  }

  private boolean equalsByValue(ImmutableCustomResource another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && customType.equals(another.customType)
        && serviceToken.equals(another.serviceToken)
        && customProperties.equals(another.customProperties);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code customType}, {@code serviceToken}, {@code customProperties}.
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
    h += (h << 5) + customType.hashCode();
    h += (h << 5) + serviceToken.hashCode();
    h += (h << 5) + customProperties.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code CustomResource} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("CustomResource{");
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
    builder.append("customType=").append(customType);
    builder.append(", ");
    builder.append("serviceToken=").append(serviceToken);
    builder.append(", ");
    builder.append("customProperties=").append(customProperties);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link CustomResource} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable CustomResource instance
   */
  public static CustomResource copyOf(CustomResource instance) {
    if (instance instanceof ImmutableCustomResource) {
      return (ImmutableCustomResource) instance;
    }
    return ImmutableCustomResource.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link CustomResource CustomResource}.
   * <pre>
   * ImmutableCustomResource.builder()
   *    .logicalId(String) // required {@link CustomResource#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link CustomResource#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link CustomResource#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link CustomResource#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link CustomResource#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link CustomResource#metadata() metadata}
   *    .customType(String) // required {@link CustomResource#customType() customType}
   *    .serviceToken(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link CustomResource#serviceToken() serviceToken}
   *    .putCustomProperties|putAllCustomProperties(String =&gt; org.llmgateway.cfn.model.intrinsic.Expr) // {@link CustomResource#customProperties() customProperties} mappings
   *    .build();
   * </pre>
   * @return A new CustomResource builder
   */
  public static ImmutableCustomResource.Builder builder() {
    return new ImmutableCustomResource.Builder();
  }

  /**
   * Builds instances of type {@link CustomResource CustomResource}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "CustomResource", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_CUSTOM_TYPE = 0x2L;
    private static final long INIT_BIT_SERVICE_TOKEN = 0x4L;
    private long initBits = 0x7L;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private String customType;
    private Expr serviceToken;
    private Map<String, Expr> customProperties = new LinkedHashMap<String, Expr>();

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
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.template.Resource} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Resource instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.cloudformation.CustomResource} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(CustomResource instance) {
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
      if (object instanceof CustomResource) {
        CustomResource instance = (CustomResource) object;
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
        this.customType(instance.customType());
        putAllCustomProperties(instance.customProperties());
        if ((bits & 0x2L) == 0) {
          addAllDependsOn(instance.dependsOn());
          bits |= 0x2L;
        }
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        if ((bits & 0x10L) == 0) {
          Optional<DeletionPolicy> deletionPolicyOptional = instance.deletionPolicy();
          if (deletionPolicyOptional.isPresent()) {
            deletionPolicy(deletionPolicyOptional);
          }
          bits |= 0x10L;
        }
        this.serviceToken(instance.serviceToken());
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
     * Initializes the value for the {@link CustomResource#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link CustomResource#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link CustomResource#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link CustomResource#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link CustomResource#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link CustomResource#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link CustomResource#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link CustomResource#customType() customType} attribute.
     * @param customType The value for customType 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder customType(String customType) {
      this.customType = Objects.requireNonNull(customType, "customType");
      initBits &= ~INIT_BIT_CUSTOM_TYPE;
      return this;
    }

    /**
     * Initializes the value for the {@link CustomResource#serviceToken() serviceToken} attribute.
     * @param serviceToken The value for serviceToken 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder serviceToken(Expr serviceToken) {
      this.serviceToken = Objects.requireNonNull(serviceToken, "serviceToken");
      initBits &= ~INIT_BIT_SERVICE_TOKEN;
      return this;
    }

    /**
     * Put one entry to the {@link CustomResource#customProperties() customProperties} map.
     * @param key The key in the customProperties map
     * @param value The associated value in the customProperties map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putCustomProperties(String key, Expr value) {
      this.customProperties.put(
          Objects.requireNonNull(key, "customProperties key"),
          Objects.requireNonNull(value, value == null ? "customProperties value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link CustomResource#customProperties() customProperties} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putCustomProperties(Map.Entry<String, ? extends Expr> entry) {
      String k = entry.getKey();
      Expr v = entry.getValue();
      this.customProperties.put(
          Objects.requireNonNull(k, "customProperties key"),
          Objects.requireNonNull(v, v == null ? "customProperties value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link CustomResource#customProperties() customProperties} map. Nulls are not permitted
     * @param entries The entries that will be added to the customProperties map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder customProperties(Map<String, ? extends Expr> entries) {
      this.customProperties.clear();
      return putAllCustomProperties(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link CustomResource#customProperties() customProperties} map. Nulls are not permitted
     * @param entries The entries that will be added to the customProperties map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllCustomProperties(Map<String, ? extends Expr> entries) {
      for (Map.Entry<String, ? extends Expr> e : entries.entrySet()) {
        String k = e.getKey();
        Expr v = e.getValue();
        this.customProperties.put(
            Objects.requireNonNull(k, "customProperties key"),
            Objects.requireNonNull(v, v == null ? "customProperties value for key: " + k : null));
      }
      return this;
    }

    /**
     * Builds a new {@link CustomResource CustomResource}.
     * @return An immutable instance of CustomResource
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public CustomResource build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableCustomResource(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          customType,
          serviceToken,
          createUnmodifiableMap(false, false, customProperties));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_CUSTOM_TYPE) != 0) attributes.add("customType");
      if ((initBits & INIT_BIT_SERVICE_TOKEN) != 0) attributes.add("serviceToken");
      return "Cannot build CustomResource, some of required attributes are not set " + attributes;
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

  private static <K, V> Map<K, V> createUnmodifiableMap(boolean checkNulls, boolean skipNulls, Map<? extends K, ? extends V> map) {
    switch (map.size()) {
    case 0: return Collections.emptyMap();
    case 1: {
      Map.Entry<? extends K, ? extends V> e = map.entrySet().iterator().next();
      K k = e.getKey();
      V v = e.getValue();
      if (checkNulls) {
        Objects.requireNonNull(k, "key");
        Objects.requireNonNull(v, v == null ? "value for key: " + k : null);
      }
      if (skipNulls && (k == null || v == null)) {
        return Collections.emptyMap();
      }
      return Collections.singletonMap(k, v);
    }
    default: {
      Map<K, V> linkedMap = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      if (skipNulls || checkNulls) {
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
          K k = e.getKey();
          V v = e.getValue();
          if (skipNulls) {
            if (k == null || v == null) continue;
          } else if (checkNulls) {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, v == null ? "value for key: " + k : null);
          }
          linkedMap.put(k, v);
        }
      } else {
        linkedMap.putAll(map);
      }
      return Collections.unmodifiableMap(linkedMap);
    }
    }
  }
}
