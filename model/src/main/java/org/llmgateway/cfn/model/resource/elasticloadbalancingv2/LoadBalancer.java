package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ElasticLoadBalancingV2::LoadBalancer. {@code Ref} gives the load balancer's ARN. */
@Value.Immutable
@CfnStyle
public interface LoadBalancer extends Resource {

  /** Whether the load balancer has public addresses. */
  enum Scheme {
    INTERNET_FACING("internet-facing"),
    INTERNAL("internal");

    private final String cfnName;

    Scheme(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    public String cfnName() {
      return cfnName;
    }
  }

  /** The kind of load balancer. */
  enum Type {
    APPLICATION("application"),
    NETWORK("network"),
    GATEWAY("gateway");

    private final String cfnName;

    Type(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    public String cfnName() {
      return cfnName;
    }
  }

  @Override
  default String resourceType() {
    return "AWS::ElasticLoadBalancingV2::LoadBalancer";
  }

  /** At most 32 characters; no leading "internal-". */
  @JsonProperty("Name")
  Optional<Expr> name();

  @JsonProperty("Type")
  Optional<Type> type();

  @JsonProperty("Scheme")
  Optional<Scheme> scheme();

  @JsonProperty("IpAddressType")
  Optional<String> ipAddressType();

  /** One subnet per availability zone; an Application Load Balancer needs at least two. */
  @JsonProperty("Subnets")
  List<Expr> subnets();

  @JsonProperty("SecurityGroups")
  List<Expr> securityGroups();

  @JsonProperty("LoadBalancerAttributes")
  List<Attribute> loadBalancerAttributes();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** The public DNS name clients resolve. */
  default GetAtt dnsName() {
    return getAtt("DNSName");
  }

  /** The Route 53 zone of {@link #dnsName()}: the HostedZoneId of an alias record to this. */
  default GetAtt canonicalHostedZoneId() {
    return getAtt("CanonicalHostedZoneID");
  }

  /** {@code app/<name>/<id>}: the LoadBalancer dimension of CloudWatch metrics. */
  default GetAtt loadBalancerFullName() {
    return getAtt("LoadBalancerFullName");
  }

  static ImmutableLoadBalancer.Builder builder() {
    return ImmutableLoadBalancer.builder();
  }
}
