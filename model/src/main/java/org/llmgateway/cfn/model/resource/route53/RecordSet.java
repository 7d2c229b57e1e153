package org.llmgateway.cfn.model.resource.route53;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::Route53::RecordSet: either an alias to an AWS resource or plain resource records. */
@Value.Immutable
@CfnStyle
public interface RecordSet extends Resource {

  @Override
  default String resourceType() {
    return "AWS::Route53::RecordSet";
  }

  @JsonProperty("HostedZoneId")
  Expr hostedZoneId();

  @JsonProperty("Name")
  Expr name();

  /** A, AAAA, CNAME, TXT, ... */
  @JsonProperty("Type")
  String type();

  @JsonProperty("AliasTarget")
  Optional<AliasTarget> aliasTarget();

  @JsonProperty("ResourceRecords")
  List<Expr> resourceRecords();

  @JsonProperty("TTL")
  Optional<Expr> ttl();

  static ImmutableRecordSet.Builder builder() {
    return ImmutableRecordSet.builder();
  }

  /** Points the record at an AWS resource's DNS name, resolved by Route 53 at query time. */
  @Value.Immutable
  @CfnStyle
  interface AliasTarget {
    @JsonProperty("DNSName")
    Expr dnsName();

    /** The zone of the target (for a load balancer: its CanonicalHostedZoneID). */
    @JsonProperty("HostedZoneId")
    Expr hostedZoneId();

    @JsonProperty("EvaluateTargetHealth")
    @Value.Default
    default boolean evaluateTargetHealth() {
      return false;
    }

    static ImmutableAliasTarget.Builder builder() {
      return ImmutableAliasTarget.builder();
    }
  }

  @Value.Check
  default void check() {
    boolean alias = aliasTarget().isPresent();
    if (alias == !resourceRecords().isEmpty() || alias == ttl().isPresent()) {
      throw new IllegalStateException(
          "RecordSet " + logicalId() + ": give either AliasTarget, or ResourceRecords with a TTL");
    }
  }
}
