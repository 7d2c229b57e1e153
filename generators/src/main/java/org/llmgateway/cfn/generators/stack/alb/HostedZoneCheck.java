package org.llmgateway.cfn.generators.stack.alb;

import java.util.Optional;
import org.llmgateway.cfn.generators.deploy.DeployPlan;
import org.llmgateway.cfn.generators.deploy.PlannedStack;
import org.llmgateway.cfn.generators.deploy.PreflightCheck;
import org.llmgateway.cfn.generators.deploy.PreflightRefusal;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;

/**
 * Before the alb stack is deployed with a domain, asks Route 53 (GetHostedZone) whether the hosted
 * zone exists, is public and serves the domain (the domain is the zone's name or under it).
 * Without it the certificate's DNS validation, or the alias record, fails long after the network
 * and security stacks were changed. The shipped placeholder domain is refused without asking.
 *
 * <p>Applies only when the alb stack is deployed with a domain; plain HTTP asks nothing.
 */
public final class HostedZoneCheck implements PreflightCheck {

  @Override
  public void check(DeployPlan plan) {
    Optional<PlannedStack> alb = plan.stack(AlbExports.STACK);
    if (alb.isEmpty()) {
      return;
    }
    String domain = alb.get().value(AlbStack.DOMAIN_NAME.logicalId()).orElse("");
    String zoneId = alb.get().value(AlbStack.HOSTED_ZONE_ID.logicalId()).orElse("");
    if (domain.isEmpty() && zoneId.isEmpty()) {
      return;
    }
    String file = "environments/" + plan.environment() + ".yaml";
    if (EnvironmentConfig.isPlaceholderDomain(domain)
        || EnvironmentConfig.PLACEHOLDER_HOSTED_ZONE_ID.equals(zoneId)) {
      throw new PreflightRefusal(file + ": domainName " + domain + " and hostedZoneId " + zoneId
          + " are the shipped placeholders: set domainName to your domain and hostedZoneId to"
          + " its Route 53 public hosted zone (or plainHttpAccepted: true without a domain)");
    }
    HostedZone zone;
    try (Route53Client route53 = plan.target().client(Route53Client.builder())) {
      zone = route53.getHostedZone(r -> r.id(zoneId)).hostedZone();
    } catch (NoSuchHostedZoneException missing) {
      throw new PreflightRefusal(file + ": hostedZoneId " + zoneId + ": Route 53 has no such"
          + " hosted zone in this account; set hostedZoneId to the public zone of " + domain);
    }
    String zoneName = withoutTrailingDot(zone.name());
    if (zone.config() != null && Boolean.TRUE.equals(zone.config().privateZone())) {
      throw new PreflightRefusal(file + ": hostedZoneId " + zoneId + " (" + zoneName + ") is a"
          + " private zone; ACM validates the certificate in public DNS, set hostedZoneId to the"
          + " public zone of " + domain);
    }
    if (!servedBy(domain, zoneName)) {
      throw new PreflightRefusal(file + ": domainName " + domain + " is not in hosted zone "
          + zoneId + " (" + zoneName + "); set hostedZoneId to the zone of " + domain
          + " or domainName to a name under " + zoneName);
    }
    plan.say("Pre-flight: Route 53 hosted zone " + zoneId + " (" + zoneName + ") serves "
        + domain + " for " + alb.get().stackName());
  }

  /** The domain is the zone's apex or a name under it; DNS names compare case-insensitively. */
  static boolean servedBy(String domain, String zoneName) {
    String d = withoutTrailingDot(domain).toLowerCase(java.util.Locale.ROOT);
    String z = withoutTrailingDot(zoneName).toLowerCase(java.util.Locale.ROOT);
    return d.equals(z) || d.endsWith("." + z);
  }

  private static String withoutTrailingDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
