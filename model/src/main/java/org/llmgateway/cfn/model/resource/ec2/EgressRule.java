package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.stream.Stream;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * The fields an outbound rule has, whether it is written inside its group
 * ({@link SecurityGroup.Egress}) or as its own resource ({@link SecurityGroupEgress}).
 */
public interface EgressRule {

  /** {@code tcp}, {@code udp}, {@code icmp}, a protocol number, or {@code -1} for all. */
  @JsonProperty("IpProtocol")
  String ipProtocol();

  @JsonProperty("FromPort")
  Optional<Integer> fromPort();

  @JsonProperty("ToPort")
  Optional<Integer> toPort();

  @JsonProperty("CidrIp")
  Optional<Expr> cidrIp();

  @JsonProperty("DestinationSecurityGroupId")
  Optional<Expr> destinationSecurityGroupId();

  @JsonProperty("DestinationPrefixListId")
  Optional<Expr> destinationPrefixListId();

  @JsonProperty("Description")
  Optional<String> description();

  /** Why the rule is invalid, or empty: EC2 takes exactly one destination and a port range. */
  default Optional<String> problem() {
    long destinations =
        Stream.of(cidrIp(), destinationSecurityGroupId(), destinationPrefixListId())
            .filter(Optional::isPresent)
            .count();
    if (destinations != 1) {
      return Optional.of(
          "an outbound rule takes exactly one of CidrIp, DestinationSecurityGroupId and"
              + " DestinationPrefixListId, not " + destinations);
    }
    return SecurityGroupRules.portProblem(ipProtocol(), fromPort(), toPort(), description());
  }
}
