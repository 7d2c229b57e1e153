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
 * {@code AWS::S3::AccessGrant}: The `AWS::S3::AccessGrant` resource creates an access grant that
 * gives a grantee access to your S3 data. The grantee can be an IAM user or role or a directory
 * user, or group. Before you can create a grant, you must have an S3 Access Grants instance in the
 * same Region as the S3 data. You can create an S3 Access Grants instance using the
 * [AWS::S3::AccessGrantsInstance](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-accessgrantsinstance.html)
 * . You must also have registered at least one S3 data location in your S3 Access Grants instance
 * using
 * [AWS::S3::AccessGrantsLocation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-accessgrantslocation.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-accessgrant.html">AWS::S3::AccessGrant</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AccessGrant extends Resource {

  String TYPE = "AWS::S3::AccessGrant";

  /** Values CloudFormation accepts for {@code Permission}. */
  String PERMISSION_READ = "READ";
  String PERMISSION_WRITE = "WRITE";
  String PERMISSION_READWRITE = "READWRITE";

  /** Values CloudFormation accepts for {@code S3PrefixType}. */
  String S3_PREFIX_TYPE_OBJECT = "Object";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The configuration options of the grant location. The grant location is the S3 path to the data
   * to which you are granting access. It contains the `S3SubPrefix` field. The grant scope is the
   * result of appending the subprefix to the location scope of the registered location.
   */
  Optional<Expr> accessGrantsLocationConfiguration();

  /**
   * Required. The ID of the registered location to which you are granting access. S3 Access Grants
   * assigns this ID when you register the location. S3 Access Grants assigns the ID `default` to
   * the default location `s3://` and assigns an auto-generated ID to other locations that you
   * register.
   */
  Expr accessGrantsLocationId();

  /**
   * The Amazon Resource Name (ARN) of an AWS IAM Identity Center application associated with your
   * Identity Center instance. If the grant includes an application ARN, the grantee can only access
   * the S3 data through this application.
   */
  Optional<Expr> applicationArn();

  /**
   * Required. The user, group, or role to which you are granting access. You can grant access to an
   * IAM user or role. If you have added your corporate directory to AWS IAM Identity Center and
   * associated your Identity Center instance with your S3 Access Grants instance, the grantee can
   * also be a corporate directory user or group.
   */
  Expr grantee();

  /**
   * Required. The type of access that you are granting to your S3 data, which can be set to one of
   * the following values:
   */
  Expr permission();

  /**
   * The type of `S3SubPrefix` . The only possible value is `Object` . Pass this value if the access
   * grant scope is an object. Do not pass this value if the access grant scope is a bucket or a
   * bucket and a prefix.
   */
  Optional<Expr> s3PrefixType();

  /**
   * The AWS resource tags that you are adding to the access grant. Each tag is a label consisting
   * of a user-defined key and value. Tags can help you manage, identify, organize, search for, and
   * filter resources.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AccessGrantsLocationConfiguration", accessGrantsLocationConfiguration())
        .put("AccessGrantsLocationId", accessGrantsLocationId())
        .put("ApplicationArn", applicationArn())
        .put("Grantee", grantee())
        .put("Permission", permission())
        .put("S3PrefixType", s3PrefixType())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccessGrantArn} attribute: The ARN of the access grant. */
  default GetAtt attrAccessGrantArn() {
    return getAtt("AccessGrantArn");
  }

  /**
   * The {@code AccessGrantId} attribute: The ID of the access grant. S3 Access Grants
   * auto-generates this ID when you create the access grant.
   */
  default GetAtt attrAccessGrantId() {
    return getAtt("AccessGrantId");
  }

  /**
   * The {@code GrantScope} attribute: The S3 path of the data to which you are granting access. It
   * is the result of appending the `Subprefix` to the location scope.
   */
  default GetAtt attrGrantScope() {
    return getAtt("GrantScope");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessGrant}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccessGrant.Builder {

    public Builder accessGrantsLocationId(String value) {
      accessGrantsLocationId(Expr.of(value));
      return this;
    }

    public Builder applicationArn(String value) {
      applicationArn(Expr.of(value));
      return this;
    }

    public Builder permission(String value) {
      permission(Expr.of(value));
      return this;
    }

    public Builder s3PrefixType(String value) {
      s3PrefixType(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::S3::AccessGrant.AccessGrantsLocationConfiguration}: The configuration options of
   * the S3 Access Grants location. It contains the `S3SubPrefix` field. The grant scope, the data
   * to which you are granting access, is the result of appending the `Subprefix` field to the scope
   * of the registered location.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-accessgrant-accessgrantslocationconfiguration.html">AWS::S3::AccessGrant.AccessGrantsLocationConfiguration</a>
   */
  @Value.Immutable
  interface AccessGrantsLocationConfiguration extends PropertyValue {

    /**
     * Required. The `S3SubPrefix` is appended to the location scope creating the grant scope. Use
     * this field to narrow the scope of the grant to a subset of the location scope. This field is
     * required if the location scope is the default location `s3://` because you cannot create a
     * grant for all of your S3 data in the Region and must narrow the scope. For example, if the
     * location scope is the default location `s3://` , the `S3SubPrefx` can be a
     * `&lt;bucket-name&gt;/*` , so the full grant scope path would be `s3://&lt;bucket-name&gt;/*`
     * . Or the `S3SubPrefx` can be `&lt;bucket-name&gt;/&lt;prefix-name&gt;*` , so the full grant
     * scope path would be `s3://&lt;bucket-name&gt;/&lt;prefix-name&gt;*` .
     */
    Expr s3SubPrefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3SubPrefix", s3SubPrefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessGrantsLocationConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableAccessGrant.AccessGrantsLocationConfiguration.Builder {

      public Builder s3SubPrefix(String value) {
        s3SubPrefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::AccessGrant.Grantee}: The user, group, or role to which you are granting
   * access. You can grant access to an IAM user or role. If you have added your corporate directory
   * to AWS IAM Identity Center and associated your Identity Center instance with your S3 Access
   * Grants instance, the grantee can also be a corporate directory user or group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-accessgrant-grantee.html">AWS::S3::AccessGrant.Grantee</a>
   */
  @Value.Immutable
  interface Grantee extends PropertyValue {

    /** Values CloudFormation accepts for {@code GranteeType}. */
    String GRANTEE_TYPE_IAM = "IAM";
    String GRANTEE_TYPE_DIRECTORY_USER = "DIRECTORY_USER";
    String GRANTEE_TYPE_DIRECTORY_GROUP = "DIRECTORY_GROUP";

    /**
     * Required. The unique identifier of the `Grantee` . If the grantee type is `IAM` , the
     * identifier is the IAM Amazon Resource Name (ARN) of the user or role. If the grantee type is
     * a directory user or group, the identifier is 128-bit universally unique identifier (UUID) in
     * the format `a1b2c3d4-5678-90ab-cdef-EXAMPLE11111` . You can obtain this UUID from your AWS
     * IAM Identity Center instance.
     */
    Expr granteeIdentifier();

    /**
     * Required. The type of the grantee to which access has been granted. It can be one of the
     * following values:
     */
    Expr granteeType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("GranteeIdentifier", granteeIdentifier())
          .put("GranteeType", granteeType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Grantee}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAccessGrant.Grantee.Builder {

      public Builder granteeIdentifier(String value) {
        granteeIdentifier(Expr.of(value));
        return this;
      }

      public Builder granteeType(String value) {
        granteeType(Expr.of(value));
        return this;
      }
    }
  }
}
