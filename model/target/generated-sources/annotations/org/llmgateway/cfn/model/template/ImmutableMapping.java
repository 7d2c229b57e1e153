package org.llmgateway.cfn.model.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Generated;
import org.llmgateway.cfn.model.intrinsic.Referable;

/**
 * Immutable implementation of {@link Mapping}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableMapping.builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableMapping.of()}.
 */
@Generated(from = "Mapping", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableMapping implements Mapping {
  private final String logicalId;
  private final Map<String, Map<String, String>> entries;

  private ImmutableMapping(
      String logicalId,
      Map<String, ? extends Map<String, String>> entries) {
    this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
    this.entries = createUnmodifiableMap(true, false, entries);
  }

  private ImmutableMapping(
      ImmutableMapping original,
      String logicalId,
      Map<String, Map<String, String>> entries) {
    this.logicalId = logicalId;
    this.entries = entries;
  }

  /**
   * @return The value of the {@code logicalId} attribute
   */
  @Override
  public String logicalId() {
    return logicalId;
  }

  /**
   * @return The value of the {@code entries} attribute
   */
  @Override
  public Map<String, Map<String, String>> entries() {
    return entries;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Mapping#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableMapping withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableMapping(this, newValue, this.entries);
  }

  /**
   * Copy the current immutable object by replacing the {@link Mapping#entries() entries} map with the specified map.
   * Nulls are not permitted as keys or values.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param entries The entries to replace the entries map
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMapping withEntries(Map<String, ? extends Map<String, String>> entries) {
    if (this.entries == entries) return this;
    Map<String, Map<String, String>> newValue = createUnmodifiableMap(true, false, entries);
    return new ImmutableMapping(this, this.logicalId, newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableMapping} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableMapping
        && equalsByValue((ImmutableMapping) another);
  }

  private boolean equalsByValue(ImmutableMapping another) {
    return logicalId.equals(another.logicalId)
        && entries.equals(another.entries);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code entries}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + logicalId.hashCode();
    h += (h << 5) + entries.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Mapping} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return "Mapping{"
        + "logicalId=" + logicalId
        + ", entries=" + entries
        + "}";
  }

  /**
   * Construct a new immutable {@code Mapping} instance.
   * @param logicalId The value for the {@code logicalId} attribute
   * @param entries The value for the {@code entries} attribute
   * @return An immutable Mapping instance
   */
  public static Mapping of(String logicalId, Map<String, ? extends Map<String, String>> entries) {
    return new ImmutableMapping(logicalId, entries);
  }

  /**
   * Creates an immutable copy of a {@link Mapping} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Mapping instance
   */
  public static Mapping copyOf(Mapping instance) {
    if (instance instanceof ImmutableMapping) {
      return (ImmutableMapping) instance;
    }
    return ImmutableMapping.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Mapping Mapping}.
   * <pre>
   * ImmutableMapping.builder()
   *    .logicalId(String) // required {@link Mapping#logicalId() logicalId}
   *    .putEntries|putAllEntries(String =&gt; Map&lt;String, String&gt;) // {@link Mapping#entries() entries} mappings
   *    .build();
   * </pre>
   * @return A new Mapping builder
   */
  public static ImmutableMapping.Builder builder() {
    return new ImmutableMapping.Builder();
  }

  /**
   * Builds instances of type {@link Mapping Mapping}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Mapping", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private long initBits = 0x1L;

    private String logicalId;
    private Map<String, Map<String, String>> entries = new LinkedHashMap<String, Map<String, String>>();

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
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.template.Mapping} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Mapping instance) {
      Objects.requireNonNull(instance, "instance");
      mergeInternal(instance);
      return this;
    }

    private void mergeInternal(Object object) {
      long bits = 0;
      if (object instanceof Referable) {
        Referable instance = (Referable) object;
        if ((bits & 0x1L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x1L;
        }
      }
      if (object instanceof Mapping) {
        Mapping instance = (Mapping) object;
        if ((bits & 0x1L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x1L;
        }
        putAllEntries(instance.entries());
      }
    }

    /**
     * Initializes the value for the {@link Mapping#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Put one entry to the {@link Mapping#entries() entries} map.
     * @param key The key in the entries map
     * @param value The associated value in the entries map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putEntries(String key, Map<String, String> value) {
      this.entries.put(
          Objects.requireNonNull(key, "entries key"),
          Objects.requireNonNull(value, value == null ? "entries value for key: " + key : null));
      return this;
    }

    /**
     * Put one entry to the {@link Mapping#entries() entries} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putEntries(Map.Entry<String, ? extends Map<String, String>> entry) {
      String k = entry.getKey();
      Map<String, String> v = entry.getValue();
      this.entries.put(
          Objects.requireNonNull(k, "entries key"),
          Objects.requireNonNull(v, v == null ? "entries value for key: " + k : null));
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link Mapping#entries() entries} map. Nulls are not permitted
     * @param entries The entries that will be added to the entries map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder entries(Map<String, ? extends Map<String, String>> entries) {
      this.entries.clear();
      return putAllEntries(entries);
    }

    /**
     * Put all mappings from the specified map as entries to {@link Mapping#entries() entries} map. Nulls are not permitted
     * @param entries The entries that will be added to the entries map
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder putAllEntries(Map<String, ? extends Map<String, String>> entries) {
      for (Map.Entry<String, ? extends Map<String, String>> e : entries.entrySet()) {
        String k = e.getKey();
        Map<String, String> v = e.getValue();
        this.entries.put(
            Objects.requireNonNull(k, "entries key"),
            Objects.requireNonNull(v, v == null ? "entries value for key: " + k : null));
      }
      return this;
    }

    /**
     * Builds a new {@link Mapping Mapping}.
     * @return An immutable instance of Mapping
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Mapping build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableMapping(null, logicalId, createUnmodifiableMap(false, false, entries));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      return "Cannot build Mapping, some of required attributes are not set " + attributes;
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
