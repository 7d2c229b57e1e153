// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticloadbalancingv2;

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
 * {@code AWS::ElasticLoadBalancingV2::TrustStore}: Creates a trust store. You must specify
 * `CaCertificatesBundleS3Bucket` and `CaCertificatesBundleS3Key` . When you create a trust store,
 * you must specify `Name` .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-truststore.html">AWS::ElasticLoadBalancingV2::TrustStore</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrustStore extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::TrustStore";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The Amazon S3 bucket for the ca certificates bundle. */
  Optional<Expr> caCertificatesBundleS3Bucket();

  /** The Amazon S3 path for the ca certificates bundle. */
  Optional<Expr> caCertificatesBundleS3Key();

  /**
   * The Amazon S3 object version for the ca certificates bundle. If undefined the current version
   * is used.
   */
  Optional<Expr> caCertificatesBundleS3ObjectVersion();

  /** The name of the trust store. */
  Optional<Expr> name();

  /** The tags to assign to the trust store. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CaCertificatesBundleS3Bucket", caCertificatesBundleS3Bucket())
        .put("CaCertificatesBundleS3Key", caCertificatesBundleS3Key())
        .put("CaCertificatesBundleS3ObjectVersion", caCertificatesBundleS3ObjectVersion())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code NumberOfCaCertificates} attribute: The number of ca certificates in the trust store.
   */
  default GetAtt attrNumberOfCaCertificates() {
    return getAtt("NumberOfCaCertificates");
  }

  /**
   * The {@code Status} attribute: The status of the trust store. The possible values are `CREATING`
   * and `ACTIVE` .
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code TrustStoreArn} attribute: The Amazon Resource Name (ARN) of the trust store. */
  default GetAtt attrTrustStoreArn() {
    return getAtt("TrustStoreArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrustStore}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrustStore.Builder {

    public Builder caCertificatesBundleS3Bucket(String value) {
      caCertificatesBundleS3Bucket(Expr.of(value));
      return this;
    }

    public Builder caCertificatesBundleS3Key(String value) {
      caCertificatesBundleS3Key(Expr.of(value));
      return this;
    }

    public Builder caCertificatesBundleS3ObjectVersion(String value) {
      caCertificatesBundleS3ObjectVersion(Expr.of(value));
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
