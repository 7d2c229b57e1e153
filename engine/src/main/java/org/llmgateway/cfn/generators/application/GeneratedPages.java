package org.llmgateway.cfn.generators.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SortedMap;

/**
 * Pages rendered from the same model as the templates (documentation, estimates), written by
 * {@code generate} into a folder it owns and drift-checked with the templates. The engine's emitter
 * calls them without knowing them, so documentation builds on the emitter, never the reverse.
 *
 * @param <S> the application's settings type
 */
public interface GeneratedPages<S> {

  /** The folder, relative to the project root, that generate owns for these pages. */
  String folder();

  /**
   * Every page, keyed by its path relative to the project root.
   *
   * @param templates every stack's canonical template JSON, by stack name
   * @param environments the environments generated, in order
   * @param naming the application's naming convention, e.g. to show names for any environment
   */
  SortedMap<String, String> render(SortedMap<String, JsonNode> templates, List<S> environments,
      NamingConvention<S> naming);
}
