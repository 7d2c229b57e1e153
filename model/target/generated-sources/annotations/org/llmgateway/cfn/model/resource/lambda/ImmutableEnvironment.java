package org.llmgateway.cfn.model.resource.lambda;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Immutable implementation of {@link Function.Environment}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableEnvironment.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableEnvironment.of()}.
 */
@Generated(from = "Function.Environment", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableEnvironment
    implements Function.Environment {
  private final Map<String, Expr> variables;

  private ImmutableEnvironment(Map<String, ? extends Expr> variables) {
    this.variables = createUnmodifiableMap(true, false, variables);
  }

  private ImmutableEnvironment(
      ImmutableEnvironment original,
      Map<String, Expr> variables) {
    this.variables = variables;
  }

  /**
   * @return The value of the {@code variables} attribute
   */
  @Override
  public Map<String, Expr> variables() {
    return variables;
  }

  /**
   * Copy the current immutable object by replacing the {@link Function.Environment#variables() variables} map with the specified map.
   * Nulls are not permitted as keys or values.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param entries The entries to replace the variables map
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironment withVariables(Map<String, ? extends Expr> entries) {
    if (this.variables == entries) return this;
    Map<String, Expr> newValue = createUnmodifiableMap(true, false, entries);
    return new ImmutableEnvironment(this, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableEnvironment} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableEnvironment
        && equalsByValue((ImmutableEnvironment) another);
  }

  private boolean equalsByValue(ImmutableEnvironment another) {
    return variables.equals(another.variables);
  }

  /**
   * Computes a hash code from attributes: {@code variables}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + variables.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Environment} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Environment{"
        + "variables=" + variables
        + "}";
  }

  /**
   * Construct a new immutable {@code Environment} instance.
   * @param variables The value for the {@code variables} attribute
   * @return An immutable Environment instance
   */
  public static Function.Environment of(Map<String, ? extends Expr> variables) {
    return new ImmutableEnvironment(variables);
  }

  /**
   * Creates an immutable copy of a {@link Function.Environment} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Environment instance
   */
  public static Function.Environment copyOf(Function.Environment instance) {
    if (instance instanceof ImmutableEnvironment) {
      return (ImmutableEnvironment) instance;
    }
    return ImmutableEnvironment.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Function.Environment Environment}.
   * <pre>
   * ImmutableEnvironment.builder()
   *    .putVariables|putAllVariables(String =&gt; org.llmgateway.cfn.model.intrinsic.Expr) // {@link Function.Environment#variables() variables} mappings
   *    .build();
   * </pre>
   * @return A new Environment builder
   */
  public static ImmutableEnvironment.Builder builder() {
    return new ImmutableEnvironment.Builder();
  }

  /**
   * Builds instances of type {@link Function.Environment Environment}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Function.Environment", generator = "Immutables")
  public static final class Builder {
    private Map<String, Expr> variables = new LinkedHashMap<String, Expr>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Environment} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Function.Environment instance) {
      Objects.requireNonNull(instance, "instance");
      putAllVariables(instance.variables());
      return this;
    }

    /**
     * Put one entry to the {@link Function.Environment#variables() variables} map.
     * @param key The key in the variables map
     * @param value The associated value in the variables map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putVariables(String key, Expr value) {
      this.variables.put(
          Objects.requireNonNull(key, "variables key"),
          Objects.requireNonNull(value, value == null ? "variables value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link Function.Environment#variables() variables} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putVariables(Map.Entry<String, ? extends Expr> entry) {
      String k = entry.getKey();
      Expr v = entry.getValue();
      this.variables.put(
          Objects.requireNonNull(k, "variables key"),
          Objects.requireNonNull(v, v == null ? "variables value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link Function.Environment#variables() variables} map. Nulls are not permitted
     * @param entries The entries that will be added to the variables map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder variables(Map<String, ? extends Expr> entries) {
      this.variables.clear();
      return putAllVariables(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link Function.Environment#variables() variables} map. Nulls are not permitted
     * @param entries The entries that will be added to the variables map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllVariables(Map<String, ? extends Expr> entries) {
      for (Map.Entry<String, ? extends Expr> e : entries.entrySet()) {
        String k = e.getKey();
        Expr v = e.getValue();
        this.variables.put(
            Objects.requireNonNull(k, "variables key"),
            Objects.requireNonNull(v, v == null ? "variables value for key: " + k : null));
      }
      return this;
    }

    /**
     * Builds a new {@link Function.Environment Environment}.
     * @return An immutable instance of Environment
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Function.Environment build() {
      return new ImmutableEnvironment(null, createUnmodifiableMap(false, false, variables));
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
