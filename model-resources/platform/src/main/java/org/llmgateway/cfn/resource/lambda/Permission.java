// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::Permission}: The `AWS::Lambda::Permission` resource grants an AWS service or
 * another account permission to use a function. You can apply the policy at the function level, or
 * specify a qualifier to restrict access to a single version or alias. If you use a qualifier, the
 * invoker must use the full Amazon Resource Name (ARN) of that version or alias to invoke the
 * function.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-permission.html">AWS::Lambda::Permission</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Permission extends Resource {

  String TYPE = "AWS::Lambda::Permission";

  /** Values CloudFormation accepts for {@code FunctionUrlAuthType}. */
  String FUNCTION_URL_AUTH_TYPE_AWS_IAM = "AWS_IAM";
  String FUNCTION_URL_AUTH_TYPE_NONE = "NONE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The action that the principal can use on the function. For example,
   * `lambda:InvokeFunction` or `lambda:GetFunction` .
   */
  Expr action();

  /** For Alexa Smart Home functions, a token that the invoker must supply. */
  Optional<Expr> eventSourceToken();

  /** Required. The name or ARN of the Lambda function, version, or alias. */
  Expr functionName();

  /**
   * The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
   * restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
   * authentication to create a public endpoint. For more information, see [Control access to Lambda
   * function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html) .
   */
  Optional<Expr> functionUrlAuthType();

  /**
   * Indicates whether the permission applies when the function is invoked through a function URL.
   */
  Optional<Expr> invokedViaFunctionUrl();

  /**
   * Required. The AWS service , AWS account , IAM user, or IAM role that invokes the function. If
   * you specify a service, use `SourceArn` or `SourceAccount` to limit who can invoke the function
   * through that service.
   */
  Expr principal();

  /**
   * The identifier for your organization in AWS Organizations . Use this to grant permissions to
   * all the AWS accounts under this organization.
   */
  Optional<Expr> principalOrgID();

  /**
   * For AWS service , the ID of the AWS account that owns the resource. Use this together with
   * `SourceArn` to ensure that the specified account owns the resource. It is possible for an
   * Amazon S3 bucket to be deleted by its owner and recreated by another account.
   */
  Optional<Expr> sourceAccount();

  /**
   * For AWS services , the ARN of the AWS resource that invokes the function. For example, an
   * Amazon S3 bucket or Amazon SNS topic.
   */
  Optional<Expr> sourceArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Action", action())
        .put("EventSourceToken", eventSourceToken())
        .put("FunctionName", functionName())
        .put("FunctionUrlAuthType", functionUrlAuthType())
        .put("InvokedViaFunctionUrl", invokedViaFunctionUrl())
        .put("Principal", principal())
        .put("PrincipalOrgID", principalOrgID())
        .put("SourceAccount", sourceAccount())
        .put("SourceArn", sourceArn())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Permission}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePermission.Builder {

    public Builder action(String value) {
      action(Expr.of(value));
      return this;
    }

    public Builder eventSourceToken(String value) {
      eventSourceToken(Expr.of(value));
      return this;
    }

    public Builder functionName(String value) {
      functionName(Expr.of(value));
      return this;
    }

    public Builder functionUrlAuthType(String value) {
      functionUrlAuthType(Expr.of(value));
      return this;
    }

    public Builder invokedViaFunctionUrl(boolean value) {
      invokedViaFunctionUrl(Expr.of(value));
      return this;
    }

    public Builder principal(String value) {
      principal(Expr.of(value));
      return this;
    }

    public Builder principalOrgID(String value) {
      principalOrgID(Expr.of(value));
      return this;
    }

    public Builder sourceAccount(String value) {
      sourceAccount(Expr.of(value));
      return this;
    }

    public Builder sourceArn(String value) {
      sourceArn(Expr.of(value));
      return this;
    }
  }
}
