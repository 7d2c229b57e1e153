package org.llmgateway.cfn.generators.emit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;

/**
 * Writes a parameter file in the array form that {@code aws cloudformation create-stack
 * --parameters file://...} and the AWS Toolkit's CloudFormationCreateOrUpdateStack task accept.
 */
public final class ParameterFileWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ParameterFileWriter() {}

  /** Entries follow the template's parameter order; NoEcho parameters are refused. */
  public static String write(String stack, Template template, Map<Parameter, String> values) {
    for (Parameter parameter : values.keySet()) {
      if (!template.parameters().contains(parameter)) {
        throw new IllegalStateException(
            "Stack " + stack + ": parameter file names '" + parameter.logicalId()
                + "', which the template does not declare");
      }
      if (parameter.noEcho()) {
        throw new IllegalStateException(
            "Stack " + stack + ": NoEcho parameter '" + parameter.logicalId()
                + "' must be supplied at deploy time, never written to a parameter file");
      }
    }
    var out = new StringBuilder("[");
    boolean first = true;
    for (Parameter parameter : template.parameters()) {
      String value = values.get(parameter);
      if (value == null) {
        continue;
      }
      parameter
          .violation(value)
          .ifPresent(
              reason -> {
                throw new IllegalStateException(
                    "Stack " + stack + ": parameter " + parameter.logicalId() + " " + reason);
              });
      out.append(first ? "\n" : ",\n");
      first = false;
      out.append("  {\n")
          .append("    \"ParameterKey\": ").append(quote(parameter.logicalId())).append(",\n")
          .append("    \"ParameterValue\": ").append(quote(value)).append('\n')
          .append("  }");
    }
    return out.append(first ? "]\n" : "\n]\n").toString();
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
