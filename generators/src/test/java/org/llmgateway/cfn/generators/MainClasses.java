package org.llmgateway.cfn.generators;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.List;

/**
 * The product's classes that a {@code META-INF/services} list must name, found by scanning its
 * main classes folder only: a test's own implementation needs no hiding (it is simply not
 * listed).
 */
public final class MainClasses {

  private MainClasses() {}

  /** Every concrete class of the main code implementing {@code type}, by name, sorted. */
  public static List<String> implementing(Class<?> type) {
    String mainClasses = LiteLlmApplication.class.getProtectionDomain().getCodeSource()
        .getLocation().getPath();
    try (ScanResult scan = new ClassGraph().enableClassInfo()
        .overrideClasspath(mainClasses).scan()) {
      return scan.getClassesImplementing(type.getName()).stream()
          .filter(info -> !info.isAbstract() && !info.isInterface())
          .map(ClassInfo::getName).sorted().toList();
    }
  }
}
