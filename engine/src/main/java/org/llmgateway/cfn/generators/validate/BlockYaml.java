package org.llmgateway.cfn.generators.validate;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the YAML that templates are written in — block mappings and sequences, plain, quoted
 * and literal scalars, short-form tags, comments, empty {@code []} and {@code {}} — into the node
 * tree SnakeYAML composes from the same text (tags, values, key order and the lines that findings
 * quote), and declines every other text, which the caller then gives to SnakeYAML.
 *
 * <p>Why it exists: a {@code validate} run is a cold JVM, and SnakeYAML reads code point by code
 * point through a reader, a scanner, a parser and a composer, so parsing the generated templates
 * took a third of the run, mostly interpreted. This reader makes one pass over the lines of a
 * {@code char[]}. It never guesses: anchors, aliases, folded or multi-line scalars, flow
 * collections with content, complex keys, tabs, carriage returns, directives, several documents,
 * an explicit indentation indicator or anything it does not know makes it decline, so a declined
 * text costs a partial pass and never a different result. BlockYamlTest holds it to SnakeYAML on
 * every YAML file of the project and on thousands of mutants of them.
 */
final class BlockYaml {

  /** SnakeYAML's own YAML 1.1 resolver, so a plain scalar gets the tag SnakeYAML gives it. */
  private static final Resolver RESOLVER = new Resolver();

  /** Below SnakeYAML's default nesting limit (50), whose error message it then gives. */
  private static final int MAX_DEPTH = 40;

  /** SnakeYAML refuses a text of more than 3 MB code points; CloudFormation's limit is 1 MB. */
  private static final int MAX_LENGTH = 1 << 20;

  /** SnakeYAML refuses an implicit key longer than 1024 characters. */
  private static final int MAX_KEY_LENGTH = 1000;

