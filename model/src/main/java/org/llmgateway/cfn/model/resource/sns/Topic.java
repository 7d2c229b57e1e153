package org.llmgateway.cfn.model.resource.sns;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::SNS::Topic (standard topic); {@code Ref} gives its ARN. */
@Value.Immutable
@CfnStyle
public interface Topic extends Resource {

  @Override
  default String resourceType() {
    return "AWS::SNS::Topic";
  }

  @JsonProperty("TopicName")
  Optional<Expr> topicName();

  @JsonProperty("DisplayName")
  Optional<String> displayName();

  /** The KMS key (ID, alias or ARN) SNS encrypts messages at rest with. */
  @JsonProperty("KmsMasterKeyId")
  Optional<Expr> kmsMasterKeyId();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt topicArn() {
    return getAtt("TopicArn");
  }

  static ImmutableTopic.Builder builder() {
    return ImmutableTopic.builder();
  }
}
