package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parameter file for one template in one environment, as canonical JSON: the array form
 * {@code [{"ParameterKey": ..., "ParameterValue": ...}]} that {@code aws cloudformation
 * create-stack --parameters file://...} reads, or the {@code {"Parameters": {key: value}}} form of
 * CodePipeline template configurations.
 */
public record ParameterFile(String file, String templateFile, String environment, JsonNode json) {}
