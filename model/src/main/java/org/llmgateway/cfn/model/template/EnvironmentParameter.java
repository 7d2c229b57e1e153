package org.llmgateway.cfn.model.template;

/**
 * The parameter every stack of a deployment shares: the environment name, for what means the
 * environment (tags, conditions). The generators' stacks build export and resource names from a
 * separate name-prefix parameter (the environment, or tenant and environment), which is what lets
 * dev, staging and prod, and several tenants, share one account; a stack that declares only this
 * parameter gets its export names from it.
 */
public final class EnvironmentParameter {

  public static final String LOGICAL_ID = "EnvironmentName";

  /**
   * Lower-case letters, digits and hyphens, at most 12 characters: the longest generated name,
   * {@code <env>-litellm-alb}, then stays within the 32 characters AWS allows for load balancers.
   */
  public static final String PATTERN = "^[a-z][a-z0-9-]{0,11}$";

  public static final int MAX_LENGTH = 12;

  private EnvironmentParameter() {}

  public static Parameter create() {
    return Parameter.builder()
        .logicalId(LOGICAL_ID)
        .label("Environment")
        .description("Environment name (dev, staging, prod, ...); prefixes resource and export names")
        .allowedPattern(PATTERN)
        .minLength(1)
        .maxLength(MAX_LENGTH)
        .constraintDescription("1-12 lower-case letters, digits or hyphens, starting with a letter")
        .defaultValue("dev")
        .build();
  }
}
