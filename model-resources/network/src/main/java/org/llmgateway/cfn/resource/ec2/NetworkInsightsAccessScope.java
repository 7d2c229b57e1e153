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
 * {@code AWS::EC2::NetworkInsightsAccessScope}: Describes a Network Access Scope. A Network Access
 * Scope defines outbound (egress) and inbound (ingress) traffic patterns, including sources,
 * destinations, paths, and traffic types.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinsightsaccessscope.html">AWS::EC2::NetworkInsightsAccessScope</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInsightsAccessScope extends Resource {

  String TYPE = "AWS::EC2::NetworkInsightsAccessScope";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The paths to exclude. */
  Optional<Expr> excludePaths();

  /** The paths to match. */
  Optional<Expr> matchPaths();

  /** The tags. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ExcludePaths", excludePaths())
        .put("MatchPaths", matchPaths())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreatedDate} attribute: The creation date. */
  default GetAtt attrCreatedDate() {
    return getAtt("CreatedDate");
  }

  /** The {@code NetworkInsightsAccessScopeArn} attribute: The ARN of the Network Access Scope. */
  default GetAtt attrNetworkInsightsAccessScopeArn() {
    return getAtt("NetworkInsightsAccessScopeArn");
  }

  /** The {@code NetworkInsightsAccessScopeId} attribute: The ID of the Network Access Scope. */
  default GetAtt attrNetworkInsightsAccessScopeId() {
    return getAtt("NetworkInsightsAccessScopeId");
  }

  /** The {@code UpdatedDate} attribute: The last updated date. */
  default GetAtt attrUpdatedDate() {
    return getAtt("UpdatedDate");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NetworkInsightsAccessScope}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableNetworkInsightsAccessScope.Builder {

    public Builder excludePaths(List<? extends Expr> values) {
      excludePaths(Expr.list(values));
      return this;
    }

    public Builder matchPaths(List<? extends Expr> values) {
      matchPaths(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAccessScope.AccessScopePathRequest}: Describes a path.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsaccessscope-accessscopepathrequest.html">AWS::EC2::NetworkInsightsAccessScope.AccessScopePathRequest</a>
   */
  @Value.Immutable
  interface AccessScopePathRequest extends PropertyValue {

    /** The destination. */
    Optional<Expr> destination();

    /** The source. */
    Optional<Expr> source();

    /** The through resources. */
    Optional<Expr> throughResources();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .put("Source", source())
          .put("ThroughResources", throughResources())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessScopePathRequest}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAccessScope.AccessScopePathRequest.Builder {

      public Builder throughResources(List<? extends Expr> values) {
        throughResources(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAccessScope.PacketHeaderStatementRequest}: Describes a packet
   * header statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsaccessscope-packetheaderstatementrequest.html">AWS::EC2::NetworkInsightsAccessScope.PacketHeaderStatementRequest</a>
   */
  @Value.Immutable
  interface PacketHeaderStatementRequest extends PropertyValue {

    /** Values CloudFormation accepts for {@code Protocols}. */
    String PROTOCOLS_TCP = "tcp";
    String PROTOCOLS_UDP = "udp";

    /** The destination addresses. */
    Optional<Expr> destinationAddresses();

    /** The destination ports. */
    Optional<Expr> destinationPorts();

    /** The destination prefix lists. */
    Optional<Expr> destinationPrefixLists();

    /** The protocols. */
    Optional<Expr> protocols();

    /** The source addresses. */
    Optional<Expr> sourceAddresses();

    /** The source ports. */
    Optional<Expr> sourcePorts();

    /** The source prefix lists. */
    Optional<Expr> sourcePrefixLists();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationAddresses", destinationAddresses())
          .put("DestinationPorts", destinationPorts())
          .put("DestinationPrefixLists", destinationPrefixLists())
          .put("Protocols", protocols())
          .put("SourceAddresses", sourceAddresses())
          .put("SourcePorts", sourcePorts())
          .put("SourcePrefixLists", sourcePrefixLists())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PacketHeaderStatementRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAccessScope.PacketHeaderStatementRequest.Builder {

      public Builder destinationAddresses(List<? extends Expr> values) {
        destinationAddresses(Expr.list(values));
        return this;
      }

      public Builder destinationAddresses(String... values) {
        destinationAddresses(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder destinationPorts(List<? extends Expr> values) {
        destinationPorts(Expr.list(values));
        return this;
      }

      public Builder destinationPorts(String... values) {
        destinationPorts(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder destinationPrefixLists(List<? extends Expr> values) {
        destinationPrefixLists(Expr.list(values));
        return this;
      }

      public Builder destinationPrefixLists(String... values) {
        destinationPrefixLists(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder protocols(List<? extends Expr> values) {
        protocols(Expr.list(values));
        return this;
      }

      public Builder protocols(String... values) {
        protocols(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder sourceAddresses(List<? extends Expr> values) {
        sourceAddresses(Expr.list(values));
        return this;
      }

      public Builder sourceAddresses(String... values) {
        sourceAddresses(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder sourcePorts(List<? extends Expr> values) {
        sourcePorts(Expr.list(values));
        return this;
      }

      public Builder sourcePorts(String... values) {
        sourcePorts(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder sourcePrefixLists(List<? extends Expr> values) {
        sourcePrefixLists(Expr.list(values));
        return this;
      }

      public Builder sourcePrefixLists(String... values) {
        sourcePrefixLists(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAccessScope.PathStatementRequest}: Describes a path statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsaccessscope-pathstatementrequest.html">AWS::EC2::NetworkInsightsAccessScope.PathStatementRequest</a>
   */
  @Value.Immutable
  interface PathStatementRequest extends PropertyValue {

    /** The packet header statement. */
    Optional<Expr> packetHeaderStatement();

    /** The resource statement. */
    Optional<Expr> resourceStatement();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PacketHeaderStatement", packetHeaderStatement())
          .put("ResourceStatement", resourceStatement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PathStatementRequest}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAccessScope.PathStatementRequest.Builder {
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAccessScope.ResourceStatementRequest}: Describes a resource
   * statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsaccessscope-resourcestatementrequest.html">AWS::EC2::NetworkInsightsAccessScope.ResourceStatementRequest</a>
   */
  @Value.Immutable
  interface ResourceStatementRequest extends PropertyValue {

    /** The resource types. */
    Optional<Expr> resourceTypes();

    /** The resources. */
    Optional<Expr> resources();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceTypes", resourceTypes())
          .put("Resources", resources())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResourceStatementRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAccessScope.ResourceStatementRequest.Builder {

      public Builder resourceTypes(List<? extends Expr> values) {
        resourceTypes(Expr.list(values));
        return this;
      }

      public Builder resourceTypes(String... values) {
        resourceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder resources(List<? extends Expr> values) {
        resources(Expr.list(values));
        return this;
      }

      public Builder resources(String... values) {
        resources(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInsightsAccessScope.ThroughResourcesStatementRequest}: Describes a
   * through resource statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinsightsaccessscope-throughresourcesstatementrequest.html">AWS::EC2::NetworkInsightsAccessScope.ThroughResourcesStatementRequest</a>
   */
  @Value.Immutable
  interface ThroughResourcesStatementRequest extends PropertyValue {

    /** The resource statement. */
    Optional<Expr> resourceStatement();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceStatement", resourceStatement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ThroughResourcesStatementRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInsightsAccessScope.ThroughResourcesStatementRequest.Builder {
    }
  }
}
