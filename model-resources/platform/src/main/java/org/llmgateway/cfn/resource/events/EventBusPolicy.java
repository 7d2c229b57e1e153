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
 * {@code AWS::Events::EventBusPolicy}: Running `PutPermission` permits the specified AWS account or
 * AWS organization to put events to the specified *event bus* . Amazon EventBridge rules in your
 * account are triggered by these events arriving to an event bus in your account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbuspolicy.html">AWS::Events::EventBusPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EventBusPolicy extends Resource {

  String TYPE = "AWS::Events::EventBusPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The action that you are enabling the other account to perform. */
  Optional<Expr> action();

  /**
   * This parameter enables you to limit the permission to accounts that fulfill a certain
   * condition, such as being a member of a certain AWS organization.
   */
  Optional<Expr> conditionValue();

  /**
   * The name of the event bus associated with the rule. If you omit this, the default event bus is
   * used.
   */
  Optional<Expr> eventBusName();

  /**
   * The 12-digit AWS account ID that you are permitting to put events to your default event bus.
   * Specify "*" to permit any account to put events to your default event bus.
   */
  Optional<Expr> principal();

  /**
   * A JSON string that describes the permission policy statement. You can include a `Policy`
   * parameter in the request instead of using the `StatementId` , `Action` , `Principal` , or
   * `Condition` parameters.
   */
  Optional<Expr> statement();

  /**
   * Required. An identifier string for the external account that you are granting permissions to.
   * If you later want to revoke the permission for this external account, specify this
   * `StatementId` when you run
   * [RemovePermission](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RemovePermission.html)
   * .
   */
  Expr statementId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Action", action())
        .put("Condition", conditionValue())
        .put("EventBusName", eventBusName())
        .put("Principal", principal())
        .put("Statement", statement())
        .put("StatementId", statementId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EventBusPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEventBusPolicy.Builder {

    public Builder action(String value) {
      action(Expr.of(value));
      return this;
    }

    public Builder eventBusName(String value) {
      eventBusName(Expr.of(value));
      return this;
    }

    public Builder principal(String value) {
      principal(Expr.of(value));
      return this;
    }

    public Builder statement(JsonNode value) {
      statement(Expr.json(value));
      return this;
    }

    public Builder statementId(String value) {
      statementId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Events::EventBusPolicy.Condition}: This parameter enables you to limit the
   * permission to accounts that fulfill a certain condition, such as being a member of a certain
   * AWS organization.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-eventbuspolicy-condition.html">AWS::Events::EventBusPolicy.Condition</a>
   */
  @Value.Immutable
  interface Condition extends PropertyValue {

    /** Specifies the value for the key. Currently, this must be the ID of the organization. */
    Optional<Expr> key();

    /** Specifies the type of condition. Currently the only supported value is StringEquals. */
    Optional<Expr> type();

    /**
     * Specifies the key for the condition. Currently the only supported key is aws:PrincipalOrgID.
     */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Type", type())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Condition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventBusPolicy.Condition.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
