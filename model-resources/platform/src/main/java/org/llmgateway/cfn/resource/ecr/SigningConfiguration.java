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
 * {@code AWS::ECR::SigningConfiguration}: The signing configuration for a registry, which specifies
 * rules for automatically signing images when pushed.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-signingconfiguration.html">AWS::ECR::SigningConfiguration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SigningConfiguration extends Resource {

  String TYPE = "AWS::ECR::SigningConfiguration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. A list of signing rules. Each rule defines a signing profile and optional repository
   * filters that determine which images are automatically signed.
   */
  Expr rules();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Rules", rules())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code RegistryId} attribute: The account ID of the destination registry. */
  default GetAtt attrRegistryId() {
    return getAtt("RegistryId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SigningConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSigningConfiguration.Builder {

    public Builder rules(List<? extends Expr> values) {
      rules(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECR::SigningConfiguration.RepositoryFilter}: A repository filter used to determine
   * which repositories have their images automatically signed on push. Each filter consists of a
   * filter type and filter value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-signingconfiguration-repositoryfilter.html">AWS::ECR::SigningConfiguration.RepositoryFilter</a>
   */
  @Value.Immutable
  interface RepositoryFilter extends PropertyValue {

    /**
     * Required. The filter value used to match repository names. When using `WILDCARD_MATCH` , the
     * `*` character matches any sequence of characters.
     */
    Expr filter();

    /**
     * Required. The type of filter to apply. Currently, only `WILDCARD_MATCH` is supported, which
     * uses wildcard patterns to match repository names.
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
    final class Builder extends ImmutableSigningConfiguration.RepositoryFilter.Builder {

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
   * {@code AWS::ECR::SigningConfiguration.Rule}: A signing rule that specifies a signing profile
   * and optional repository filters. When an image is pushed to a matching repository, a signing
   * job is created using the specified profile.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-signingconfiguration-rule.html">AWS::ECR::SigningConfiguration.Rule</a>
   */
  @Value.Immutable
  interface Rule extends PropertyValue {

    /**
     * A list of repository filters that determine which repositories have their images signed on
     * push. If no filters are specified, all images pushed to the registry are signed using the
     * rule's signing profile. Maximum of 100 filters per rule.
     */
    Optional<Expr> repositoryFilters();

    /**
     * Required. The ARN of the AWS Signer signing profile to use for signing images that match this
     * rule. For more information about signing profiles, see [Signing
     * profiles](https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html) in
     * the *AWS Signer Developer Guide* .
     */
    Expr signingProfileArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RepositoryFilters", repositoryFilters())
          .put("SigningProfileArn", signingProfileArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSigningConfiguration.Rule.Builder {

      public Builder repositoryFilters(List<? extends Expr> values) {
        repositoryFilters(Expr.list(values));
        return this;
      }

      public Builder signingProfileArn(String value) {
        signingProfileArn(Expr.of(value));
        return this;
      }
    }
  }
}
