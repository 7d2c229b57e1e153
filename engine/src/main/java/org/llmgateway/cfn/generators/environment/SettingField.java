package org.llmgateway.cfn.generators.environment;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One setting of an application's settings type ({@link SettingsBinding#type()}), found by
 * reflection on its {@link Setting}-annotated accessors: the single table both the YAML binding and the JSON Schema read, so a new setting
 * needs nothing but its accessor.
 */
record SettingField(String name, Kind kind, Setting setting, Method accessor) {

  /** The JSON shapes a setting can take. */
  enum Kind {
    BOOLEAN("boolean"),
    INTEGER("integer"),
    STRING("string"),
    OPTIONAL_STRING("string"),
    STRING_LIST("array"),
    ENUM("string");

    final String jsonType;

    Kind(String jsonType) {
      this.jsonType = jsonType;
    }
  }

  /** Every setting, in the order of their accessors' names (stable across compilers). */
  static Map<String, SettingField> byName(Class<?> settingsType) {
    List<SettingField> fields = new ArrayList<>();
    for (Method method : settingsType.getDeclaredMethods()) {
      Setting setting = method.getAnnotation(Setting.class);
      if (setting == null || method.getParameterCount() != 0
          || !Modifier.isPublic(method.getModifiers())) {
        continue;
      }
      fields.add(new SettingField(method.getName(), kind(method), setting, method));
    }
    fields.sort(Comparator.comparing(SettingField::name));
    Map<String, SettingField> byName = new LinkedHashMap<>();
    fields.forEach(f -> byName.put(f.name(), f));
    return byName;
  }

  private static Kind kind(Method accessor) {
    Class<?> type = accessor.getReturnType();
    if (type == boolean.class) {
      return Kind.BOOLEAN;
    }
    if (type == int.class) {
      return Kind.INTEGER;
    }
    if (type == String.class) {
      return Kind.STRING;
    }
    if (type.isEnum()) {
      return Kind.ENUM;
    }
    Type generic = accessor.getGenericReturnType();
    if (generic instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] == String.class) {
      if (type == Optional.class) {
        return Kind.OPTIONAL_STRING;
      }
      if (type == List.class) {
        return Kind.STRING_LIST;
      }
    }
    throw new IllegalStateException(accessor.getDeclaringClass().getSimpleName() + "."
        + accessor.getName()
        + ": no YAML binding for " + generic + "; add a Kind for it");
  }

  /** The enum's constants, for an {@link Kind#ENUM} setting. */
  List<String> enumConstants() {
    return Arrays.stream(accessor.getReturnType().getEnumConstants())
        .map(c -> ((Enum<?>) c).name()).toList();
  }

  /** Why this YAML value cannot be bound to the setting, if it cannot. */
  Optional<String> problem(JsonNode value) {
    boolean fits = switch (kind) {
      case BOOLEAN -> value.isBoolean();
      case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
      case STRING, OPTIONAL_STRING -> value.isTextual();
      case ENUM -> value.isTextual() && enumConstants().contains(value.asText());
      case STRING_LIST -> value.isArray() && iterable(value).stream().allMatch(JsonNode::isTextual);
    };
    if (fits) {
      return Optional.empty();
    }
    String expected = switch (kind) {
      case BOOLEAN -> "true or false";
      case INTEGER -> "a whole number";
      case STRING, OPTIONAL_STRING -> "a string";
      case ENUM -> "one of " + String.join(", ", enumConstants());
      case STRING_LIST -> "a list of strings";
    };
    return Optional.of("must be " + expected + ", not " + shown(value));
  }

  /** The Java value of a YAML value that {@link #problem} accepted. */
  Object value(JsonNode value) {
    return switch (kind) {
      case BOOLEAN -> value.booleanValue();
      case INTEGER -> value.intValue();
      case STRING, OPTIONAL_STRING -> value.textValue();
      case ENUM -> enumValue(value.textValue());
      case STRING_LIST -> iterable(value).stream().map(JsonNode::textValue).toList();
    };
  }

  /** The builder's setter of this setting for a value of {@link #value}'s type. */
  Method builderMethod(Class<?> builder) {
    Class<?> parameter = switch (kind) {
      case BOOLEAN -> boolean.class;
      case INTEGER -> int.class;
      case STRING, OPTIONAL_STRING -> String.class;
      case ENUM -> accessor.getReturnType();
      case STRING_LIST -> List.class;
    };
    String method = name;
    try {
      return builder.getMethod(method, parameter);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the builder of "
          + accessor.getDeclaringClass().getSimpleName() + " has no " + method, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object enumValue(String constant) {
    return Enum.valueOf((Class) accessor.getReturnType(), constant);
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static String shown(JsonNode value) {
    if (value.isTextual()) {
      return "'" + value.textValue() + "'";
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isContainerNode() ? (value.isArray() ? "a list" : "a mapping") : value.toString();
  }
}
