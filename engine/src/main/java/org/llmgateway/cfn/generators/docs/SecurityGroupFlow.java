package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The traffic the security groups allow, wherever the groups and their rules are declared: inline
 * rules of AWS::EC2::SecurityGroup and separate SecurityGroupIngress/Egress resources, with
 * groups referenced by Ref, GetAtt or, across stacks, by ImportValue of an export.
 */
final class SecurityGroupFlow {

  private SecurityGroupFlow() {}

  /** One allowed flow: from, to, what, and the condition it exists under (or ""). */
  record Rule(String from, String to, String traffic, String condition)
      implements Comparable<Rule> {
    @Override
    public int compareTo(Rule o) {
      return (from + to + traffic + condition).compareTo(o.from + o.to + o.traffic + o.condition);
    }
  }

  static String markdown(SortedMap<String, JsonNode> templates) {
    SortedMap<String, String> groups = groups(templates);
    SortedSet<Rule> rules = rules(templates, groups, exportedGroups(templates, groups));
    SortedMap<String, String> nodes = new TreeMap<>(groups);
    for (Rule rule : rules) {
      nodes.putIfAbsent(rule.from(), rule.from());
      nodes.putIfAbsent(rule.to(), rule.to());
    }
    var out = new StringBuilder(GeneratedDocs.header("Security-group traffic flow"));
    out.append("What each security group lets in and out, read from the generated templates. ")
        .append("Boxes are security groups (`stack/LogicalId`); other nodes are address ranges. ")
        .append("A group with no outgoing arrow allows no outbound traffic.")
        .append("\n\n```mermaid\nflowchart LR\n");
    for (var node : nodes.entrySet()) {
      out.append("  ").append(GeneratedDocs.id(node.getKey()))
          .append(groups.containsKey(node.getKey()) ? "[\"" : "((\"")
          .append(node.getValue().replace("\"", "'"))
          .append(groups.containsKey(node.getKey()) ? "\"]\n" : "\"))\n");
    }
    for (Rule rule : rules) {
      out.append("  ").append(GeneratedDocs.id(rule.from())).append(" -->|").append(rule.traffic())
          .append(rule.condition().isEmpty() ? "" : " if " + rule.condition()).append("| ")
          .append(GeneratedDocs.id(rule.to())).append('\n');
    }
    out.append("```\n\n| From | To | Traffic | Only if |\n| --- | --- | --- | --- |\n");
    for (Rule rule : rules) {
      out.append("| ").append(nodes.get(rule.from())).append(" | ").append(nodes.get(rule.to()))
          .append(" | ").append(rule.traffic()).append(" | ").append(rule.condition())
          .append(" |\n");
    }
    if (rules.isEmpty()) {
      out.append("| (no security group rules in the templates) | | | |\n");
    }
    return out.toString();
  }

  /** "stack/LogicalId" -> label for every security group. */
  private static SortedMap<String, String> groups(SortedMap<String, JsonNode> templates) {
    SortedMap<String, String> groups = new TreeMap<>();
    forEachResource(templates, (stack, id, resource) -> {
      if (resource.path("Type").asText().equals("AWS::EC2::SecurityGroup")) {
        groups.put(stack + "/" + id, stack + "/" + id);
      }
    });
    return groups;
  }

  /** export name (env-...) -> security group key, for outputs that export a group id. */
  private static Map<String, String> exportedGroups(SortedMap<String, JsonNode> templates,
      SortedMap<String, String> groups) {
    Map<String, String> exported = new TreeMap<>();
    for (var template : templates.entrySet()) {
      for (JsonNode output : template.getValue().path("Outputs")) {
        String name = Names.resolve(output.path("Export").path("Name"));
        String group = local(template.getKey(), output.path("Value"), groups);
        if (name != null && group != null) {
          exported.put(name, group);
        }
      }
    }
    return exported;
  }

