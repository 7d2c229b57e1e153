package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.stream.Stream;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * The fields an inbound rule has, whether it is written inside its group
 * ({@link SecurityGroup.Ingress}) or as its own resource ({@link SecurityGroupIngress}).
 */
public interface IngressRule {

  /** {@code tcp}, {@code udp}, {@code icmp}, a protocol number, or {@code -1} for all. */
  @JsonProperty("IpProtocol")
  String ipProtocol();

  @JsonProperty("FromPort")
  Optional<Integer> fromPort();

  @JsonProperty("ToPort")
  Optional<Integer> toPort();

  @JsonProperty("CidrIp")
  Optional<Expr> cidrIp();

  @JsonProperty("SourceSecurityGroupId")
  Optional<Expr> sourceSecurityGroupId();

  @JsonProperty("SourcePrefixListId")
  Optional<Expr> sourcePrefixListId();

  @JsonProperty("Description")
  Optional<String> description();

  /** Why the rule is invalid, or empty: EC2 takes exactly one source and a port range for TCP/UDP. */
  default Optional<String> problem() {
    long sources =
        Stream.of(cidrIp(), sourceSecurityGroupId(), sourcePrefixListId())
            .filter(Optional::isPresent)
            .count();
    if (sources != 1) {
      return Optional.of(
          "an inbound rule takes exactly one of CidrIp, SourceSecurityGroupId and"
              + " SourcePrefixListId, not " + sources);
    }
    return SecurityGroupRules.portProblem(ipProtocol(), fromPort(), toPort(), description());
  }
}
