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
 * {@code AWS::Route53::DNSSEC}: The `AWS::Route53::DNSSEC` resource is used to enable DNSSEC
 * signing in a hosted zone.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-dnssec.html">AWS::Route53::DNSSEC</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DNSSEC extends Resource {

  String TYPE = "AWS::Route53::DNSSEC";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. A unique string (ID) that is used to identify a hosted zone. For example:
   * `Z00001111A1ABCaaABC11` .
   */
  Expr hostedZoneId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("HostedZoneId", hostedZoneId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DNSSEC}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDNSSEC.Builder {

    public Builder hostedZoneId(String value) {
      hostedZoneId(Expr.of(value));
      return this;
    }
  }
}
