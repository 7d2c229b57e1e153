package org.llmgateway.cfn.model.resource.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Policy}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePolicy.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutablePolicy.of()}.
 */
@Generated(from = "Policy", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutablePolicy implements Policy {
  private final String policyName;
  private final PolicyDocument policyDocument;

  private ImmutablePolicy(String policyName, PolicyDocument policyDocument) {
    this.policyName = Objects.requireNonNull(policyName, "policyName");
    this.policyDocument = Objects.requireNonNull(policyDocument, "policyDocument");
  }

  private ImmutablePolicy(
      ImmutablePolicy original,
      String policyName,
      PolicyDocument policyDocument) {
    this.policyName = policyName;
    this.policyDocument = policyDocument;
  }

  /**
   * @return The value of the {@code policyName} attribute
   */
  @Override
  public String policyName() {
    return policyName;
  }

  /**
   * @return The value of the {@code policyDocument} attribute
   */
  @Override
  public PolicyDocument policyDocument() {
    return policyDocument;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Policy#policyName() policyName} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for policyName
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePolicy withPolicyName(String value) {
    String newValue = Objects.requireNonNull(value, "policyName");
    if (this.policyName.equals(newValue)) return this;
    return new ImmutablePolicy(this, newValue, this.policyDocument);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Policy#policyDocument() policyDocument} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for policyDocument
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePolicy withPolicyDocument(PolicyDocument value) {
    if (this.policyDocument == value) return this;
    PolicyDocument newValue = Objects.requireNonNull(value, "policyDocument");
    return new ImmutablePolicy(this, this.policyName, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePolicy} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePolicy
        && equalsByValue((ImmutablePolicy) another);
  }

  private boolean equalsByValue(ImmutablePolicy another) {
    return policyName.equals(another.policyName)
        && policyDocument.equals(another.policyDocument);
  }

  /**
   * Computes a hash code from attributes: {@code policyName}, {@code policyDocument}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + policyName.hashCode();
    h += (h << 5) + policyDocument.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Policy} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Policy{"
        + "policyName=" + policyName
        + ", policyDocument=" + policyDocument
        + "}";
  }

  /**
   * Construct a new immutable {@code Policy} instance.
   * @param policyName The value for the {@code policyName} attribute
   * @param policyDocument The value for the {@code policyDocument} attribute
   * @return An immutable Policy instance
   */
  public static Policy of(String policyName, PolicyDocument policyDocument) {
    return new ImmutablePolicy(policyName, policyDocument);
  }

  /**
   * Creates an immutable copy of a {@link Policy} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Policy instance
   */
  public static Policy copyOf(Policy instance) {
    if (instance instanceof ImmutablePolicy) {
      return (ImmutablePolicy) instance;
    }
    return ImmutablePolicy.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Policy Policy}.
   * <pre>
   * ImmutablePolicy.builder()
   *    .policyName(String) // required {@link Policy#policyName() policyName}
   *    .policyDocument(org.llmgateway.cfn.model.resource.iam.PolicyDocument) // required {@link Policy#policyDocument() policyDocument}
   *    .build();
   * </pre>
   * @return A new Policy builder
   */
  public static ImmutablePolicy.Builder builder() {
    return new ImmutablePolicy.Builder();
  }

  /**
   * Builds instances of type {@link Policy Policy}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Policy", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_POLICY_NAME = 0x1L;
    private static final long INIT_BIT_POLICY_DOCUMENT = 0x2L;
    private long initBits = 0x3L;

    private String policyName;
    private PolicyDocument policyDocument;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Policy} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Policy instance) {
      Objects.requireNonNull(instance, "instance");
      this.policyName(instance.policyName());
      this.policyDocument(instance.policyDocument());
      return this;
    }

    /**
     * Initializes the value for the {@link Policy#policyName() policyName} attribute.
     * @param policyName The value for policyName 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder policyName(String policyName) {
      this.policyName = Objects.requireNonNull(policyName, "policyName");
      initBits &= ~INIT_BIT_POLICY_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link Policy#policyDocument() policyDocument} attribute.
     * @param policyDocument The value for policyDocument 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder policyDocument(PolicyDocument policyDocument) {
      this.policyDocument = Objects.requireNonNull(policyDocument, "policyDocument");
      initBits &= ~INIT_BIT_POLICY_DOCUMENT;
      return this;
    }

    /**
     * Builds a new {@link Policy Policy}.
     * @return An immutable instance of Policy
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Policy build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutablePolicy(null, policyName, policyDocument);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_POLICY_NAME) != 0) attributes.add("policyName");
      if ((initBits & INIT_BIT_POLICY_DOCUMENT) != 0) attributes.add("policyDocument");
      return "Cannot build Policy, some of required attributes are not set " + attributes;
    }
  }
}
