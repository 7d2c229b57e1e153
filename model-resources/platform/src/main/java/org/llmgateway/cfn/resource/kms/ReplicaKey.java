// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.kms;

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
 * {@code AWS::KMS::ReplicaKey}: The `AWS::KMS::ReplicaKey` resource specifies a multi-Region
 * replica key that is based on a multi-Region primary key.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-replicakey.html">AWS::KMS::ReplicaKey</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ReplicaKey extends Resource {

  String TYPE = "AWS::KMS::ReplicaKey";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description of the KMS key. */
  Optional<Expr> description();

  /**
   * Specifies whether the replica key is enabled. Disabled KMS keys cannot be used in cryptographic
   * operations.
   */
  Optional<Expr> enabled();

  /** Required. The key policy that authorizes use of the replica key. */
  Expr keyPolicy();

  /**
   * Specifies the number of days in the waiting period before AWS deletes a replica key that has
   * been removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default
   * value is 30 days.
   */
  Optional<Expr> pendingWindowInDays();

  /**
   * Required. Specifies the multi-Region primary key to replicate. The primary key must be in a
   * different AWS Region of the same AWS partition. You can create only one replica of a given
   * primary key in each AWS Region .
   */
  Expr primaryKeyArn();

  /** Assigns one or more tags to the replica key. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("Enabled", enabled())
        .put("KeyPolicy", keyPolicy())
        .put("PendingWindowInDays", pendingWindowInDays())
        .put("PrimaryKeyArn", primaryKeyArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the replica key, such as
   * `arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code KeyId} attribute: The key ID of the replica key, such as
   * `mrk-1234abcd12ab34cd56ef1234567890ab` .
   */
  default GetAtt attrKeyId() {
    return getAtt("KeyId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReplicaKey}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableReplicaKey.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder enabled(boolean value) {
      enabled(Expr.of(value));
      return this;
    }

    public Builder keyPolicy(JsonNode value) {
      keyPolicy(Expr.json(value));
      return this;
    }

    public Builder keyPolicy(String value) {
      keyPolicy(Expr.of(value));
      return this;
    }

    public Builder pendingWindowInDays(long value) {
      pendingWindowInDays(Expr.of(value));
      return this;
    }

    public Builder primaryKeyArn(String value) {
      primaryKeyArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
