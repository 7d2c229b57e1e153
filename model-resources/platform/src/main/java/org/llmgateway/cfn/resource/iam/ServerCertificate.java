// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.iam;

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
 * {@code AWS::IAM::ServerCertificate}: Uploads a server certificate entity for the AWS account .
 * The server certificate entity includes a public key certificate, a private key, and an optional
 * certificate chain, which should all be PEM-encoded.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-servercertificate.html">AWS::IAM::ServerCertificate</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ServerCertificate extends Resource {

  String TYPE = "AWS::IAM::ServerCertificate";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The contents of the public key certificate. */
  Optional<Expr> certificateBody();

  /** The contents of the public key certificate chain. */
  Optional<Expr> certificateChain();

  /**
   * The path for the server certificate. For more information about paths, see [IAM
   * identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  Optional<Expr> path();

  /** The contents of the private key in PEM-encoded format. */
  Optional<Expr> privateKey();

  /**
   * The name for the server certificate. Do not include the path in this value. The name of the
   * certificate cannot contain any spaces.
   */
  Optional<Expr> serverCertificateName();

  /**
   * A list of tags that are attached to the server certificate. For more information about tagging,
   * see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in
   * the *IAM User Guide* .
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CertificateBody", certificateBody())
        .put("CertificateChain", certificateChain())
        .put("Path", path())
        .put("PrivateKey", privateKey())
        .put("ServerCertificateName", serverCertificateName())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the specified
   * `AWS::IAM::ServerCertificate` resource.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServerCertificate}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableServerCertificate.Builder {

    public Builder certificateBody(String value) {
      certificateBody(Expr.of(value));
      return this;
    }

    public Builder certificateChain(String value) {
      certificateChain(Expr.of(value));
      return this;
    }

    public Builder path(String value) {
      path(Expr.of(value));
      return this;
    }

    public Builder privateKey(String value) {
      privateKey(Expr.of(value));
      return this;
    }

    public Builder serverCertificateName(String value) {
      serverCertificateName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
