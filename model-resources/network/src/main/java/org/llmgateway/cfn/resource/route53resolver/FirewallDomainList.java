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
 * {@code AWS::Route53Resolver::FirewallDomainList}: High-level information about a list of firewall
 * domains for use in a
 * [AWS::Route53Resolver::FirewallRule](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53resolver-firewallrulegroup-rule.html)
 * . This is returned by
 * [GetFirewallDomainList](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallDomainList.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-firewalldomainlist.html">AWS::Route53Resolver::FirewallDomainList</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface FirewallDomainList extends Resource {

  String TYPE = "AWS::Route53Resolver::FirewallDomainList";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The fully qualified URL or URI of the file stored in Amazon Simple Storage Service (Amazon S3)
   * that contains the list of domains to import.
   */
  Optional<Expr> domainFileUrl();

  /** A list of the domain lists that you have defined. */
  Optional<Expr> domains();

  /** The name of the domain list. */
  Optional<Expr> name();

  /** A list of the tag keys and values that you want to associate with the domain list. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DomainFileUrl", domainFileUrl())
        .put("Domains", domains())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the firewall domain list. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CreationTime} attribute: The date and time that the domain list was created, in Unix
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

  /**
   * The {@code DomainCount} attribute: The number of domain names that are specified in the domain
   * list.
   */
  default GetAtt attrDomainCount() {
    return getAtt("DomainCount");
  }

  /** The {@code Id} attribute: The ID of the domain list. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code ManagedOwnerName} attribute: The owner of the list, used only for lists that are not
   * managed by you. For example, the managed domain list `AWSManagedDomainsMalwareDomainList` has
   * the managed owner name `Route 53 Resolver DNS Firewall` .
   */
  default GetAtt attrManagedOwnerName() {
    return getAtt("ManagedOwnerName");
  }

  /**
   * The {@code ModificationTime} attribute: The date and time that the domain list was last
   * modified, in Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrModificationTime() {
    return getAtt("ModificationTime");
  }

  /** The {@code Status} attribute: The status of the domain list. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /**
   * The {@code StatusMessage} attribute: Additional information about the status of the list, if
   * available.
   */
  default GetAtt attrStatusMessage() {
    return getAtt("StatusMessage");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FirewallDomainList}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFirewallDomainList.Builder {

    public Builder domainFileUrl(String value) {
      domainFileUrl(Expr.of(value));
      return this;
    }

    public Builder domains(List<? extends Expr> values) {
      domains(Expr.list(values));
      return this;
    }

    public Builder domains(String... values) {
      domains(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
