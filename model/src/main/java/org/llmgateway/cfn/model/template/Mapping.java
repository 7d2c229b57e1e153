package org.llmgateway.cfn.model.template;

import java.util.Map;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Referable;

/** An entry of the Mappings section: top-level key to second-level key to value. */
@Value.Immutable
@CfnStyle
public interface Mapping extends Referable {

  @Override
  @Value.Parameter
  String logicalId();

  @Value.Parameter
  Map<String, Map<String, String>> entries();

  static Mapping of(String logicalId, Map<String, Map<String, String>> entries) {
    return ImmutableMapping.of(logicalId, entries);
  }
}
