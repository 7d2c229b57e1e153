package org.llmgateway.cfn.model.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong uses of the intrinsic functions must not compile. Each snippet below is compiled against
 * the model with the JDK's compiler: the mistakes must each give a compile error, and the correct
 * uses none (so the errors come from the types, not from a broken set-up).
 */
class TypedTargetsTest {

  private static final String IMPORTS = """
      import java.util.Map;
      import org.llmgateway.cfn.model.intrinsic.*;
      import org.llmgateway.cfn.model.template.*;
      import com.fasterxml.jackson.databind.JsonNode;
      """;

  /** Class name to the one statement of its body; every one of them is a mistake. */
  private static final Map<String, String> MISTAKES = Map.of(
      "GetAttOfAParameter", "Fn.getAtt(parameter, \"Arn\");",
      "RefOfAMapping", "mapping.ref();",
      "FnRefOfAMapping", "Fn.ref(mapping);",
      "RefOfACondition", "Fn.ref(condition);",
      "FindInMapOfAResource", "Fn.findInMap(resource, Expr.of(\"a\"), Expr.of(\"b\"));",
      "IfOnAParameter", "Fn.ifThen(parameter, Expr.of(1), Expr.of(2));",
      "AndOfPlainValues", "Fn.and(Expr.of(\"a\"), Expr.of(\"b\"));",
      "ConditionAsAPropertyValue", "Expr value = Fn.equalsTo(Expr.of(\"a\"), Expr.of(\"b\"));",
      "ConditionOfAnExpression", "Fn.not(Expr.of(true));");

  private static final String CORRECT_USES = """
      Fn.getAtt(resource, "Arn");
      resource.ref();
      parameter.ref();
      Pseudo.REGION.ref();
      Fn.findInMap(mapping, Fn.region(), Expr.of("b"));
      Fn.ifThen(condition, Expr.of(1), Expr.of(2));
      ConditionExpr both = Fn.and(Fn.condition(condition), Fn.not(Fn.equalsTo(parameter.ref(),
          Expr.of(""))));
      Condition.of("Both", both);
      """;

  private static JavaFileObject source(String className, String body) {
    String text = IMPORTS + "class " + className + " {\n"
        + "  void use(Parameter parameter, Resource resource, Mapping mapping, Condition condition) {\n"
        + body + "\n  }\n}\n";
    return new SimpleJavaFileObject(
        URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  @Test
  void wrongTargetsDoNotCompileAndRightOnesDo(@TempDir Path classes) {
    List<JavaFileObject> sources = new ArrayList<>();
    MISTAKES.forEach((name, body) -> sources.add(source(name, body)));
    sources.add(source("CorrectUses", CORRECT_USES));
    sources.add(new SimpleJavaFileObject(
        URI.create("string:///OwnExpr.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return IMPORTS + "record OwnExpr() implements Expr {\n"
            + "  public JsonNode toJson() { return null; }\n}\n";
      }
    });

    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    var compiler = ToolProvider.getSystemJavaCompiler();
    var files = compiler.getStandardFileManager(diagnostics, null, null);
    String classPath = System.getProperty("java.class.path");
    compiler.getTask(null, files, diagnostics,
        List.of("-proc:none", "-d", classes.toString(),
            "-classpath", classPath), null, sources).call();

    Map<String, List<String>> errors = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
        String file = diagnostic.getSource().getName().replaceAll(".*/|\\.java$", "");
        errors.computeIfAbsent(file, f -> new ArrayList<>()).add(diagnostic.getMessage(null));
      }
    }
    assertThat(errors.get("CorrectUses")).as("errors in the correct uses").isNull();
    assertThat(errors.keySet())
        .as("files that failed to compile")
        .containsAll(MISTAKES.keySet())
        .contains("OwnExpr");
    assertThat(String.join("\n", errors.get("OwnExpr"))).contains("sealed");
    assertThat(errors.entrySet().stream()
            .filter(e -> !e.getKey().equals("OwnExpr"))
            .flatMap(e -> e.getValue().stream())
            .collect(Collectors.joining("\n")))
        .as("a mistake must fail for its types, not for a typo in the snippet")
        .doesNotContain("symbol:   class", "symbol:   variable", "does not exist");
  }
}
