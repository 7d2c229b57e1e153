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
 * {@code AWS::EC2::VerifiedAccessInstance}: An AWS Verified Access instance is a regional entity
 * that evaluates application requests and grants access only when your security requirements are
 * met.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-verifiedaccessinstance.html">AWS::EC2::VerifiedAccessInstance</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VerifiedAccessInstance extends Resource {

  String TYPE = "AWS::EC2::VerifiedAccessInstance";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The custom subdomain. */
  Optional<Expr> cidrEndpointsCustomSubDomain();

  /** A description for the AWS Verified Access instance. */
  Optional<Expr> description();

  /**
   * Indicates whether support for Federal Information Processing Standards (FIPS) is enabled on the
   * instance.
   */
  Optional<Expr> fipsEnabled();

  /** The logging configuration for the Verified Access instances. */
  Optional<Expr> loggingConfigurations();

  /** The tags. */
  Optional<Expr> tags();

  /** The IDs of the AWS Verified Access trust providers. */
  Optional<Expr> verifiedAccessTrustProviderIds();

  /** The IDs of the AWS Verified Access trust providers. */
  Optional<Expr> verifiedAccessTrustProviders();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CidrEndpointsCustomSubDomain", cidrEndpointsCustomSubDomain())
        .put("Description", description())
        .put("FipsEnabled", fipsEnabled())
        .put("LoggingConfigurations", loggingConfigurations())
        .put("Tags", tags())
        .put("VerifiedAccessTrustProviderIds", verifiedAccessTrustProviderIds())
        .put("VerifiedAccessTrustProviders", verifiedAccessTrustProviders())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CidrEndpointsCustomSubDomainNameServers} attribute: The name servers. */
  default GetAtt attrCidrEndpointsCustomSubDomainNameServers() {
    return getAtt("CidrEndpointsCustomSubDomainNameServers");
  }

  /** The {@code CreationTime} attribute: The creation time. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code LastUpdatedTime} attribute: The last updated time. */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** The {@code VerifiedAccessInstanceId} attribute: The ID of the Verified Access instance. */
  default GetAtt attrVerifiedAccessInstanceId() {
    return getAtt("VerifiedAccessInstanceId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VerifiedAccessInstance}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableVerifiedAccessInstance.Builder {

    public Builder cidrEndpointsCustomSubDomain(String value) {
      cidrEndpointsCustomSubDomain(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder fipsEnabled(boolean value) {
      fipsEnabled(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder verifiedAccessTrustProviderIds(List<? extends Expr> values) {
      verifiedAccessTrustProviderIds(Expr.list(values));
      return this;
    }

    public Builder verifiedAccessTrustProviderIds(String... values) {
      verifiedAccessTrustProviderIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder verifiedAccessTrustProviders(List<? extends Expr> values) {
      verifiedAccessTrustProviders(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessInstance.CloudWatchLogs}: Options for CloudWatch Logs as a
   * logging destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessinstance-cloudwatchlogs.html">AWS::EC2::VerifiedAccessInstance.CloudWatchLogs</a>
   */
  @Value.Immutable
  interface CloudWatchLogs extends PropertyValue {

    /** Indicates whether logging is enabled. */
    Optional<Expr> enabled();

    /** The ID of the CloudWatch Logs log group. */
    Optional<Expr> logGroup();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .put("LogGroup", logGroup())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CloudWatchLogs}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessInstance.CloudWatchLogs.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessInstance.KinesisDataFirehose}: Options for Kinesis as a logging
   * destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessinstance-kinesisdatafirehose.html">AWS::EC2::VerifiedAccessInstance.KinesisDataFirehose</a>
   */
  @Value.Immutable
  interface KinesisDataFirehose extends PropertyValue {

    /** The ID of the delivery stream. */
    Optional<Expr> deliveryStream();

    /** Indicates whether logging is enabled. */
    Optional<Expr> enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeliveryStream", deliveryStream())
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link KinesisDataFirehose}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVerifiedAccessInstance.KinesisDataFirehose.Builder {

      public Builder deliveryStream(String value) {
        deliveryStream(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessInstance.S3}: Options for Amazon S3 as a logging destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessinstance-s3.html">AWS::EC2::VerifiedAccessInstance.S3</a>
   */
  @Value.Immutable
  interface S3 extends PropertyValue {

    /** The bucket name. */
    Optional<Expr> bucketName();

    /** The AWS account number that owns the bucket. */
    Optional<Expr> bucketOwner();

    /** Indicates whether logging is enabled. */
    Optional<Expr> enabled();

    /** The bucket prefix. */
    Optional<Expr> prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BucketName", bucketName())
          .put("BucketOwner", bucketOwner())
          .put("Enabled", enabled())
          .put("Prefix", prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessInstance.S3.Builder {

      public Builder bucketName(String value) {
        bucketName(Expr.of(value));
        return this;
      }

      public Builder bucketOwner(String value) {
        bucketOwner(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogs}: Describes the options for Verified
   * Access logs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessinstance-verifiedaccesslogs.html">AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogs</a>
   */
  @Value.Immutable
  interface VerifiedAccessLogs extends PropertyValue {

    /** CloudWatch Logs logging destination. */
    Optional<Expr> cloudWatchLogs();

    /** Indicates whether to include trust data sent by trust providers in the logs. */
    Optional<Expr> includeTrustContext();

    /** Kinesis logging destination. */
    Optional<Expr> kinesisDataFirehose();

    /** The logging version. */
    Optional<Expr> logVersion();

    /** Amazon S3 logging options. */
    Optional<Expr> s3();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchLogs", cloudWatchLogs())
          .put("IncludeTrustContext", includeTrustContext())
          .put("KinesisDataFirehose", kinesisDataFirehose())
          .put("LogVersion", logVersion())
          .put("S3", s3())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VerifiedAccessLogs}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessInstance.VerifiedAccessLogs.Builder {

      public Builder includeTrustContext(boolean value) {
        includeTrustContext(Expr.of(value));
        return this;
      }

      public Builder logVersion(String value) {
        logVersion(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessInstance.VerifiedAccessTrustProvider}: A trust provider is a
   * third-party entity that creates, maintains, and manages identity information for users and
   * devices. When an application request is made, the identity information sent by the trust
   * provider is evaluated by Verified Access before allowing or denying the application request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessinstance-verifiedaccesstrustprovider.html">AWS::EC2::VerifiedAccessInstance.VerifiedAccessTrustProvider</a>
   */
  @Value.Immutable
  interface VerifiedAccessTrustProvider extends PropertyValue {

    /** A description for the AWS Verified Access trust provider. */
    Optional<Expr> description();

    /** The type of device-based trust provider. */
    Optional<Expr> deviceTrustProviderType();

    /** The type of Verified Access trust provider. */
    Optional<Expr> trustProviderType();

    /** The type of user-based trust provider. */
    Optional<Expr> userTrustProviderType();

    /** The ID of the AWS Verified Access trust provider. */
    Optional<Expr> verifiedAccessTrustProviderId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Description", description())
          .put("DeviceTrustProviderType", deviceTrustProviderType())
          .put("TrustProviderType", trustProviderType())
          .put("UserTrustProviderType", userTrustProviderType())
          .put("VerifiedAccessTrustProviderId", verifiedAccessTrustProviderId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VerifiedAccessTrustProvider}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVerifiedAccessInstance.VerifiedAccessTrustProvider.Builder {

      public Builder description(String value) {
        description(Expr.of(value));
        return this;
      }

      public Builder deviceTrustProviderType(String value) {
        deviceTrustProviderType(Expr.of(value));
        return this;
      }

      public Builder trustProviderType(String value) {
        trustProviderType(Expr.of(value));
        return this;
      }

      public Builder userTrustProviderType(String value) {
        userTrustProviderType(Expr.of(value));
        return this;
      }

      public Builder verifiedAccessTrustProviderId(String value) {
        verifiedAccessTrustProviderId(Expr.of(value));
        return this;
      }
    }
  }
}
