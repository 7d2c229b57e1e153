package org.llmgateway.cfn.generators.deploy;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the {@link MotoServer} its class's {@link OnMotoServer} names: each server started
 * once for the whole run (starting moto takes seconds), reset before each test class, stopped when
 * JUnit closes the root store at the end of the run.
 */
final class MotoServerExtension implements ParameterResolver,
    org.junit.jupiter.api.extension.BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MotoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static MotoServer server(ExtensionContext context) {
    return context.getRoot()
        .getStore(ExtensionContext.Namespace.create(MotoServerExtension.class))
        .computeIfAbsent(OnMotoServer.ServerLock.serverOf(context.getRequiredTestClass()),
            name -> MotoServer.start(), MotoServer.class);
  }
}
