package org.llmgateway.cfn.model.resource.logs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::Logs::LogGroup */
@Value.Immutable
@CfnStyle
public interface LogGroup extends Resource {

  /** The retention periods CloudWatch Logs accepts, in days. */
  List<Integer> ALLOWED_RETENTION_DAYS =
      List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192,
          2557, 2922, 3288, 3653);

  @Override
  default String resourceType() {
    return "AWS::Logs::LogGroup";
  }

  @JsonProperty("LogGroupName")
  Optional<Expr> logGroupName();

  @JsonProperty("RetentionInDays")
  Optional<Expr> retentionInDays();

  @JsonProperty("KmsKeyId")
  Optional<Expr> kmsKeyId();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  static ImmutableLogGroup.Builder builder() {
    return ImmutableLogGroup.builder();
  }
}
