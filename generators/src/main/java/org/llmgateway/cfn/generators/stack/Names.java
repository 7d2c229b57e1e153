package org.llmgateway.cfn.generators.stack;

import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Parameter;

/**
 * Physical resource, export and stack names, {@code <prefix><suffix>}. The prefix is the
 * environment ({@code dev}) or, with a {@link EnvironmentConfig#tenant() tenant}, {@code
 * <tenant>-<environment>} ({@code acme-dev}); names with slashes (secrets) use the path form
 * ({@code dev}, {@code acme/dev}). Templates are shared by every environment of a folder, so both
 * forms reach a template as the parameters {@link #PREFIX} and {@link #PATH}, whose values
 * {@link EnvironmentConfig#namePrefix()} and {@link EnvironmentConfig#namePath()} compute for each
 * environment's parameter file; {@code EnvironmentName} keeps meaning the environment (tags,
 * production conditions).
 *
 * <p>Without a tenant, the longest prefix is the environment's {@link
 * EnvironmentParameter#MAX_LENGTH}, and each name's longest form is checked against its AWS limit
 * when the template is built. A tenant lengthens every name, so the combination is checked for
 * each environment at generate time ({@code NameLimits}).
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

  /** Longest {@code <tenant>-<environment>}: a 16-character tenant, a hyphen, a 12-character env. */
  public static final int PREFIX_MAX_LENGTH =
      EnvironmentConfig.TENANT_MAX_LENGTH + 1 + EnvironmentParameter.MAX_LENGTH;

  /** {@code <tenant>-<environment>} or {@code <environment>}: prefixes every hyphenated name. */
  public static final Parameter PREFIX = Parameter.builder()
      .logicalId("NamePrefix")
      .label("Name prefix")
      .description("Prefix of every stack, export and resource name: <tenant>-<environment>, or"
          + " the environment without a tenant")
      .allowedPattern("^[a-z][a-z0-9-]{0," + (PREFIX_MAX_LENGTH - 1) + "}$")
      .minLength(1)
      .maxLength(PREFIX_MAX_LENGTH)
      .constraintDescription("lower-case letters, digits or hyphens, starting with a letter")
      .defaultValue("dev")
      .build();

  /** {@code <tenant>/<environment>} or {@code <environment>}: prefixes secret names. */
  public static final Parameter PATH = Parameter.builder()
      .logicalId("NamePath")
      .label("Name path")
      .description("Path prefix of secret names: <tenant>/<environment>, or the environment"
          + " without a tenant")
      .allowedPattern("^[a-z][a-z0-9/-]{0," + (PREFIX_MAX_LENGTH - 1) + "}$")
      .minLength(1)
      .maxLength(PREFIX_MAX_LENGTH)
      .constraintDescription("lower-case letters, digits, hyphens or slashes, starting with a"
          + " letter")
      .defaultValue("dev")
      .build();

  private Names() {}

  /** {@code !Sub "${NamePrefix}<suffix>"}, refused if its tenantless form can exceed {@code limit}. */
  public static Expr of(String suffix, int limit) {
    return Fn.sub(PREFIX, checked(suffix, limit));
  }

  /** {@code !Sub "<before>${NamePrefix}<suffix>"}, e.g. a log group {@code /ecs/<prefix>-...}. */
  public static Expr within(String before, String suffix) {
    return Fn.sub(before, PREFIX, suffix);
  }

  /** {@code !Sub "${NamePath}<suffix>"}, e.g. a secret {@code <path>/litellm/master-key}. */
  public static Expr path(String suffix, int limit) {
    return Fn.sub(PATH, checked(suffix, limit));
  }

  /** The name for a concrete prefix, e.g. for parameter files and tests. */
  public static String resolve(String prefix, String suffix) {
    return prefix + suffix;
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
