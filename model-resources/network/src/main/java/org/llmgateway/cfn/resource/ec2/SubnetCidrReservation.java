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
 * {@code AWS::EC2::SubnetCidrReservation}: Resource Type definition for a CIDR range reserved
 * inside an Amazon EC2 subnet.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnetcidrreservation.html">AWS::EC2::SubnetCidrReservation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SubnetCidrReservation extends Resource {

  String TYPE = "AWS::EC2::SubnetCidrReservation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The IPv4 or IPv6 CIDR range to reserve. Must lie inside the subnet's CIDR block and
   * must not overlap an existing reservation. Supply an IPv6 range exactly as the service returns
   * it: Amazon EC2 stores an IPv6 CIDR in RFC 5952 compressed form, and a noncanonical spelling of
   * the same range is reported as drift because this property is create-only and read back.
   */
  Expr cidr();

  /** The description of the subnet CIDR reservation. */
  Optional<Expr> description();

  /**
   * Required. The type of reservation. A prefix reservation is used for an IPv6 prefix delegated to
   * a network interface; an explicit reservation is used for a range that Amazon EC2 must not
   * assign automatically.
   */
  Expr reservationType();

  /** Required. The identifier of the subnet the CIDR range is reserved in. */
  Expr subnetId();

  /** The tags assigned to the subnet CIDR reservation. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Cidr", cidr())
        .put("Description", description())
        .put("ReservationType", reservationType())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the subnet CIDR reservation. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code OwnerId} attribute: The identifier of the AWS account that owns the subnet CIDR
   * reservation.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /**
   * The {@code SubnetCidrReservationId} attribute: The identifier of the subnet CIDR reservation.
   */
  default GetAtt attrSubnetCidrReservationId() {
    return getAtt("SubnetCidrReservationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SubnetCidrReservation}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableSubnetCidrReservation.Builder {

    public Builder cidr(String value) {
      cidr(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder reservationType(String value) {
      reservationType(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
