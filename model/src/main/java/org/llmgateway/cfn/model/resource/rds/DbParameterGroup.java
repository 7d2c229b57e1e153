package org.llmgateway.cfn.model.resource.rds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::RDS::DBParameterGroup: engine settings that differ from the family's defaults. */
@Value.Immutable
@CfnStyle
public interface DbParameterGroup extends Resource {

  @Override
  default String resourceType() {
    return "AWS::RDS::DBParameterGroup";
  }

  @JsonProperty("Description")
  String description();

  /** Engine and major version, e.g. {@code postgres15}; must match the instance's version. */
  @JsonProperty("Family")
  Expr family();

  @JsonProperty("DBParameterGroupName")
  Optional<Expr> dbParameterGroupName();

  /** Parameter name to value, written in insertion order. */
  @JsonProperty("Parameters")
  Map<String, String> parameters();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableDbParameterGroup.Builder builder() {
    return ImmutableDbParameterGroup.builder();
  }
}
