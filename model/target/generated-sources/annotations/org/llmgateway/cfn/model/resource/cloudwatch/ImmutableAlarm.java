package org.llmgateway.cfn.model.resource.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
 * Immutable implementation of {@link Alarm}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableAlarm.builder()}.
 */
@Generated(from = "Alarm", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableAlarm implements Alarm {
  private final String logicalId;
  private final List<Resource> dependsOn;
  private final Condition condition;
  private final DeletionPolicy deletionPolicy;
  private final DeletionPolicy updateReplacePolicy;
  private final JsonNode metadata;
  private final Expr alarmName;
  private final String alarmDescription;
  private final String namespace;
  private final String metricName;
  private final List<Alarm.Dimension> dimensions;
  private final Alarm.Statistic statistic;
  private final int period;
  private final int evaluationPeriods;
  private final BigDecimal threshold;
  private final Alarm.ComparisonOperator comparisonOperator;
  private final String treatMissingData;
  private final List<Expr> alarmActions;
  private final List<Expr> okActions;

  private ImmutableAlarm(
      String logicalId,
      List<Resource> dependsOn,
      Condition condition,
      DeletionPolicy deletionPolicy,
      DeletionPolicy updateReplacePolicy,
      JsonNode metadata,
      Expr alarmName,
      String alarmDescription,
      String namespace,
      String metricName,
      List<Alarm.Dimension> dimensions,
      Alarm.Statistic statistic,
      int period,
      int evaluationPeriods,
      BigDecimal threshold,
      Alarm.ComparisonOperator comparisonOperator,
      String treatMissingData,
      List<Expr> alarmActions,
      List<Expr> okActions) {
    this.logicalId = logicalId;
    this.dependsOn = dependsOn;
    this.condition = condition;
    this.deletionPolicy = deletionPolicy;
    this.updateReplacePolicy = updateReplacePolicy;
    this.metadata = metadata;
    this.alarmName = alarmName;
    this.alarmDescription = alarmDescription;
    this.namespace = namespace;
    this.metricName = metricName;
    this.dimensions = dimensions;
    this.statistic = statistic;
    this.period = period;
    this.evaluationPeriods = evaluationPeriods;
    this.threshold = threshold;
    this.comparisonOperator = comparisonOperator;
    this.treatMissingData = treatMissingData;
    this.alarmActions = alarmActions;
    this.okActions = okActions;
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
   * @return The value of the {@code alarmName} attribute
   */
  @Override
  public Optional<Expr> alarmName() {
    return Optional.ofNullable(alarmName);
  }

  /**
   * @return The value of the {@code alarmDescription} attribute
   */
  @Override
  public Optional<String> alarmDescription() {
    return Optional.ofNullable(alarmDescription);
  }

  /**
   * @return The value of the {@code namespace} attribute
   */
  @Override
  public String namespace() {
    return namespace;
  }

  /**
   * @return The value of the {@code metricName} attribute
   */
  @Override
  public String metricName() {
    return metricName;
  }

  /**
   * @return The value of the {@code dimensions} attribute
   */
  @Override
  public List<Alarm.Dimension> dimensions() {
    return dimensions;
  }

  /**
   * @return The value of the {@code statistic} attribute
   */
  @Override
  public Alarm.Statistic statistic() {
    return statistic;
  }

  /**
   * @return The value of the {@code period} attribute
   */
  @Override
  public int period() {
    return period;
  }

  /**
   * @return The value of the {@code evaluationPeriods} attribute
   */
  @Override
  public int evaluationPeriods() {
    return evaluationPeriods;
  }

  /**
   * @return The value of the {@code threshold} attribute
   */
  @Override
  public BigDecimal threshold() {
    return threshold;
  }

  /**
   * @return The value of the {@code comparisonOperator} attribute
   */
  @Override
  public Alarm.ComparisonOperator comparisonOperator() {
    return comparisonOperator;
  }

  /**
   * @return The value of the {@code treatMissingData} attribute
   */
  @Override
  public Optional<String> treatMissingData() {
    return Optional.ofNullable(treatMissingData);
  }

  /**
   * @return The value of the {@code alarmActions} attribute
   */
  @Override
  public List<Expr> alarmActions() {
    return alarmActions;
  }

  /**
   * @return The value of the {@code okActions} attribute
   */
  @Override
  public List<Expr> okActions() {
    return okActions;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#logicalId() logicalId} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logicalId
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withLogicalId(String value) {
    String newValue = Objects.requireNonNull(value, "logicalId");
    if (this.logicalId.equals(newValue)) return this;
    return new ImmutableAlarm(
        newValue,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#dependsOn() dependsOn}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableAlarm withDependsOn(Resource... elements) {
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableAlarm(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#dependsOn() dependsOn}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dependsOn elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withDependsOn(Iterable<? extends Resource> elements) {
    if (this.dependsOn == elements) return this;
    List<Resource> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableAlarm(
        this.logicalId,
        newValue,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#condition() condition} attribute.
   * @param value The value for condition
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withCondition(Condition value) {
    Condition newValue = Objects.requireNonNull(value, "condition");
    if (this.condition == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        newValue,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#condition() condition} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for condition
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAlarm withCondition(Optional<? extends Condition> optional) {
    Condition value = optional.orElse(null);
    if (this.condition == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        value,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#deletionPolicy() deletionPolicy} attribute.
   * @param value The value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withDeletionPolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "deletionPolicy");
    if (this.deletionPolicy == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        newValue,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#deletionPolicy() deletionPolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deletionPolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAlarm withDeletionPolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.deletionPolicy == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        value,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#updateReplacePolicy() updateReplacePolicy} attribute.
   * @param value The value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withUpdateReplacePolicy(DeletionPolicy value) {
    DeletionPolicy newValue = Objects.requireNonNull(value, "updateReplacePolicy");
    if (this.updateReplacePolicy == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        newValue,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#updateReplacePolicy() updateReplacePolicy} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for updateReplacePolicy
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAlarm withUpdateReplacePolicy(Optional<? extends DeletionPolicy> optional) {
    DeletionPolicy value = optional.orElse(null);
    if (this.updateReplacePolicy == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        value,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#metadata() metadata} attribute.
   * @param value The value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withMetadata(JsonNode value) {
    JsonNode newValue = Objects.requireNonNull(value, "metadata");
    if (this.metadata == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        newValue,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#metadata() metadata} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for metadata
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAlarm withMetadata(Optional<? extends JsonNode> optional) {
    JsonNode value = optional.orElse(null);
    if (this.metadata == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        value,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#alarmName() alarmName} attribute.
   * @param value The value for alarmName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withAlarmName(Expr value) {
    Expr newValue = Objects.requireNonNull(value, "alarmName");
    if (this.alarmName == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        newValue,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#alarmName() alarmName} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for alarmName
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableAlarm withAlarmName(Optional<? extends Expr> optional) {
    Expr value = optional.orElse(null);
    if (this.alarmName == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        value,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#alarmDescription() alarmDescription} attribute.
   * @param value The value for alarmDescription
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withAlarmDescription(String value) {
    String newValue = Objects.requireNonNull(value, "alarmDescription");
    if (Objects.equals(this.alarmDescription, newValue)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        newValue,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#alarmDescription() alarmDescription} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for alarmDescription
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withAlarmDescription(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.alarmDescription, value)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        value,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#namespace() namespace} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for namespace
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withNamespace(String value) {
    String newValue = Objects.requireNonNull(value, "namespace");
    if (this.namespace.equals(newValue)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        newValue,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#metricName() metricName} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for metricName
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withMetricName(String value) {
    String newValue = Objects.requireNonNull(value, "metricName");
    if (this.metricName.equals(newValue)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        newValue,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#dimensions() dimensions}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableAlarm withDimensions(Alarm.Dimension... elements) {
    List<Alarm.Dimension> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        newValue,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#dimensions() dimensions}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of dimensions elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withDimensions(Iterable<? extends Alarm.Dimension> elements) {
    if (this.dimensions == elements) return this;
    List<Alarm.Dimension> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        newValue,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#statistic() statistic} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for statistic
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withStatistic(Alarm.Statistic value) {
    Alarm.Statistic newValue = Objects.requireNonNull(value, "statistic");
    if (this.statistic == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        newValue,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#period() period} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for period
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withPeriod(int value) {
    if (this.period == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        value,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#evaluationPeriods() evaluationPeriods} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for evaluationPeriods
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withEvaluationPeriods(int value) {
    if (this.evaluationPeriods == value) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        value,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#threshold() threshold} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for threshold
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withThreshold(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "threshold");
    if (this.threshold.equals(newValue)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        newValue,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Alarm#comparisonOperator() comparisonOperator} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for comparisonOperator
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableAlarm withComparisonOperator(Alarm.ComparisonOperator value) {
    Alarm.ComparisonOperator newValue = Objects.requireNonNull(value, "comparisonOperator");
    if (this.comparisonOperator == newValue) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        newValue,
        this.treatMissingData,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Alarm#treatMissingData() treatMissingData} attribute.
   * @param value The value for treatMissingData
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withTreatMissingData(String value) {
    String newValue = Objects.requireNonNull(value, "treatMissingData");
    if (Objects.equals(this.treatMissingData, newValue)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        newValue,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Alarm#treatMissingData() treatMissingData} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for treatMissingData
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withTreatMissingData(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.treatMissingData, value)) return this;
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        value,
        this.alarmActions,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#alarmActions() alarmActions}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableAlarm withAlarmActions(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        newValue,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#alarmActions() alarmActions}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of alarmActions elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withAlarmActions(Iterable<? extends Expr> elements) {
    if (this.alarmActions == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        newValue,
        this.okActions);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#okActions() okActions}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableAlarm withOkActions(Expr... elements) {
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Alarm#okActions() okActions}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of okActions elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableAlarm withOkActions(Iterable<? extends Expr> elements) {
    if (this.okActions == elements) return this;
    List<Expr> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableAlarm(
        this.logicalId,
        this.dependsOn,
        this.condition,
        this.deletionPolicy,
        this.updateReplacePolicy,
        this.metadata,
        this.alarmName,
        this.alarmDescription,
        this.namespace,
        this.metricName,
        this.dimensions,
        this.statistic,
        this.period,
        this.evaluationPeriods,
        this.threshold,
        this.comparisonOperator,
        this.treatMissingData,
        this.alarmActions,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableAlarm} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableAlarm
        && equalsByValue((ImmutableAlarm) another);
  }

  private boolean equalsByValue(ImmutableAlarm another) {
    return logicalId.equals(another.logicalId)
        && dependsOn.equals(another.dependsOn)
        && Objects.equals(condition, another.condition)
        && Objects.equals(deletionPolicy, another.deletionPolicy)
        && Objects.equals(updateReplacePolicy, another.updateReplacePolicy)
        && Objects.equals(metadata, another.metadata)
        && Objects.equals(alarmName, another.alarmName)
        && Objects.equals(alarmDescription, another.alarmDescription)
        && namespace.equals(another.namespace)
        && metricName.equals(another.metricName)
        && dimensions.equals(another.dimensions)
        && statistic.equals(another.statistic)
        && period == another.period
        && evaluationPeriods == another.evaluationPeriods
        && threshold.equals(another.threshold)
        && comparisonOperator.equals(another.comparisonOperator)
        && Objects.equals(treatMissingData, another.treatMissingData)
        && alarmActions.equals(another.alarmActions)
        && okActions.equals(another.okActions);
  }

  /**
   * Computes a hash code from attributes: {@code logicalId}, {@code dependsOn}, {@code condition}, {@code deletionPolicy}, {@code updateReplacePolicy}, {@code metadata}, {@code alarmName}, {@code alarmDescription}, {@code namespace}, {@code metricName}, {@code dimensions}, {@code statistic}, {@code period}, {@code evaluationPeriods}, {@code threshold}, {@code comparisonOperator}, {@code treatMissingData}, {@code alarmActions}, {@code okActions}.
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
    h += (h << 5) + Objects.hashCode(alarmName);
    h += (h << 5) + Objects.hashCode(alarmDescription);
    h += (h << 5) + namespace.hashCode();
    h += (h << 5) + metricName.hashCode();
    h += (h << 5) + dimensions.hashCode();
    h += (h << 5) + statistic.hashCode();
    h += (h << 5) + period;
    h += (h << 5) + evaluationPeriods;
    h += (h << 5) + threshold.hashCode();
    h += (h << 5) + comparisonOperator.hashCode();
    h += (h << 5) + Objects.hashCode(treatMissingData);
    h += (h << 5) + alarmActions.hashCode();
    h += (h << 5) + okActions.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Alarm} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("Alarm{");
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
    if (alarmName != null) {
      builder.append(", ");
      builder.append("alarmName=").append(alarmName);
    }
    if (alarmDescription != null) {
      builder.append(", ");
      builder.append("alarmDescription=").append(alarmDescription);
    }
    builder.append(", ");
    builder.append("namespace=").append(namespace);
    builder.append(", ");
    builder.append("metricName=").append(metricName);
    builder.append(", ");
    builder.append("dimensions=").append(dimensions);
    builder.append(", ");
    builder.append("statistic=").append(statistic);
    builder.append(", ");
    builder.append("period=").append(period);
    builder.append(", ");
    builder.append("evaluationPeriods=").append(evaluationPeriods);
    builder.append(", ");
    builder.append("threshold=").append(threshold);
    builder.append(", ");
    builder.append("comparisonOperator=").append(comparisonOperator);
    if (treatMissingData != null) {
      builder.append(", ");
      builder.append("treatMissingData=").append(treatMissingData);
    }
    builder.append(", ");
    builder.append("alarmActions=").append(alarmActions);
    builder.append(", ");
    builder.append("okActions=").append(okActions);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link Alarm} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Alarm instance
   */
  public static Alarm copyOf(Alarm instance) {
    if (instance instanceof ImmutableAlarm) {
      return (ImmutableAlarm) instance;
    }
    return ImmutableAlarm.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Alarm Alarm}.
   * <pre>
   * ImmutableAlarm.builder()
   *    .logicalId(String) // required {@link Alarm#logicalId() logicalId}
   *    .addDependsOn|addAllDependsOn(org.llmgateway.cfn.model.template.Resource) // {@link Alarm#dependsOn() dependsOn} elements
   *    .condition(Optional&lt;org.llmgateway.cfn.model.template.Condition&gt;) // optional {@link Alarm#condition() condition}
   *    .deletionPolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Alarm#deletionPolicy() deletionPolicy}
   *    .updateReplacePolicy(Optional&lt;org.llmgateway.cfn.model.template.DeletionPolicy&gt;) // optional {@link Alarm#updateReplacePolicy() updateReplacePolicy}
   *    .metadata(Optional&lt;com.fasterxml.jackson.databind.JsonNode&gt;) // optional {@link Alarm#metadata() metadata}
   *    .alarmName(Optional&lt;org.llmgateway.cfn.model.intrinsic.Expr&gt;) // optional {@link Alarm#alarmName() alarmName}
   *    .alarmDescription(Optional&lt;String&gt;) // optional {@link Alarm#alarmDescription() alarmDescription}
   *    .namespace(String) // required {@link Alarm#namespace() namespace}
   *    .metricName(String) // required {@link Alarm#metricName() metricName}
   *    .addDimensions|addAllDimensions(org.llmgateway.cfn.model.resource.cloudwatch.Alarm.Dimension) // {@link Alarm#dimensions() dimensions} elements
   *    .statistic(org.llmgateway.cfn.model.resource.cloudwatch.Alarm.Statistic) // required {@link Alarm#statistic() statistic}
   *    .period(int) // required {@link Alarm#period() period}
   *    .evaluationPeriods(int) // required {@link Alarm#evaluationPeriods() evaluationPeriods}
   *    .threshold(java.math.BigDecimal) // required {@link Alarm#threshold() threshold}
   *    .comparisonOperator(org.llmgateway.cfn.model.resource.cloudwatch.Alarm.ComparisonOperator) // required {@link Alarm#comparisonOperator() comparisonOperator}
   *    .treatMissingData(Optional&lt;String&gt;) // optional {@link Alarm#treatMissingData() treatMissingData}
   *    .addAlarmActions|addAllAlarmActions(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Alarm#alarmActions() alarmActions} elements
   *    .addOkActions|addAllOkActions(org.llmgateway.cfn.model.intrinsic.Expr) // {@link Alarm#okActions() okActions} elements
   *    .build();
   * </pre>
   * @return A new Alarm builder
   */
  public static ImmutableAlarm.Builder builder() {
    return new ImmutableAlarm.Builder();
  }

  /**
   * Builds instances of type {@link Alarm Alarm}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Alarm", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_LOGICAL_ID = 0x1L;
    private static final long INIT_BIT_NAMESPACE = 0x2L;
    private static final long INIT_BIT_METRIC_NAME = 0x4L;
    private static final long INIT_BIT_STATISTIC = 0x8L;
    private static final long INIT_BIT_PERIOD = 0x10L;
    private static final long INIT_BIT_EVALUATION_PERIODS = 0x20L;
    private static final long INIT_BIT_THRESHOLD = 0x40L;
    private static final long INIT_BIT_COMPARISON_OPERATOR = 0x80L;
    private long initBits = 0xffL;

    private String logicalId;
    private List<Resource> dependsOn = new ArrayList<Resource>();
    private Condition condition;
    private DeletionPolicy deletionPolicy;
    private DeletionPolicy updateReplacePolicy;
    private JsonNode metadata;
    private Expr alarmName;
    private String alarmDescription;
    private String namespace;
    private String metricName;
    private List<Alarm.Dimension> dimensions = new ArrayList<Alarm.Dimension>();
    private Alarm.Statistic statistic;
    private int period;
    private int evaluationPeriods;
    private BigDecimal threshold;
    private Alarm.ComparisonOperator comparisonOperator;
    private String treatMissingData;
    private List<Expr> alarmActions = new ArrayList<Expr>();
    private List<Expr> okActions = new ArrayList<Expr>();

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code org.llmgateway.cfn.model.resource.cloudwatch.Alarm} instance.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(Alarm instance) {
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
      if (object instanceof Alarm) {
        Alarm instance = (Alarm) object;
        if ((bits & 0x1L) == 0) {
          Optional<JsonNode> metadataOptional = instance.metadata();
          if (metadataOptional.isPresent()) {
            metadata(metadataOptional);
          }
          bits |= 0x1L;
        }
        this.statistic(instance.statistic());
        this.period(instance.period());
        this.metricName(instance.metricName());
        addAllOkActions(instance.okActions());
        if ((bits & 0x2L) == 0) {
          addAllDependsOn(instance.dependsOn());
          bits |= 0x2L;
        }
        this.comparisonOperator(instance.comparisonOperator());
        Optional<String> treatMissingDataOptional = instance.treatMissingData();
        if (treatMissingDataOptional.isPresent()) {
          treatMissingData(treatMissingDataOptional);
        }
        Optional<Expr> alarmNameOptional = instance.alarmName();
        if (alarmNameOptional.isPresent()) {
          alarmName(alarmNameOptional);
        }
        this.threshold(instance.threshold());
        this.evaluationPeriods(instance.evaluationPeriods());
        Optional<String> alarmDescriptionOptional = instance.alarmDescription();
        if (alarmDescriptionOptional.isPresent()) {
          alarmDescription(alarmDescriptionOptional);
        }
        if ((bits & 0x4L) == 0) {
          Optional<Condition> conditionOptional = instance.condition();
          if (conditionOptional.isPresent()) {
            condition(conditionOptional);
          }
          bits |= 0x4L;
        }
        if ((bits & 0x8L) == 0) {
          this.logicalId(instance.logicalId());
          bits |= 0x8L;
        }
        this.namespace(instance.namespace());
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
        addAllAlarmActions(instance.alarmActions());
        addAllDimensions(instance.dimensions());
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
     * Initializes the value for the {@link Alarm#logicalId() logicalId} attribute.
     * @param logicalId The value for logicalId 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logicalId(String logicalId) {
      this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
      initBits &= ~INIT_BIT_LOGICAL_ID;
      return this;
    }

    /**
     * Adds one element to {@link Alarm#dependsOn() dependsOn} list.
     * @param element A dependsOn element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDependsOn(Resource element) {
      this.dependsOn.add(Objects.requireNonNull(element, "dependsOn element"));
      return this;
    }

    /**
     * Adds elements to {@link Alarm#dependsOn() dependsOn} list.
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
     * Sets or replaces all elements for {@link Alarm#dependsOn() dependsOn} list.
     * @param elements An iterable of dependsOn elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dependsOn(Iterable<? extends Resource> elements) {
      this.dependsOn.clear();
      return addAllDependsOn(elements);
    }

    /**
     * Adds elements to {@link Alarm#dependsOn() dependsOn} list.
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
     * Initializes the optional value {@link Alarm#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for chained invocation
     */
    public final Builder condition(Condition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#condition() condition} to condition.
     * @param condition The value for condition
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder condition(Optional<? extends Condition> condition) {
      this.condition = condition.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder deletionPolicy(DeletionPolicy deletionPolicy) {
      this.deletionPolicy = Objects.requireNonNull(deletionPolicy, "deletionPolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#deletionPolicy() deletionPolicy} to deletionPolicy.
     * @param deletionPolicy The value for deletionPolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder deletionPolicy(Optional<? extends DeletionPolicy> deletionPolicy) {
      this.deletionPolicy = deletionPolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for chained invocation
     */
    public final Builder updateReplacePolicy(DeletionPolicy updateReplacePolicy) {
      this.updateReplacePolicy = Objects.requireNonNull(updateReplacePolicy, "updateReplacePolicy");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#updateReplacePolicy() updateReplacePolicy} to updateReplacePolicy.
     * @param updateReplacePolicy The value for updateReplacePolicy
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder updateReplacePolicy(Optional<? extends DeletionPolicy> updateReplacePolicy) {
      this.updateReplacePolicy = updateReplacePolicy.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for chained invocation
     */
    public final Builder metadata(JsonNode metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#metadata() metadata} to metadata.
     * @param metadata The value for metadata
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metadata(Optional<? extends JsonNode> metadata) {
      this.metadata = metadata.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#alarmName() alarmName} to alarmName.
     * @param alarmName The value for alarmName
     * @return {@code this} builder for chained invocation
     */
    public final Builder alarmName(Expr alarmName) {
      this.alarmName = Objects.requireNonNull(alarmName, "alarmName");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#alarmName() alarmName} to alarmName.
     * @param alarmName The value for alarmName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder alarmName(Optional<? extends Expr> alarmName) {
      this.alarmName = alarmName.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#alarmDescription() alarmDescription} to alarmDescription.
     * @param alarmDescription The value for alarmDescription
     * @return {@code this} builder for chained invocation
     */
    public final Builder alarmDescription(String alarmDescription) {
      this.alarmDescription = Objects.requireNonNull(alarmDescription, "alarmDescription");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#alarmDescription() alarmDescription} to alarmDescription.
     * @param alarmDescription The value for alarmDescription
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder alarmDescription(Optional<String> alarmDescription) {
      this.alarmDescription = alarmDescription.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#namespace() namespace} attribute.
     * @param namespace The value for namespace 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder namespace(String namespace) {
      this.namespace = Objects.requireNonNull(namespace, "namespace");
      initBits &= ~INIT_BIT_NAMESPACE;
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#metricName() metricName} attribute.
     * @param metricName The value for metricName 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder metricName(String metricName) {
      this.metricName = Objects.requireNonNull(metricName, "metricName");
      initBits &= ~INIT_BIT_METRIC_NAME;
      return this;
    }

    /**
     * Adds one element to {@link Alarm#dimensions() dimensions} list.
     * @param element A dimensions element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDimensions(Alarm.Dimension element) {
      this.dimensions.add(Objects.requireNonNull(element, "dimensions element"));
      return this;
    }

    /**
     * Adds elements to {@link Alarm#dimensions() dimensions} list.
     * @param elements An array of dimensions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addDimensions(Alarm.Dimension... elements) {
      for (Alarm.Dimension element : elements) {
        this.dimensions.add(Objects.requireNonNull(element, "dimensions element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Alarm#dimensions() dimensions} list.
     * @param elements An iterable of dimensions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dimensions(Iterable<? extends Alarm.Dimension> elements) {
      this.dimensions.clear();
      return addAllDimensions(elements);
    }

    /**
     * Adds elements to {@link Alarm#dimensions() dimensions} list.
     * @param elements An iterable of dimensions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllDimensions(Iterable<? extends Alarm.Dimension> elements) {
      for (Alarm.Dimension element : elements) {
        this.dimensions.add(Objects.requireNonNull(element, "dimensions element"));
      }
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#statistic() statistic} attribute.
     * @param statistic The value for statistic 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder statistic(Alarm.Statistic statistic) {
      this.statistic = Objects.requireNonNull(statistic, "statistic");
      initBits &= ~INIT_BIT_STATISTIC;
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#period() period} attribute.
     * @param period The value for period 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder period(int period) {
      this.period = period;
      initBits &= ~INIT_BIT_PERIOD;
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#evaluationPeriods() evaluationPeriods} attribute.
     * @param evaluationPeriods The value for evaluationPeriods 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder evaluationPeriods(int evaluationPeriods) {
      this.evaluationPeriods = evaluationPeriods;
      initBits &= ~INIT_BIT_EVALUATION_PERIODS;
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#threshold() threshold} attribute.
     * @param threshold The value for threshold 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder threshold(BigDecimal threshold) {
      this.threshold = Objects.requireNonNull(threshold, "threshold");
      initBits &= ~INIT_BIT_THRESHOLD;
      return this;
    }

    /**
     * Initializes the value for the {@link Alarm#comparisonOperator() comparisonOperator} attribute.
     * @param comparisonOperator The value for comparisonOperator 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder comparisonOperator(Alarm.ComparisonOperator comparisonOperator) {
      this.comparisonOperator = Objects.requireNonNull(comparisonOperator, "comparisonOperator");
      initBits &= ~INIT_BIT_COMPARISON_OPERATOR;
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#treatMissingData() treatMissingData} to treatMissingData.
     * @param treatMissingData The value for treatMissingData
     * @return {@code this} builder for chained invocation
     */
    public final Builder treatMissingData(String treatMissingData) {
      this.treatMissingData = Objects.requireNonNull(treatMissingData, "treatMissingData");
      return this;
    }

    /**
     * Initializes the optional value {@link Alarm#treatMissingData() treatMissingData} to treatMissingData.
     * @param treatMissingData The value for treatMissingData
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder treatMissingData(Optional<String> treatMissingData) {
      this.treatMissingData = treatMissingData.orElse(null);
      return this;
    }

    /**
     * Adds one element to {@link Alarm#alarmActions() alarmActions} list.
     * @param element A alarmActions element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAlarmActions(Expr element) {
      this.alarmActions.add(Objects.requireNonNull(element, "alarmActions element"));
      return this;
    }

    /**
     * Adds elements to {@link Alarm#alarmActions() alarmActions} list.
     * @param elements An array of alarmActions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAlarmActions(Expr... elements) {
      for (Expr element : elements) {
        this.alarmActions.add(Objects.requireNonNull(element, "alarmActions element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Alarm#alarmActions() alarmActions} list.
     * @param elements An iterable of alarmActions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder alarmActions(Iterable<? extends Expr> elements) {
      this.alarmActions.clear();
      return addAllAlarmActions(elements);
    }

    /**
     * Adds elements to {@link Alarm#alarmActions() alarmActions} list.
     * @param elements An iterable of alarmActions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllAlarmActions(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.alarmActions.add(Objects.requireNonNull(element, "alarmActions element"));
      }
      return this;
    }

    /**
     * Adds one element to {@link Alarm#okActions() okActions} list.
     * @param element A okActions element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addOkActions(Expr element) {
      this.okActions.add(Objects.requireNonNull(element, "okActions element"));
      return this;
    }

    /**
     * Adds elements to {@link Alarm#okActions() okActions} list.
     * @param elements An array of okActions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addOkActions(Expr... elements) {
      for (Expr element : elements) {
        this.okActions.add(Objects.requireNonNull(element, "okActions element"));
      }
      return this;
    }


    /**
     * Sets or replaces all elements for {@link Alarm#okActions() okActions} list.
     * @param elements An iterable of okActions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder okActions(Iterable<? extends Expr> elements) {
      this.okActions.clear();
      return addAllOkActions(elements);
    }

    /**
     * Adds elements to {@link Alarm#okActions() okActions} list.
     * @param elements An iterable of okActions elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllOkActions(Iterable<? extends Expr> elements) {
      for (Expr element : elements) {
        this.okActions.add(Objects.requireNonNull(element, "okActions element"));
      }
      return this;
    }

    /**
     * Builds a new {@link Alarm Alarm}.
     * @return An immutable instance of Alarm
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Alarm build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableAlarm(
          logicalId,
          createUnmodifiableList(true, dependsOn),
          condition,
          deletionPolicy,
          updateReplacePolicy,
          metadata,
          alarmName,
          alarmDescription,
          namespace,
          metricName,
          createUnmodifiableList(true, dimensions),
          statistic,
          period,
          evaluationPeriods,
          threshold,
          comparisonOperator,
          treatMissingData,
          createUnmodifiableList(true, alarmActions),
          createUnmodifiableList(true, okActions));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_LOGICAL_ID) != 0) attributes.add("logicalId");
      if ((initBits & INIT_BIT_NAMESPACE) != 0) attributes.add("namespace");
      if ((initBits & INIT_BIT_METRIC_NAME) != 0) attributes.add("metricName");
      if ((initBits & INIT_BIT_STATISTIC) != 0) attributes.add("statistic");
      if ((initBits & INIT_BIT_PERIOD) != 0) attributes.add("period");
      if ((initBits & INIT_BIT_EVALUATION_PERIODS) != 0) attributes.add("evaluationPeriods");
      if ((initBits & INIT_BIT_THRESHOLD) != 0) attributes.add("threshold");
      if ((initBits & INIT_BIT_COMPARISON_OPERATOR) != 0) attributes.add("comparisonOperator");
      return "Cannot build Alarm, some of required attributes are not set " + attributes;
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
