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

/**
 * Immutable implementation of {@link Statement}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableStatement.builder()}.
 */
@Generated(from = "Statement", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableStatement implements Statement {
  private final String sid;
  private final Statement.Effect effect;
  private final Principal principal;
  private final List<Expr> action;
  private final List<Expr> resource;
  private final JsonNode condition;

  private ImmutableStatement(
      String sid,
      Statement.Effect effect,
      Principal principal,
      List<Expr> action,
      List<Expr> resource,
      JsonNode condition) {
    this.sid = sid;
    this.effect = effect;
    this.principal = principal;
    this.action = action;
    this.resource = resource;
    this.condition = condition;
  }

  /**
   * @return The value of the {@code sid} attribute
   */
  @Override
  public Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /**
   * @return The value of the {@code effect} attribute
   */
  @Override
  public Statement.Effect effect() {
    return effect;
  }

  /**
   * @return The value of the {@code principal} attribute
   */
  @Override
  public Optional<Principal> principal() {
    return Optional.ofNullable(principal);
  }

  /**
   * @return The value of the {@code action} attribute
   */
  @Override
  public List<Expr> action() {
    return action;
  }

  /**
   * @return The value of the {@code resource} attribute
   */
  @Override
  public List<Expr> resource() {
    return resource;
  }

  /**
   * @return The value of the {@code condition} attribute
   */
  @Override
  public Optional<JsonNode> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Statement#sid() sid} attribute.
   * @param value The value for sid
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableStatement withSid(String value) {
    String newValue = Objects.requireNonNull(value, "sid");
    if (Objects.equals(this.sid, newValue)) return this;
    return validate(new ImmutableStatement(newValue, this.effect, this.principal, this.action, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Statement#sid() sid} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for sid
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableStatement withSid(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.sid, value)) return this;
    return validate(new ImmutableStatement(value, this.effect, this.principal, this.action, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Statement#effect() effect} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for effect
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableStatement withEffect(Statement.Effect value) {
    Statement.Effect newValue = Objects.requireNonNull(value, "effect");
    if (this.effect == newValue) return this;
    return validate(new ImmutableStatement(this.sid, newValue, this.principal, this.action, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Statement#principal() principal} attribute.
   * @param value The value for principal
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableStatement withPrincipal(Principal value) {
    Principal newValue = Objects.requireNonNull(value, "principal");
    if (this.principal == newValue) return this;
    return validate(new ImmutableStatement(this.sid, this.effect, newValue, this.action, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Statement#principal() principal} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for principal
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableStatement withPrincipal(Optional<? extends Principal> optional) {
    Principal value = optional.orElse(null);
    if (this.principal == value) return this;
    return validate(new ImmutableStatement(this.sid, this.effect, value, this.action, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Statement#action() action}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableStatement withAction(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableStatement(this.sid, this.effect, this.principal, newValue, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Statement#action() action}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of action elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableStatement withAction(Iterable<? extends Expr> elements) {
    if (this.action == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableStatement(this.sid, this.effect, this.principal, newValue, this.resource, this.condition));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Statement#resource() resource}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableStatement withResource(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableStatement(this.sid, this.effect, this.principal, this.action, newValue, this.condition));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Statement#resource() resource}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of resource elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableStatement withResource(Iterable<? extends Expr> elements) {
    if (this.resource == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableStatement(this.sid, this.effect, this.principal, this.action, newValue, this.condition));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Statement#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableStatement withCondition(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return validate(new ImmutableStatement(this.sid, this.effect, this.principal, this.action, this.resource, newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Statement#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableStatement withCondition(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.condition == value) return this;
    return validate(new ImmutableStatement(this.sid, this.effect, this.principal, this.action, this.resource, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableStatement} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableStatement
        && equalsByValue((ImmutableStatement) another);
  }

  private boolean equalsByValue(ImmutableStatement another) {
    return Objects.equals(sid, another.sid)
        && effect.equals(another.effect)
        && Objects.equals(principal, another.principal)
        && action.equals(another.action)
        && resource.equals(another.resource)
        && Objects.equals(condition, another.condition);
  }

  /**
   * Computes a hash code from attributes: {@code sid}, {@code effect}, {@code principal}, {@code action}, {@code resource}, {@code condition}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + Objects.hashCode(sid);
    h += (h << 5) + effect.hashCode();
    h += (h << 5) + Objects.hashCode(principal);
    h += (h << 5) + action.hashCode();
    h += (h << 5) + resource.hashCode();
    h += (h << 5) + Objects.hashCode(condition);
    return h;
  }

  /**
   * Prints the immutable value {@code Statement} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Statement{");
    if (sid != null) {
      builder.append("sid=").append(sid);
    }
    if (builder.length() > 10) builder.append(", ");
    builder.append("effect=").append(effect);
    if (principal != null) {
      builder.append(", ");
      builder.append("principal=").append(principal);
    }
    builder.append(", ");
    builder.append("action=").append(action);
    builder.append(", ");
    builder.append("resource=").append(resource);
    if (condition != null) {
      builder.append(", ");
      builder.append("condition=").append(condition);
    }
    return builder.append("}").toString();
  }

  private static ImmutableStatement validate(ImmutableStatement instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Statement} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Statement instance
   */
  public static Statement copyOf(Statement instance) {
    if (instance instanceof ImmutableStatement) {
      return (ImmutableStatement) instance;
    }
    return ImmutableStatement.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Statement Statement}.
   * <pre>
   * ImmutableStatement.builder()
   *    .sid(Optional&lt;String&gt;) // optional {@link Statement#sid() sid}
   *    .effect(org.llmgateway.cfn.model.resource.iam.Statement.Effect) // required {@link Statement#effect() effect}
   *    .principal(Optional&lt;org.llmgateway.cfn.model.resource.iam.Principal&gt;) // optional {@link Statement#principal() principal}
   *    .addAction|addAllAction(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Statement#action() action} elements
   *    .addResource|addAllResource(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Statement#resource() resource} elements
   *    .condition(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link Statement#condition() condition}
   *    .build();
   * </pre>
   * @return A new Statement builder
   */
  public static ImmutableStatement.Builder builder() {
    return new ImmutableStatement.Builder();
  }

  /**
   * Builds instances of type {@link Statement Statement}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Statement", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_EFFECT = 0x1L;
    private long initBits = 0x1L;

    private String sid;
    private Statement.Effect effect;
    private Principal principal;
    private List<Expr> action = new ArrayList<Expr>();
    private List<Expr> resource = new ArrayList<Expr>();
    private JsonNode condition;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Statement} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Statement instance) {
      Objects.requireNonNull(instance, "instance");
      Optional<String> sidOptional = instance.sid();
      if (sidOptional.isPresent()) {
        sid(sidOptional);
      }
      this.effect(instance.effect());
      Optional<Principal> principalOptional = instance.principal();
      if (principalOptional.isPresent()) {
        principal(principalOptional);
      }
      addAllAction(instance.action());
      addAllResource(instance.resource());
      Optional<JsonNode> conditionOptional = instance.condition();
      if (conditionOptional.isPresent()) {
        condition(conditionOptional);
      }
      return this;
    }

    /**
     * Initializes the optional value {@link Statement#sid() sid} to sid.
     * @param sid The value for sid
     * @return {@code this} builder for chained invocation
     */
    public final Builder sid(String sid) {
      this.sid = Objects.requireNonNull(sid, "sid");
      return this;
    }

    /**
     * Initializes the optional value {@link Statement#sid() sid} to sid.
     * @param sid The value for sid
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder sid(Optional<String> sid) {
      this.sid = sid.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Statement#effect() effect} attribute.
     * @param effect The value for effect 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder effect(Statement.Effect effect) {
      this.effect = Objects.requireNonNull(effect, "effect");
      initBits &= ~INIT_BIT_EFFECT;
      return this;
    }

    /**
     * Initializes the optional value {@link Statement#principal() principal} to principal.
     * @param principal The value for principal
     * @return {@code this} builder for chained invocation
     */
    public final Builder principal(Principal principal) {
      this.principal = Objects.requireNonNull(principal, "principal");
      return this;
    }

    /**
     * Initializes the optional value {@link Statement#principal() principal} to principal.
     * @param principal The value for principal
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder principal(Optional<? extends Principal> principal) {
      this.principal = principal.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Statement#action() action} list.
     * @param element A action element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAction(Expr element) {
      this.action.add(Objects.requireNonNull(element, "action element"));
      return this;
    }

    /**
     * Adds elements to {@link Statement#action() action} list.
     * @param elements An array of action elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAction(Expr... elements) {
      for (Expr element : elements) {
        this.action.add(Objects.requireNonNull(element, "action element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Statement#action() action} list.
     * @param elements An iterable of action elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder action(Iterable<? extends Expr> elements) {
      this.action.clear();
      return addAllAction(elements);
    }

    /**
     * Adds elements to {@link Statement#action() action} list.
     * @param elements An iterable of action elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllAction(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.action.add(Objects.requireNonNull(element, "action element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Statement#resource() resource} list.
     * @param element A resource element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addResource(Expr element) {
      this.resource.add(Objects.requireNonNull(element, "resource element"));
      return this;
    }

    /**
     * Adds elements to {@link Statement#resource() resource} list.
     * @param elements An array of resource elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addResource(Expr... elements) {
      for (Expr element : elements) {
        this.resource.add(Objects.requireNonNull(element, "resource element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Statement#resource() resource} list.
     * @param elements An iterable of resource elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder resource(Iterable<? extends Expr> elements) {
      this.resource.clear();
      return addAllResource(elements);
    }

    /**
     * Adds elements to {@link Statement#resource() resource} list.
     * @param elements An iterable of resource elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllResource(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.resource.add(Objects.requireNonNull(element, "resource element"));
      }
      return this;
    }

    /**
     * Initializes the optional value {@link Statement#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(JsonNode condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Statement#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends JsonNode> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Builds a new {@link Statement Statement}.
     * @return An immutable instance of Statement
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Statement build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableStatement.validate(new ImmutableStatement(
          sid,
          effect,
          principal,
          createUnmodifiableList(true, action),
          createUnmodifiableList(true, resource),
          condition));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_EFFECT) != 0) attributes.add("effect");
      return "Cannot build Statement, some of required attributes are not set " + attributes;
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
