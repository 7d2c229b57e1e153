package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parameter declaration of the canonical JSON (Type, AllowedValues, AllowedPattern,
 * MinLength/MaxLength, MinValue/MaxValue) and whether a value satisfies it. One check for a
 * parameter's own Default and for the values of parameter files.
 */
final class ParameterConstraints {

  /**
   * AWS-specific parameter types and the shape of their values. CloudFormation looks the value up
   * in the account at deploy time and rejects an empty one, so an optional parameter must be a
   * String; the shapes catch a value pasted into the wrong parameter before that.
   */
  private static final Map<String, Pattern> AWS_TYPES =
      Map.ofEntries(
          Map.entry("AWS::EC2::AvailabilityZone::Name", Pattern.compile("[a-z]{2}(-[a-z0-9]+)+")),
          Map.entry("AWS::EC2::Image::Id", Pattern.compile("ami-[0-9a-f]{8,17}")),
          Map.entry("AWS::EC2::Instance::Id", Pattern.compile("i-[0-9a-f]{8,17}")),
          Map.entry("AWS::EC2::KeyPair::KeyName", Pattern.compile(".{1,255}")),
          Map.entry("AWS::EC2::SecurityGroup::GroupName", Pattern.compile(".{1,255}")),
          Map.entry("AWS::EC2::SecurityGroup::Id", Pattern.compile("sg-[0-9a-f]{8,17}")),
          Map.entry("AWS::EC2::Subnet::Id", Pattern.compile("subnet-[0-9a-f]{8,17}")),
          Map.entry("AWS::EC2::Volume::Id", Pattern.compile("vol-[0-9a-f]{8,17}")),
          Map.entry("AWS::EC2::VPC::Id", Pattern.compile("vpc-[0-9a-f]{8,17}")),
          Map.entry("AWS::Route53::HostedZone::Id", Pattern.compile("Z[A-Z0-9]{1,32}")),
          Map.entry("AWS::SSM::Parameter::Name", Pattern.compile("[a-zA-Z0-9_.\\-/]{1,2048}")));

  private static final Pattern SSM_VALUE = Pattern.compile("AWS::SSM::Parameter::Value<.+>");

  private ParameterConstraints() {}

  /** Why {@code type} is not a CloudFormation parameter type, or empty when it is one. */
  static Optional<String> typeProblem(String type) {
    String element = type.startsWith("List<") && type.endsWith(">")
        ? type.substring(5, type.length() - 1) : null;
    boolean known = type.equals("String") || type.equals("Number")
        || type.equals("CommaDelimitedList") || AWS_TYPES.containsKey(type)
        || SSM_VALUE.matcher(type).matches()
        || (element != null && (element.equals("Number") || AWS_TYPES.containsKey(element)));
    return known ? Optional.empty()
        : Optional.of("'" + type + "' is not a CloudFormation parameter type");
  }

  /** Problems of the declaration itself (its constraints), each with the key it concerns. */
  static List<String[]> declarationProblems(JsonNode declaration) {
    List<String[]> problems = new ArrayList<>();
    if (!declaration.has("Type")) {
      problems.add(new String[] {"", "Type is required"});
    } else {
      typeProblem(declaration.path("Type").asText()).ifPresent(
          p -> problems.add(new String[] {"/Type", p}));
    }
    JsonNode pattern = declaration.get("AllowedPattern");
    if (pattern != null) {
      try {
        Pattern.compile(pattern.asText());
      } catch (PatternSyntaxException e) {
        problems.add(new String[] {"/AllowedPattern", "AllowedPattern is not a valid regular "
            + "expression: " + e.getDescription()});
      }
    }
    if (declaration.has("MinLength") && declaration.has("MaxLength")
        && declaration.get("MinLength").asInt() > declaration.get("MaxLength").asInt()) {
      problems.add(new String[] {"/MinLength", "MinLength is above MaxLength"});
    }
    return problems;
  }

  /**
   * Why {@code value} does not satisfy {@code declaration}, or empty when it does. The reason
   * never quotes the value of a NoEcho parameter.
   */
  static Optional<String> violation(JsonNode declaration, String value) {
    Optional<String> reason = plainViolation(declaration, value);
    if (reason.isPresent() && declaration.path("NoEcho").asText().equalsIgnoreCase("true")) {
      return Optional.of("the NoEcho value does not satisfy the parameter's constraints");
    }
    return reason;
  }

  private static Optional<String> plainViolation(JsonNode declaration, String value) {
    String type = declaration.path("Type").asText("String");
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      String element = type.startsWith("List<") ? type.substring(5, type.length() - 1) : "String";
      for (String item : value.split(",", -1)) {
        Optional<String> problem = scalarViolation(declaration, element, item.trim(), true);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    return scalarViolation(declaration, type, value, false);
  }

  private static Optional<String> scalarViolation(JsonNode declaration, String type, String value,
      boolean listItem) {
    List<String> allowed = new ArrayList<>();
    declaration.path("AllowedValues").forEach(v -> allowed.add(v.asText()));
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      return Optional.of("'" + value + "' is not one of " + allowed);
    }
    if (type.equals("Number")) {
      BigDecimal number;
      try {
        number = new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        return Optional.of("'" + value + "' is not a number");
      }
      JsonNode min = declaration.get("MinValue");
      if (min != null && number.compareTo(new BigDecimal(min.asText())) < 0) {
        return Optional.of(value + " is below MinValue " + min.asText());
      }
      JsonNode max = declaration.get("MaxValue");
      if (max != null && number.compareTo(new BigDecimal(max.asText())) > 0) {
        return Optional.of(value + " is above MaxValue " + max.asText());
      }
      return Optional.empty();
    }
    Pattern shape = AWS_TYPES.get(type);
    if (shape != null && !shape.matcher(value).matches()) {
      return Optional.of("'" + value + "' is not a valid " + type);
    }
    if (!listItem) {
      JsonNode min = declaration.get("MinLength");
      if (min != null && value.length() < min.asInt()) {
        return Optional.of("length " + value.length() + " is below MinLength " + min.asInt());
      }
      JsonNode max = declaration.get("MaxLength");
      if (max != null && value.length() > max.asInt()) {
        return Optional.of("length " + value.length() + " is above MaxLength " + max.asInt());
      }
    }
    JsonNode pattern = declaration.get("AllowedPattern");
    if (pattern != null) {
      try {
        if (!Pattern.matches(pattern.asText(), value)) {
          return Optional.of("'" + value + "' does not match AllowedPattern " + pattern.asText());
        }
      } catch (PatternSyntaxException e) {
        return Optional.empty(); // reported once, on the declaration
      }
    }
    return Optional.empty();
  }
}
