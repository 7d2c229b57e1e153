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
 * {@code AWS::Route53::TrafficPolicyInstance}: Resource Type definition for
 * AWS::Route53::TrafficPolicyInstance. Applies a version of a Route 53 traffic policy to a DNS name
 * in a public hosted zone, and Route 53 creates and owns the resource record sets that answer
 * queries for that name.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-trafficpolicyinstance.html">AWS::Route53::TrafficPolicyInstance</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrafficPolicyInstance extends Resource {

  String TYPE = "AWS::Route53::TrafficPolicyInstance";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ID of the hosted zone that Amazon Route 53 creates the resource record sets in.
   * The bare ID as Route 53 returns it, without a /hostedzone/ prefix.
   */
  Expr hostedZoneId();

  /**
   * Required. The domain name, or subdomain name, for which Amazon Route 53 answers DNS queries by
   * using the resource record sets it creates for this traffic policy instance. Must be lower-case
   * and end with a trailing dot, which is the form Route 53 returns: Route 53 normalizes DNS names,
   * so admitting another form would neither round-trip through Read nor guarantee that a change to
   * this property changes the resource's identity.
   */
  Expr name();

  /**
   * Required. The TTL that Amazon Route 53 assigns to all of the resource record sets that it
   * creates in the specified hosted zone.
   */
  Expr ttl();

  /**
   * Required. The ID of the traffic policy that Amazon Route 53 uses to create resource record sets
   * in the specified hosted zone. Lower-case, as Route 53 returns it.
   */
  Expr trafficPolicyId();

  /**
   * Required. The version of the traffic policy that Amazon Route 53 uses to create resource record
   * sets in the specified hosted zone.
   */
  Expr trafficPolicyVersion();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("HostedZoneId", hostedZoneId())
        .put("Name", name())
        .put("TTL", ttl())
        .put("TrafficPolicyId", trafficPolicyId())
        .put("TrafficPolicyVersion", trafficPolicyVersion())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the traffic policy instance. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Id} attribute: The ID that Amazon Route 53 assigned to the traffic policy instance
   * when it was created.
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code State} attribute: The current state of the traffic policy instance. A steady-state
   * instance is Applied.
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code TrafficPolicyType} attribute: The DNS type that Amazon Route 53 assigned to all of
   * the resource record sets that it created for this traffic policy instance. Route 53 derives it
   * from the referenced traffic policy.
   */
  default GetAtt attrTrafficPolicyType() {
    return getAtt("TrafficPolicyType");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TrafficPolicyInstance}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableTrafficPolicyInstance.Builder {

    public Builder hostedZoneId(String value) {
      hostedZoneId(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder ttl(long value) {
      ttl(Expr.of(value));
      return this;
    }

    public Builder trafficPolicyId(String value) {
      trafficPolicyId(Expr.of(value));
      return this;
    }

    public Builder trafficPolicyVersion(long value) {
      trafficPolicyVersion(Expr.of(value));
      return this;
    }
  }
}
