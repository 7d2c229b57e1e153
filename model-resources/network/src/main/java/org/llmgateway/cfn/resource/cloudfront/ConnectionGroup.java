// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudfront;

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
 * {@code AWS::CloudFront::ConnectionGroup}: The connection group for your distribution tenants.
 * When you first create a distribution tenant and you don't specify a connection group, CloudFront
 * will automatically create a default connection group for you. When you create a new distribution
 * tenant and don't specify a connection group, the default one will be associated with your
 * distribution tenant.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-connectiongroup.html">AWS::CloudFront::ConnectionGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ConnectionGroup extends Resource {

  String TYPE = "AWS::CloudFront::ConnectionGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of the Anycast static IP list. */
  Optional<Expr> anycastIpListId();

  /** Whether the connection group is enabled. */
  Optional<Expr> enabled();

  /** IPv6 is enabled for the connection group. */
  Optional<Expr> ipv6Enabled();

  /** Required. The name of the connection group. */
  Expr name();

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AnycastIpListId", anycastIpListId())
        .put("Enabled", enabled())
        .put("Ipv6Enabled", ipv6Enabled())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the connection group. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code CreatedTime} attribute: The date and time when the connection group was created. */
  default GetAtt attrCreatedTime() {
    return getAtt("CreatedTime");
  }

  /** The {@code ETag} attribute: The current version of the connection group. */
  default GetAtt attrETag() {
    return getAtt("ETag");
  }

  /** The {@code Id} attribute: The ID of the connection group. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code IsDefault} attribute: Whether the connection group is the default connection group
   * for the distribution tenants.
   */
  default GetAtt attrIsDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the connection group was
   * updated.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The {@code RoutingEndpoint} attribute: The routing endpoint (also known as the DNS name) that
   * is assigned to the connection group, such as d111111abcdef8.cloudfront.net.
   */
  default GetAtt attrRoutingEndpoint() {
    return getAtt("RoutingEndpoint");
  }

  /** The {@code Status} attribute: The status of the connection group. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableConnectionGroup.Builder {

    public Builder anycastIpListId(String value) {
      anycastIpListId(Expr.of(value));
      return this;
    }

    public Builder enabled(boolean value) {
      enabled(Expr.of(value));
      return this;
    }

    public Builder ipv6Enabled(boolean value) {
      ipv6Enabled(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
