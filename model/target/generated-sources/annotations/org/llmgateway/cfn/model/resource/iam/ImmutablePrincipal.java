package org.llmgateway.cfn.model.resource.iam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Principal}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutablePrincipal.builder()}.
 */
@Generated(from = "Principal", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutablePrincipal implements Principal {
  private final List<Expr> service;
  private final List<Expr> aws;

  private ImmutablePrincipal(
      List<Expr> service,
      List<Expr> aws) {
    this.service = service;
    this.aws = aws;
  }

  /**
   * @return The value of the {@code service} attribute
   */
  @Override
  public List<Expr> service() {
    return service;
  }

  /**
   * @return The value of the {@code aws} attribute
   */
  @Override
  public List<Expr> aws() {
    return aws;
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Principal#service() service}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutablePrincipal withService(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutablePrincipal(newValue, this.aws);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Principal#service() service}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of service elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePrincipal withService(Iterable<? extends Expr> elements) {
    if (this.service == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutablePrincipal(newValue, this.aws);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Principal#aws() aws}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutablePrincipal withAws(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutablePrincipal(this.service, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Principal#aws() aws}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of aws elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutablePrincipal withAws(Iterable<? extends Expr> elements) {
    if (this.aws == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutablePrincipal(this.service, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePrincipal} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePrincipal
        && equalsByValue((ImmutablePrincipal) another);
  }

  private boolean equalsByValue(ImmutablePrincipal another) {
    return service.equals(another.service)
        && aws.equals(another.aws);
  }

  /**
   * Computes a hash code from attributes: {@code service}, {@code aws}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + service.hashCode();
    h += (h << 5) + aws.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Principal} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Principal{"
        + "service=" + service
        + ", aws=" + aws
        + "}";
  }

  /**
   * Creates an immutable copy of a {@link Principal} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Principal instance
   */
  public static Principal copyOf(Principal instance) {
    if (instance instanceof ImmutablePrincipal) {
      return (ImmutablePrincipal) instance;
    }
    return ImmutablePrincipal.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Principal Principal}.
   * <pre>
   * ImmutablePrincipal.builder()
   *    .addService|addAllService(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Principal#service() service} elements
   *    .addAws|addAllAws(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Principal#aws() aws} elements
   *    .build();
   * </pre>
   * @return A new Principal builder
   */
  public static ImmutablePrincipal.Builder builder() {
    return new ImmutablePrincipal.Builder();
  }

  /**
   * Builds instances of type {@link Principal Principal}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Principal", generator = "Immutables")
  public static final class Builder {
    private List<Expr> service = new ArrayList<Expr>();
    private List<Expr> aws = new ArrayList<Expr>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Principal} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Principal instance) {
      Objects.requireNonNull(instance, "instance");
      addAllService(instance.service());
      addAllAws(instance.aws());
      return this;
    }

    /**
     * Adds one element to {@link Principal#service() service} list.
     * @param element A service element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addService(Expr element) {
      this.service.add(Objects.requireNonNull(element, "service element"));
      return this;
    }

    /**
     * Adds elements to {@link Principal#service() service} list.
     * @param elements An array of service elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addService(Expr... elements) {
      for (Expr element : elements) {
        this.service.add(Objects.requireNonNull(element, "service element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Principal#service() service} list.
     * @param elements An iterable of service elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder service(Iterable<? extends Expr> elements) {
      this.service.clear();
      return addAllService(elements);
    }

    /**
     * Adds elements to {@link Principal#service() service} list.
     * @param elements An iterable of service elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllService(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.service.add(Objects.requireNonNull(element, "service element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Principal#aws() aws} list.
     * @param element A aws element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAws(Expr element) {
      this.aws.add(Objects.requireNonNull(element, "aws element"));
      return this;
    }

    /**
     * Adds elements to {@link Principal#aws() aws} list.
     * @param elements An array of aws elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAws(Expr... elements) {
      for (Expr element : elements) {
        this.aws.add(Objects.requireNonNull(element, "aws element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Principal#aws() aws} list.
     * @param elements An iterable of aws elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder aws(Iterable<? extends Expr> elements) {
      this.aws.clear();
      return addAllAws(elements);
    }

    /**
     * Adds elements to {@link Principal#aws() aws} list.
     * @param elements An iterable of aws elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllAws(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.aws.add(Objects.requireNonNull(element, "aws element"));
      }
      return this;
    }

    /**
     * Builds a new {@link Principal Principal}.
     * @return An immutable instance of Principal
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Principal build() {
      return new ImmutablePrincipal(createUnmodifiableList(true, service), createUnmodifiableList(true, aws));
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
