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
 * {@code AWS::EC2::EnclaveCertificateIamRoleAssociation}: Associates an AWS Identity and Access
 * Management (IAM) role with an Certificate Manager (ACM) certificate. This enables the certificate
 * to be used by the ACM for Nitro Enclaves application inside an enclave. For more information, see
 * [Certificate Manager for Nitro
 * Enclaves](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave-refapp.html) in the *AWS
 * Nitro Enclaves User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-enclavecertificateiamroleassociation.html">AWS::EC2::EnclaveCertificateIamRoleAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EnclaveCertificateIamRoleAssociation extends Resource {

  String TYPE = "AWS::EC2::EnclaveCertificateIamRoleAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ARN of the ACM certificate with which to associate the IAM role. */
  Expr certificateArn();

  /**
   * Required. The ARN of the IAM role to associate with the ACM certificate. You can associate up
   * to 16 IAM roles with an ACM certificate.
   */
  Expr roleArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CertificateArn", certificateArn())
        .put("RoleArn", roleArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CertificateS3BucketName} attribute: The name of the Amazon S3 bucket to which the
   * certificate was uploaded.
   */
  default GetAtt attrCertificateS3BucketName() {
    return getAtt("CertificateS3BucketName");
  }

  /**
   * The {@code CertificateS3ObjectKey} attribute: The Amazon S3 object key where the certificate,
   * certificate chain, and encrypted private key bundle are stored. The object key is formatted as
   * follows: `role_arn` / `certificate_arn` .
   */
  default GetAtt attrCertificateS3ObjectKey() {
    return getAtt("CertificateS3ObjectKey");
  }

  /**
   * The {@code EncryptionKmsKeyId} attribute: The ID of the AWS KMS key used to encrypt the private
   * key of the certificate.
   */
  default GetAtt attrEncryptionKmsKeyId() {
    return getAtt("EncryptionKmsKeyId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EnclaveCertificateIamRoleAssociation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableEnclaveCertificateIamRoleAssociation.Builder {

    public Builder certificateArn(String value) {
      certificateArn(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }
  }
}
