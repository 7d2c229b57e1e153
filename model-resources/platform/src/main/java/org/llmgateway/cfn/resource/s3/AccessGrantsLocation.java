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
 * {@code AWS::S3::AccessGrantsLocation}: The `AWS::S3::AccessGrantsLocation` resource creates the
 * S3 data location that you would like to register in your S3 Access Grants instance. Your S3 data
 * must be in the same Region as your S3 Access Grants instance. The location can be one of the
 * following:
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-accessgrantslocation.html">AWS::S3::AccessGrantsLocation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AccessGrantsLocation extends Resource {

  String TYPE = "AWS::S3::AccessGrantsLocation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access
   * Grants assumes this role to manage access to the registered location.
   */
  Expr iamRoleArn();

  /**
   * Required. The S3 URI path to the location that you are registering. The location scope can be
   * the default S3 location `s3://` , the S3 path to a bucket, or the S3 path to a bucket and
   * prefix. A prefix in S3 is a string of characters at the beginning of an object key name used to
   * organize the objects that you store in your S3 buckets. For example, object key names that
   * start with the `engineering/` prefix or object key names that start with the
   * `marketing/campaigns/` prefix.
   */
  Expr locationScope();

  /**
   * The AWS resource tags that you are adding to the S3 Access Grants location. Each tag is a label
   * consisting of a user-defined key and value. Tags can help you manage, identify, organize,
   * search for, and filter resources.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IamRoleArn", iamRoleArn())
        .put("LocationScope", locationScope())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccessGrantsLocationArn} attribute: The ARN of the location you are registering. */
  default GetAtt attrAccessGrantsLocationArn() {
    return getAtt("AccessGrantsLocationArn");
  }

  /**
   * The {@code AccessGrantsLocationId} attribute: The ID of the registered location to which you
   * are granting access. S3 Access Grants assigns this ID when you register the location. S3 Access
   * Grants assigns the ID `default` to the default location `s3://` and assigns an auto-generated
   * ID to other locations that you register.
   */
  default GetAtt attrAccessGrantsLocationId() {
    return getAtt("AccessGrantsLocationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessGrantsLocation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccessGrantsLocation.Builder {

    public Builder iamRoleArn(String value) {
      iamRoleArn(Expr.of(value));
      return this;
    }

    public Builder locationScope(String value) {
      locationScope(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
