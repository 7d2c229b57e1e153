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
 * {@code AWS::ElasticLoadBalancingV2::ListenerCertificate}: Specifies an SSL server certificate to
 * add to the certificate list for an HTTPS or TLS listener.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenercertificate.html">AWS::ElasticLoadBalancingV2::ListenerCertificate</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ListenerCertificate extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::ListenerCertificate";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The certificate. You can specify one certificate per resource. */
  Expr certificates();

  /** Required. The Amazon Resource Name (ARN) of the listener. */
  Expr listenerArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Certificates", certificates())
        .put("ListenerArn", listenerArn())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListenerCertificate}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableListenerCertificate.Builder {

    public Builder certificates(List<? extends Expr> values) {
      certificates(Expr.list(values));
      return this;
    }

    public Builder listenerArn(String value) {
      listenerArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerCertificate.Certificate}: Specifies an SSL server
   * certificate for the certificate list of a secure listener.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenercertificate-certificate.html">AWS::ElasticLoadBalancingV2::ListenerCertificate.Certificate</a>
   */
  @Value.Immutable
  interface Certificate extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the certificate. */
    Optional<Expr> certificateArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CertificateArn", certificateArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Certificate}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerCertificate.Certificate.Builder {

      public Builder certificateArn(String value) {
        certificateArn(Expr.of(value));
        return this;
      }
    }
  }
}
