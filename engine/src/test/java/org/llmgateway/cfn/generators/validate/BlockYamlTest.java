package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * BlockYaml against SnakeYAML, the reference it stands in for: on every text it does not decline,
 * both must compose the same tree, down to each node's kind, tag, value, style and the line that
 * findings quote.
 */
class BlockYamlTest {

  private static final Path REPO = Path.of(System.getProperty("repo.root", ".."));

  @Test
  void readsEveryGeneratedTemplateItselfAndAsSnakeYamlDoes() {
    List<Path> templates = files(REPO.resolve("generated-templates"), 1);
    assertThat(templates).hasSizeGreaterThanOrEqualTo(5);
    for (Path template : templates) {
      String text = read(template);
      Node fast = BlockYaml.compose(text);
      assertThat(fast).as("%s is read without SnakeYAML", template).isNotNull();
      assertThat(describe(fast)).as("%s", template).isEqualTo(describe(snakeYaml(text)));
    }
  }

  @Test
  void readsEveryYamlFileOfTheProjectAsSnakeYamlDoesOrDeclinesIt() {
    int accepted = 0;
    List<Path> files = files(REPO, 8);
    for (Path file : files) {
      String text = read(file);
      if (sameOrDeclined(file.toString(), text)) {
        accepted++;
      }
    }
    // 85 of 114 on 2026-12-03: the templates, test templates and environments; most pipelines
    // use folded scalars and flow sequences, and some test templates are broken on purpose
    assertThat(accepted).as("of %d files", files.size()).isGreaterThanOrEqualTo(80);
  }

  @Test
  void mutantsOfTheProjectsTemplatesReadAsSnakeYamlReadsThemOrAreDeclined() {
    List<String> corpus = new ArrayList<>();
    for (Path file : files(REPO.resolve("generated-templates"), 1)) {
      corpus.add(read(file));
    }
    for (Path file : files(REPO.resolve("engine/src/test/resources/validate"), 4)) {
      corpus.add(read(file));
    }
    // a longer hunt: -Dblock-yaml.mutants=100000 -Dblock-yaml.seed=N
    Random random = new Random(Long.getLong("block-yaml.seed", 20261203L));
    int accepted = 0;
    int declined = 0;
    int mutants = Integer.getInteger("block-yaml.mutants", 3000);
    for (int i = 0; i < mutants; i++) {
      String text = corpus.get(random.nextInt(corpus.size()));
      String mutant = mutate(text, random, 1 + random.nextInt(3));
      if (sameOrDeclined("mutant " + i + ":\n" + mutant, mutant)) {
        accepted++;
      } else {
        declined++;
      }
    }
    // both ways are exercised: about 38% of the mutants are read, the others declined
    assertThat(accepted).as("mutants read (%d declined)", declined).isGreaterThan(mutants / 4);
    assertThat(declined).as("mutants declined (%d read)", accepted).isGreaterThan(mutants / 4);
  }

  @Test
  void readsTheYamlTemplatesAreWrittenIn() {
    List<String> accepted = List.of(
        "a: 1\nb: yes\nc: ~\nd: 1.5\ne: 0x1F\nf: 1_000\ng: .inf\nh: 2026-12-03\ni: null\n",
        "---\nKey: value # a comment\n# a line comment\nOther: 'it''s' # after quotes\n",
        "List:\n- a\n- b\nNext: c\n",
        "List:\n  - a\n  -\n    b: c\n  - - nested\n    - more\n  - x: 1\n    y: 2\n",
        "Value: !Sub \"${A}-b\"\nRef: !Ref Thing\nAtt: !GetAtt A.B\nAzs: !GetAZs ''\n",
        "If: !If\n  - Cond\n  - !Ref A\n  - !Ref AWS::NoValue\nEmpty: []\nMap: {}\nT: !Tag {}\n",
        "Code: |\n  line one\n\n    indented # not a comment\n  # nor this\n\nAfter: x\n",
        "Code: |-\n  stripped\n  end\n",
        "Seq:\n  - |\n    in a sequence\n  - z\n",
        "Escapes: \"\\\\ \\\" \\n \\t \\r \\0 \\a \\b \\e \\f \\v \\x41 \\u00e9\"\n",
        "Key   : spaced\nurl: http://x/y:z\ncolon: a:b\nhash: a#b\n",
        "Dup: 1\nDup: 2\nUnknown: !Nope x\n",
        "  Indented: root\n  Second: 2\n",
        "Description: \"non-ASCII — fine\"\nEmpty:\nAlso: # comment only\nLast: 1\n",
        "- top\n- level: sequence\n");
    for (String yaml : accepted) {
      assertThat(BlockYaml.compose(yaml)).as("%s", yaml).isNotNull();
      assertThat(sameOrDeclined(yaml, yaml)).isTrue();
    }
  }

