// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.s3;

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
 * {@code AWS::S3::BucketPolicy}: Applies an Amazon S3 bucket policy to an Amazon S3 bucket. If you
 * are using an identity other than the root user of the AWS account that owns the bucket, the
 * calling identity must have the `PutBucketPolicy` permissions on the specified bucket and belong
 * to the bucket owner's account in order to use this operation.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucketpolicy.html">AWS::S3::BucketPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface BucketPolicy extends Resource {

  String TYPE = "AWS::S3::BucketPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the Amazon S3 bucket to which the policy applies. */
  Expr bucket();

  /**
   * Required. A policy document containing permissions to add to the specified bucket. In IAM, you
   * must provide policy documents in JSON format. However, in CloudFormation you can provide the
   * policy in JSON or YAML format because CloudFormation converts YAML to JSON before submitting it
   * to IAM. For more information, see the AWS::IAM::Policy
   * [PolicyDocument](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html#cfn-iam-policy-policydocument)
   * resource description in this guide and [Access Policy Language
   * Overview](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-policy-language-overview.html)
   * in the *Amazon S3 User Guide* .
   */
  Expr policyDocument();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Bucket", bucket())
        .put("PolicyDocument", policyDocument())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BucketPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableBucketPolicy.Builder {

    public Builder bucket(String value) {
      bucket(Expr.of(value));
      return this;
    }

    public Builder policyDocument(JsonNode value) {
      policyDocument(Expr.json(value));
      return this;
    }

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }
  }
}
