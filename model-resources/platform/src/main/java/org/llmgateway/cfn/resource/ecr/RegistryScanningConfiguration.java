// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecr;

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
 * {@code AWS::ECR::RegistryScanningConfiguration}: The scanning configuration for a private
 * registry.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-registryscanningconfiguration.html">AWS::ECR::RegistryScanningConfiguration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RegistryScanningConfiguration extends Resource {

  String TYPE = "AWS::ECR::RegistryScanningConfiguration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The scanning rules associated with the registry. */
  Expr rules();

  /** Required. The type of scanning configured for the registry. */
  Expr scanType();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Rules", rules())
        .put("ScanType", scanType())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code RegistryId} attribute: The account ID of the destination registry. */
  default GetAtt attrRegistryId() {
    return getAtt("RegistryId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RegistryScanningConfiguration}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableRegistryScanningConfiguration.Builder {

    public Builder rules(List<? extends Expr> values) {
      rules(Expr.list(values));
      return this;
    }

    public Builder scanType(String value) {
      scanType(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ECR::RegistryScanningConfiguration.RepositoryFilter}: The filter settings used with
   * image replication. Specifying a repository filter to a replication rule provides a method for
   * controlling which repositories in a private registry are replicated. If no filters are added,
   * the contents of all repositories are replicated.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-registryscanningconfiguration-repositoryfilter.html">AWS::ECR::RegistryScanningConfiguration.RepositoryFilter</a>
   */
  @Value.Immutable
  interface RepositoryFilter extends PropertyValue {

    /** Required. The filter to use when scanning. */
    Expr filter();

    /** Required. The type associated with the filter. */
    Expr filterType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Filter", filter())
          .put("FilterType", filterType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RepositoryFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRegistryScanningConfiguration.RepositoryFilter.Builder {

      public Builder filter(String value) {
        filter(Expr.of(value));
        return this;
      }

      public Builder filterType(String value) {
        filterType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::RegistryScanningConfiguration.ScanningRule}: The scanning rules associated
   * with the registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-registryscanningconfiguration-scanningrule.html">AWS::ECR::RegistryScanningConfiguration.ScanningRule</a>
   */
  @Value.Immutable
  interface ScanningRule extends PropertyValue {

    /**
     * Required. The details of a scanning repository filter. For more information on how to use
     * filters, see [Using
     * filters](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html#image-scanning-filters)
     * in the *Amazon Elastic Container Registry User Guide* .
     */
    Expr repositoryFilters();

    /**
     * Required. The frequency that scans are performed at for a private registry. When the
     * `ENHANCED` scan type is specified, the supported scan frequencies are `CONTINUOUS_SCAN` and
     * `SCAN_ON_PUSH` . When the `BASIC` scan type is specified, the `SCAN_ON_PUSH` scan frequency
     * is supported. If scan on push is not specified, then the `MANUAL` scan frequency is set by
     * default.
     */
    Expr scanFrequency();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RepositoryFilters", repositoryFilters())
          .put("ScanFrequency", scanFrequency())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ScanningRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRegistryScanningConfiguration.ScanningRule.Builder {

      public Builder repositoryFilters(List<? extends Expr> values) {
        repositoryFilters(Expr.list(values));
        return this;
      }

      public Builder scanFrequency(String value) {
        scanFrequency(Expr.of(value));
        return this;
      }
    }
  }
}
