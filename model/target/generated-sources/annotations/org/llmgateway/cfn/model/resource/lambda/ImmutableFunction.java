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
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Resource;

/**
 * Immutable implementation of {@link Function}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableFunction.builder()}.
 */
@Generated(from = "Function", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableFunction implements Function {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final Expr functionName;
  private final String description;
  private final String runtime;
  private final String handler;
  private final Expr role;
  private final Function.Code code;
  private final Integer timeout;
  private final Integer memorySize;
  private final Function.Environment environment;
  private final Function.VpcConfig vpcConfig;
  private final Expr kmsKeyArn;
  private final Function.LoggingConfig loggingConfig;
  private final Integer reservedConcurrentExecutions;
  private final List<Tag> tags;

  private ImmutableFunction(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      Expr functionName,
      String description,
      String runtime,
      String handler,
      Expr role,
      Function.Code code,
      Integer timeout,
      Integer memorySize,
      Function.Environment environment,
      Function.VpcConfig vpcConfig,
      Expr kmsKeyArn,
      Function.LoggingConfig loggingConfig,
      Integer reservedConcurrentExecutions,
      List<Tag> tags) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.functionName = functionName;
    this.description = description;
    this.runtime = runtime;
    this.handler = handler;
    this.role = role;
    this.code = code;
    this.timeout = timeout;
    this.memorySize = memorySize;
    this.environment = environment;
    this.vpcConfig = vpcConfig;
    this.kmsKeyArn = kmsKeyArn;
    this.loggingConfig = loggingConfig;
    this.reservedConcurrentExecutions = reservedConcurrentExecutions;
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
   * @return The value of the {@code functionName} attribute
   */
  @Override
  public Optional<Expr> functionName() {
    return Optional.ofNullable(functionName);
  }

  /**
   * @return The value of the {@code description} attribute
   */
  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * @return The value of the {@code runtime} attribute
   */
  @Override
  public String runtime() {
    return runtime;
  }

  /**
   * @return The value of the {@code handler} attribute
   */
  @Override
  public String handler() {
    return handler;
  }

  /**
   * @return The value of the {@code role} attribute
   */
  @Override
  public Expr role() {
    return role;
  }

  /**
   * @return The value of the {@code code} attribute
   */
  @Override
  public Function.Code code() {
    return code;
  }

  /**
   * @return The value of the {@code timeout} attribute
   */
  @Override
  public Optional<Integer> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * @return The value of the {@code memorySize} attribute
   */
  @Override
  public Optional<Integer> memorySize() {
    return Optional.ofNullable(memorySize);
  }

  /**
   * @return The value of the {@code environment} attribute
   */
  @Override
  public Optional<Function.Environment> environment() {
    return Optional.ofNullable(environment);
  }

  /**
   * @return The value of the {@code vpcConfig} attribute
   */
  @Override
  public Optional<Function.VpcConfig> vpcConfig() {
    return Optional.ofNullable(vpcConfig);
  }

  /**
   * @return The value of the {@code kmsKeyArn} attribute
   */
  @Override
  public Optional<Expr> kmsKeyArn() {
    return Optional.ofNullable(kmsKeyArn);
  }

  /**
   * @return The value of the {@code loggingConfig} attribute
   */
  @Override
  public Optional<Function.LoggingConfig> loggingConfig() {
    return Optional.ofNullable(loggingConfig);
  }

  /**
   * @return The value of the {@code reservedConcurrentExecutions} attribute
   */
  @Override
  public Optional<Integer> reservedConcurrentExecutions() {
    return Optional.ofNullable(reservedConcurrentExecutions);
  }

  /**
   * @return The value of the {@code tags} attribute
   */
  @Override
  public List<Tag> tags() {
    return tags;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Function#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFunction withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableFunction(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableFunction withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableFunction(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableFunction(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#functionName() functionName} attribute.
   * @param value The value for functionName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withFunctionName(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "functionName");
    if (this.functionName == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#functionName() functionName} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for functionName
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withFunctionName(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.functionName == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        value,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#description() description} attribute.
   * @param value The value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withDescription(String value) {
    String newValue = Objects.requireNonNull(value, "description");
    if (Objects.equals(this.description, newValue)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        newValue,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#description() description} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for description
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.description, value)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        value,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Function#runtime() runtime} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for runtime
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFunction withRuntime(String value) {
    String newValue = Objects.requireNonNull(value, "runtime");
    if (this.runtime.equals(newValue)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        newValue,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Function#handler() handler} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for handler
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFunction withHandler(String value) {
    String newValue = Objects.requireNonNull(value, "handler");
    if (this.handler.equals(newValue)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        newValue,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Function#role() role} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFunction withRole(Expr value) {
    if (this.role == value) return this;
    Expr newValue = Objects.requireNonNull(value, "role");
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        newValue,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Function#code() code} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for code
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableFunction withCode(Function.Code value) {
    if (this.code == value) return this;
    Function.Code newValue = Objects.requireNonNull(value, "code");
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        newValue,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#timeout() timeout} attribute.
   * @param value The value for timeout
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withTimeout(int value) {
    Integer newValue = value;
    if (Objects.equals(this.timeout, newValue)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        newValue,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#timeout() timeout} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for timeout
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withTimeout(Optional<Integer> optional) {
    Integer value = optional.orElse(null);
    if (Objects.equals(this.timeout, value)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        value,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#memorySize() memorySize} attribute.
   * @param value The value for memorySize
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withMemorySize(int value) {
    Integer newValue = value;
    if (Objects.equals(this.memorySize, newValue)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        newValue,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#memorySize() memorySize} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for memorySize
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withMemorySize(Optional<Integer> optional) {
    Integer value = optional.orElse(null);
    if (Objects.equals(this.memorySize, value)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        value,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#environment() environment} attribute.
   * @param value The value for environment
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withEnvironment(Function.Environment value) {
    Function.Environment newValue = Objects.requireNonNull(value, "environment");
    if (this.environment == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        newValue,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#environment() environment} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for environment
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withEnvironment(Optional<? extends Function.Environment> optional) {
    Function.Environment value = optional.orElse(null);
    if (this.environment == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        value,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#vpcConfig() vpcConfig} attribute.
   * @param value The value for vpcConfig
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withVpcConfig(Function.VpcConfig value) {
    Function.VpcConfig newValue = Objects.requireNonNull(value, "vpcConfig");
    if (this.vpcConfig == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        newValue,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#vpcConfig() vpcConfig} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for vpcConfig
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withVpcConfig(Optional<? extends Function.VpcConfig> optional) {
    Function.VpcConfig value = optional.orElse(null);
    if (this.vpcConfig == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        value,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#kmsKeyArn() kmsKeyArn} attribute.
   * @param value The value for kmsKeyArn
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withKmsKeyArn(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "kmsKeyArn");
    if (this.kmsKeyArn == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        newValue,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#kmsKeyArn() kmsKeyArn} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for kmsKeyArn
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withKmsKeyArn(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.kmsKeyArn == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        value,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#loggingConfig() loggingConfig} attribute.
   * @param value The value for loggingConfig
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withLoggingConfig(Function.LoggingConfig value) {
    Function.LoggingConfig newValue = Objects.requireNonNull(value, "loggingConfig");
    if (this.loggingConfig == newValue) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        newValue,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#loggingConfig() loggingConfig} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for loggingConfig
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableFunction withLoggingConfig(Optional<? extends Function.LoggingConfig> optional) {
    Function.LoggingConfig value = optional.orElse(null);
    if (this.loggingConfig == value) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        value,
        this.reservedConcurrentExecutions,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Function#reservedConcurrentExecutions() reservedConcurrentExecutions} attribute.
   * @param value The value for reservedConcurrentExecutions
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withReservedConcurrentExecutions(int value) {
    Integer newValue = value;
    if (Objects.equals(this.reservedConcurrentExecutions, newValue)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        newValue,
        this.tags);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Function#reservedConcurrentExecutions() reservedConcurrentExecutions} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for reservedConcurrentExecutions
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withReservedConcurrentExecutions(Optional<Integer> optional) {
    Integer value = optional.orElse(null);
    if (Objects.equals(this.reservedConcurrentExecutions, value)) return this;
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        value,
        this.tags);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function#tags() tags}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableFunction withTags(Tag... elements) {
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Function#tags() tags}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of tags elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableFunction withTags(Iterable<? extends Tag> elements) {
    if (this.tags == elements) return this;
    List<Tag> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableFunction(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.functionName,
        this.description,
        this.runtime,
        this.handler,
        this.role,
        this.code,
        this.timeout,
        this.memorySize,
        this.environment,
        this.vpcConfig,
        this.kmsKeyArn,
        this.loggingConfig,
        this.reservedConcurrentExecutions,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableFunction} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableFunction
        && equalsByValue((ImmutableFunction) another);
  }

  private boolean equalsByValue(ImmutableFunction another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && Objects.equals(functionName, another.functionName)
        && Objects.equals(description, another.description)
        && runtime.equals(another.runtime)
        && handler.equals(another.handler)
        && role.equals(another.role)
        && code.equals(another.code)
        && Objects.equals(timeout, another.timeout)
        && Objects.equals(memorySize, another.memorySize)
        && Objects.equals(environment, another.environment)
        && Objects.equals(vpcConfig, another.vpcConfig)
        && Objects.equals(kmsKeyArn, another.kmsKeyArn)
        && Objects.equals(loggingConfig, another.loggingConfig)
        && Objects.equals(reservedConcurrentExecutions, another.reservedConcurrentExecutions)
        && tags.equals(another.tags);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code functionName}, {@code description}, {@code runtime}, {@code handler}, {@code role}, {@code code}, {@code timeout}, {@code memorySize}, {@code environment}, {@code vpcConfig}, {@code kmsKeyArn}, {@code loggingConfig}, {@code reservedConcurrentExecutions}, {@code tags}.
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
    h += (h << 5) + Objects.hashCode(functionName);
    h += (h << 5) + Objects.hashCode(description);
    h += (h << 5) + runtime.hashCode();
    h += (h << 5) + handler.hashCode();
    h += (h << 5) + role.hashCode();
    h += (h << 5) + code.hashCode();
    h += (h << 5) + Objects.hashCode(timeout);
    h += (h << 5) + Objects.hashCode(memorySize);
    h += (h << 5) + Objects.hashCode(environment);
    h += (h << 5) + Objects.hashCode(vpcConfig);
    h += (h << 5) + Objects.hashCode(kmsKeyArn);
    h += (h << 5) + Objects.hashCode(loggingConfig);
    h += (h << 5) + Objects.hashCode(reservedConcurrentExecutions);
    h += (h << 5) + tags.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Function} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Function{");
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
    if (functionName != null) {
      builder.append(", ");
      builder.append("functionName=").append(functionName);
    }
    if (description != null) {
      builder.append(", ");
      builder.append("description=").append(description);
    }
    builder.append(", ");
    builder.append("runtime=").append(runtime);
    builder.append(", ");
    builder.append("handler=").append(handler);
    builder.append(", ");
    builder.append("role=").append(role);
    builder.append(", ");
    builder.append("code=").append(code);
    if (timeout != null) {
      builder.append(", ");
      builder.append("timeout=").append(timeout);
    }
    if (memorySize != null) {
      builder.append(", ");
      builder.append("memorySize=").append(memorySize);
    }
    if (environment != null) {
      builder.append(", ");
      builder.append("environment=").append(environment);
    }
    if (vpcConfig != null) {
      builder.append(", ");
      builder.append("vpcConfig=").append(vpcConfig);
    }
    if (kmsKeyArn != null) {
      builder.append(", ");
      builder.append("kmsKeyArn=").append(kmsKeyArn);
    }
    if (loggingConfig != null) {
      builder.append(", ");
      builder.append("loggingConfig=").append(loggingConfig);
    }
    if (reservedConcurrentExecutions != null) {
      builder.append(", ");
      builder.append("reservedConcurrentExecutions=").append(reservedConcurrentExecutions);
    }
    builder.append(", ");
    builder.append("tags=").append(tags);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Function} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Function instance
   */
  public static Function copyOf(Function instance) {
    if (instance instanceof ImmutableFunction) {
      return (ImmutableFunction) instance;
    }
    return ImmutableFunction.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Function Function}.
   * <pre>
   * ImmutableFunction.builder()
   *    .logicalId(String) // required {@link Function#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link Function#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link Function#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Function#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Function#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link Function#metadata() metadata}
   *    .functionName(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Function#functionName() functionName}
   *    .description(Optional&lt;String&gt;) // optional {@link Function#description() description}
   *    .runtime(String) // required {@link Function#runtime() runtime}
   *    .handler(String) // required {@link Function#handler() handler}
   *    .role(org.llmgateway.cfn.model.intrinsic.Expr) // required {@link Function#role() role}
   *    .code(org.llmgateway.cfn.model.resource.lambda.Function.Code) // required {@link Function#code() code}
   *    .timeout(Optional&lt;Integer&gt;) // optional {@link Function#timeout() timeout}
   *    .memorySize(Optional&lt;Integer&gt;) // optional {@link Function#memorySize() memorySize}
   *    .environment(Optional&lt;org.llmgateway.cfn.model.resource.lambda.Function.Environment&gt;) // optional {@link Function#environment() environment}
   *    .vpcConfig(Optional&lt;org.llmgateway.cfn.model.resource.lambda.Function.VpcConfig&gt;) // optional {@link Function#vpcConfig() vpcConfig}
   *    .kmsKeyArn(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Function#kmsKeyArn() kmsKeyArn}
   *    .loggingConfig(Optional&lt;org.llmgateway.cfn.model.resource.lambda.Function.LoggingConfig&gt;) // optional {@link Function#loggingConfig() loggingConfig}
   *    .reservedConcurrentExecutions(Optional&lt;Integer&gt;) // optional {@link Function#reservedConcurrentExecutions() reservedConcurrentExecutions}
   *    .addTags|addAllTags(org.llmgateway.cfn.model.resource.Tag) // {@link Function#tags() tags} elements
   *    .build();
   * </pre>
   * @return A new Function builder
   */
  public static ImmutableFunction.Builder builder() {
    return new ImmutableFunction.Builder();
  }

  /**
   * Builds instances of type {@link Function Function}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Function", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_RUNTIME = 0x2L;
    private static final long INIT_BIT_HANDLER = 0x4L;
    private static final long INIT_BIT_ROLE = 0x8L;
    private static final long INIT_BIT_CODE = 0x10L;
    private long initBits = 0x1fL;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private Expr functionName;
    private String description;
    private String runtime;
    private String handler;
    private Expr role;
    private Function.Code code;
    private Integer timeout;
    private Integer memorySize;
    private Function.Environment environment;
    private Function.VpcConfig vpcConfig;
    private Expr kmsKeyArn;
    private Function.LoggingConfig loggingConfig;
    private Integer reservedConcurrentExecutions;
    private List<Tag> tags = new ArrayList<Tag>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.lambda.Function} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Function instance) {
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
      if (object instanceof Function) {
        Function instance = (Function) object;
        this.handler(instance.handler());
        if ((bits & 0x1L) == 0) {
          Optional<JsonNode> metadataOptional = instance.metadata();
          if (metadataOptional.isPresent()) {
            metadata(metadataOptional);
          }
          bits |= 0x1L;
        }
        this.role(instance.role());
        this.code(instance.code());
        if ((bits & 0x2L) == 0) {
          addAllDependsOn(instance.dependsOn());
          bits |= 0x2L;
        }
        Optional<Expr> functionNameOptional = instance.functionName();
        if (functionNameOptional.isPresent()) {
          functionName(functionNameOptional);
        }
        Optional<Expr> kmsKeyArnOptional = instance.kmsKeyArn();
        if (kmsKeyArnOptional.isPresent()) {
          kmsKeyArn(kmsKeyArnOptional);
        }
        Optional<String> descriptionOptional = instance.description();
        if (descriptionOptional.isPresent()) {
          description(descriptionOptional);
        }
        this.runtime(instance.runtime());
        Optional<Integer> reservedConcurrentExecutionsOptional = instance.reservedConcurrentExecutions();
        if (reservedConcurrentExecutionsOptional.isPresent()) {
          reservedConcurrentExecutions(reservedConcurrentExecutionsOptional);
        }
        Optional<Integer> timeoutOptional = instance.timeout();
        if (timeoutOptional.isPresent()) {
          timeout(timeoutOptional);
        }
        addAllTags(instance.tags());
        if ((bits & 0x4L) == 0) {
          Optional<Condition> conditionOptional = instance.condition();
          if (conditionOptional.isPresent()) {
            condition(conditionOptional);
          }
          bits |= 0x4L;
        }
        Optional<Function.Environment> environmentOptional = instance.environment();
        if (environmentOptional.isPresent()) {
          environment(environmentOptional);
        }
        Optional<Integer> memorySizeOptional = instance.memorySize();
        if (memorySizeOptional.isPresent()) {
          memorySize(memorySizeOptional);
        }
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        Optional<Function.VpcConfig> vpcConfigOptional = instance.vpcConfig();
        if (vpcConfigOptional.isPresent()) {
          vpcConfig(vpcConfigOptional);
        }
        Optional<Function.LoggingConfig> loggingConfigOptional = instance.loggingConfig();
        if (loggingConfigOptional.isPresent()) {
          loggingConfig(loggingConfigOptional);
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
     * Initializes the value for the {@link Function#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link Function#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link Function#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link Function#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link Function#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link Function#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#functionName() functionName} to functionName.
     * @param functionName The value for functionName
     * @return {@code this} builder for chained invocation
     */
    public final Builder functionName(Expr functionName) {
      this.functionName = Objects.requireNonNull(functionName, "functionName");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#functionName() functionName} to functionName.
     * @param functionName The value for functionName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder functionName(Optional<? extends Expr> functionName) {
      this.functionName = functionName.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for chained invocation
     */
    public final Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#description() description} to description.
     * @param description The value for description
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder description(Optional<String> description) {
      this.description = description.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Function#runtime() runtime} attribute.
     * @param runtime The value for runtime 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder runtime(String runtime) {
      this.runtime = Objects.requireNonNull(runtime, "runtime");
      initBits &= ~INIT_BIT_RUNTIME;
      return this;
    }

    /**
     * Initializes the value for the {@link Function#handler() handler} attribute.
     * @param handler The value for handler 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder handler(String handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      initBits &= ~INIT_BIT_HANDLER;
      return this;
    }

    /**
     * Initializes the value for the {@link Function#role() role} attribute.
     * @param role The value for role 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder role(Expr role) {
      this.role = Objects.requireNonNull(role, "role");
      initBits &= ~INIT_BIT_ROLE;
      return this;
    }

    /**
     * Initializes the value for the {@link Function#code() code} attribute.
     * @param code The value for code 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder code(Function.Code code) {
      this.code = Objects.requireNonNull(code, "code");
      initBits &= ~INIT_BIT_CODE;
      return this;
    }

    /**
     * Initializes the optional value {@link Function#timeout() timeout} to timeout.
     * @param timeout The value for timeout
     * @return {@code this} builder for chained invocation
     */
    public final Builder timeout(int timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Initializes the optional value {@link Function#timeout() timeout} to timeout.
     * @param timeout The value for timeout
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder timeout(Optional<Integer> timeout) {
      this.timeout = timeout.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#memorySize() memorySize} to memorySize.
     * @param memorySize The value for memorySize
     * @return {@code this} builder for chained invocation
     */
    public final Builder memorySize(int memorySize) {
      this.memorySize = memorySize;
      return this;
    }

    /**
     * Initializes the optional value {@link Function#memorySize() memorySize} to memorySize.
     * @param memorySize The value for memorySize
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder memorySize(Optional<Integer> memorySize) {
      this.memorySize = memorySize.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#environment() environment} to environment.
     * @param environment The value for environment
     * @return {@code this} builder for chained invocation
     */
    public final Builder environment(Function.Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#environment() environment} to environment.
     * @param environment The value for environment
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder environment(Optional<? extends Function.Environment> environment) {
      this.environment = environment.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#vpcConfig() vpcConfig} to vpcConfig.
     * @param vpcConfig The value for vpcConfig
     * @return {@code this} builder for chained invocation
     */
    public final Builder vpcConfig(Function.VpcConfig vpcConfig) {
      this.vpcConfig = Objects.requireNonNull(vpcConfig, "vpcConfig");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#vpcConfig() vpcConfig} to vpcConfig.
     * @param vpcConfig The value for vpcConfig
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder vpcConfig(Optional<? extends Function.VpcConfig> vpcConfig) {
      this.vpcConfig = vpcConfig.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#kmsKeyArn() kmsKeyArn} to kmsKeyArn.
     * @param kmsKeyArn The value for kmsKeyArn
     * @return {@code this} builder for chained invocation
     */
    public final Builder kmsKeyArn(Expr kmsKeyArn) {
      this.kmsKeyArn = Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#kmsKeyArn() kmsKeyArn} to kmsKeyArn.
     * @param kmsKeyArn The value for kmsKeyArn
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder kmsKeyArn(Optional<? extends Expr> kmsKeyArn) {
      this.kmsKeyArn = kmsKeyArn.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#loggingConfig() loggingConfig} to loggingConfig.
     * @param loggingConfig The value for loggingConfig
     * @return {@code this} builder for chained invocation
     */
    public final Builder loggingConfig(Function.LoggingConfig loggingConfig) {
      this.loggingConfig = Objects.requireNonNull(loggingConfig, "loggingConfig");
      return this;
    }

    /**
     * Initializes the optional value {@link Function#loggingConfig() loggingConfig} to loggingConfig.
     * @param loggingConfig The value for loggingConfig
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder loggingConfig(Optional<? extends Function.LoggingConfig> loggingConfig) {
      this.loggingConfig = loggingConfig.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Function#reservedConcurrentExecutions() reservedConcurrentExecutions} to reservedConcurrentExecutions.
     * @param reservedConcurrentExecutions The value for reservedConcurrentExecutions
     * @return {@code this} builder for chained invocation
     */
    public final Builder reservedConcurrentExecutions(int reservedConcurrentExecutions) {
      this.reservedConcurrentExecutions = reservedConcurrentExecutions;
      return this;
    }

    /**
     * Initializes the optional value {@link Function#reservedConcurrentExecutions() reservedConcurrentExecutions} to reservedConcurrentExecutions.
     * @param reservedConcurrentExecutions The value for reservedConcurrentExecutions
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder reservedConcurrentExecutions(Optional<Integer> reservedConcurrentExecutions) {
      this.reservedConcurrentExecutions = reservedConcurrentExecutions.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Function#tags() tags} list.
     * @param element A tags element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addTags(Tag element) {
      this.tags.add(Objects.requireNonNull(element, "tags element"));
      return this;
    }

    /**
     * Adds elements to {@link Function#tags() tags} list.
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
     * Sets or replaces all elements for {@link Function#tags() tags} list.
     * @param elements An iterable of tags elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder tags(Iterable<? extends Tag> elements) {
      this.tags.clear();
      return addAllTags(elements);
    }

    /**
     * Adds elements to {@link Function#tags() tags} list.
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
     * Builds a new {@link Function Function}.
     * @return An immutable instance of Function
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Function build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableFunction(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          functionName,
          description,
          runtime,
          handler,
          role,
          code,
          timeout,
          memorySize,
          environment,
          vpcConfig,
          kmsKeyArn,
          loggingConfig,
          reservedConcurrentExecutions,
          createUnmodifiableList(true, tags));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_RUNTIME) != 0) attributes.add("runtime");
      if ((initBits & INIT_BIT_HANDLER) != 0) attributes.add("handler");
      if ((initBits & INIT_BIT_ROLE) != 0) attributes.add("role");
      if ((initBits & INIT_BIT_CODE) != 0) attributes.add("code");
      return "Cannot build Function, some of required attributes are not set " + attributes;
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
