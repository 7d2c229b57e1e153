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
 * {@code AWS::EC2::KeyPair}: Specifies a key pair for use with an Amazon Elastic Compute Cloud
 * instance as follows:
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-keypair.html">AWS::EC2::KeyPair</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface KeyPair extends Resource {

  String TYPE = "AWS::EC2::KeyPair";

  /** Values CloudFormation accepts for {@code KeyFormat}. */
  String KEY_FORMAT_PEM = "pem";
  String KEY_FORMAT_PPK = "ppk";

  /** Values CloudFormation accepts for {@code KeyType}. */
  String KEY_TYPE_RSA = "rsa";
  String KEY_TYPE_ED25519 = "ed25519";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The format of the key pair. */
  Optional<Expr> keyFormat();

  /** Required. A unique name for the key pair. */
  Expr keyName();

  /** The type of key pair. Note that ED25519 keys are not supported for Windows instances. */
  Optional<Expr> keyType();

  /**
   * The public key material. The `PublicKeyMaterial` property is used to import a key pair. If this
   * property is not specified, then a new key pair will be created.
   */
  Optional<Expr> publicKeyMaterial();

  /** The tags to apply to the key pair. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("KeyFormat", keyFormat())
        .put("KeyName", keyName())
        .put("KeyType", keyType())
        .put("PublicKeyMaterial", publicKeyMaterial())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code KeyFingerprint} attribute: If you created the key pair using Amazon EC2: */
  default GetAtt attrKeyFingerprint() {
    return getAtt("KeyFingerprint");
  }

  /** The {@code KeyPairId} attribute: The ID of the key pair. */
  default GetAtt attrKeyPairId() {
    return getAtt("KeyPairId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyPair}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableKeyPair.Builder {

    public Builder keyFormat(String value) {
      keyFormat(Expr.of(value));
      return this;
    }

    public Builder keyName(String value) {
      keyName(Expr.of(value));
      return this;
    }

    public Builder keyType(String value) {
      keyType(Expr.of(value));
      return this;
    }

    public Builder publicKeyMaterial(String value) {
      publicKeyMaterial(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
