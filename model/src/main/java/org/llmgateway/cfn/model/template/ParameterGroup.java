package org.llmgateway.cfn.model.template;

import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;

/** A console group of parameters (AWS::CloudFormation::Interface ParameterGroups). */
@Value.Immutable
@CfnStyle
public interface ParameterGroup {

  @Value.Parameter
  String label();

  @Value.Parameter
  List<Parameter> parameters();

  static ParameterGroup of(String label, Parameter... parameters) {
    return ImmutableParameterGroup.of(label, List.of(parameters));
  }
}
