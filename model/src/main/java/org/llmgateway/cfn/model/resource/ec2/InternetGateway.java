package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::InternetGateway. {@code Ref} gives the gateway id. */
@Value.Immutable
@CfnStyle
public interface InternetGateway extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::InternetGateway";
  }

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableInternetGateway.Builder builder() {
    return ImmutableInternetGateway.builder();
  }
}
