package org.llmgateway.cfn.generators.environment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schema of an environment file, generated from the settings type's settings
 * ({@link SettingField}): keys, JSON types, enums, bounds the checks enforce, descriptions and
 * defaults. Editors with the YAML language server complete and check the files with it; the
 * binding itself does not read it, so the schema can never refuse what the type accepts.
 */
public final class EnvironmentSchema {

  public static final String FILE_NAME = "environment.schema.json";

  /** The schema's path relative to the project root. */
  public static final String PATH = EnvironmentFiles.FOLDER + "/" + FILE_NAME;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EnvironmentSchema() {}

  /** The schema text, deterministic (settings in name order), ending in a newline. */
  public static String render(SettingsBinding<?> binding, String applicationName) {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("$comment", "GENERATED FILE - DO NOT EDIT. Built by " + EnvironmentSchema.class
        .getName() + " from " + binding.type().getSimpleName()
        + ". Regenerate with: mvn -Pgenerate package");
    schema.put("title", applicationName + " environment");
    schema.put("description", "One environment's settings; the file's name is the environment's"
        + " name. Omitted settings take their default.");
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    Object defaults = binding.defaults("defaults");
    for (SettingField field : SettingField.byName(binding.type()).values()) {
      if (field.name().equals("name")) {
        continue;
      }
      ObjectNode property = properties.putObject(field.name());
      property.put("description", field.setting().value());
      property.put("type", field.kind().jsonType);
      Setting setting = field.setting();
      if (field.kind() == SettingField.Kind.STRING_LIST) {
        property.putObject("items").put("type", "string");
        bound(property, "minItems", setting.minimum(), Long.MIN_VALUE);
        bound(property, "maxItems", setting.maximum(), Long.MAX_VALUE);
      } else if (field.kind() == SettingField.Kind.INTEGER) {
        bound(property, "minimum", setting.minimum(), Long.MIN_VALUE);
        bound(property, "maximum", setting.maximum(), Long.MAX_VALUE);
      }
      List<String> allowed = field.kind() == SettingField.Kind.ENUM
          ? field.enumConstants() : List.of(setting.allowed());
      if (!allowed.isEmpty()) {
        ArrayNode values = property.putArray("enum");
        allowed.forEach(v -> {
          if (field.kind() == SettingField.Kind.INTEGER) {
            values.add(Integer.parseInt(v));
          } else {
            values.add(v);
          }
        });
      }
      defaultValue(field, defaults).ifPresent(value -> property.set("default", JSON.valueToTree(
          value instanceof Enum<?> constant ? constant.name() : value)));
    }
    try {
      return JSON.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bound(ObjectNode property, String keyword, long value, long unset) {
    if (value != unset) {
      property.put(keyword, value);
    }
  }

  private static Optional<Object> defaultValue(SettingField field, Object defaults) {
    try {
      Object value = field.accessor().invoke(defaults);
      return value instanceof Optional<?> optional ? optional.map(v -> v) : Optional.of(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
