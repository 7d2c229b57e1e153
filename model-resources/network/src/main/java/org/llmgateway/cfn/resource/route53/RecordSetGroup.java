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
 * {@code AWS::Route53::RecordSetGroup}: A complex type that contains an optional comment, the name
 * and ID of the hosted zone that you want to make changes in, and values for the records that you
 * want to create.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-recordsetgroup.html">AWS::Route53::RecordSetGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RecordSetGroup extends Resource {

  String TYPE = "AWS::Route53::RecordSetGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** *Optional:* Any comments you want to include about a change batch request. */
  Optional<Expr> comment();

  /** The ID of the hosted zone that you want to create records in. */
  Optional<Expr> hostedZoneId();

  /**
   * The name of the hosted zone that you want to create records in. You must include a trailing dot
   * (for example, `www.example.com.` ) as part of the `HostedZoneName` .
   */
  Optional<Expr> hostedZoneName();

  /**
   * A complex type that contains one `RecordSet` element for each record that you want to create.
   */
  Optional<Expr> recordSets();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Comment", comment())
        .put("HostedZoneId", hostedZoneId())
        .put("HostedZoneName", hostedZoneName())
        .put("RecordSets", recordSets())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: This element contains an ID that you use when performing a
   * `GetChange` action to get detailed information about the change.
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordSetGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRecordSetGroup.Builder {

    public Builder comment(String value) {
      comment(Expr.of(value));
      return this;
    }

    public Builder hostedZoneId(String value) {
      hostedZoneId(Expr.of(value));
      return this;
    }

    public Builder hostedZoneName(String value) {
      hostedZoneName(Expr.of(value));
      return this;
    }

    public Builder recordSets(List<? extends Expr> values) {
      recordSets(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Route53::RecordSetGroup.AliasTarget}: *Alias records only:* Information about the
   * AWS resource, such as a CloudFront distribution or an Amazon S3 bucket, that you want to route
   * traffic to.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordsetgroup-aliastarget.html">AWS::Route53::RecordSetGroup.AliasTarget</a>
   */
  @Value.Immutable
  interface AliasTarget extends PropertyValue {

    /**
     * Required. *Alias records only:* The value that you specify depends on where you want to route
     * queries:
     */
    Expr dnsName();

    /**
     * *Applies only to alias records with any routing policy:* When `EvaluateTargetHealth` is
     * `true` , an alias record inherits the health of the referenced AWS resource, such as an ELB
     * load balancer or another record in the hosted zone.
     */
    Optional<Expr> evaluateTargetHealth();

    /**
     * Required. *Alias resource records sets only* : The value used depends on where you want to
     * route traffic:
     */
    Expr hostedZoneId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DNSName", dnsName())
          .put("EvaluateTargetHealth", evaluateTargetHealth())
          .put("HostedZoneId", hostedZoneId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AliasTarget}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRecordSetGroup.AliasTarget.Builder {

      public Builder dnsName(String value) {
        dnsName(Expr.of(value));
        return this;
      }

      public Builder evaluateTargetHealth(boolean value) {
        evaluateTargetHealth(Expr.of(value));
        return this;
      }

      public Builder hostedZoneId(String value) {
        hostedZoneId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::RecordSetGroup.CidrRoutingConfig}: The object that is specified in
   * resource record set object when you are linking a resource record set to a CIDR location.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordsetgroup-cidrroutingconfig.html">AWS::Route53::RecordSetGroup.CidrRoutingConfig</a>
   */
  @Value.Immutable
  interface CidrRoutingConfig extends PropertyValue {

    /** Required. The CIDR collection ID. */
    Expr collectionId();

    /** Required. The CIDR collection location name. */
    Expr locationName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CollectionId", collectionId())
          .put("LocationName", locationName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CidrRoutingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRecordSetGroup.CidrRoutingConfig.Builder {

      public Builder collectionId(String value) {
        collectionId(Expr.of(value));
        return this;
      }

      public Builder locationName(String value) {
        locationName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::RecordSetGroup.Coordinates}: A complex type that lists the coordinates for
   * a geoproximity resource record.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordsetgroup-coordinates.html">AWS::Route53::RecordSetGroup.Coordinates</a>
   */
  @Value.Immutable
  interface Coordinates extends PropertyValue {

    /**
     * Required. Specifies a coordinate of the north–south position of a geographic point on the
     * surface of the Earth (-90 - 90).
     */
    Expr latitude();

    /**
     * Required. Specifies a coordinate of the east–west position of a geographic point on the
     * surface of the Earth (-180 - 180).
     */
    Expr longitude();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Latitude", latitude())
          .put("Longitude", longitude())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Coordinates}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRecordSetGroup.Coordinates.Builder {

      public Builder latitude(String value) {
        latitude(Expr.of(value));
        return this;
      }

      public Builder longitude(String value) {
        longitude(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::RecordSetGroup.GeoLocation}: A complex type that contains information
   * about a geographic location.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordsetgroup-geolocation.html">AWS::Route53::RecordSetGroup.GeoLocation</a>
   */
  @Value.Immutable
  interface GeoLocation extends PropertyValue {

    /**
     * For geolocation resource record sets, a two-letter abbreviation that identifies a continent.
     * Route 53 supports the following continent codes:
     */
    Optional<Expr> continentCode();

    /** For geolocation resource record sets, the two-letter code for a country. */
    Optional<Expr> countryCode();

    /**
     * For geolocation resource record sets, the two-letter code for a state of the United States.
     * Route 53 doesn't support any other values for `SubdivisionCode` . For a list of state
     * abbreviations, see [Appendix B: Two–Letter State and Possession
     * Abbreviations](https://docs.aws.amazon.com/https://pe.usps.com/text/pub28/28apb.htm) on the
     * United States Postal Service website.
     */
    Optional<Expr> subdivisionCode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContinentCode", continentCode())
          .put("CountryCode", countryCode())
          .put("SubdivisionCode", subdivisionCode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link GeoLocation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRecordSetGroup.GeoLocation.Builder {

      public Builder continentCode(String value) {
        continentCode(Expr.of(value));
        return this;
      }

      public Builder countryCode(String value) {
        countryCode(Expr.of(value));
        return this;
      }

      public Builder subdivisionCode(String value) {
        subdivisionCode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::RecordSetGroup.GeoProximityLocation}: (Resource record sets only): A
   * complex type that lets you specify where your resources are located. Only one of
   * `LocalZoneGroup` , `Coordinates` , or `AWS Region` is allowed per request at a time.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordsetgroup-geoproximitylocation.html">AWS::Route53::RecordSetGroup.GeoProximityLocation</a>
   */
  @Value.Immutable
  interface GeoProximityLocation extends PropertyValue {

    /** The AWS Region the resource you are directing DNS traffic to, is in. */
    Optional<Expr> awsRegion();

    /**
     * The bias increases or decreases the size of the geographic region from which Route 53 routes
     * traffic to a resource.
     */
    Optional<Expr> bias();

    /** Contains the longitude and latitude for a geographic region. */
    Optional<Expr> coordinates();

    /** Specifies an AWS Local Zone Group. */
    Optional<Expr> localZoneGroup();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AWSRegion", awsRegion())
          .put("Bias", bias())
          .put("Coordinates", coordinates())
          .put("LocalZoneGroup", localZoneGroup())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link GeoProximityLocation}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRecordSetGroup.GeoProximityLocation.Builder {

      public Builder awsRegion(String value) {
        awsRegion(Expr.of(value));
        return this;
      }

      public Builder bias(long value) {
        bias(Expr.of(value));
        return this;
      }

      public Builder localZoneGroup(String value) {
        localZoneGroup(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::RecordSetGroup.RecordSet}: Information about one record that you want to
   * create.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordsetgroup-recordset.html">AWS::Route53::RecordSetGroup.RecordSet</a>
   */
  @Value.Immutable
  interface RecordSet extends PropertyValue {

    /**
     * *Alias resource record sets only:* Information about the AWS resource, such as a CloudFront
     * distribution or an Amazon S3 bucket, that you want to route traffic to.
     */
    Optional<Expr> aliasTarget();

    /** {@code CidrRoutingConfig}. */
    Optional<Expr> cidrRoutingConfig();

    /**
     * *Failover resource record sets only:* To configure failover, you add the `Failover` element
     * to two resource record sets. For one resource record set, you specify `PRIMARY` as the value
     * for `Failover` ; for the other resource record set, you specify `SECONDARY` . In addition,
     * you include the `HealthCheckId` element and specify the health check that you want Amazon
     * Route 53 to perform for each resource record set.
     */
    Optional<Expr> failover();

    /**
     * *Geolocation resource record sets only:* A complex type that lets you control how Amazon
     * Route 53 responds to DNS queries based on the geographic origin of the query. For example, if
     * you want all queries from Africa to be routed to a web server with an IP address of
     * `192.0.2.111` , create a resource record set with a `Type` of `A` and a `ContinentCode` of
     * `AF` .
     */
    Optional<Expr> geoLocation();

    /** A complex type that contains information about a geographic location. */
    Optional<Expr> geoProximityLocation();

    /**
     * If you want Amazon Route 53 to return this resource record set in response to a DNS query
     * only when the status of a health check is healthy, include the `HealthCheckId` element and
     * specify the ID of the applicable health check.
     */
    Optional<Expr> healthCheckId();

    /** The ID of the hosted zone that you want to create records in. */
    Optional<Expr> hostedZoneId();

    /**
     * The name of the hosted zone that you want to create records in. You must include a trailing
     * dot (for example, `www.example.com.` ) as part of the `HostedZoneName` .
     */
    Optional<Expr> hostedZoneName();

    /**
     * *Multivalue answer resource record sets only* : To route traffic approximately randomly to
     * multiple resources, such as web servers, create one multivalue answer record for each
     * resource and specify `true` for `MultiValueAnswer` . Note the following:
     */
    Optional<Expr> multiValueAnswer();

    /** Required. The name of the record that you want to create, update, or delete. */
    Expr name();

    /**
     * *Latency-based resource record sets only:* The Amazon EC2 Region where you created the
     * resource that this resource record set refers to. The resource typically is an AWS resource,
     * such as an EC2 instance or an ELB load balancer, and is referred to by an IP address or a DNS
     * domain name, depending on the record type.
     */
    Optional<Expr> region();

    /**
     * Information about the records that you want to create. Each record should be in the format
     * appropriate for the record type specified by the `Type` property. For information about
     * different record types and their record formats, see [Values That You Specify When You Create
     * or Edit Amazon Route 53
     * Records](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values.html)
     * in the *Amazon Route 53 Developer Guide* .
     */
    Optional<Expr> resourceRecords();

    /**
     * *Resource record sets that have a routing policy other than simple:* An identifier that
     * differentiates among multiple resource record sets that have the same combination of name and
     * type, such as multiple weighted resource record sets named acme.example.com that have a type
     * of A. In a group of resource record sets that have the same name and type, the value of
     * `SetIdentifier` must be unique for each resource record set.
     */
    Optional<Expr> setIdentifier();

    /** The resource record cache time to live (TTL), in seconds. Note the following: */
    Optional<Expr> ttl();

    /**
     * Required. The DNS record type. For information about different record types and how data is
     * encoded for them, see [Supported DNS Resource Record
     * Types](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html) in
     * the *Amazon Route 53 Developer Guide* .
     */
    Expr type();

    /**
     * *Weighted resource record sets only:* Among resource record sets that have the same
     * combination of DNS name and type, a value that determines the proportion of DNS queries that
     * Amazon Route 53 responds to using the current resource record set. Route 53 calculates the
     * sum of the weights for the resource record sets that have the same combination of DNS name
     * and type. Route 53 then responds to queries based on the ratio of a resource's weight to the
     * total. Note the following:
     */
    Optional<Expr> weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AliasTarget", aliasTarget())
          .put("CidrRoutingConfig", cidrRoutingConfig())
          .put("Failover", failover())
          .put("GeoLocation", geoLocation())
          .put("GeoProximityLocation", geoProximityLocation())
          .put("HealthCheckId", healthCheckId())
          .put("HostedZoneId", hostedZoneId())
          .put("HostedZoneName", hostedZoneName())
          .put("MultiValueAnswer", multiValueAnswer())
          .put("Name", name())
          .put("Region", region())
          .put("ResourceRecords", resourceRecords())
          .put("SetIdentifier", setIdentifier())
          .put("TTL", ttl())
          .put("Type", type())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RecordSet}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRecordSetGroup.RecordSet.Builder {

      public Builder failover(String value) {
        failover(Expr.of(value));
        return this;
      }

      public Builder healthCheckId(String value) {
        healthCheckId(Expr.of(value));
        return this;
      }

      public Builder hostedZoneId(String value) {
        hostedZoneId(Expr.of(value));
        return this;
      }

      public Builder hostedZoneName(String value) {
        hostedZoneName(Expr.of(value));
        return this;
      }

      public Builder multiValueAnswer(boolean value) {
        multiValueAnswer(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder region(String value) {
        region(Expr.of(value));
        return this;
      }

      public Builder resourceRecords(List<? extends Expr> values) {
        resourceRecords(Expr.list(values));
        return this;
      }

      public Builder resourceRecords(String... values) {
        resourceRecords(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder setIdentifier(String value) {
        setIdentifier(Expr.of(value));
        return this;
      }

      public Builder ttl(String value) {
        ttl(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }
}
