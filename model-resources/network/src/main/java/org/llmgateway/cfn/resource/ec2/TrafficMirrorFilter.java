// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::EC2::TrafficMirrorFilter}: Specifies a Traffic Mirror filter.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-trafficmirrorfilter.html">AWS::EC2::TrafficMirrorFilter</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrafficMirrorFilter extends Resource {

  String TYPE = "AWS::EC2::TrafficMirrorFilter";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the Traffic Mirror filter. */
  Optional<Expr> description();

  /** The network service traffic that is associated with the Traffic Mirror filter. */
  Optional<Expr> networkServices();

  /** The tags to assign to a Traffic Mirror filter. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("NetworkServices", networkServices())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of a traffic mirror filter. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrafficMirrorFilter}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrafficMirrorFilter.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder networkServices(List<? extends Expr> values) {
      networkServices(Expr.list(values));
      return this;
    }

    public Builder networkServices(String... values) {
      networkServices(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
