package org.llmgateway.cfn.generators.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dependency graphs by name (resources in a template, stacks in a deployment): cycles and the
 * order in which the nodes can be created. Everything is sorted, so results are stable.
 */
final class Graphs {

  private Graphs() {}

  /** A graph with every node, edge sets sorted; edges to unknown nodes dropped. */
  static SortedMap<String, SortedSet<String>> sorted(Map<String, ? extends Set<String>> edges) {
    SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
    edges.keySet().forEach(node -> graph.put(node, new TreeSet<>()));
    edges.forEach((node, targets) -> targets.stream().filter(graph::containsKey)
        .forEach(graph.get(node)::add));
    return graph;
  }

  /**
   * One cycle per group of nodes that depend on each other, each starting and ending at its
   * smallest node ({@code [A, B, A]}); empty when the graph has no cycle.
   */
  static List<List<String>> cycles(SortedMap<String, SortedSet<String>> graph) {
    List<List<String>> cycles = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (String start : graph.keySet()) {
      if (covered.contains(start)) {
        continue;
      }
      List<String> cycle = cycleThrough(graph, start);
      if (!cycle.isEmpty()) {
        cycles.add(cycle);
        covered.addAll(reachableBothWays(graph, start));
      }
    }
    return cycles;
  }

  /** The shortest path from {@code start} back to itself (breadth first), or empty. */
  private static List<String> cycleThrough(SortedMap<String, SortedSet<String>> graph,
      String start) {
    Map<String, String> parent = new TreeMap<>();
    List<String> frontier = new ArrayList<>(List.of(start));
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String node : frontier) {
        for (String target : graph.get(node)) {
          if (target.equals(start)) {
            List<String> cycle = new ArrayList<>();
            for (String at = node; at != null; at = parent.get(at)) {
              cycle.add(0, at);
            }
            cycle.add(start);
            return cycle;
          }
          if (!parent.containsKey(target) && !target.equals(start)) {
            parent.put(target, node);
            next.add(target);
          }
        }
      }
      frontier = next;
    }
    return List.of();
  }

  private static Set<String> reachableBothWays(SortedMap<String, SortedSet<String>> graph,
      String start) {
    Set<String> forward = reachable(graph, start);
    Set<String> both = new TreeSet<>();
    for (String node : forward) {
      if (reachable(graph, node).contains(start)) {
        both.add(node);
      }
    }
    return both;
  }

  private static Set<String> reachable(SortedMap<String, SortedSet<String>> graph, String start) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(List.of(start));
    while (!todo.isEmpty()) {
      String node = todo.remove(todo.size() - 1);
      if (seen.add(node)) {
        todo.addAll(graph.get(node));
      }
    }
    return seen;
  }

  /**
   * Nodes grouped in the order they can be created: each level only depends on earlier levels,
   * and the nodes of one level can be created in parallel. Nodes on or behind a cycle are left
   * out (the cycle is reported on its own).
   */
  static List<SortedSet<String>> levels(SortedMap<String, SortedSet<String>> dependsOn) {
    List<SortedSet<String>> levels = new ArrayList<>();
    Set<String> placed = new TreeSet<>();
    while (true) {
      SortedSet<String> level = new TreeSet<>();
      for (var entry : dependsOn.entrySet()) {
        if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
          level.add(entry.getKey());
        }
      }
      if (level.isEmpty()) {
        return levels;
      }
      levels.add(level);
      placed.addAll(level);
    }
  }
}
