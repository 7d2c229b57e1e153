// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::Parameter}: The `AWS::SSM::Parameter` resource creates an SSM parameter in AWS
 * Systems Manager Parameter Store.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-parameter.html">AWS::SSM::Parameter</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Parameter extends Resource {

  String TYPE = "AWS::SSM::Parameter";

  /** Values CloudFormation accepts for {@code DataType}. */
  String DATA_TYPE_TEXT = "text";
  String DATA_TYPE_AWS_EC2_IMAGE = "aws:ec2:image";

  /** Values CloudFormation accepts for {@code Tier}. */
  String TIER_STANDARD = "Standard";
  String TIER_ADVANCED = "Advanced";
  String TIER_INTELLIGENT_TIERING = "Intelligent-Tiering";

  /** Values CloudFormation accepts for {@code Type}. */
  String TYPE_STRING = "String";
  String TYPE_STRING_LIST = "StringList";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A regular expression used to validate the parameter value. For example, for `String` types with
   * values restricted to numbers, you can specify the following: `AllowedPattern=^&#92;d+$`
   */
  Optional<Expr> allowedPattern();

  /** The data type of the parameter, such as `text` or `aws:ec2:image` . The default is `text` . */
  Optional<Expr> dataType();

  /** Information about the parameter. */
  Optional<Expr> description();

  /** The name of the parameter. */
  Optional<Expr> name();

  /** Information about the policies assigned to a parameter. */
  Optional<Expr> policies();

  /**
   * Optional metadata that you assign to a resource in the form of an arbitrary set of tags
   * (key-value pairs). Tags enable you to categorize a resource in different ways, such as by
   * purpose, owner, or environment. For example, you might want to tag a Systems Manager parameter
   * to identify the type of resource to which it applies, the environment, or the type of
   * configuration data referenced by the parameter.
   */
  Optional<Expr> tags();

  /** The parameter tier. */
  Optional<Expr> tier();

  /** Required. The type of parameter. */
  Expr type();

  /** Required. The parameter value. */
  Expr value();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllowedPattern", allowedPattern())
        .put("DataType", dataType())
        .put("Description", description())
        .put("Name", name())
        .put("Policies", policies())
        .put("Tags", tags())
        .put("Tier", tier())
        .put("Type", type())
        .put("Value", value())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Type} attribute: Returns the type of the parameter. Valid values are `String` or
   * `StringList` .
   */
  default GetAtt attrType() {
    return getAtt("Type");
  }

  /** The {@code Value} attribute: Returns the value of the parameter. */
  default GetAtt attrValue() {
    return getAtt("Value");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Parameter}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableParameter.Builder {

    public Builder allowedPattern(String value) {
      allowedPattern(Expr.of(value));
      return this;
    }

    public Builder dataType(String value) {
      dataType(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder policies(String value) {
      policies(Expr.of(value));
      return this;
    }

    public Builder tags(Map<String, ? extends Expr> entries) {
      tags(Expr.map(entries));
      return this;
    }

    public Builder tier(String value) {
      tier(Expr.of(value));
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
