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
 * {@code AWS::Route53::HostedZone}: Creates a new public or private hosted zone. You create records
 * in a public hosted zone to define how you want to route traffic on the internet for a domain,
 * such as example.com, and its subdomains (apex.example.com, acme.example.com). You create records
 * in a private hosted zone to define how you want to route traffic for a domain and its subdomains
 * within one or more Amazon Virtual Private Clouds (Amazon VPCs).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-hostedzone.html">AWS::Route53::HostedZone</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface HostedZone extends Resource {

  String TYPE = "AWS::Route53::HostedZone";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A complex type that contains an optional comment. */
  Optional<Expr> hostedZoneConfig();

  /**
   * The features configuration for the hosted zone, including accelerated recovery settings and
   * status information.
   */
  Optional<Expr> hostedZoneFeatures();

  /** Adds, edits, or deletes tags for a health check or a hosted zone. */
  Optional<Expr> hostedZoneTags();

  /**
   * The name of the domain. Specify a fully qualified domain name, for example, *www.example.com* .
   * The trailing dot is optional; Amazon Route 53 assumes that the domain name is fully qualified.
   * This means that Route 53 treats *www.example.com* (without a trailing dot) and
   * *www.example.com.* (with a trailing dot) as identical.
   */
  Optional<Expr> name();

  /**
   * Creates a configuration for DNS query logging. After you create a query logging configuration,
   * Amazon Route 53 begins to publish log data to an Amazon CloudWatch Logs log group.
   */
  Optional<Expr> queryLoggingConfig();

  /**
   * *Private hosted zones:* A complex type that contains information about the VPCs that are
   * associated with the specified hosted zone.
   */
  Optional<Expr> vpCs();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("HostedZoneConfig", hostedZoneConfig())
        .put("HostedZoneFeatures", hostedZoneFeatures())
        .put("HostedZoneTags", hostedZoneTags())
        .put("Name", name())
        .put("QueryLoggingConfig", queryLoggingConfig())
        .put("VPCs", vpCs())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The ID that Amazon Route 53 assigned to the hosted zone when you
   * created it.
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code NameServers} attribute: Returns the set of name servers for the specific hosted
   * zone. For example: `ns1.example.com` .
   */
  default GetAtt attrNameServers() {
    return getAtt("NameServers");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HostedZone}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableHostedZone.Builder {

    public Builder hostedZoneTags(List<? extends Expr> values) {
      hostedZoneTags(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder vpCs(List<? extends Expr> values) {
      vpCs(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Route53::HostedZone.HostedZoneConfig}: A complex type that contains an optional
   * comment about your hosted zone. If you don't want to specify a comment, omit both the
   * `HostedZoneConfig` and `Comment` elements.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-hostedzone-hostedzoneconfig.html">AWS::Route53::HostedZone.HostedZoneConfig</a>
   */
  @Value.Immutable
  interface HostedZoneConfig extends PropertyValue {

    /** Any comments that you want to include about the hosted zone. */
    Optional<Expr> comment();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HostedZoneConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHostedZone.HostedZoneConfig.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::HostedZone.HostedZoneFeatures}: Represents the features configuration for
   * a hosted zone, including the status of various features and any associated failure reasons.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-hostedzone-hostedzonefeatures.html">AWS::Route53::HostedZone.HostedZoneFeatures</a>
   */
  @Value.Immutable
  interface HostedZoneFeatures extends PropertyValue {

    /** {@code EnableAcceleratedRecovery}. */
    Optional<Expr> enableAcceleratedRecovery();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnableAcceleratedRecovery", enableAcceleratedRecovery())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HostedZoneFeatures}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHostedZone.HostedZoneFeatures.Builder {

      public Builder enableAcceleratedRecovery(boolean value) {
        enableAcceleratedRecovery(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::HostedZone.HostedZoneTag}: A complex type that contains information about
   * a tag that you want to add or edit for the specified health check or hosted zone.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-hostedzone-hostedzonetag.html">AWS::Route53::HostedZone.HostedZoneTag</a>
   */
  @Value.Immutable
  interface HostedZoneTag extends PropertyValue {

    /** Required. The value of `Key` depends on the operation that you want to perform: */
    Expr key();

    /** Required. The value of `Value` depends on the operation that you want to perform: */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HostedZoneTag}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHostedZone.HostedZoneTag.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::HostedZone.QueryLoggingConfig}: A complex type that contains information
   * about a configuration for DNS query logging.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-hostedzone-queryloggingconfig.html">AWS::Route53::HostedZone.QueryLoggingConfig</a>
   */
  @Value.Immutable
  interface QueryLoggingConfig extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the CloudWatch Logs log group that Amazon Route
     * 53 is publishing logs to.
     */
    Expr cloudWatchLogsLogGroupArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchLogsLogGroupArn", cloudWatchLogsLogGroupArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link QueryLoggingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHostedZone.QueryLoggingConfig.Builder {

      public Builder cloudWatchLogsLogGroupArn(String value) {
        cloudWatchLogsLogGroupArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::HostedZone.VPC}: *Private hosted zones only:* A complex type that contains
   * information about an Amazon VPC. Route 53 Resolver uses the records in the private hosted zone
   * to route traffic in that VPC.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-hostedzone-vpc.html">AWS::Route53::HostedZone.VPC</a>
   */
  @Value.Immutable
  interface VPC extends PropertyValue {

    /** Required. *Private hosted zones only:* The ID of an Amazon VPC. */
    Expr vpcId();

    /** Required. *Private hosted zones only:* The region that an Amazon VPC was created in. */
    Expr vpcRegion();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("VPCId", vpcId())
          .put("VPCRegion", vpcRegion())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VPC}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHostedZone.VPC.Builder {

      public Builder vpcId(String value) {
        vpcId(Expr.of(value));
        return this;
      }

      public Builder vpcRegion(String value) {
        vpcRegion(Expr.of(value));
        return this;
      }
    }
  }
}
