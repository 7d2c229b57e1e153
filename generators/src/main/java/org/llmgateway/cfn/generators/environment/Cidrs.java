package org.llmgateway.cfn.generators.environment;

import java.util.ArrayList;
import java.util.List;

/** IPv4 CIDR parsing and the overlap and containment checks an environment needs. */
final class Cidrs {

  private Cidrs() {}

  record Block(long first, long last, int prefix) {
    boolean overlaps(Block other) {
      return first <= other.last && other.first <= last;
    }

    boolean contains(Block other) {
      return first <= other.first && other.last <= last;
    }
  }

  /** Parses {@code a.b.c.d/n}; the address must be the block's first address. */
  static Block parse(String cidr) {
    String[] parts = cidr.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("'" + cidr + "' is not in a.b.c.d/n form");
    }
    String[] octets = parts[0].split("\\.", -1);
    if (octets.length != 4) {
      throw new IllegalArgumentException("'" + cidr + "' does not have four octets");
    }
    long address = 0;
    for (String octet : octets) {
      if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
        throw new IllegalArgumentException("'" + cidr + "' has an octet outside 0-255");
      }
      address = (address << 8) | Integer.parseInt(octet);
    }
    if (!parts[1].matches("\\d{1,2}") || Integer.parseInt(parts[1]) > 32) {
      throw new IllegalArgumentException("'" + cidr + "' has a prefix outside 0-32");
    }
    int prefix = Integer.parseInt(parts[1]);
    long size = 1L << (32 - prefix);
    if (address % size != 0) {
      throw new IllegalArgumentException(
          "'" + cidr + "' has host bits set; the block starts at a lower address");
    }
    return new Block(address, address + size - 1, prefix);
  }

  /** Malformed blocks, blocks outside {@code parent} and VPC-size violations. */
  static List<String> problems(String field, List<String> cidrs, String parent) {
    List<String> problems = new ArrayList<>();
    Block parentBlock = null;
    if (parent != null) {
      try {
        parentBlock = parse(parent);
      } catch (IllegalArgumentException e) {
        parentBlock = null;
      }
    }
    for (String cidr : cidrs) {
      Block block;
      try {
        block = parse(cidr);
      } catch (IllegalArgumentException e) {
        problems.add(field + ": " + e.getMessage());
        continue;
      }
      if (block.prefix() < 16 || block.prefix() > 28) {
        problems.add(field + ": '" + cidr + "' must have a prefix between /16 and /28 (AWS limit)");
      }
      if (parentBlock != null && !parentBlock.contains(block)) {
        problems.add(field + ": '" + cidr + "' is outside the VPC block " + parent);
      }
    }
    return problems;
  }

  /** Pairs of blocks that overlap. */
  static List<String> overlaps(String field, List<String> cidrs) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < cidrs.size(); i++) {
      for (int j = i + 1; j < cidrs.size(); j++) {
        try {
          if (parse(cidrs.get(i)).overlaps(parse(cidrs.get(j)))) {
            problems.add(field + ": '" + cidrs.get(i) + "' overlaps '" + cidrs.get(j) + "'");
          }
        } catch (IllegalArgumentException e) {
          // reported as malformed by problems()
        }
      }
    }
    return problems;
  }
}
