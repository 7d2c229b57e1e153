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
 * {@code AWS::SSM::OpsItem}: Resource schema for AWS::SSM::OpsItem.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-opsitem.html">AWS::SSM::OpsItem</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OpsItem extends Resource {

  String TYPE = "AWS::SSM::OpsItem";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The category of the OpsItem. */
  Optional<Expr> category();

  /** Required. The description of the OpsItem. */
  Expr description();

  /** The priority of the OpsItem. */
  Optional<Expr> priority();

  /** The severity of the OpsItem. */
  Optional<Expr> severity();

  /** Required. The origin of the OpsItem. */
  Expr source();

  /** Tags for the OpsItem. */
  Optional<Expr> tags();

  /** Required. The title of the OpsItem. */
  Expr title();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Category", category())
        .put("Description", description())
        .put("Priority", priority())
        .put("Severity", severity())
        .put("Source", source())
        .put("Tags", tags())
        .put("Title", title())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreatedBy} attribute: The user who created the OpsItem. */
  default GetAtt attrCreatedBy() {
    return getAtt("CreatedBy");
  }

  /** The {@code CreatedTime} attribute: The time the OpsItem was created. */
  default GetAtt attrCreatedTime() {
    return getAtt("CreatedTime");
  }

  /** The {@code LastModifiedBy} attribute: The user who last modified the OpsItem. */
  default GetAtt attrLastModifiedBy() {
    return getAtt("LastModifiedBy");
  }

  /** The {@code LastModifiedTime} attribute: The time the OpsItem was last modified. */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** The {@code OpsItemArn} attribute: The ARN of the OpsItem. */
  default GetAtt attrOpsItemArn() {
    return getAtt("OpsItemArn");
  }

  /** The {@code OpsItemId} attribute: The ID of the OpsItem. */
  default GetAtt attrOpsItemId() {
    return getAtt("OpsItemId");
  }

  /** The {@code OpsItemType} attribute: The type of OpsItem. */
  default GetAtt attrOpsItemType() {
    return getAtt("OpsItemType");
  }

  /** The {@code Status} attribute: The status of the OpsItem. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code Version} attribute: The version of the OpsItem. */
  default GetAtt attrVersion() {
    return getAtt("Version");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OpsItem}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOpsItem.Builder {

    public Builder category(String value) {
      category(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder priority(long value) {
      priority(Expr.of(value));
      return this;
    }

    public Builder severity(String value) {
      severity(Expr.of(value));
      return this;
    }

    public Builder source(String value) {
      source(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder title(String value) {
      title(Expr.of(value));
      return this;
    }
  }
}
