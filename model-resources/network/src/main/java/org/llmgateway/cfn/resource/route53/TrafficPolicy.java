// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53;

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
 * {@code AWS::Route53::TrafficPolicy}: Resource Type definition for AWS::Route53::TrafficPolicy.
 * Creates a Route 53 traffic policy, a JSON document that describes how Route 53 responds to DNS
 * queries for a domain name.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-trafficpolicy.html">AWS::Route53::TrafficPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrafficPolicy extends Resource {

  String TYPE = "AWS::Route53::TrafficPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Any comments to include about the traffic policy. */
  Optional<Expr> comment();

  /** Required. The definition of the traffic policy in JSON format. */
  Expr document();

  /** Required. The name of the traffic policy. */
  Expr name();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Comment", comment())
        .put("Document", document())
        .put("Name", name())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the traffic policy. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Id} attribute: The ID that Amazon Route 53 assigned to the traffic policy when it
   * was created.
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code Type} attribute: The DNS type of the resource record sets that Amazon Route 53
   * creates when the traffic policy is used to create a traffic policy instance.
   */
  default GetAtt attrType() {
    return getAtt("Type");
  }

  /**
   * The {@code Version} attribute: The version number that Amazon Route 53 assigned to the traffic
   * policy.
   */
  default GetAtt attrVersion() {
    return getAtt("Version");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrafficPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrafficPolicy.Builder {

    public Builder comment(String value) {
      comment(Expr.of(value));
      return this;
    }

    public Builder document(String value) {
      document(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }
  }
}
