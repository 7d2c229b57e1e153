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
 * {@code AWS::Route53::KeySigningKey}: The `AWS::Route53::KeySigningKey` resource creates a new
 * key-signing key (KSK) in a hosted zone. The hosted zone ID is passed as a parameter in the KSK
 * properties. You can specify the properties of this KSK using the `Name` , `Status` , and
 * `KeyManagementServiceArn` properties of the resource.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-keysigningkey.html">AWS::Route53::KeySigningKey</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface KeySigningKey extends Resource {

  String TYPE = "AWS::Route53::KeySigningKey";

  /** Values CloudFormation accepts for {@code Status}. */
  String STATUS_ACTIVE = "ACTIVE";
  String STATUS_INACTIVE = "INACTIVE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The unique string (ID) that is used to identify a hosted zone. For example:
   * `Z00001111A1ABCaaABC11` .
   */
  Expr hostedZoneId();

  /**
   * Required. The Amazon resource name (ARN) for a customer managed customer master key (CMK) in
   * AWS Key Management Service ( AWS ). The `KeyManagementServiceArn` must be unique for each
   * key-signing key (KSK) in a single hosted zone. For example:
   * `arn:aws:kms:us-east-1:111122223333:key/111a2222-a11b-1ab1-2ab2-1ab21a2b3a111` .
   */
  Expr keyManagementServiceArn();

  /**
   * Required. A string used to identify a key-signing key (KSK). `Name` can include numbers,
   * letters, and underscores (_). `Name` must be unique for each key-signing key in the same hosted
   * zone.
   */
  Expr name();

  /** Required. A string that represents the current key-signing key (KSK) status. */
  Expr status();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("HostedZoneId", hostedZoneId())
        .put("KeyManagementServiceArn", keyManagementServiceArn())
        .put("Name", name())
        .put("Status", status())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeySigningKey}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableKeySigningKey.Builder {

    public Builder hostedZoneId(String value) {
      hostedZoneId(Expr.of(value));
      return this;
    }

    public Builder keyManagementServiceArn(String value) {
      keyManagementServiceArn(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder status(String value) {
      status(Expr.of(value));
      return this;
    }
  }
}
