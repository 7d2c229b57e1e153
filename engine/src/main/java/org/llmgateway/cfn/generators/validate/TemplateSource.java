package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A template to validate: its file name as findings show it, its canonical JSON and the size of
 * its body in bytes (what CloudFormation's size limits count).
 */
public record TemplateSource(String file, JsonNode json, long bytes) {

  /** The stack's short name: the file name without folders and extension. */
  public String stack() {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
