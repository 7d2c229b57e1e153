package org.llmgateway.cfn.generators.deploy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The test class deploys to the one moto_server of the test run ({@link MotoServerExtension}).
 * Such classes run one at a time, though test classes otherwise run side by side: moto is reset
 * before each of them, which would delete another class's stacks under it, and moto's Python
 * serves one request at a time anyway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(MotoServerExtension.class)
@ResourceLock(OnMotoServer.LOCK)
@interface OnMotoServer {

  String LOCK = "moto_server";
}