  private static SortedSet<Rule> rules(SortedMap<String, JsonNode> templates,
      SortedMap<String, String> groups, Map<String, String> exported) {
    SortedSet<Rule> rules = new TreeSet<>();
    forEachResource(templates, (stack, id, resource) -> {
      JsonNode properties = resource.path("Properties");
      String condition = resource.path("Condition").asText("");
      String self = stack + "/" + id;
      switch (resource.path("Type").asText()) {
        case "AWS::EC2::SecurityGroup" -> {
          for (JsonNode rule : properties.path("SecurityGroupIngress")) {
            add(rules, peer(stack, rule, true, groups, exported), self, rule, condition);
          }
          for (JsonNode rule : properties.path("SecurityGroupEgress")) {
            if (isNoEgressPlaceholder(rule)) {
              continue;
            }
            add(rules, self, peer(stack, rule, false, groups, exported), rule, condition);
          }
        }
        case "AWS::EC2::SecurityGroupIngress" -> add(rules,
            peer(stack, properties, true, groups, exported),
            group(stack, properties.path("GroupId"), groups, exported), properties, condition);
        case "AWS::EC2::SecurityGroupEgress" -> add(rules,
            group(stack, properties.path("GroupId"), groups, exported),
            peer(stack, properties, false, groups, exported), properties, condition);
        default -> { }
      }
    });
    return rules;
  }

  /**
   * The rule CloudFormation users write to remove the default allow-all egress (ICMP type 252
   * code 86 to 255.255.255.255/32): it means "no outbound traffic", not a flow.
   */
  private static boolean isNoEgressPlaceholder(JsonNode rule) {
    return "255.255.255.255/32".equals(rule.path("CidrIp").asText())
        && "icmp".equals(rule.path("IpProtocol").asText())
        && rule.path("FromPort").asInt() == 252 && rule.path("ToPort").asInt() == 86;
  }

  private static void add(SortedSet<Rule> rules, String from, String to, JsonNode rule,
      String condition) {
    rules.add(new Rule(from, to, traffic(rule), condition));
  }

  /** The other end of a rule: a group, a CIDR or a prefix list. */
  private static String peer(String stack, JsonNode rule, boolean ingress,
      SortedMap<String, String> groups, Map<String, String> exported) {
    String prefix = ingress ? "Source" : "Destination";
    if (rule.has(prefix + "SecurityGroupId")) {
      return group(stack, rule.get(prefix + "SecurityGroupId"), groups, exported);
    }
    if (rule.has(prefix + "PrefixListId")) {
      return "prefix list " + describe(rule.get(prefix + "PrefixListId"));
    }
    if (rule.has("CidrIp")) {
      return describe(rule.get("CidrIp"));
    }
    if (rule.has("CidrIpv6")) {
      return describe(rule.get("CidrIpv6"));
    }
    return "?";
  }

  private static String group(String stack, JsonNode value, SortedMap<String, String> groups,
      Map<String, String> exported) {
    String local = local(stack, value, groups);
    if (local != null) {
      return local;
    }
    if (value.has("Fn::ImportValue")) {
      String name = Names.resolve(value.get("Fn::ImportValue"));
      if (name != null && exported.containsKey(name)) {
        return exported.get(name);
      }
    }
    return describe(value);
  }

  private static String local(String stack, JsonNode value, SortedMap<String, String> groups) {
    String id = null;
    if (value.has("Ref")) {
      id = value.get("Ref").asText();
    } else if (value.has("Fn::GetAtt") && value.get("Fn::GetAtt").isArray()) {
      id = value.get("Fn::GetAtt").get(0).asText();
    }
    return id != null && groups.containsKey(stack + "/" + id) ? stack + "/" + id : null;
  }

  /** A readable name for a literal, a parameter or an imported value. */
  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.has("Ref")) {
      return value.get("Ref").asText();
    }
    if (value.has("Fn::ImportValue")) {
      String name = Names.resolve(value.get("Fn::ImportValue"));
      return name == null ? "imported value" : name.substring(name.indexOf('-') + 1);
    }
    if (value.has("Fn::GetAtt") && value.get("Fn::GetAtt").isArray()) {
      return value.get("Fn::GetAtt").get(0).asText() + "." + value.get("Fn::GetAtt").get(1).asText();
    }
    return "computed value";
  }

  private static String traffic(JsonNode rule) {
    String protocol = rule.path("IpProtocol").asText("?");
    if (protocol.equals("-1")) {
      return "all traffic";
    }
    String from = rule.path("FromPort").asText("");
    String to = rule.path("ToPort").asText("");
    String ports = from.equals(to) || to.isEmpty() ? from : from + "-" + to;
    return protocol + " " + ports;
  }

  private interface ResourceVisitor {
    void visit(String stack, String logicalId, JsonNode resource);
  }

  private static void forEachResource(SortedMap<String, JsonNode> templates,
      ResourceVisitor visitor) {
    for (var template : templates.entrySet()) {
      for (Map.Entry<String, JsonNode> resource :
          template.getValue().path("Resources").properties()) {
        visitor.visit(template.getKey(), resource.getKey(), resource.getValue());
      }
    }
  }
}
