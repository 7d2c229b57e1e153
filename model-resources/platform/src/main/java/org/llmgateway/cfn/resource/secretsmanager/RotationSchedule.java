// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.secretsmanager;

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
 * {@code AWS::SecretsManager::RotationSchedule}: Configure the rotation schedule and Lambda
 * rotation function for a secret. For more information, see [How rotation
 * works](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-rotationschedule.html">AWS::SecretsManager::RotationSchedule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RotationSchedule extends Resource {

  String TYPE = "AWS::SecretsManager::RotationSchedule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The list of metadata needed to successfully rotate a managed external secret. */
  Optional<Expr> externalSecretRotationMetadata();

  /**
   * The ARN of the IAM role that is used by Secrets Manager to rotate a managed external secret.
   */
  Optional<Expr> externalSecretRotationRoleArn();

  /**
   * Creates a new Lambda rotation function based on one of the [Secrets Manager rotation function
   * templates](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html)
   * . To use a rotation function that already exists, specify `RotationLambdaARN` instead.
   */
  Optional<Expr> hostedRotationLambda();

  /**
   * Determines whether to rotate the secret immediately or wait until the next scheduled rotation
   * window when the rotation schedule is updated. The rotation schedule is defined in
   * `RotationRules` .
   */
  Optional<Expr> rotateImmediatelyOnUpdate();

  /**
   * The ARN of an existing Lambda rotation function. To specify a rotation function that is also
   * defined in this template, use the
   * [Ref](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html)
   * function.
   */
  Optional<Expr> rotationLambdaARN();

  /** A structure that defines the rotation configuration for this secret. */
  Optional<Expr> rotationRules();

  /**
   * Required. The ARN or name of the secret to rotate. This is unique for each rotation schedule
   * definition.
   */
  Expr secretId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ExternalSecretRotationMetadata", externalSecretRotationMetadata())
        .put("ExternalSecretRotationRoleArn", externalSecretRotationRoleArn())
        .put("HostedRotationLambda", hostedRotationLambda())
        .put("RotateImmediatelyOnUpdate", rotateImmediatelyOnUpdate())
        .put("RotationLambdaARN", rotationLambdaARN())
        .put("RotationRules", rotationRules())
        .put("SecretId", secretId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ARN of the secret. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RotationSchedule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRotationSchedule.Builder {

    public Builder externalSecretRotationMetadata(List<? extends Expr> values) {
      externalSecretRotationMetadata(Expr.list(values));
      return this;
    }

    public Builder externalSecretRotationRoleArn(String value) {
      externalSecretRotationRoleArn(Expr.of(value));
      return this;
    }

    public Builder rotateImmediatelyOnUpdate(boolean value) {
      rotateImmediatelyOnUpdate(Expr.of(value));
      return this;
    }

    public Builder rotationLambdaARN(String value) {
      rotationLambdaARN(Expr.of(value));
      return this;
    }

    public Builder secretId(String value) {
      secretId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SecretsManager::RotationSchedule.ExternalSecretRotationMetadataItem}: The metadata
   * needed to successfully rotate a managed external secret. A list of key value pairs in JSON
   * format specified by the partner. For more information, see [Managed external secret
   * partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-rotationschedule-externalsecretrotationmetadataitem.html">AWS::SecretsManager::RotationSchedule.ExternalSecretRotationMetadataItem</a>
   */
  @Value.Immutable
  interface ExternalSecretRotationMetadataItem extends PropertyValue {

    /** Required. The key that identifies the item. */
    Expr key();

    /** Required. The value of the specified item. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExternalSecretRotationMetadataItem}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableRotationSchedule.ExternalSecretRotationMetadataItem.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SecretsManager::RotationSchedule.HostedRotationLambda}: Creates a new Lambda
   * rotation function based on one of the [Secrets Manager rotation function
   * templates](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_available-rotation-templates.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-rotationschedule-hostedrotationlambda.html">AWS::SecretsManager::RotationSchedule.HostedRotationLambda</a>
   */
  @Value.Immutable
  interface HostedRotationLambda extends PropertyValue {

    /** A string of the characters that you don't want in the password. */
    Optional<Expr> excludeCharacters();

    /**
     * The ARN of the KMS key that Secrets Manager uses to encrypt the secret. If you don't specify
     * this value, then Secrets Manager uses the key `aws/secretsmanager` . If `aws/secretsmanager`
     * doesn't yet exist, then Secrets Manager creates it for you automatically the first time it
     * encrypts the secret value.
     */
    Optional<Expr> kmsKeyArn();

    /**
     * The ARN of the secret that contains superuser credentials, if you use the [Alternating users
     * rotation
     * strategy](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users)
     * . CloudFormation grants the execution role for the Lambda rotation function `GetSecretValue`
     * permission to the secret in this property. For more information, see [Lambda rotation
     * function execution role permissions for Secrets
     * Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html)
     * .
     */
    Optional<Expr> masterSecretArn();

    /**
     * The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use
     * the [alternating users
     * strategy](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users)
     * and the superuser secret is encrypted with a customer managed key. You don't need to specify
     * this property if the superuser secret is encrypted using the key `aws/secretsmanager` .
     * CloudFormation grants the execution role for the Lambda rotation function `Decrypt` ,
     * `DescribeKey` , and `GenerateDataKey` permission to the key in this property. For more
     * information, see [Lambda rotation function execution role permissions for Secrets
     * Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html)
     * .
     */
    Optional<Expr> masterSecretKmsKeyArn();

    /** The name of the Lambda rotation function. */
    Optional<Expr> rotationLambdaName();

    /** Required. The rotation template to base the rotation function on, one of the following: */
    Expr rotationType();

    /**
     * &gt; Do not set this value if you are using `Transform: AWS::SecretsManager-2024-09-16` .
     * Over time, the updated rotation lambda artifacts vended by AWS may not be compatible with the
     * code or shared object files defined in the rotation function deployment package. &gt; &gt;
     * Only define the `Runtime` key if: &gt; &gt; - You are using `Transform:
     * AWS::SecretsManager-2020-07-23` . &gt; - The code or shared object files defined in the
     * rotation function deployment package are incompatible with Python 3.10.
     */
    Optional<Expr> runtime();

    /**
     * The ARN of the secret that contains superuser credentials, if you use the [Alternating users
     * rotation
     * strategy](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users)
     * . CloudFormation grants the execution role for the Lambda rotation function `GetSecretValue`
     * permission to the secret in this property. For more information, see [Lambda rotation
     * function execution role permissions for Secrets
     * Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html)
     * .
     */
    Optional<Expr> superuserSecretArn();

    /**
     * The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use
     * the [alternating users
     * strategy](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets_strategies.html#rotating-secrets-two-users)
     * and the superuser secret is encrypted with a customer managed key. You don't need to specify
     * this property if the superuser secret is encrypted using the key `aws/secretsmanager` .
     * CloudFormation grants the execution role for the Lambda rotation function `Decrypt` ,
     * `DescribeKey` , and `GenerateDataKey` permission to the key in this property. For more
     * information, see [Lambda rotation function execution role permissions for Secrets
     * Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets-required-permissions-function.html)
     * .
     */
    Optional<Expr> superuserSecretKmsKeyArn();

    /** A comma-separated list of security group IDs applied to the target database. */
    Optional<Expr> vpcSecurityGroupIds();

    /**
     * A comma separated list of VPC subnet IDs of the target database network. The Lambda rotation
     * function is in the same subnet group.
     */
    Optional<Expr> vpcSubnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExcludeCharacters", excludeCharacters())
          .put("KmsKeyArn", kmsKeyArn())
          .put("MasterSecretArn", masterSecretArn())
          .put("MasterSecretKmsKeyArn", masterSecretKmsKeyArn())
          .put("RotationLambdaName", rotationLambdaName())
          .put("RotationType", rotationType())
          .put("Runtime", runtime())
          .put("SuperuserSecretArn", superuserSecretArn())
          .put("SuperuserSecretKmsKeyArn", superuserSecretKmsKeyArn())
          .put("VpcSecurityGroupIds", vpcSecurityGroupIds())
          .put("VpcSubnetIds", vpcSubnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link HostedRotationLambda}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRotationSchedule.HostedRotationLambda.Builder {

      public Builder excludeCharacters(String value) {
        excludeCharacters(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder masterSecretArn(String value) {
        masterSecretArn(Expr.of(value));
        return this;
      }

      public Builder masterSecretKmsKeyArn(String value) {
        masterSecretKmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder rotationLambdaName(String value) {
        rotationLambdaName(Expr.of(value));
        return this;
      }

      public Builder rotationType(String value) {
        rotationType(Expr.of(value));
        return this;
      }

      public Builder runtime(String value) {
        runtime(Expr.of(value));
        return this;
      }

      public Builder superuserSecretArn(String value) {
        superuserSecretArn(Expr.of(value));
        return this;
      }

      public Builder superuserSecretKmsKeyArn(String value) {
        superuserSecretKmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder vpcSecurityGroupIds(String value) {
        vpcSecurityGroupIds(Expr.of(value));
        return this;
      }

      public Builder vpcSubnetIds(String value) {
        vpcSubnetIds(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SecretsManager::RotationSchedule.RotationRules}: The rotation schedule and window.
   * We recommend you use `ScheduleExpression` to set a cron or rate expression for the schedule and
   * `Duration` to set the length of the rotation window.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-rotationschedule-rotationrules.html">AWS::SecretsManager::RotationSchedule.RotationRules</a>
   */
  @Value.Immutable
  interface RotationRules extends PropertyValue {

    /**
     * The number of days between automatic scheduled rotations of the secret. You can use this
     * value to check that your secret meets your compliance guidelines for how often secrets must
     * be rotated.
     */
    Optional<Expr> automaticallyAfterDays();

    /**
     * The length of the rotation window in hours, for example `3h` for a three hour window. Secrets
     * Manager rotates your secret at any time during this window. The window must not extend into
     * the next rotation window or the next UTC day. The window starts according to the
     * `ScheduleExpression` . If you don't specify a `Duration` , for a `ScheduleExpression` in
     * hours, the window automatically closes after one hour. For a `ScheduleExpression` in days,
     * the window automatically closes at the end of the UTC day. For more information, including
     * examples, see [Schedule expressions in Secrets Manager
     * rotation](https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html)
     * in the *Secrets Manager Users Guide* .
     */
    Optional<Expr> duration();

    /**
     * A `cron()` or `rate()` expression that defines the schedule for rotating your secret. Secrets
     * Manager rotation schedules use UTC time zone. Secrets Manager rotates your secret any time
     * during a rotation window.
     */
    Optional<Expr> scheduleExpression();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutomaticallyAfterDays", automaticallyAfterDays())
          .put("Duration", duration())
          .put("ScheduleExpression", scheduleExpression())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RotationRules}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRotationSchedule.RotationRules.Builder {

      public Builder automaticallyAfterDays(long value) {
        automaticallyAfterDays(Expr.of(value));
        return this;
      }

      public Builder duration(String value) {
        duration(Expr.of(value));
        return this;
      }

      public Builder scheduleExpression(String value) {
        scheduleExpression(Expr.of(value));
        return this;
      }
    }
  }
}
