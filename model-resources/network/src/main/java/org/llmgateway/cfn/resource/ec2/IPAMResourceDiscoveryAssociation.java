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
 * {@code AWS::EC2::IPAMResourceDiscoveryAssociation}: An IPAM resource discovery association. An
 * associated resource discovery is a resource discovery that has been associated with an IPAM. IPAM
 * aggregates the resource CIDRs discovered by the associated resource discovery.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamresourcediscoveryassociation.html">AWS::EC2::IPAMResourceDiscoveryAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMResourceDiscoveryAssociation extends Resource {

  String TYPE = "AWS::EC2::IPAMResourceDiscoveryAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The IPAM ID. */
  Expr ipamId();

  /** Required. The resource discovery ID. */
  Expr ipamResourceDiscoveryId();

  /**
   * A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional
   * value. You can use tags to search and filter your resources or track your AWS costs.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IpamId", ipamId())
        .put("IpamResourceDiscoveryId", ipamResourceDiscoveryId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IpamArn} attribute: The IPAM ARN. */
  default GetAtt attrIpamArn() {
    return getAtt("IpamArn");
  }

  /** The {@code IpamRegion} attribute: The IPAM home Region. */
  default GetAtt attrIpamRegion() {
    return getAtt("IpamRegion");
  }

  /**
   * The {@code IpamResourceDiscoveryAssociationArn} attribute: The resource discovery association
   * ARN.
   */
  default GetAtt attrIpamResourceDiscoveryAssociationArn() {
    return getAtt("IpamResourceDiscoveryAssociationArn");
  }

  /**
   * The {@code IpamResourceDiscoveryAssociationId} attribute: The resource discovery association
   * ID.
   */
  default GetAtt attrIpamResourceDiscoveryAssociationId() {
    return getAtt("IpamResourceDiscoveryAssociationId");
  }

  /**
   * The {@code IsDefault} attribute: Defines if the resource discovery is the default. When you
   * create an IPAM, a default resource discovery is created for your IPAM and it's associated with
   * your IPAM.
   */
  default GetAtt attrIsDefault() {
    return getAtt("IsDefault");
  }

  /** The {@code OwnerId} attribute: The owner ID. */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code ResourceDiscoveryStatus} attribute: The resource discovery status. */
  default GetAtt attrResourceDiscoveryStatus() {
    return getAtt("ResourceDiscoveryStatus");
  }

  /**
   * The {@code State} attribute: The lifecycle state of the association when you associate or
   * disassociate a resource discovery.
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IPAMResourceDiscoveryAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableIPAMResourceDiscoveryAssociation.Builder {

    public Builder ipamId(String value) {
      ipamId(Expr.of(value));
      return this;
    }

    public Builder ipamResourceDiscoveryId(String value) {
      ipamResourceDiscoveryId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
