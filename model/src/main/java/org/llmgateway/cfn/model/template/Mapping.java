package org.llmgateway.cfn.model.template;

import java.util.Map;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;

/**
 * An entry of the Mappings section: top-level key to second-level key to value. It is read only
 * through {@link org.llmgateway.cfn.model.intrinsic.Fn#findInMap}; CloudFormation has no
 * {@code Ref} of a mapping, so it is not a {@link org.llmgateway.cfn.model.intrinsic.Referable}.
 */
@Value.Immutable
@CfnStyle
public interface Mapping {

  @Value.Parameter
  String logicalId();

  @Value.Parameter
  Map<String, Map<String, String>> entries();

  static Mapping of(String logicalId, Map<String, Map<String, String>> entries) {
    return ImmutableMapping.of(logicalId, entries);
  }
}
