// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.rds;

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
 * {@code AWS::RDS::Integration}: A zero-ETL integration with Amazon Redshift.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-integration.html">AWS::RDS::Integration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Integration extends Resource {

  String TYPE = "AWS::RDS::Integration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * An optional set of non-secret key–value pairs that contains additional contextual information
   * about the data. For more information, see [Encryption
   * context](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#encrypt_context)
   * in the *AWS Key Management Service Developer Guide* .
   */
  Optional<Expr> additionalEncryptionContext();

  /**
   * Data filters for the integration. These filters determine which tables from the source database
   * are sent to the target Amazon Redshift data warehouse.
   */
  Optional<Expr> dataFilter();

  /** A description of the integration. */
  Optional<Expr> description();

  /** The name of the integration. */
  Optional<Expr> integrationName();

  /**
   * The AWS Key Management System ( AWS KMS) key identifier for the key to use to encrypt the
   * integration. If you don't specify an encryption key, RDS uses a default AWS owned key.
   */
  Optional<Expr> kmsKeyId();

  /**
   * Required. The Amazon Resource Name (ARN) of the database to use as the source for replication.
   */
  Expr sourceArn();

  /** An optional array of key-value pairs to apply to this integration. */
  Optional<Expr> tags();

  /** Required. The ARN of the Redshift data warehouse to use as the target for replication. */
  Expr targetArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AdditionalEncryptionContext", additionalEncryptionContext())
        .put("DataFilter", dataFilter())
        .put("Description", description())
        .put("IntegrationName", integrationName())
        .put("KMSKeyId", kmsKeyId())
        .put("SourceArn", sourceArn())
        .put("Tags", tags())
        .put("TargetArn", targetArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CreateTime} attribute: The time when the integration was created, in Universal
   * Coordinated Time (UTC).
   */
  default GetAtt attrCreateTime() {
    return getAtt("CreateTime");
  }

  /** The {@code IntegrationArn} attribute: The ARN of the integration. */
  default GetAtt attrIntegrationArn() {
    return getAtt("IntegrationArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Integration}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIntegration.Builder {

    public Builder additionalEncryptionContext(Map<String, ? extends Expr> entries) {
      additionalEncryptionContext(Expr.map(entries));
      return this;
    }

    public Builder dataFilter(String value) {
      dataFilter(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder integrationName(String value) {
      integrationName(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder sourceArn(String value) {
      sourceArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetArn(String value) {
      targetArn(Expr.of(value));
      return this;
    }
  }
}
