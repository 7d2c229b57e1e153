package org.llmgateway.cfn.model.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Referable;

/** An entry of the Parameters section. Its checks run on a template's own default value. */
@Value.Immutable
@CfnStyle
public abstract class Parameter implements Referable {

  @Override
  public abstract String logicalId();

  @Value.Default
  public ParameterType type() {
    return ParameterType.STRING;
  }

  public abstract Optional<String> description();

  /** The label shown in the console (AWS::CloudFormation::Interface). */
  public abstract Optional<String> label();

  public abstract Optional<String> defaultValue();

  public abstract List<String> allowedValues();

  public abstract Optional<String> allowedPattern();

  public abstract Optional<Integer> minLength();

  public abstract Optional<Integer> maxLength();

  public abstract Optional<BigDecimal> minValue();

  public abstract Optional<BigDecimal> maxValue();

  @Value.Default
  public boolean noEcho() {
    return false;
  }

  public abstract Optional<String> constraintDescription();

  public static ImmutableParameter.Builder builder() {
    return ImmutableParameter.builder();
  }

  /**
   * Why {@code value} is not acceptable for this parameter, or empty when it is. Used for the
   * parameter's own default and for the values of parameter files.
   */
  public Optional<String> violation(String value) {
    if (!allowedValues().isEmpty() && !allowedValues().contains(value)) {
      return Optional.of("'" + value + "' is not one of " + allowedValues());
    }
    if (type() == ParameterType.NUMBER) {
      BigDecimal number;
      try {
        number = new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        return Optional.of("'" + value + "' is not a number");
      }
      if (minValue().isPresent() && number.compareTo(minValue().get()) < 0) {
        return Optional.of(value + " is below MinValue " + minValue().get().toPlainString());
      }
      if (maxValue().isPresent() && number.compareTo(maxValue().get()) > 0) {
        return Optional.of(value + " is above MaxValue " + maxValue().get().toPlainString());
      }
      return Optional.empty();
    }
    if (minLength().isPresent() && value.length() < minLength().get()) {
      return Optional.of("length " + value.length() + " is below MinLength " + minLength().get());
    }
    if (maxLength().isPresent() && value.length() > maxLength().get()) {
      return Optional.of("length " + value.length() + " is above MaxLength " + maxLength().get());
    }
    if (allowedPattern().isPresent() && !Pattern.matches(allowedPattern().get(), value)) {
      return Optional.of("'" + value + "' does not match AllowedPattern " + allowedPattern().get());
    }
    return Optional.empty();
  }

  @Value.Check
  protected void check() {
    if (!logicalId().matches("[A-Za-z0-9]{1,255}")) {
      throw new IllegalStateException(
          "Parameter logical id '" + logicalId() + "' must be 1-255 alphanumeric characters");
    }
    defaultValue()
        .flatMap(this::violation)
        .ifPresent(
            reason -> {
              throw new IllegalStateException(
                  "Parameter " + logicalId() + ": Default " + reason);
            });
  }
}
