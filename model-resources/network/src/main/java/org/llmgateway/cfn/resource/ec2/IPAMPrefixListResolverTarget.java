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
 * {@code AWS::EC2::IPAMPrefixListResolverTarget}: Resource Type definition for
 * AWS::EC2::IPAMPrefixListResolverTarget
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamprefixlistresolvertarget.html">AWS::EC2::IPAMPrefixListResolverTarget</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMPrefixListResolverTarget extends Resource {

  String TYPE = "AWS::EC2::IPAMPrefixListResolverTarget";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The desired version of the Prefix List Resolver that this Target should synchronize with. */
  Optional<Expr> desiredVersion();

  /** Required. The Id of the IPAM Prefix List Resolver associated with this Target. */
  Expr ipamPrefixListResolverId();

  /** Required. The Id of the Managed Prefix List. */
  Expr prefixListId();

  /** Required. The region that the Managed Prefix List is located in. */
  Expr prefixListRegion();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  /**
   * Required. Indicates whether this Target automatically tracks the latest version of the Prefix
   * List Resolver.
   */
  Expr trackLatestVersion();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DesiredVersion", desiredVersion())
        .put("IpamPrefixListResolverId", ipamPrefixListResolverId())
        .put("PrefixListId", prefixListId())
        .put("PrefixListRegion", prefixListRegion())
        .put("Tags", tags())
        .put("TrackLatestVersion", trackLatestVersion())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code IpamPrefixListResolverTargetArn} attribute: Id of the IPAM Prefix List Resolver
   * Target.
   */
  default GetAtt attrIpamPrefixListResolverTargetArn() {
    return getAtt("IpamPrefixListResolverTargetArn");
  }

  /**
   * The {@code IpamPrefixListResolverTargetId} attribute: Id of the IPAM Prefix List Resolver
   * Target.
   */
  default GetAtt attrIpamPrefixListResolverTargetId() {
    return getAtt("IpamPrefixListResolverTargetId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IPAMPrefixListResolverTarget}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableIPAMPrefixListResolverTarget.Builder {

    public Builder desiredVersion(long value) {
      desiredVersion(Expr.of(value));
      return this;
    }

    public Builder ipamPrefixListResolverId(String value) {
      ipamPrefixListResolverId(Expr.of(value));
      return this;
    }

    public Builder prefixListId(String value) {
      prefixListId(Expr.of(value));
      return this;
    }

    public Builder prefixListRegion(String value) {
      prefixListRegion(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder trackLatestVersion(boolean value) {
      trackLatestVersion(Expr.of(value));
      return this;
    }
  }
}
