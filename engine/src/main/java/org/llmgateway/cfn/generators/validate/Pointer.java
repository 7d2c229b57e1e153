package org.llmgateway.cfn.generators.validate;

/** JSON Pointer (RFC 6901) segments: the path of every finding is one. */
final class Pointer {

  private Pointer() {}

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  static String of(String... segments) {
    var path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(escape(segment));
    }
    return path.toString();
  }
}
