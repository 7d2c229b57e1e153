package org.llmgateway.cfn.generators.stack;

import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Parameter;

/**
 * Physical resource names, {@code <env><suffix>}. The environment name is at most
 * {@link EnvironmentParameter#MAX_LENGTH} characters, so each name's longest form is known when
 * the template is generated and is checked against the AWS limit for its kind of resource.
 */
public final class Names {

  /** Load balancers and target groups: 32 characters. */
  public static final int LOAD_BALANCER_LIMIT = 32;

  /** IAM role names: 64 characters. */
  public static final int ROLE_LIMIT = 64;

  /** Lambda function names: 64 characters. */
  public static final int FUNCTION_LIMIT = 64;

  /** Most other names (clusters, services, secrets, log groups) allow 255 or more. */
  public static final int DEFAULT_LIMIT = 255;

  private Names() {}

  /** {@code !Sub "${EnvironmentName}<suffix>"}, refused if its longest form exceeds {@code limit}. */
  public static Expr of(Parameter environment, String suffix, int limit) {
    return Fn.sub(environment, checked(suffix, limit));
  }

  /** The name for a concrete environment, e.g. for parameter files and tests. */
  public static String resolve(String environment, String suffix) {
    return environment + suffix;
  }

  private static String checked(String suffix, int limit) {
    int longest = EnvironmentParameter.MAX_LENGTH + suffix.length();
    if (longest > limit) {
      throw new IllegalStateException(
          "Name '<env>" + suffix + "' can reach " + longest + " characters, over the AWS limit of "
              + limit);
    }
    return suffix;
  }
}
