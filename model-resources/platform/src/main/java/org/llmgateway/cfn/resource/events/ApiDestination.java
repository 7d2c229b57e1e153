// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.events;

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
 * {@code AWS::Events::ApiDestination}: Creates an API destination, which is an HTTP invocation
 * endpoint configured as a target for events.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-apidestination.html">AWS::Events::ApiDestination</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ApiDestination extends Resource {

  String TYPE = "AWS::Events::ApiDestination";

  /** Values CloudFormation accepts for {@code HttpMethod}. */
  String HTTP_METHOD_GET = "GET";
  String HTTP_METHOD_HEAD = "HEAD";
  String HTTP_METHOD_POST = "POST";
  String HTTP_METHOD_OPTIONS = "OPTIONS";
  String HTTP_METHOD_PUT = "PUT";
  String HTTP_METHOD_DELETE = "DELETE";
  String HTTP_METHOD_PATCH = "PATCH";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ARN of the connection to use for the API destination. The destination endpoint
   * must support the authorization type specified for the connection.
   */
  Expr connectionArn();

  /** A description for the API destination to create. */
  Optional<Expr> description();

  /** Required. The method to use for the request to the HTTP invocation endpoint. */
  Expr httpMethod();

  /** Required. The URL to the HTTP invocation endpoint for the API destination. */
  Expr invocationEndpoint();

  /** The maximum number of requests per second to send to the HTTP invocation endpoint. */
  Optional<Expr> invocationRateLimitPerSecond();

  /** The name for the API destination to create. */
  Optional<Expr> name();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConnectionArn", connectionArn())
        .put("Description", description())
        .put("HttpMethod", httpMethod())
        .put("InvocationEndpoint", invocationEndpoint())
        .put("InvocationRateLimitPerSecond", invocationRateLimitPerSecond())
        .put("Name", name())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the API destination that was created by the request. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code ArnForPolicy} attribute: Returns the Amazon Resource Name (ARN) of an API
   * destination in resource format, so it can be used in the `Resource` element of IAM permission
   * policy statements. For more information, see [Resource types defined by Amazon
   * EventBridge](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html#amazoneventbridge-resources-for-iam-policies)
   * in the *Service Authorization Reference* .
   */
  default GetAtt attrArnForPolicy() {
    return getAtt("ArnForPolicy");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApiDestination}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableApiDestination.Builder {

    public Builder connectionArn(String value) {
      connectionArn(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder httpMethod(String value) {
      httpMethod(Expr.of(value));
      return this;
    }

    public Builder invocationEndpoint(String value) {
      invocationEndpoint(Expr.of(value));
      return this;
    }

    public Builder invocationRateLimitPerSecond(long value) {
      invocationRateLimitPerSecond(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }
  }
}