  @Test
  void declinesWhatItLeavesToSnakeYaml() {
    List<String> declined = List.of(
        "a: &anchor 1\nb: *anchor\n",
        "a: >\n  folded\n",
        "a: [1, 2]\n",
        "a: {b: 1}\n",
        "a: plain\n  continued\n",
        "a: \"two\n  lines\"\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "%YAML 1.1\n---\na: b\n",
        "a: 1\n---\nb: 2\n",
        "? complex\n: key\n",
        "a: |2\n   explicit\n",
        "a: |+\n  keep\n\n",
        "a: |\n  no final line feed",
        "a: !!str 1\n",
        "a: \"\\U0001F600\"\n",
        "a: \"\\/ is JSON, not YAML 1.1\"\n",
        "a: b: c\n",
        "just a scalar\n",
        "",
        "# only a comment\n");
    for (String yaml : declined) {
      assertThat(BlockYaml.compose(yaml)).as("%s", yaml).isNull();
    }
  }

  @Test
  void aTemplateReadsTheSameWhicheverReaderReadsIt() {
    for (Path template : files(REPO.resolve("generated-templates"), 1)) {
      String text = read(template);
      var fast = TemplateReader.read(template.toString(), text);
      var reference = TemplateReader.readYamlWithSnakeYaml(template.toString(), text);
      assertThat(fast.json()).isEqualTo(reference.json());
      assertThat(fast.findings()).isEqualTo(reference.findings());
    }
    String findings = "Resources:\n  A:\n    Type: X\n    Type: Y\n  B: !Nope x\n";
    assertThat(TemplateReader.read("t.yaml", findings).findings())
        .isEqualTo(TemplateReader.readYamlWithSnakeYaml("t.yaml", findings).findings())
        .extracting(Finding::reason)
        .anyMatch(reason -> reason.contains("line 4"))
        .anyMatch(reason -> reason.contains("unknown tag !Nope (line 5)"));
  }

  /**
   * Whether BlockYaml read {@code text}; when it did, SnakeYAML must read it too, to the same
   * tree.
   */
  private static boolean sameOrDeclined(String what, String text) {
    Node fast = BlockYaml.compose(text);
    if (fast == null) {
      return false;
    }
    Node reference;
    try {
      reference = snakeYaml(text);
    } catch (YAMLException e) {
      throw new AssertionError("BlockYaml read what SnakeYAML refuses (" + e.getMessage()
          + "): " + what);
    }
    assertThat(describe(fast)).as("%s", what).isEqualTo(describe(reference));
    return true;
  }

  /** SnakeYAML's composition, with the options TemplateReader gives it. */
  private static Node snakeYaml(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
        new Resolver(), options).getSingleNode();
  }

  /** A node tree as text: kind, tag, style, value and start line of every node. */
  private static String describe(Node root) {
    StringBuilder out = new StringBuilder();
    describe(root, 0, out);
    return out.toString();
  }

  private static void describe(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node.getNodeId()).append(' ')
        .append(node.getTag().getValue()).append(" line ").append(node.getStartMark().getLine());
    if (node instanceof ScalarNode scalar) {
      out.append(' ').append(scalar.getScalarStyle()).append(" <").append(scalar.getValue())
          .append(">\n");
    } else if (node instanceof SequenceNode sequence) {
      out.append(' ').append(sequence.getFlowStyle()).append('\n');
      sequence.getValue().forEach(item -> describe(item, depth + 1, out));
    } else {
      MappingNode mapping = (MappingNode) node;
      out.append(' ').append(mapping.getFlowStyle()).append('\n');
      for (NodeTuple tuple : mapping.getValue()) {
        describe(tuple.getKeyNode(), depth + 1, out);
        describe(tuple.getValueNode(), depth + 2, out);
      }
    }
  }

  private static final String INTERESTING = " :-#'\"|>!&*[]{},?%@`~.0a\\\n";

  /** {@code text} with {@code edits} random edits of the kinds that break YAML in practice. */
  private static String mutate(String text, Random random, int edits) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      int column = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
      char c = INTERESTING.charAt(random.nextInt(INTERESTING.length()));
      switch (random.nextInt(8)) {
        case 0 -> lines.set(at, line.substring(0, column) + c + line.substring(column));
        case 1 -> lines.set(at, column < line.length()
            ? line.substring(0, column) + line.substring(column + 1) : line);
        case 2 -> lines.set(at, column < line.length()
            ? line.substring(0, column) + c + line.substring(column + 1) : line + c);
        case 3 -> lines.set(at, " ".repeat(1 + random.nextInt(2)) + line);
        case 4 -> lines.set(at, line.startsWith(" ") ? line.substring(1) : line);
        case 5 -> lines.remove(at);
        case 6 -> lines.add(at, line);
        default -> {
          if (at + 1 < lines.size()) {
            lines.set(at, line + lines.remove(at + 1));
          }
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }

  private static List<Path> files(Path folder, int depth) {
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
              && !p.toString().contains("node_modules"))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")
              || p.toString().endsWith(".template"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
