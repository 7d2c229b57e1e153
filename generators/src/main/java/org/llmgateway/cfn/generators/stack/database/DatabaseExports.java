package org.llmgateway.cfn.generators.stack.database;

import org.llmgateway.cfn.model.template.ExportName;

/** What the database stack exports; importing stacks use these constants, never the strings. */
public final class DatabaseExports {

  private DatabaseExports() {}

  public static final String STACK = "database";

  public static final ExportName ENDPOINT_ADDRESS = ExportName.of(STACK, "EndpointAddress");
  public static final ExportName ENDPOINT_PORT = ExportName.of(STACK, "EndpointPort");
  public static final ExportName INSTANCE_ID = ExportName.of(STACK, "InstanceId");
}
