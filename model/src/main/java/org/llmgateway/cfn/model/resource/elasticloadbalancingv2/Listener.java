package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ElasticLoadBalancingV2::Listener. {@code Ref} gives the listener's ARN. */
@Value.Immutable
@CfnStyle
public interface Listener extends Resource {

  @Override
  default String resourceType() {
    return "AWS::ElasticLoadBalancingV2::Listener";
  }

  @JsonProperty("LoadBalancerArn")
  Expr loadBalancerArn();

  @JsonProperty("Port")
  int port();

  @JsonProperty("Protocol")
  Protocol protocol();

  /** What happens to a request no rule matches. */
  @JsonProperty("DefaultActions")
  List<Action> defaultActions();

  /** The server certificate of an HTTPS listener; further ones go in a ListenerCertificate. */
  @JsonProperty("Certificates")
  List<Certificate> certificates();

  /** The TLS negotiation policy of an HTTPS listener, e.g. ELBSecurityPolicy-TLS13-1-2-2021-06. */
  @JsonProperty("SslPolicy")
  Optional<String> sslPolicy();

  static ImmutableListener.Builder builder() {
    return ImmutableListener.builder();
  }

  /** A reference to an ACM (or IAM) server certificate. */
  @Value.Immutable
  @CfnStyle
  interface Certificate {
    @JsonProperty("CertificateArn")
    @Value.Parameter
    Expr certificateArn();

    static Certificate of(Expr certificateArn) {
      return ImmutableCertificate.of(certificateArn);
    }
  }

  @Value.Check
  default void check() {
    if (defaultActions().isEmpty()) {
      throw new IllegalStateException("Listener " + logicalId() + ": DefaultActions is empty");
    }
    boolean https = protocol() == Protocol.HTTPS;
    if (https && (certificates().size() != 1 || sslPolicy().isEmpty())) {
      throw new IllegalStateException(
          "Listener " + logicalId() + ": an HTTPS listener needs one certificate and an SslPolicy");
    }
    if (!https && (!certificates().isEmpty() || sslPolicy().isPresent())) {
      throw new IllegalStateException(
          "Listener " + logicalId() + ": only an HTTPS listener takes Certificates or SslPolicy");
    }
  }
}
