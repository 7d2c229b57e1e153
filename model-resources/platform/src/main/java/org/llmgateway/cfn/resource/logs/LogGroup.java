// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::LogGroup}: The `AWS::Logs::LogGroup` resource specifies a log group. A log
 * group defines common properties for log streams, such as their retention and access control
 * rules. Each log stream must belong to one log group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html">AWS::Logs::LogGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LogGroup extends Resource {

  String TYPE = "AWS::Logs::LogGroup";

  /** Values CloudFormation accepts for {@code LogGroupClass}. */
  String LOG_GROUP_CLASS_STANDARD = "STANDARD";
  String LOG_GROUP_CLASS_INFREQUENT_ACCESS = "INFREQUENT_ACCESS";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether bearer token authentication is enabled for this log group. When enabled,
   * bearer token authentication is allowed on operations until it is explicitly disabled.
   */
  Optional<Expr> bearerTokenAuthenticationEnabled();

  /**
   * Creates a data protection policy and assigns it to the log group. A data protection policy can
   * help safeguard sensitive data that's ingested by the log group by auditing and masking the
   * sensitive log data. When a user who does not have permission to view masked data views a log
   * event that includes masked data, the sensitive data is replaced by asterisks.
   */
  Optional<Expr> dataProtectionPolicy();

  /**
   * Indicates whether deletion protection is enabled for this log group. When enabled, deletion
   * protection blocks all deletion operations until it is explicitly disabled.
   */
  Optional<Expr> deletionProtectionEnabled();

  /**
   * Creates or updates a *field index policy* for the specified log group. Only log groups in the
   * Standard log class support field index policies. For more information about log classes, see
   * [Log
   * classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html)
   * .
   */
  Optional<Expr> fieldIndexPolicies();

  /** The Amazon Resource Name (ARN) of the AWS key to use when encrypting log data. */
  Optional<Expr> kmsKeyId();

  /** Specifies the log group class for this log group. There are two classes: */
  Optional<Expr> logGroupClass();

  /**
   * The name of the log group. If you don't specify a name, AWS CloudFormation generates a unique
   * ID for the log group.
   */
  Optional<Expr> logGroupName();

  /**
   * Creates or updates a resource policy for the specified log group that allows other services to
   * put log events to this account. A LogGroup can have 1 resource policy.
   */
  Optional<Expr> resourcePolicyDocument();

  /**
   * The number of days to retain the log events in the specified log group. Possible values are: 1,
   * 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
   * and 3653.
   */
  Optional<Expr> retentionInDays();

  /** An array of key-value pairs to apply to the log group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BearerTokenAuthenticationEnabled", bearerTokenAuthenticationEnabled())
        .put("DataProtectionPolicy", dataProtectionPolicy())
        .put("DeletionProtectionEnabled", deletionProtectionEnabled())
        .put("FieldIndexPolicies", fieldIndexPolicies())
        .put("KmsKeyId", kmsKeyId())
        .put("LogGroupClass", logGroupClass())
        .put("LogGroupName", logGroupName())
        .put("ResourcePolicyDocument", resourcePolicyDocument())
        .put("RetentionInDays", retentionInDays())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the log group, such as
   * `arn:aws:logs:us-west-1:123456789012:log-group:/mystack-testgroup-12ABC1AB12A1:*`
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLogGroup.Builder {

    public Builder bearerTokenAuthenticationEnabled(boolean value) {
      bearerTokenAuthenticationEnabled(Expr.of(value));
      return this;
    }

    public Builder dataProtectionPolicy(JsonNode value) {
      dataProtectionPolicy(Expr.json(value));
      return this;
    }

    public Builder deletionProtectionEnabled(boolean value) {
      deletionProtectionEnabled(Expr.of(value));
      return this;
    }

    public Builder fieldIndexPolicies(List<? extends Expr> values) {
      fieldIndexPolicies(Expr.list(values));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder logGroupClass(String value) {
      logGroupClass(Expr.of(value));
      return this;
    }

    public Builder logGroupName(String value) {
      logGroupName(Expr.of(value));
      return this;
    }

    public Builder resourcePolicyDocument(JsonNode value) {
      resourcePolicyDocument(Expr.json(value));
      return this;
    }

    public Builder retentionInDays(long value) {
      retentionInDays(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
