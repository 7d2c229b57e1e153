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
 * {@code AWS::ECR::ReplicationConfiguration}: The `AWS::ECR::ReplicationConfiguration` resource
 * creates or updates the replication configuration for a private registry. The first time a
 * replication configuration is applied to a private registry, a service-linked IAM role is created
 * in your account for the replication process. For more information, see [Using Service-Linked
 * Roles for Amazon
 * ECR](https://docs.aws.amazon.com/AmazonECR/latest/userguide/using-service-linked-roles.html) in
 * the *Amazon Elastic Container Registry User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-replicationconfiguration.html">AWS::ECR::ReplicationConfiguration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ReplicationConfiguration extends Resource {

  String TYPE = "AWS::ECR::ReplicationConfiguration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The replication configuration for a registry. */
  Expr replicationConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ReplicationConfiguration", replicationConfiguration())
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
   * Builds a {@link ReplicationConfiguration}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableReplicationConfiguration.Builder {
  }

  /**
   * {@code AWS::ECR::ReplicationConfiguration.ReplicationConfiguration}: The replication
   * configuration for a registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-replicationconfiguration-replicationconfiguration.html">AWS::ECR::ReplicationConfiguration.ReplicationConfiguration</a>
   */
  @Value.Immutable
  interface ReplicationConfigurationProperty extends PropertyValue {

    /**
     * Required. An array of objects representing the replication destinations and repository
     * filters for a replication configuration.
     */
    Expr rules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Rules", rules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationConfigurationProperty}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableReplicationConfiguration.ReplicationConfigurationProperty.Builder {

      public Builder rules(List<? extends Expr> values) {
        rules(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::ReplicationConfiguration.ReplicationDestination}: An array of objects
   * representing the destination for a replication rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-replicationconfiguration-replicationdestination.html">AWS::ECR::ReplicationConfiguration.ReplicationDestination</a>
   */
  @Value.Immutable
  interface ReplicationDestination extends PropertyValue {

    /** Required. The Region to replicate to. */
    Expr region();

    /**
     * Required. The AWS account ID of the Amazon ECR private registry to replicate to. When
     * configuring cross-Region replication within your own registry, specify your own account ID.
     */
    Expr registryId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Region", region())
          .put("RegistryId", registryId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationDestination}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableReplicationConfiguration.ReplicationDestination.Builder {

      public Builder region(String value) {
        region(Expr.of(value));
        return this;
      }

      public Builder registryId(String value) {
        registryId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::ReplicationConfiguration.ReplicationRule}: An array of objects representing
   * the replication destinations and repository filters for a replication configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-replicationconfiguration-replicationrule.html">AWS::ECR::ReplicationConfiguration.ReplicationRule</a>
   */
  @Value.Immutable
  interface ReplicationRule extends PropertyValue {

    /** Required. An array of objects representing the destination for a replication rule. */
    Expr destinations();

    /**
     * An array of objects representing the filters for a replication rule. Specifying a repository
     * filter for a replication rule provides a method for controlling which repositories in a
     * private registry are replicated.
     */
    Optional<Expr> repositoryFilters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destinations", destinations())
          .put("RepositoryFilters", repositoryFilters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReplicationRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableReplicationConfiguration.ReplicationRule.Builder {

      public Builder destinations(List<? extends Expr> values) {
        destinations(Expr.list(values));
        return this;
      }

      public Builder repositoryFilters(List<? extends Expr> values) {
        repositoryFilters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::ReplicationConfiguration.RepositoryFilter}: The filter settings used with
   * image replication. Specifying a repository filter to a replication rule provides a method for
   * controlling which repositories in a private registry are replicated. If no filters are added,
   * the contents of all repositories are replicated.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-replicationconfiguration-repositoryfilter.html">AWS::ECR::ReplicationConfiguration.RepositoryFilter</a>
   */
  @Value.Immutable
  interface RepositoryFilter extends PropertyValue {

    /** Values CloudFormation accepts for {@code FilterType}. */
    String FILTER_TYPE_PREFIX_MATCH = "PREFIX_MATCH";

    /**
     * Required. The repository filter details. When the `PREFIX_MATCH` filter type is specified,
     * this value is required and should be the repository name prefix to configure replication for.
     */
    Expr filter();

    /**
     * Required. The repository filter type. The only supported value is `PREFIX_MATCH` , which is a
     * repository name prefix specified with the `filter` parameter.
     */
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
    final class Builder extends ImmutableReplicationConfiguration.RepositoryFilter.Builder {

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
}
