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
 * {@code AWS::Route53::CidrCollection}: Creates a CIDR collection in the current AWS account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-cidrcollection.html">AWS::Route53::CidrCollection</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CidrCollection extends Resource {

  String TYPE = "AWS::Route53::CidrCollection";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A complex type that contains information about the list of CIDR locations. */
  Optional<Expr> locations();

  /** Required. The name of a CIDR collection. */
  Expr name();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Locations", locations())
        .put("Name", name())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: "The Amazon resource name (ARN) to uniquely identify the AWS
   * resource.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Id} attribute: The UUID of the CIDR collection. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CidrCollection}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCidrCollection.Builder {

    public Builder locations(List<? extends Expr> values) {
      locations(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Route53::CidrCollection.Location}: Specifies the list of CIDR blocks for a CIDR
   * location.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-cidrcollection-location.html">AWS::Route53::CidrCollection.Location</a>
   */
  @Value.Immutable
  interface Location extends PropertyValue {

    /** Required. List of CIDR blocks. */
    Expr cidrList();

    /** Required. The CIDR collection location name. */
    Expr locationName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CidrList", cidrList())
          .put("LocationName", locationName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Location}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCidrCollection.Location.Builder {

      public Builder cidrList(List<? extends Expr> values) {
        cidrList(Expr.list(values));
        return this;
      }

      public Builder cidrList(String... values) {
        cidrList(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder locationName(String value) {
        locationName(Expr.of(value));
        return this;
      }
    }
  }
}
