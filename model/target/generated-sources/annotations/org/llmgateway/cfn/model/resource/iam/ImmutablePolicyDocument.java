package org.llmgateway.cfn.model.resource.iam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link PolicyDocument}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePolicyDocument.builder()}.
 */
@Generated(from = "PolicyDocument", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutablePolicyDocument implements PolicyDocument {
  private final String version;
  private final List<Statement> statement;

  private ImmutablePolicyDocument(ImmutablePolicyDocument.Builder builder) {
    this.statement = createUnmodifiableList(true, builder.statement);
    this.version = builder.version != null
        ? builder.version
        : Objects.requireNonNull(PolicyDocument.super.version(), "version");
  }

  private ImmutablePolicyDocument(String version, List<Statement> statement) {
    this.version = version;
    this.statement = statement;
  }

  /**
   * @return The value of the {@code version} attribute
   */
  @Override
  public String version() {
    return version;
  }

  /**
   * @return The value of the {@code statement} attribute
   */
  @Override
  public List<Statement> statement() {
    return statement;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link PolicyDocument#version() version} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for version
   * @return A modified copy or the {@code this} object
   */
  public final ImmutablePolicyDocument withVersion(String value) {
    String newValue = Objects.requireNonNull(value, "version");
    if (this.version.equals(newValue)) return this;
    return new ImmutablePolicyDocument(newValue, this.statement);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link PolicyDocument#statement() statement}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutablePolicyDocument withStatement(Statement... elements) {
    List<Statement> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutablePolicyDocument(this.version, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link PolicyDocument#statement() statement}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of statement elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePolicyDocument withStatement(Iterable<? extends Statement> elements) {
    if (this.statement == elements) return this;
    List<Statement> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutablePolicyDocument(this.version, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePolicyDocument} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePolicyDocument
        && equalsByValue((ImmutablePolicyDocument) another);
  }

  private boolean equalsByValue(ImmutablePolicyDocument another) {
    return version.equals(another.version)
        && statement.equals(another.statement);
  }

  /**
   * Computes a hash code from attributes: {@code version}, {@code statement}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + version.hashCode();
    h += (h << 5) + statement.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code PolicyDocument} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "PolicyDocument{"
        + "version=" + version
        + ", statement=" + statement
        + "}";
  }

  /**
   * Creates an immutable copy of a {@link PolicyDocument} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable PolicyDocument instance
   */
  public static PolicyDocument copyOf(PolicyDocument instance) {
    if (instance instanceof ImmutablePolicyDocument) {
      return (ImmutablePolicyDocument) instance;
    }
    return ImmutablePolicyDocument.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link PolicyDocument PolicyDocument}.
   * <pre>
   * ImmutablePolicyDocument.builder()
   *    .version(String) // optional {@link PolicyDocument#version() version}
   *    .addStatement|addAllStatement(org.llmgateway.cfn.model.resource.iam.Statement) // {@link PolicyDocument#statement() statement} elements
   *    .build();
   * </pre>
   * @return A new PolicyDocument builder
   */
  public static ImmutablePolicyDocument.Builder builder() {
    return new ImmutablePolicyDocument.Builder();
  }

  /**
   * Builds instances of type {@link PolicyDocument PolicyDocument}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "PolicyDocument", generator = "Immutables")
  public static final class Builder {
    private String version;
    private List<Statement> statement = new ArrayList<Statement>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code PolicyDocument} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(PolicyDocument instance) {
      Objects.requireNonNull(instance, "instance");
      this.version(instance.version());
      addAllStatement(instance.statement());
      return this;
    }

    /**
     * Initializes the value for the {@link PolicyDocument#version() version} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link PolicyDocument#version() version}.</em>
     * @param version The value for version 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Adds one element to {@link PolicyDocument#statement() statement} list.
     * @param element A statement element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addStatement(Statement element) {
      this.statement.add(Objects.requireNonNull(element, "statement element"));
      return this;
    }

    /**
     * Adds elements to {@link PolicyDocument#statement() statement} list.
     * @param elements An array of statement elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addStatement(Statement... elements) {
      for (Statement element : elements) {
        this.statement.add(Objects.requireNonNull(element, "statement element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link PolicyDocument#statement() statement} list.
     * @param elements An iterable of statement elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder statement(Iterable<? extends Statement> elements) {
      this.statement.clear();
      return addAllStatement(elements);
    }

    /**
     * Adds elements to {@link PolicyDocument#statement() statement} list.
     * @param elements An iterable of statement elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllStatement(Iterable<? extends Statement> elements) {
      for (Statement element : elements) {
        this.statement.add(Objects.requireNonNull(element, "statement element"));
      }
      return this;
    }

    /**
     * Builds a new {@link PolicyDocument PolicyDocument}.
     * @return An immutable instance of PolicyDocument
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public PolicyDocument build() {
      return new ImmutablePolicyDocument(this);
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
