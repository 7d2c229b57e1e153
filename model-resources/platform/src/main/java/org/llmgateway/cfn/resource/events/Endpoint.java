// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.events;

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
 * {@code AWS::Events::Endpoint}: A global endpoint used to improve your application's availability
 * by making it regional-fault tolerant. For more information about global endpoints, see [Making
 * applications Regional-fault tolerant with global endpoints and event
 * replication](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html)
 * in the **Amazon EventBridge User Guide** .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-endpoint.html">AWS::Events::Endpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Endpoint extends Resource {

  String TYPE = "AWS::Events::Endpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description for the endpoint. */
  Optional<Expr> description();

  /** Required. The event buses being used by the endpoint. */
  Expr eventBuses();

  /** The name of the endpoint. */
  Optional<Expr> name();

  /**
   * Whether event replication was enabled or disabled for this endpoint. The default state is
   * `ENABLED` which means you must supply a `RoleArn` . If you don't have a `RoleArn` or you don't
   * want event replication enabled, set the state to `DISABLED` .
   */
  Optional<Expr> replicationConfig();

  /** The ARN of the role used by event replication for the endpoint. */
  Optional<Expr> roleArn();

  /** Required. The routing configuration of the endpoint. */
  Expr routingConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("EventBuses", eventBuses())
        .put("Name", name())
        .put("ReplicationConfig", replicationConfig())
        .put("RoleArn", roleArn())
        .put("RoutingConfig", routingConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the endpoint. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code EndpointId} attribute: The ID of the endpoint. */
  default GetAtt attrEndpointId() {
    return getAtt("EndpointId");
  }

  /** The {@code EndpointUrl} attribute: The URL of the endpoint. */
  default GetAtt attrEndpointUrl() {
    return getAtt("EndpointUrl");
  }

  /** The {@code State} attribute: The main Region of the endpoint. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code StateReason} attribute: The reason the endpoint is in its current state. */
  default GetAtt attrStateReason() {
    return getAtt("StateReason");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Endpoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEndpoint.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder eventBuses(List<? extends Expr> values) {
      eventBuses(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Events::Endpoint.EndpointEventBus}: The event buses the endpoint is associated
   * with.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-endpoint-endpointeventbus.html">AWS::Events::Endpoint.EndpointEventBus</a>
   */
  @Value.Immutable
  interface EndpointEventBus extends PropertyValue {

    /** Required. The ARN of the event bus the endpoint is associated with. */
    Expr eventBusArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventBusArn", eventBusArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EndpointEventBus}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEndpoint.EndpointEventBus.Builder {

      public Builder eventBusArn(String value) {
        eventBusArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Endpoint.FailoverConfig}: The failover configuration for an endpoint. This
   * includes what triggers failover and what happens when it's triggered.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-endpoint-failoverconfig.html">AWS::Events::Endpoint.FailoverConfig</a>
   */
  @Value.Immutable
  interface FailoverConfig extends PropertyValue {

    /** Required. The main Region of the endpoint. */
    Expr primary();

    /**
     * Required. The Region that events are routed to when failover is triggered or event
     * replication is enabled.
     */
    Expr secondary();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Primary", primary())
          .put("Secondary", secondary())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FailoverConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEndpoint.FailoverConfig.Builder {
    }
  }

  /**
   * {@code AWS::Events::Endpoint.Primary}: The primary Region of the endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-endpoint-primary.html">AWS::Events::Endpoint.Primary</a>
   */
  @Value.Immutable
  interface Primary extends PropertyValue {

    /**
     * Required. The ARN of the health check used by the endpoint to determine whether failover is
     * triggered.
     */
    Expr healthCheck();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HealthCheck", healthCheck())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Primary}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEndpoint.Primary.Builder {

      public Builder healthCheck(String value) {
        healthCheck(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Endpoint.ReplicationConfig}: Endpoints can replicate all events to the
   * secondary Region.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-endpoint-replicationconfig.html">AWS::Events::Endpoint.ReplicationConfig</a>
   */
  @Value.Immutable
  interface ReplicationConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code State}. */
    String STATE_ENABLED = "ENABLED";
    String STATE_DISABLED = "DISABLED";

    /** Required. The state of event replication. */
    Expr state();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("State", state())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReplicationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEndpoint.ReplicationConfig.Builder {

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Endpoint.RoutingConfig}: The routing configuration of the endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-endpoint-routingconfig.html">AWS::Events::Endpoint.RoutingConfig</a>
   */
  @Value.Immutable
  interface RoutingConfig extends PropertyValue {

    /**
     * Required. The failover configuration for an endpoint. This includes what triggers failover
     * and what happens when it's triggered.
     */
    Expr failoverConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailoverConfig", failoverConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RoutingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEndpoint.RoutingConfig.Builder {
    }
  }

  /**
   * {@code AWS::Events::Endpoint.Secondary}: The secondary Region that processes events when
   * failover is triggered or replication is enabled.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-endpoint-secondary.html">AWS::Events::Endpoint.Secondary</a>
   */
  @Value.Immutable
  interface Secondary extends PropertyValue {

    /** Required. Defines the secondary Region. */
    Expr route();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Route", route())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Secondary}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEndpoint.Secondary.Builder {

      public Builder route(String value) {
        route(Expr.of(value));
        return this;
      }
    }
  }
}
