package org.llmgateway.cfn.generators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The test class replaces System.out and System.err to read what a command printed. Test classes
 * run side by side (junit-platform.properties), so no other class may print or capture while it
 * does: a class that only prints takes the same locks in READ mode.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
public @interface CapturesStandardStreams {}
