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
 * {@code AWS::Logs::Integration}: Creates an integration between CloudWatch Logs and another
 * service in this account. Currently, only integrations with OpenSearch Service are supported, and
 * currently you can have only one integration in your account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-integration.html">AWS::Logs::Integration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Integration extends Resource {

  String TYPE = "AWS::Logs::Integration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of this integration. */
  Expr integrationName();

  /**
   * Required. The type of integration. Integrations with OpenSearch Service have the type
   * `OPENSEARCH` .
   */
  Expr integrationType();

  /**
   * Required. This structure contains configuration details about an integration between CloudWatch
   * Logs and another entity.
   */
  Expr resourceConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IntegrationName", integrationName())
        .put("IntegrationType", integrationType())
        .put("ResourceConfig", resourceConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IntegrationStatus} attribute: The current status of this integration. */
  default GetAtt attrIntegrationStatus() {
    return getAtt("IntegrationStatus");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Integration}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIntegration.Builder {

    public Builder integrationName(String value) {
      integrationName(Expr.of(value));
      return this;
    }

    public Builder integrationType(String value) {
      integrationType(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Logs::Integration.OpenSearchResourceConfig}: This structure contains configuration
   * details about an integration between CloudWatch Logs and OpenSearch Service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-integration-opensearchresourceconfig.html">AWS::Logs::Integration.OpenSearchResourceConfig</a>
   */
  @Value.Immutable
  interface OpenSearchResourceConfig extends PropertyValue {

    /**
     * If you want to use an existing OpenSearch Service application for your integration with
     * OpenSearch Service, specify it here. If you omit this, a new application will be created.
     */
    Optional<Expr> applicationARN();

    /**
     * Required. Specify the ARNs of IAM roles and IAM users who you want to grant permission to for
     * viewing the dashboards.
     */
    Expr dashboardViewerPrincipals();

    /**
     * Required. Specify the ARN of an IAM role that CloudWatch Logs will use to create the
     * integration. This role must have the permissions necessary to access the OpenSearch Service
     * collection to be able to create the dashboards. For more information about the permissions
     * needed, see [Permissions that the integration
     * needs](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-CreateRole.html)
     * in the CloudWatch Logs User Guide.
     */
    Expr dataSourceRoleArn();

    /**
     * To have the vended dashboard data encrypted with AWS instead of the CloudWatch Logs default
     * encryption method, specify the ARN of the AWS key that you want to use.
     */
    Optional<Expr> kmsKeyArn();

    /**
     * Specify how many days that you want the data derived by OpenSearch Service to be retained in
     * the index that the dashboard refers to. This also sets the maximum time period that you can
     * choose when viewing data in the dashboard. Choosing a longer time frame will incur additional
     * costs.
     */
    Optional<Expr> retentionDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplicationARN", applicationARN())
          .put("DashboardViewerPrincipals", dashboardViewerPrincipals())
          .put("DataSourceRoleArn", dataSourceRoleArn())
          .put("KmsKeyArn", kmsKeyArn())
          .put("RetentionDays", retentionDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OpenSearchResourceConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableIntegration.OpenSearchResourceConfig.Builder {

      public Builder applicationARN(String value) {
        applicationARN(Expr.of(value));
        return this;
      }

      public Builder dashboardViewerPrincipals(List<? extends Expr> values) {
        dashboardViewerPrincipals(Expr.list(values));
        return this;
      }

      public Builder dashboardViewerPrincipals(String... values) {
        dashboardViewerPrincipals(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder dataSourceRoleArn(String value) {
        dataSourceRoleArn(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder retentionDays(long value) {
        retentionDays(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::Integration.ResourceConfig}: This structure contains configuration details
   * about an integration between CloudWatch Logs and another entity.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-integration-resourceconfig.html">AWS::Logs::Integration.ResourceConfig</a>
   */
  @Value.Immutable
  interface ResourceConfig extends PropertyValue {

    /**
     * This structure contains configuration details about an integration between CloudWatch Logs
     * and OpenSearch Service.
     */
    Optional<Expr> openSearchResourceConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OpenSearchResourceConfig", openSearchResourceConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ResourceConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableIntegration.ResourceConfig.Builder {
    }
  }
}
