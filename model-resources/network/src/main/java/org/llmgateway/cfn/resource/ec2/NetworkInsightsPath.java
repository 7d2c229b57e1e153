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
 * {@code AWS::EC2::NetworkInsightsPath}: Specifies a path to analyze for reachability.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinsightspath.html">AWS::EC2::NetworkInsightsPath</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInsightsPath extends Resource {

  String TYPE = "AWS::EC2::NetworkInsightsPath";

  /** Values CloudFormation accepts for {@code Protocol}. */
  String PROTOCOL_TCP = "tcp";
  String PROTOCOL_UDP = "udp";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The ID or ARN of the destination. If the resource is in another account, you must specify an
   * ARN.
   */
  Optional<Expr> destination();

  /** The IP address of the destination. */
  Optional<Expr> destinationIp();

  /** The destination port. */
  Optional<Expr> destinationPort();

  /**
   * Scopes the analysis to network paths that match specific filters at the destination. If you
   * specify this parameter, you can't specify the parameter for the destination IP address.
   */
  Optional<Expr> filterAtDestination();

  /**
   * Scopes the analysis to network paths that match specific filters at the source. If you specify
   * this parameter, you can't specify the parameters for the source IP address or the destination
   * port.
   */
  Optional<Expr> filterAtSource();

  /** Required. The protocol. */
  Expr protocol();

  /**
   * Required. The ID or ARN of the source. If the resource is in another account, you must specify
   * an ARN.
   */
  Expr source();

  /** The IP address of the source. */
  Optional<Expr> sourceIp();

  /** The tags to add to the path. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Destination", destination())
        .put("DestinationIp", destinationIp())
        .put("DestinationPort", destinationPort())
        .put("FilterAtDestination", filterAtDestination())
        .put("FilterAtSource", filterAtSource())
        .put("Protocol", protocol())
        .put("Source", source())
        .put("SourceIp", sourceIp())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreatedDate} attribute: The time stamp when the path was created. */
  default GetAtt attrCreatedDate() {
    return getAtt("CreatedDate");
  }

  /** The {@code DestinationArn} attribute: The Amazon Resource Name (ARN) of the destination. */
  default GetAtt attrDestinationArn() {
    return getAtt("DestinationArn");
  }

  /** The {@code NetworkInsightsPathArn} attribute: The Amazon Resource Name (ARN) of the path. */
  default GetAtt attrNetworkInsightsPathArn() {
    return getAtt("NetworkInsightsPathArn");
  }

  /** The {@code NetworkInsightsPathId} attribute: The ID of the path. */
  default GetAtt attrNetworkInsightsPathId() {
    return getAtt("NetworkInsightsPathId");
  }

  /** The {@code SourceArn} attribute: The Amazon Resource Name (ARN) of the source. */
  default GetAtt attrSourceArn() {
    return getAtt("SourceArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkInsightsPath}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableNetworkInsightsPath.Builder {

    public Builder destination(String value) {
      destination(Expr.of(value));
      return this;
    }

    public Builder destinationIp(String value) {
      destinationIp(Expr.of(value));
      return this;
    }

    public Builder destinationPort(long value) {
      destinationPort(Expr.of(value));
      return this;
    }

    public Builder protocol(String value) {
      protocol(Expr.of(value));
      return this;
    }

    public Builder source(String value) {
      source(Expr.of(value));
      return this;
    }

    public Builder sourceIp(String value) {
      sourceIp(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsPath.FilterPortRange}: Describes a port range.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightspath-filterportrange.html">AWS::EC2::NetworkInsightsPath.FilterPortRange</a>
   */
  @Value.Immutable
  interface FilterPortRange extends PropertyValue {

    /** The first port in the range. */
    Optional<Expr> fromPort();

    /** The last port in the range. */
    Optional<Expr> toPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FromPort", fromPort())
          .put("ToPort", toPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FilterPortRange}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsPath.FilterPortRange.Builder {

      public Builder fromPort(long value) {
        fromPort(Expr.of(value));
        return this;
      }

      public Builder toPort(long value) {
        toPort(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsPath.PathFilter}: Describes a set of filters for a path
   * analysis. Use path filters to scope the analysis when there can be multiple resulting paths.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightspath-pathfilter.html">AWS::EC2::NetworkInsightsPath.PathFilter</a>
   */
  @Value.Immutable
  interface PathFilter extends PropertyValue {

    /** The destination IPv4 address. */
    Optional<Expr> destinationAddress();

    /** The destination port range. */
    Optional<Expr> destinationPortRange();

    /** The source IPv4 address. */
    Optional<Expr> sourceAddress();

    /** The source port range. */
    Optional<Expr> sourcePortRange();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationAddress", destinationAddress())
          .put("DestinationPortRange", destinationPortRange())
          .put("SourceAddress", sourceAddress())
          .put("SourcePortRange", sourcePortRange())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PathFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkInsightsPath.PathFilter.Builder {

      public Builder destinationAddress(String value) {
        destinationAddress(Expr.of(value));
        return this;
      }

      public Builder sourceAddress(String value) {
        sourceAddress(Expr.of(value));
        return this;
      }
    }
  }
}
