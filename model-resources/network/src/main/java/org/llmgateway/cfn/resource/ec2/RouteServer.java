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
 * {@code AWS::EC2::RouteServer}: Specifies a route server to manage dynamic routing in a VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-routeserver.html">AWS::EC2::RouteServer</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RouteServer extends Resource {

  String TYPE = "AWS::EC2::RouteServer";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The Border Gateway Protocol (BGP) Autonomous System Number (ASN) for the appliance.
   * Valid values are from 1 to 4294967295. We recommend using a private ASN in the 64512–65534
   * (16-bit ASN) or 4200000000–4294967294 (32-bit ASN) range.
   */
  Expr amazonSideAsn();

  /** Indicates whether routes should be persisted after all BGP sessions are terminated. */
  Optional<Expr> persistRoutes();

  /**
   * The number of minutes a route server will wait after BGP is re-established to unpersist the
   * routes in the FIB and RIB. Value must be in the range of 1-5. The default value is 1. Only
   * valid if `persistRoutesState` is 'enabled'.
   */
  Optional<Expr> persistRoutesDuration();

  /**
   * Indicates whether SNS notifications are enabled for the route server. Enabling SNS
   * notifications persists BGP status changes to an SNS topic provisioned by AWS .
   */
  Optional<Expr> snsNotificationsEnabled();

  /** Any tags assigned to the route server. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AmazonSideAsn", amazonSideAsn())
        .put("PersistRoutes", persistRoutes())
        .put("PersistRoutesDuration", persistRoutesDuration())
        .put("SnsNotificationsEnabled", snsNotificationsEnabled())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the route server. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Id} attribute: The ID of the route server. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RouteServer}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRouteServer.Builder {

    public Builder amazonSideAsn(long value) {
      amazonSideAsn(Expr.of(value));
      return this;
    }

    public Builder persistRoutes(String value) {
      persistRoutes(Expr.of(value));
      return this;
    }

    public Builder persistRoutesDuration(long value) {
      persistRoutesDuration(Expr.of(value));
      return this;
    }

    public Builder snsNotificationsEnabled(boolean value) {
      snsNotificationsEnabled(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
