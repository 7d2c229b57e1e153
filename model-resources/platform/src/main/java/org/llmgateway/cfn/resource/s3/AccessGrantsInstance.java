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
 * {@code AWS::S3::AccessGrantsInstance}: The `AWS::S3::AccessGrantInstance` resource creates an S3
 * Access Grants instance, which serves as a logical grouping for access grants. You can create one
 * S3 Access Grants instance per Region per account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-accessgrantsinstance.html">AWS::S3::AccessGrantsInstance</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AccessGrantsInstance extends Resource {

  String TYPE = "AWS::S3::AccessGrantsInstance";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * If you would like to associate your S3 Access Grants instance with an AWS IAM Identity Center
   * instance, use this field to pass the Amazon Resource Name (ARN) of the AWS IAM Identity Center
   * instance that you are associating with your S3 Access Grants instance. An IAM Identity Center
   * instance is your corporate identity directory that you added to the IAM Identity Center.
   */
  Optional<Expr> identityCenterArn();

  /**
   * The AWS resource tags that you are adding to the S3 Access Grants instance. Each tag is a label
   * consisting of a user-defined key and value. Tags can help you manage, identify, organize,
   * search for, and filter resources.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IdentityCenterArn", identityCenterArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccessGrantsInstanceArn} attribute: The ARN of the S3 Access Grants instance. */
  default GetAtt attrAccessGrantsInstanceArn() {
    return getAtt("AccessGrantsInstanceArn");
  }

  /**
   * The {@code AccessGrantsInstanceId} attribute: The ID of the S3 Access Grants instance. The ID
   * is `default` . You can have one S3 Access Grants instance per Region per account.
   */
  default GetAtt attrAccessGrantsInstanceId() {
    return getAtt("AccessGrantsInstanceId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessGrantsInstance}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccessGrantsInstance.Builder {

    public Builder identityCenterArn(String value) {
      identityCenterArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
