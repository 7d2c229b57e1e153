// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53resolver;

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
 * {@code AWS::Route53Resolver::FirewallRuleGroupAssociation}: An association between a firewall
 * rule group and a VPC, which enables DNS filtering for the VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-firewallrulegroupassociation.html">AWS::Route53Resolver::FirewallRuleGroupAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface FirewallRuleGroupAssociation extends Resource {

  String TYPE = "AWS::Route53Resolver::FirewallRuleGroupAssociation";

  /** Values CloudFormation accepts for {@code MutationProtection}. */
  String MUTATION_PROTECTION_ENABLED = "ENABLED";
  String MUTATION_PROTECTION_DISABLED = "DISABLED";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The unique identifier of the firewall rule group. */
  Expr firewallRuleGroupId();

  /**
   * If enabled, this setting disallows modification or removal of the association, to help prevent
   * against accidentally altering DNS firewall protections.
   */
  Optional<Expr> mutationProtection();

  /** The name of the association. */
  Optional<Expr> name();

  /**
   * Required. The setting that determines the processing order of the rule group among the rule
   * groups that are associated with a single VPC. DNS Firewall filters VPC traffic starting from
   * rule group with the lowest numeric priority setting.
   */
  Expr priority();

  /** A list of the tag keys and values that you want to associate with the rule group. */
  Optional<Expr> tags();

  /** Required. The unique identifier of the VPC that is associated with the rule group. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("FirewallRuleGroupId", firewallRuleGroupId())
        .put("MutationProtection", mutationProtection())
        .put("Name", name())
        .put("Priority", priority())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the firewall rule group
   * association.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CreationTime} attribute: The date and time that the association was created, in Unix
   * time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code CreatorRequestId} attribute: A unique string defined by you to identify the request.
   * This allows you to retry failed requests without the risk of running the operation twice. This
   * can be any unique string, for example, a timestamp.
   */
  default GetAtt attrCreatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /** The {@code Id} attribute: The identifier for the association. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code ManagedOwnerName} attribute: The owner of the association, used only for
   * associations that are not managed by you. If you use AWS Firewall Manager to manage your
   * firewallls from DNS Firewall, then this reports Firewall Manager as the managed owner.
   */
  default GetAtt attrManagedOwnerName() {
    return getAtt("ManagedOwnerName");
  }

  /**
   * The {@code ModificationTime} attribute: The date and time that the association was last
   * modified, in Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrModificationTime() {
    return getAtt("ModificationTime");
  }

  /** The {@code Status} attribute: The current status of the association. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /**
   * The {@code StatusMessage} attribute: Additional information about the status of the response,
   * if available.
   */
  default GetAtt attrStatusMessage() {
    return getAtt("StatusMessage");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FirewallRuleGroupAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableFirewallRuleGroupAssociation.Builder {

    public Builder firewallRuleGroupId(String value) {
      firewallRuleGroupId(Expr.of(value));
      return this;
    }

    public Builder mutationProtection(String value) {
      mutationProtection(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder priority(long value) {
      priority(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