  /** Characters that cannot start a plain scalar (SnakeYAML's ScannerImpl.checkPlain). */
  private static final String NOT_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`";

  private static final int[] NO_BUFFER = new int[0];

  /** Thrown, without a stack trace, when the text is outside what this reader composes. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }

  private static final Declined DECLINED = new Declined();

  private final char[] text;
  /** Offset of each line's first character, its end (before the line feed) and indentation. */
  private final int[] starts;
  private final int[] ends;
  private final int[] indents;
  private final int lines;
  /** The line after the node composed last: where its parent looks for what follows. */
  private int next;
  private int depth;

  private BlockYaml(char[] text, int[] starts, int[] ends, int[] indents, int lines) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.indents = indents;
    this.lines = lines;
  }

  /** The root node of {@code yaml} as SnakeYAML composes it, or null when this reader declines. */
  static Node compose(String yaml) {
    if (yaml.length() > MAX_LENGTH) {
      return null;
    }
    char[] text = yaml.toCharArray();
    int count = 1;
    for (char c : text) {
      if (c == '\n') {
        count++;
      } else if (c < ' ' || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)
          || c == 0x2028 || c == 0x2029 || c >= 0xfeff) {
        // tabs, carriage returns, controls, YAML 1.1's other line breaks (NEL, LS, PS), the byte
        // order mark, non-characters and astral code points: SnakeYAML's reading of them is its own
        return null;
      }
    }
    int[] starts = new int[count];
    int[] ends = new int[count];
    int[] indents = new int[count];
    int line = 0;
    int start = 0;
    for (int i = 0; i <= text.length; i++) {
      if (i == text.length || text[i] == '\n') {
        starts[line] = start;
        ends[line] = i;
        int indent = start;
        while (indent < i && text[indent] == ' ') {
          indent++;
        }
        indents[line] = indent - start;
        line++;
        start = i + 1;
      }
    }
    try {
      return new BlockYaml(text, starts, ends, indents, count).document();
    } catch (Declined declined) {
      return null;
    }
  }

  private Node document() {
    int first = nextContent(0);
    for (int line = first; line < lines; line = nextContent(line + 1)) {
      if (indents[line] == 0 && (marker(line, "---") || marker(line, "...")
          || text[starts[line]] == '%')) {
        // a document marker or a directive: only a lone "---" heading the text is read here
        if (line != first || !marker(line, "---") || rest(line, starts[line] + 3) != ends[line]) {
          throw DECLINED;
        }
      }
    }
    int root = first < lines && marker(first, "---") ? nextContent(first + 1) : first;
    if (root >= lines) {
      throw DECLINED;
    }
    Node node = node(root, starts[root] + indents[root], -1, null, null);
    if (!(node instanceof MappingNode || node instanceof SequenceNode)
        || nextContent(next) < lines) {
      throw DECLINED;
    }
    return node;
  }

  /**
   * The node that starts at {@code at} on {@code line}, a child of a node indented
   * {@code parent} columns; {@code tag} (with the mark of its "!") when one came before it.
   */
  private Node node(int line, int at, int parent, Tag tag, Mark tagMark) {
    if (++depth > MAX_DEPTH) {
      throw DECLINED;
    }
    try {
      if (isEntry(line, at)) {
        return sequence(line, at, tag, tagMark);
      }
      if (keyEnd(line, at) >= 0) {
        return mapping(line, at, tag, tagMark);
      }
      return inline(line, at, parent, tag, tagMark);
    } finally {
      depth--;
    }
  }

  /** A block sequence whose entries' dashes stand in column {@code at} of their lines. */
  private Node sequence(int line, int at, Tag tag, Mark tagMark) {
    int column = at - starts[line];
    Mark start = start(line, at, tagMark);
    List<Node> items = new ArrayList<>();
    int entry = line;
    while (true) {
      int content = skipSpaces(entry, starts[entry] + column + 1);
      if (isLineEnd(entry, content)) {
        items.add(following(entry, column, content));
      } else {
        items.add(node(entry, content, column, null, null));
      }
      int following = nextContent(next);
      if (following >= lines || indents[following] < column) {
        next = following;
        break;
      }
      if (indents[following] > column) {
        throw DECLINED;
      }
      if (!isEntry(following, starts[following] + column)) {
        // the next key of the mapping this sequence is the value of, at the same indentation
        next = following;
        break;
      }
      entry = following;
    }
    return new SequenceNode(tag != null ? tag : Tag.SEQ, true, items, start, start,
        FlowStyle.BLOCK);
  }

  /** A block mapping whose keys start in column {@code at} of their lines. */
  private Node mapping(int line, int at, Tag tag, Mark tagMark) {
    int column = at - starts[line];
    Mark start = start(line, at, tagMark);
    List<NodeTuple> tuples = new ArrayList<>();
    int entry = line;
    while (true) {
      int keyStart = starts[entry] + column;
      int colon = keyEnd(entry, keyStart);
      if (colon < 0) {
        throw DECLINED;
      }
      int keyEnd = colon;
      while (text[keyEnd - 1] == ' ') {
        keyEnd--;
      }
      if (keyEnd - keyStart > MAX_KEY_LENGTH) {
        throw DECLINED;
      }
      String key = new String(text, keyStart, keyEnd - keyStart);
      Mark keyMark = mark(entry, keyStart);
      Node keyNode = new ScalarNode(RESOLVER.resolve(NodeId.scalar, key, true), true, key,
          keyMark, keyMark, ScalarStyle.PLAIN);
      int value = skipSpaces(entry, colon + 1);
      Node valueNode;
      if (isLineEnd(entry, value)) {
        int below = nextContent(entry + 1);
        if (below < lines && indents[below] == column && isEntry(below, starts[below] + column)) {
          depth++;
          try {
            valueNode = sequence(below, starts[below] + column, null, null);
          } finally {
            depth--;
          }
        } else {
          valueNode = following(entry, column, value);
        }
      } else {
        valueNode = inline(entry, value, column, null, null);
      }
      tuples.add(new NodeTuple(keyNode, valueNode));
      int following = nextContent(next);
      if (following >= lines || indents[following] < column) {
        next = following;
        break;
      }
      if (indents[following] > column) {
        throw DECLINED;
      }
      entry = following;
    }
    return new MappingNode(tag != null ? tag : Tag.MAP, true, tuples, start, start,
        FlowStyle.BLOCK);
  }

  /**
   * The value after a key or dash that ends its line: the more indented node below it, else an
   * empty (null) scalar.
   */
  private Node following(int line, int parent, int at) {
    int below = nextContent(line + 1);
    if (below < lines && indents[below] > parent) {
      return node(below, starts[below] + indents[below], parent, null, null);
    }
    next = line + 1;
    Mark mark = mark(line, at);
    return new ScalarNode(Tag.NULL, true, "", mark, mark, ScalarStyle.PLAIN);
  }

  /** A node that starts on its line after a key, a dash or a tag: a scalar or an empty flow. */
  private Node inline(int line, int at, int parent, Tag tag, Mark tagMark) {
    char first = text[at];
    switch (first) {
      case '!':
        return tagged(line, at, parent);
      case '|':
        return literal(line, at, parent, tag, tagMark);
      case '"':
        return doubleQuoted(line, at, tag, tagMark);
      case '\'':
        return singleQuoted(line, at, tag, tagMark);
      case '[':
      case '{':
        return emptyFlow(line, at, tag, tagMark);
      default:
        return plain(line, at, tag, tagMark);
    }
  }

  /** {@code !Name} and the node it tags, on this line or indented below it. */
  private Node tagged(int line, int at, int parent) {
    int end = at + 1;
    while (end < ends[line] && isTagCharacter(text[end])) {
      end++;
    }
    if (end == at + 1 || (end < ends[line] && text[end] != ' ')) {
      // "!!str", "!<...>", "!" alone, a tag with a character SnakeYAML would escape
      throw DECLINED;
    }
    Tag tag = new Tag(new String(text, at, end - at));
    Mark tagMark = mark(line, at);
    int content = skipSpaces(line, end);
    if (isLineEnd(line, content)) {
      int below = nextContent(line + 1);
      if (below >= lines || indents[below] <= parent) {
        throw DECLINED;
      }
      return node(below, starts[below] + indents[below], parent, tag, tagMark);
    }
    char first = text[content];
    if (first == '!' || isEntry(line, content)) {
      throw DECLINED;
    }
    return inline(line, content, parent, tag, tagMark);
  }

  private Node plain(int line, int at, Tag tag, Mark tagMark) {
    if (!canStartPlain(line, at)) {
      throw DECLINED;
    }
    int end = at;
    int stop = ends[line];
    while (end < stop) {
      char c = text[end];
      if (c == ':' && (end + 1 == stop || text[end + 1] == ' ')) {
        throw DECLINED;
      }
      if (c == '#' && text[end - 1] == ' ') {
        break;
      }
      end++;
    }
    while (text[end - 1] == ' ') {
      end--;
    }
    String value = new String(text, at, end - at);
    next = line + 1;
    Mark start = start(line, at, tagMark);
    return new ScalarNode(tag != null ? tag : RESOLVER.resolve(NodeId.scalar, value, true),
        true, value, start, start, ScalarStyle.PLAIN);
  }

  private Node doubleQuoted(int line, int at, Tag tag, Mark tagMark) {
    StringBuilder value = new StringBuilder();
    int i = at + 1;
    int stop = ends[line];
    while (true) {
      if (i >= stop) {
        throw DECLINED;
      }
      char c = text[i];
      if (c == '"') {
        break;
      }
      if (c != '\\') {
        value.append(c);
        i++;
        continue;
      }
      if (i + 1 >= stop) {
        throw DECLINED;
      }
      char escape = text[i + 1];
      i += 2;
      switch (escape) {
        case '\\', '"' -> value.append(escape);
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case '0' -> value.append('\0');
        case 'a' -> value.append('\u0007');
        case 'b' -> value.append('\b');
        case 'e' -> value.append('\u001b');
        case 'f' -> value.append('\f');
        case 'v' -> value.append('\u000b');
        case 'x', 'u' -> {
          int digits = escape == 'x' ? 2 : 4;
          if (i + digits > stop) {
            throw DECLINED;
          }
          int code = 0;
          for (int d = 0; d < digits; d++) {
            int digit = Character.digit(text[i + d], 16);
            if (digit < 0) {
              throw DECLINED;
            }
            code = code * 16 + digit;
          }
          if (code >= 0xd800 && code <= 0xdfff) {
            throw DECLINED;
          }
          value.append((char) code);
          i += digits;
        }
        default -> throw DECLINED;
      }
    }
    return quoted(line, at, i + 1, value.toString(), ScalarStyle.DOUBLE_QUOTED, tag, tagMark);
  }

  private Node singleQuoted(int line, int at, Tag tag, Mark tagMark) {
    StringBuilder value = new StringBuilder();
    int i = at + 1;
    int stop = ends[line];
    while (true) {
      if (i >= stop) {
        throw DECLINED;
      }
      char c = text[i];
      if (c == '\'') {
        if (i + 1 < stop && text[i + 1] == '\'') {
          value.append('\'');
          i += 2;
          continue;
        }
        break;
      }
      value.append(c);
      i++;
    }
    return quoted(line, at, i + 1, value.toString(), ScalarStyle.SINGLE_QUOTED, tag, tagMark);
  }

  private Node quoted(int line, int at, int after, String value, ScalarStyle style, Tag tag,
      Mark tagMark) {
    requireLineEnd(line, after);
    next = line + 1;
    Mark start = start(line, at, tagMark);
    return new ScalarNode(tag != null ? tag : Tag.STR, true, value, start, start, style);
  }

  /** {@code []} or {@code {}}; a flow collection with content is SnakeYAML's to read. */
  private Node emptyFlow(int line, int at, Tag tag, Mark tagMark) {
    char close = text[at] == '[' ? ']' : '}';
    if (at + 1 >= ends[line] || text[at + 1] != close) {
      throw DECLINED;
    }
    requireLineEnd(line, at + 2);
    next = line + 1;
    Mark start = start(line, at, tagMark);
    return close == ']'
        ? new SequenceNode(tag != null ? tag : Tag.SEQ, true, new ArrayList<>(), start, start,
            FlowStyle.FLOW)
        : new MappingNode(tag != null ? tag : Tag.MAP, true, new ArrayList<>(), start, start,
            FlowStyle.FLOW);
  }

  /** A literal block scalar, {@code |} or {@code |-}, its lines indented below the parent. */
  private Node literal(int line, int at, int parent, Tag tag, Mark tagMark) {
    int header = at + 1;
    boolean strip = header < ends[line] && text[header] == '-';
    requireLineEnd(line, strip ? header + 1 : header);
    int first = line + 1;
    if (first >= lines || isBlank(first)) {
      // leading empty lines, or none at all: SnakeYAML's indentation detection is its own
      throw DECLINED;
    }
    int indent = indents[first];
    if (indent <= parent) {
      throw DECLINED;
    }
    StringBuilder value = new StringBuilder();
    int last = first;
    int pendingBreaks = 0;
    for (int l = first; l < lines; l++) {
      if (isBlank(l)) {
        if (ends[l] - starts[l] > indent) {
          throw DECLINED;
        }
        pendingBreaks++;
        continue;
      }
      if (indents[l] < indent) {
        break;
      }
      for (; pendingBreaks > 0; pendingBreaks--) {
        value.append('\n');
      }
      value.append(text, starts[l] + indent, ends[l] - starts[l] - indent).append('\n');
      last = l;
    }
    if (ends[last] == text.length) {
      // the text's last line has no line feed: chomping at the end of input is SnakeYAML's
      throw DECLINED;
    }
    if (strip) {
      value.setLength(value.length() - 1);
    }
    next = last + 1;
    Mark start = start(line, at, tagMark);
    return new ScalarNode(tag != null ? tag : Tag.STR, true, value.toString(), start, start,
        ScalarStyle.LITERAL);
  }

  /**
   * Where the key starting at {@code at} ends (its ':'), or -1 when no plain key starts there. A
   * key is a plain scalar followed by ": " or a ':' ending the line, before any comment.
   */
  private int keyEnd(int line, int at) {
    if (!canStartPlain(line, at)) {
      return -1;
    }
    int stop = ends[line];
    for (int i = at; i < stop; i++) {
      char c = text[i];
      if (c == ':' && i > at && (i + 1 == stop || text[i + 1] == ' ')) {
        return i;
      }
      if (c == '#' && i > at && text[i - 1] == ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a plain scalar may start at {@code at}: "-", "?" and ":" only before a non-space. */
  private boolean canStartPlain(int line, int at) {
    char first = text[at];
    return NOT_PLAIN_START.indexOf(first) < 0
        || ((first == '-' || first == '?' || first == ':') && at + 1 < ends[line]
            && text[at + 1] != ' ');
  }

  /** Whether a block sequence entry ("-" then a space or the line's end) starts at {@code at}. */
  private boolean isEntry(int line, int at) {
    return text[at] == '-' && (at + 1 == ends[line] || text[at + 1] == ' ');
  }

  private boolean isTagCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private int skipSpaces(int line, int at) {
    int i = at;
    while (i < ends[line] && text[i] == ' ') {
      i++;
    }
    return i;
  }

  /** Whether nothing but a comment follows {@code at} (the first non-space of the rest). */
  private boolean isLineEnd(int line, int at) {
    return at == ends[line] || (text[at] == '#' && text[at - 1] == ' ');
  }

  /** Declines unless only spaces and a comment follow {@code after}. */
  private void requireLineEnd(int line, int after) {
    int rest = skipSpaces(line, after);
    if (rest < ends[line] && !(text[rest] == '#' && rest > after)) {
      throw DECLINED;
    }
  }

  /** The position after {@code at} once spaces and a comment are skipped. */
  private int rest(int line, int at) {
    int i = skipSpaces(line, at);
    return i < ends[line] && text[i] == '#' && i > at ? ends[line] : i;
  }

  private boolean marker(int line, String marker) {
    int start = starts[line];
    int length = ends[line] - start;
    if (length < 3 || (length > 3 && text[start + 3] != ' ')) {
      return false;
    }
    return text[start] == marker.charAt(0) && text[start + 1] == marker.charAt(1)
        && text[start + 2] == marker.charAt(2);
  }

  private boolean isBlank(int line) {
    return indents[line] == ends[line] - starts[line];
  }

  /** The first line at or after {@code line} with content (not blank, not only a comment). */
  private int nextContent(int line) {
    int l = line;
    while (l < lines && (isBlank(l) || text[starts[l] + indents[l]] == '#')) {
      l++;
    }
    return l;
  }

  /** Where a node starts: at its tag when it has one, as SnakeYAML marks it. */
  private Mark start(int line, int at, Mark tagMark) {
    return tagMark != null ? tagMark : mark(line, at);
  }

  private Mark mark(int line, int at) {
    return new Mark("reader", at, line, at - starts[line], NO_BUFFER, 0);
  }
}
