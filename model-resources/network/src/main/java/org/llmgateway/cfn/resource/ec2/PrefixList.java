// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::PrefixList}: Specifies a managed prefix list. You can add one or more entries to
 * the prefix list. Each entry consists of a CIDR block and an optional description.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-prefixlist.html">AWS::EC2::PrefixList</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PrefixList extends Resource {

  String TYPE = "AWS::EC2::PrefixList";

  /** Values CloudFormation accepts for {@code AddressFamily}. */
  String ADDRESS_FAMILY_I_PV4 = "IPv4";
  String ADDRESS_FAMILY_I_PV6 = "IPv6";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The IP address type. */
  Expr addressFamily();

  /** The entries for the prefix list. */
  Optional<Expr> entries();

  /**
   * The maximum number of entries for the prefix list. You can't modify the entries and the size of
   * a prefix list at the same time.
   */
  Optional<Expr> maxEntries();

  /** Required. A name for the prefix list. */
  Expr prefixListName();

  /** The tags for the prefix list. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AddressFamily", addressFamily())
        .put("Entries", entries())
        .put("MaxEntries", maxEntries())
        .put("PrefixListName", prefixListName())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the prefix list. For example,
   * `arn:aws:ec2:us-east-1:123456789012:prefix-list/pl-0123123123123abcd` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the owner of the prefix list. For example,
   * `123456789012` .
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /**
   * The {@code PrefixListId} attribute: The ID of the prefix list. For example,
   * `pl-0123123123123abcd` .
   */
  default GetAtt attrPrefixListId() {
    return getAtt("PrefixListId");
  }

  /** The {@code Version} attribute: The version of the prefix list. For example, `1` . */
  default GetAtt attrVersion() {
    return getAtt("Version");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrefixList}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePrefixList.Builder {

    public Builder addressFamily(String value) {
      addressFamily(Expr.of(value));
      return this;
    }

    public Builder entries(List<? extends Expr> values) {
      entries(Expr.list(values));
      return this;
    }

    public Builder maxEntries(long value) {
      maxEntries(Expr.of(value));
      return this;
    }

    public Builder prefixListName(String value) {
      prefixListName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::PrefixList.Entry}: An entry for a prefix list.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-prefixlist-entry.html">AWS::EC2::PrefixList.Entry</a>
   */
  @Value.Immutable
  interface Entry extends PropertyValue {

    /** Required. The CIDR block. */
    Expr cidr();

    /** A description for the entry. */
    Optional<Expr> description();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .put("Description", description())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Entry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePrefixList.Entry.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder description(String value) {
        description(Expr.of(value));
        return this;
      }
    }
  }
}
