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
 * {@code AWS::Lambda::Url}: The `AWS::Lambda::Url` resource creates a function URL with the
 * specified configuration parameters. A [function
 * URL](https://docs.aws.amazon.com/lambda/latest/dg/lambda-urls.html) is a dedicated HTTP(S)
 * endpoint that you can use to invoke your function.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-url.html">AWS::Lambda::Url</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Url extends Resource {

  String TYPE = "AWS::Lambda::Url";

  /** Values CloudFormation accepts for {@code AuthType}. */
  String AUTH_TYPE_AWS_IAM = "AWS_IAM";
  String AUTH_TYPE_NONE = "NONE";

  /** Values CloudFormation accepts for {@code InvokeMode}. */
  String INVOKE_MODE_BUFFERED = "BUFFERED";
  String INVOKE_MODE_RESPONSE_STREAM = "RESPONSE_STREAM";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The type of authentication that your function URL uses. Set to `AWS_IAM` if you want
   * to restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
   * authentication to create a public endpoint. For more information, see [Security and auth model
   * for Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html) .
   */
  Expr authType();

  /**
   * The [Cross-Origin Resource Sharing
   * (CORS)](https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS)
   * settings for your function URL.
   */
  Optional<Expr> cors();

  /** Use one of the following options: */
  Optional<Expr> invokeMode();

  /** The alias name. */
  Optional<Expr> qualifier();

  /** Required. The name of the Lambda function. */
  Expr targetFunctionArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AuthType", authType())
        .put("Cors", cors())
        .put("InvokeMode", invokeMode())
        .put("Qualifier", qualifier())
        .put("TargetFunctionArn", targetFunctionArn())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code FunctionArn} attribute: The Amazon Resource Name (ARN) of the function. */
  default GetAtt attrFunctionArn() {
    return getAtt("FunctionArn");
  }

  /** The {@code FunctionUrl} attribute: The HTTP URL endpoint for your function. */
  default GetAtt attrFunctionUrl() {
    return getAtt("FunctionUrl");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Url}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableUrl.Builder {

    public Builder authType(String value) {
      authType(Expr.of(value));
      return this;
    }

    public Builder invokeMode(String value) {
      invokeMode(Expr.of(value));
      return this;
    }

    public Builder qualifier(String value) {
      qualifier(Expr.of(value));
      return this;
    }

    public Builder targetFunctionArn(String value) {
      targetFunctionArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::Url.Cors}: The [Cross-Origin Resource Sharing
   * (CORS)](https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS)
   * settings for your function URL. Use CORS to grant access to your function URL from any origin.
   * You can also use CORS to control access for specific HTTP headers and methods in requests to
   * your function URL.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-url-cors.html">AWS::Lambda::Url.Cors</a>
   */
  @Value.Immutable
  interface Cors extends PropertyValue {

    /** Values CloudFormation accepts for {@code AllowMethods}. */
    String ALLOW_METHODS_GET = "GET";
    String ALLOW_METHODS_PUT = "PUT";
    String ALLOW_METHODS_HEAD = "HEAD";
    String ALLOW_METHODS_POST = "POST";
    String ALLOW_METHODS_PATCH = "PATCH";
    String ALLOW_METHODS_DELETE = "DELETE";
    String ALLOW_METHODS_EMPTY = "*";

    /**
     * Whether you want to allow cookies or other credentials in requests to your function URL. The
     * default is `false` .
     */
    Optional<Expr> allowCredentials();

    /**
     * The HTTP headers that origins can include in requests to your function URL. For example:
     * `Date` , `Keep-Alive` , `X-Custom-Header` .
     */
    Optional<Expr> allowHeaders();

    /**
     * The HTTP methods that are allowed when calling your function URL. For example: `GET` , `POST`
     * , `DELETE` , or the wildcard character ( `*` ).
     */
    Optional<Expr> allowMethods();

    /**
     * The origins that can access your function URL. You can list any number of specific origins,
     * separated by a comma. For example: `https://www.example.com` , `http://localhost:60905` .
     */
    Optional<Expr> allowOrigins();

    /**
     * The HTTP headers in your function response that you want to expose to origins that call your
     * function URL. For example: `Date` , `Keep-Alive` , `X-Custom-Header` .
     */
    Optional<Expr> exposeHeaders();

    /**
     * The maximum amount of time, in seconds, that browsers can cache results of a preflight
     * request. By default, this is set to `0` , which means the browser will not cache results.
     */
    Optional<Expr> maxAge();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllowCredentials", allowCredentials())
          .put("AllowHeaders", allowHeaders())
          .put("AllowMethods", allowMethods())
          .put("AllowOrigins", allowOrigins())
          .put("ExposeHeaders", exposeHeaders())
          .put("MaxAge", maxAge())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Cors}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableUrl.Cors.Builder {

      public Builder allowCredentials(boolean value) {
        allowCredentials(Expr.of(value));
        return this;
      }

      public Builder allowHeaders(List<? extends Expr> values) {
        allowHeaders(Expr.list(values));
        return this;
      }

      public Builder allowHeaders(String... values) {
        allowHeaders(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder allowMethods(List<? extends Expr> values) {
        allowMethods(Expr.list(values));
        return this;
      }

      public Builder allowMethods(String... values) {
        allowMethods(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder allowOrigins(List<? extends Expr> values) {
        allowOrigins(Expr.list(values));
        return this;
      }

      public Builder allowOrigins(String... values) {
        allowOrigins(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder exposeHeaders(List<? extends Expr> values) {
        exposeHeaders(Expr.list(values));
        return this;
      }

      public Builder exposeHeaders(String... values) {
        exposeHeaders(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder maxAge(long value) {
        maxAge(Expr.of(value));
        return this;
      }
    }
  }
}
