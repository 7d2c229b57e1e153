package org.llmgateway.cfn.generators.environment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.llmgateway.cfn.generators.application.GeneratedPages;
import org.llmgateway.cfn.generators.application.NamingConvention;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;

/**
 * Each environment's LiteLLM config, {@code generated-templates/proxy-config/<env>/config.yaml}:
 * docker/config.yaml plus that environment's Redis settings. The config pipeline uploads it to
 * the config bucket; generate writes it with the templates and the drift check covers it.
 */
public final class ProxyConfigFiles implements GeneratedPages<EnvironmentConfig> {

  public static final String FOLDER =
      GeneratedFiles.TEMPLATES_FOLDER + "/" + ProxyConfig.RENDERED_FOLDER;

  @Override
  public String folder() {
    return FOLDER;
  }

  @Override
  public SortedMap<String, String> render(SortedMap<String, JsonNode> templates,
      List<EnvironmentConfig> environments, NamingConvention<EnvironmentConfig> naming) {
    SortedMap<String, String> files = new TreeMap<>();
    for (EnvironmentConfig environment : environments) {
      files.put(path(environment), ProxyConfig.render(environment, List.of(
          "GENERATED FILE - DO NOT EDIT. The LiteLLM config of environment "
              + environment.name() + ": docker/config.yaml plus its Redis settings.",
          "Uploaded to the config bucket by azure-devops/scripts/upload-proxy-config.sh.",
          "Regenerate with: " + GeneratedFiles.REGENERATE_COMMAND
              + "    (drift check: mvn verify)")));
    }
    return files;
  }

  /** {@code generated-templates/proxy-config/<environment>/config.yaml}. */
  public static String path(EnvironmentConfig environment) {
    return FOLDER + "/" + environment.name() + "/config.yaml";
  }
}
