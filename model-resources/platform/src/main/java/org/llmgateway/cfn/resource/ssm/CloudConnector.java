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
 * {@code AWS::SSM::CloudConnector}: Resource Type definition for AWS::SSM::CloudConnector. Enables
 * AWS Systems Manager to manage resources in external cloud providers.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-cloudconnector.html">AWS::SSM::CloudConnector</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CloudConnector extends Resource {

  String TYPE = "AWS::SSM::CloudConnector";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ARN of the AWS Config connector. */
  Expr configConnectorArn();

  /** Required. The configuration for the cloud connector. Currently supports Azure. */
  Expr configuration();

  /** The description of the cloud connector. */
  Optional<Expr> description();

  /** Required. The display name of the cloud connector. */
  Expr displayName();

  /** Required. The IAM role ARN used by the cloud connector. */
  Expr roleArn();

  /** Tags to apply to the cloud connector. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConfigConnectorArn", configConnectorArn())
        .put("Configuration", configuration())
        .put("Description", description())
        .put("DisplayName", displayName())
        .put("RoleArn", roleArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CloudConnectorArn} attribute: The ARN of the cloud connector. */
  default GetAtt attrCloudConnectorArn() {
    return getAtt("CloudConnectorArn");
  }

  /** The {@code CloudConnectorId} attribute: The unique identifier of the cloud connector. */
  default GetAtt attrCloudConnectorId() {
    return getAtt("CloudConnectorId");
  }

  /** The {@code CreatedAt} attribute: The timestamp when the cloud connector was created. */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  /** The {@code UpdatedAt} attribute: The timestamp when the cloud connector was last updated. */
  default GetAtt attrUpdatedAt() {
    return getAtt("UpdatedAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CloudConnector}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCloudConnector.Builder {

    public Builder configConnectorArn(String value) {
      configConnectorArn(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder displayName(String value) {
      displayName(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::CloudConnector.AzureConfiguration}: Configuration for connecting to Azure.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-cloudconnector-azureconfiguration.html">AWS::SSM::CloudConnector.AzureConfiguration</a>
   */
  @Value.Immutable
  interface AzureConfiguration extends PropertyValue {

    /** The display name of the Azure AD application. */
    Optional<Expr> applicationDisplayName();

    /** Required. The Azure AD application ID. */
    Expr applicationId();

    /** The targets for the cloud connector. If omitted, the entire tenant is targeted. */
    Optional<Expr> targets();

    /** The display name of the Azure AD tenant. */
    Optional<Expr> tenantDisplayName();

    /** Required. The Azure AD tenant ID. Cannot be changed after creation. */
    Expr tenantId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplicationDisplayName", applicationDisplayName())
          .put("ApplicationId", applicationId())
          .put("Targets", targets())
          .put("TenantDisplayName", tenantDisplayName())
          .put("TenantId", tenantId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AzureConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCloudConnector.AzureConfiguration.Builder {

      public Builder applicationDisplayName(String value) {
        applicationDisplayName(Expr.of(value));
        return this;
      }

      public Builder applicationId(String value) {
        applicationId(Expr.of(value));
        return this;
      }

      public Builder tenantDisplayName(String value) {
        tenantDisplayName(Expr.of(value));
        return this;
      }

      public Builder tenantId(String value) {
        tenantId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::CloudConnector.AzureSubscription}: An Azure subscription with its ID and
   * optional display name.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-cloudconnector-azuresubscription.html">AWS::SSM::CloudConnector.AzureSubscription</a>
   */
  @Value.Immutable
  interface AzureSubscription extends PropertyValue {

    /** The display name of the Azure subscription. */
    Optional<Expr> displayName();

    /** Required. The Azure subscription ID. */
    Expr id();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DisplayName", displayName())
          .put("Id", id())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AzureSubscription}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCloudConnector.AzureSubscription.Builder {

      public Builder displayName(String value) {
        displayName(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::CloudConnector.CloudConnectorConfiguration}: The configuration for the cloud
   * connector. Currently supports Azure.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-cloudconnector-cloudconnectorconfiguration.html">AWS::SSM::CloudConnector.CloudConnectorConfiguration</a>
   */
  @Value.Immutable
  interface CloudConnectorConfiguration extends PropertyValue {

    /** Required. Configuration for connecting to Azure. */
    Expr azureConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AzureConfiguration", azureConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CloudConnectorConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCloudConnector.CloudConnectorConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::SSM::CloudConnector.ConfigurationTargets}: The targets for the cloud connector. If
   * omitted, the entire tenant is targeted.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-cloudconnector-configurationtargets.html">AWS::SSM::CloudConnector.ConfigurationTargets</a>
   */
  @Value.Immutable
  interface ConfigurationTargets extends PropertyValue {

    /** Required. List of Azure subscriptions. */
    Expr subscriptions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Subscriptions", subscriptions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConfigurationTargets}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCloudConnector.ConfigurationTargets.Builder {

      public Builder subscriptions(List<? extends Expr> values) {
        subscriptions(Expr.list(values));
        return this;
      }
    }
  }
}
