package org.llmgateway.cfn.model.resource.rds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::RDS::DBSubnetGroup: the subnets (in at least two AZs) an instance may be placed in. */
@Value.Immutable
@CfnStyle
public interface DbSubnetGroup extends Resource {

  @Override
  default String resourceType() {
    return "AWS::RDS::DBSubnetGroup";
  }

  @JsonProperty("DBSubnetGroupDescription")
  String description();

  /** Stored lower-case by RDS; leave empty for a generated name. */
  @JsonProperty("DBSubnetGroupName")
  Optional<Expr> dbSubnetGroupName();

  @JsonProperty("SubnetIds")
  List<Expr> subnetIds();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableDbSubnetGroup.Builder builder() {
    return ImmutableDbSubnetGroup.builder();
  }

  @Value.Check
  default void check() {
    if (subnetIds().size() < 2) {
      throw new IllegalStateException(
          "DBSubnetGroup " + logicalId() + ": RDS needs subnets in at least two availability"
              + " zones, got " + subnetIds().size() + " subnet(s)");
    }
  }
}
