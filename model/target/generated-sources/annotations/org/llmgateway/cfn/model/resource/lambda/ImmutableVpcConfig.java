package org.llmgateway.cfn.model.resource.lambda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Function.VpcConfig}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableVpcConfig.builder()}.
 */
@Generated(from = "Function.VpcConfig", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableVpcConfig implements Function.VpcConfig {
  private final List<Expr> subnetIds;
  private final List<Expr> securityGroupIds;

  private ImmutableVpcConfig(
      List<Expr> subnetIds,
      List<Expr> securityGroupIds) {
    this.subnetIds = subnetIds;
    this.securityGroupIds = securityGroupIds;
  }

  /**
   * @return The value of the {@code subnetIds} attribute
   */
  @Override
  public List<Expr> subnetIds() {
    return subnetIds;
  }

  /**
   * @return The value of the {@code securityGroupIds} attribute
   */
  @Override
  public List<Expr> securityGroupIds() {
    return securityGroupIds;
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function.VpcConfig#subnetIds() subnetIds}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableVpcConfig withSubnetIds(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableVpcConfig(newValue, this.securityGroupIds);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function.VpcConfig#subnetIds() subnetIds}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of subnetIds elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpcConfig withSubnetIds(Iterable<? extends Expr> elements) {
    if (this.subnetIds == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableVpcConfig(newValue, this.securityGroupIds);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function.VpcConfig#securityGroupIds() securityGroupIds}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableVpcConfig withSecurityGroupIds(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableVpcConfig(this.subnetIds, newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function.VpcConfig#securityGroupIds() securityGroupIds}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of securityGroupIds elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableVpcConfig withSecurityGroupIds(Iterable<? extends Expr> elements) {
    if (this.securityGroupIds == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableVpcConfig(this.subnetIds, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableVpcConfig} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableVpcConfig
        && equalsByValue((ImmutableVpcConfig) another);
  }

  private boolean equalsByValue(ImmutableVpcConfig another) {
    return subnetIds.equals(another.subnetIds)
        && securityGroupIds.equals(another.securityGroupIds);
  }

  /**
   * Computes a hash code from attributes: {@code subnetIds}, {@code securityGroupIds}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + subnetIds.hashCode();
    h += (h << 5) + securityGroupIds.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code VpcConfig} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "VpcConfig{"
        + "subnetIds=" + subnetIds
        + ", securityGroupIds=" + securityGroupIds
        + "}";
  }

  /**
   * Creates an immutable copy of a {@link Function.VpcConfig} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable VpcConfig instance
   */
  public static Function.VpcConfig copyOf(Function.VpcConfig instance) {
    if (instance instanceof ImmutableVpcConfig) {
      return (ImmutableVpcConfig) instance;
    }
    return ImmutableVpcConfig.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Function.VpcConfig VpcConfig}.
   * <pre>
   * ImmutableVpcConfig.builder()
   *    .addSubnetIds|addAllSubnetIds(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Function.VpcConfig#subnetIds() subnetIds} elements
   *    .addSecurityGroupIds|addAllSecurityGroupIds(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Function.VpcConfig#securityGroupIds() securityGroupIds} elements
   *    .build();
   * </pre>
   * @return A new VpcConfig builder
   */
  public static ImmutableVpcConfig.Builder builder() {
    return new ImmutableVpcConfig.Builder();
  }

  /**
   * Builds instances of type {@link Function.VpcConfig VpcConfig}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Function.VpcConfig", generator = "Immutables")
  public static final class Builder {
    private List<Expr> subnetIds = new ArrayList<Expr>();
    private List<Expr> securityGroupIds = new ArrayList<Expr>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code VpcConfig} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Function.VpcConfig instance) {
      Objects.requireNonNull(instance, "instance");
      addAllSubnetIds(instance.subnetIds());
      addAllSecurityGroupIds(instance.securityGroupIds());
      return this;
    }

    /**
     * Adds one element to {@link Function.VpcConfig#subnetIds() subnetIds} list.
     * @param element A subnetIds element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addSubnetIds(Expr element) {
      this.subnetIds.add(Objects.requireNonNull(element, "subnetIds element"));
      return this;
    }

    /**
     * Adds elements to {@link Function.VpcConfig#subnetIds() subnetIds} list.
     * @param elements An array of subnetIds elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addSubnetIds(Expr... elements) {
      for (Expr element : elements) {
        this.subnetIds.add(Objects.requireNonNull(element, "subnetIds element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Function.VpcConfig#subnetIds() subnetIds} list.
     * @param elements An iterable of subnetIds elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder subnetIds(Iterable<? extends Expr> elements) {
      this.subnetIds.clear();
      return addAllSubnetIds(elements);
    }

    /**
     * Adds elements to {@link Function.VpcConfig#subnetIds() subnetIds} list.
     * @param elements An iterable of subnetIds elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllSubnetIds(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.subnetIds.add(Objects.requireNonNull(element, "subnetIds element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Function.VpcConfig#securityGroupIds() securityGroupIds} list.
     * @param element A securityGroupIds element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addSecurityGroupIds(Expr element) {
      this.securityGroupIds.add(Objects.requireNonNull(element, "securityGroupIds element"));
      return this;
    }

    /**
     * Adds elements to {@link Function.VpcConfig#securityGroupIds() securityGroupIds} list.
     * @param elements An array of securityGroupIds elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addSecurityGroupIds(Expr... elements) {
      for (Expr element : elements) {
        this.securityGroupIds.add(Objects.requireNonNull(element, "securityGroupIds element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Function.VpcConfig#securityGroupIds() securityGroupIds} list.
     * @param elements An iterable of securityGroupIds elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder securityGroupIds(Iterable<? extends Expr> elements) {
      this.securityGroupIds.clear();
      return addAllSecurityGroupIds(elements);
    }

    /**
     * Adds elements to {@link Function.VpcConfig#securityGroupIds() securityGroupIds} list.
     * @param elements An iterable of securityGroupIds elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllSecurityGroupIds(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.securityGroupIds.add(Objects.requireNonNull(element, "securityGroupIds element"));
      }
      return this;
    }

    /**
     * Builds a new {@link Function.VpcConfig VpcConfig}.
     * @return An immutable instance of VpcConfig
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Function.VpcConfig build() {
      return new ImmutableVpcConfig(createUnmodifiableList(true, subnetIds), createUnmodifiableList(true, securityGroupIds));
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
