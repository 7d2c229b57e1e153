package org.llmgateway.cfn.generators.environment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What {@code environments/environment.schema.json} says about one setting of an application's
 * settings type: the javadoc is for Java readers, this is for the editor that opens a YAML file. The
 * bounds are the ones the setting's check enforces; the default is read from the type itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Setting {

  /** One-sentence description shown by the editor. */
  String value();

  /** Smallest allowed integer, when the check has one. */
  long minimum() default Long.MIN_VALUE;

  /** Largest allowed integer, when the check has one. */
  long maximum() default Long.MAX_VALUE;

  /** The allowed strings, when the check knows them all. */
  String[] allowed() default {};
}
