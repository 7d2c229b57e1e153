package org.llmgateway.cfn.generators.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a teardown leaves on purpose: every resource whose DeletionPolicy is Retain or Snapshot,
 * read from the checked-in templates, with the name the teardown compliance scan finds it by.
 * Read from the templates rather than listed by hand, so a new Retain is known to the scan the
 * day it is generated.
 */
public final class KeptResources {

  /**
   * What the scan looks for, per resource type: its kind and the property holding the physical
   * name ({@code null}: CloudFormation names it, and the scan finds it by the environment's tags).
   * A Snapshot policy keeps the final snapshot of the resource, not the resource.
   */
  private record Lookup(String kind, String nameProperty) {}

  private static final Map<String, Lookup> RETAINED = Map.of(
      "AWS::KMS::Key", new Lookup("kms-key", null),
      "AWS::SecretsManager::Secret", new Lookup("secret", "Name"),
      "AWS::ECR::Repository", new Lookup("ecr-repository", "RepositoryName"),
      "AWS::S3::Bucket", new Lookup("s3-bucket", null));
  private static final Map<String, Lookup> SNAPSHOTTED = Map.of(
      "AWS::RDS::DBInstance", new Lookup("rds-snapshot", "DBInstanceIdentifier"));

  private static final Set<String> KEEPING_POLICIES = Set.of("Retain", "Snapshot");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

  /**
   * One resource kept on purpose.
   *
   * @param kind what the scan calls it: kms-key, secret, ecr-repository, rds-snapshot, s3-bucket
   * @param identifier its name in the environment (the DB instance whose final snapshots are
   *     kept, for rds-snapshot); {@code *} when CloudFormation names it: every one tagged for the
   *     environment
   * @param stack short stack name
   * @param logicalId the resource in the template
   * @param policy Retain or Snapshot
   */
  public record Kept(String kind, String identifier, String stack, String logicalId,
      String policy) {

    /** kind, identifier, stack/logicalId (policy), tab-separated: what the scan reads. */
    public String line() {
      return kind + "\t" + identifier + "\t" + stack + "/" + logicalId + " (" + policy + ")";
    }
  }

  private KeptResources() {}

  /**
   * The kept resources of every stack, in stack then template order.
   *
   * @throws IllegalArgumentException naming the template and resource when a kept resource has a
   *     type the scan cannot look for, or a name that is not a plain string or a Fn::Sub of
   *     EnvironmentName, NamePrefix or NamePath
   */
  public static List<Kept> of(GeneratedStacks stacks) {
    List<Kept> kept = new ArrayList<>();
    for (StackArtifact stack : stacks.stacks().values()) {
      var resources = stack.template().path("Resources").fields();
      while (resources.hasNext()) {
        var entry = resources.next();
        JsonNode resource = entry.getValue();
        String policy = resource.path("DeletionPolicy").asText("Delete");
        if (!KEEPING_POLICIES.contains(policy)) {
          continue;
        }
        String type = resource.path("Type").asText();
        String where = stack.templateFile() + ": " + entry.getKey() + " (" + type + ")";
        Lookup lookup = (policy.equals("Retain") ? RETAINED : SNAPSHOTTED).get(type);
        if (lookup == null) {
          throw new IllegalArgumentException(where + " has DeletionPolicy " + policy
              + ", which the teardown compliance scan cannot look for; teach "
              + "KeptResources and scripts/teardown-compliance-scan.sh that type first");
        }
        String identifier = lookup.nameProperty() == null ? "*"
            : name(resource.path("Properties").get(lookup.nameProperty()), stacks.nameValues(),
                where + " " + lookup.nameProperty());
        kept.add(new Kept(lookup.kind(), identifier, stack.name(), entry.getKey(), policy));
      }
    }
    return kept;
  }

  private static String name(JsonNode value, Map<String, String> names, String where) {
    String text = null;
    if (value != null && value.isTextual()) {
      text = value.asText();
    } else if (value != null && value.isObject() && value.size() == 1
        && value.path("Fn::Sub").isTextual()) {
      text = value.path("Fn::Sub").asText();
    }
    if (text == null) {
      throw new IllegalArgumentException(where + " must be a string or a Fn::Sub string for the "
          + "scan to find it; it is " + value);
    }
    Matcher variable = VARIABLE.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (variable.find()) {
      String known = names.get(variable.group(1));
      if (known == null) {
        throw new IllegalArgumentException(where + " uses ${" + variable.group(1)
            + "}; only ${" + String.join("}, ${", names.keySet())
            + "} are known before the stack exists");
      }
      variable.appendReplacement(resolved, Matcher.quoteReplacement(known));
    }
    variable.appendTail(resolved);
    return resolved.toString();
  }
}
