package org.llmgateway.cfn.generators.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The test class deploys to a moto_server of the test run ({@link MotoServerExtension}), the one
 * its {@link #value} names. Classes on the same server run one at a time, though test classes
 * otherwise run side by side: moto is reset before each of them, which would delete another
 * class's stacks under it, and moto's Python serves one request at a time anyway. The longest
 * class has a server of its own, so that it runs beside the chain of the others instead of in it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(MotoServerExtension.class)
@ResourceLock(providers = OnMotoServer.ServerLock.class)
@interface OnMotoServer {

  /** The server most classes share. */
  String SHARED = "shared";

  /** The server's name; every name is a moto_server process of its own. */
  String value() default SHARED;

  /** One lock per server, "moto_server shared", "moto_server dev-stacks", ...: a class takes its own. */
  final class ServerLock implements ResourceLocksProvider {

    /** The name of the server {@code testClass} deploys to. */
    static String serverOf(Class<?> testClass) {
      return AnnotationSupport.findAnnotation(testClass, OnMotoServer.class)
          .map(OnMotoServer::value).orElse(SHARED);
    }

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
      return Set.of(new Lock("moto_server " + serverOf(testClass)));
    }
  }
}
