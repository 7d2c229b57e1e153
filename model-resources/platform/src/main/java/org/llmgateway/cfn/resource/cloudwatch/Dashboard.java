// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudwatch;

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
 * {@code AWS::CloudWatch::Dashboard}: The `AWS::CloudWatch::Dashboard` resource specifies an Amazon
 * CloudWatch dashboard. A dashboard is a customizable home page in the CloudWatch console that you
 * can use to monitor your AWS resources in a single view.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-dashboard.html">AWS::CloudWatch::Dashboard</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Dashboard extends Resource {

  String TYPE = "AWS::CloudWatch::Dashboard";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The detailed information about the dashboard in JSON format, including the widgets to
   * include and their location on the dashboard. This parameter is required.
   */
  Expr dashboardBody();

  /**
   * The name of the dashboard. The name must be between 1 and 255 characters. If you do not specify
   * a name, one will be generated automatically.
   */
  Optional<Expr> dashboardName();

  /**
   * A list of key-value pairs to associate with the cloudwatch dashboard. You can associate up to
   * 50 tags with a dashboard
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DashboardBody", dashboardBody())
        .put("DashboardName", dashboardName())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dashboard}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDashboard.Builder {

    public Builder dashboardBody(String value) {
      dashboardBody(Expr.of(value));
      return this;
    }

    public Builder dashboardName(String value) {
      dashboardName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
