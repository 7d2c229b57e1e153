// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::ElastiCache::User}: For Valkey 7.2 and onwards, or Redis OSS engine version 6.0 and
 * onwards: Creates user. For more information, see [Using Role Based Access Control
 * (RBAC)](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-user.html">AWS::ElastiCache::User</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface User extends Resource {

  String TYPE = "AWS::ElastiCache::User";

  /** Values CloudFormation accepts for {@code Engine}. */
  String ENGINE_REDIS = "redis";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Access permissions string used for this user. */
  Optional<Expr> accessString();

  /** Specifies the authentication mode to use. Below is an example of the possible JSON values: */
  Optional<Expr> authenticationMode();

  /** Required. The current supported values are valkey and redis. */
  Expr engine();

  /** Indicates a password is not required for this user. */
  Optional<Expr> noPasswordRequired();

  /** Passwords used for this user. You can create up to two passwords for each user. */
  Optional<Expr> passwords();

  /** The list of tags. */
  Optional<Expr> tags();

  /** Required. The ID of the user. */
  Expr userId();

  /** Required. The username of the user. */
  Expr userName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AccessString", accessString())
        .put("AuthenticationMode", authenticationMode())
        .put("Engine", engine())
        .put("NoPasswordRequired", noPasswordRequired())
        .put("Passwords", passwords())
        .put("Tags", tags())
        .put("UserId", userId())
        .put("UserName", userName())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the user. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Status} attribute: Indicates the user status. Can be "active", "modifying" or
   * "deleting".
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link User}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableUser.Builder {

    public Builder accessString(String value) {
      accessString(Expr.of(value));
      return this;
    }

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder noPasswordRequired(boolean value) {
      noPasswordRequired(Expr.of(value));
      return this;
    }

    public Builder passwords(List<? extends Expr> values) {
      passwords(Expr.list(values));
      return this;
    }

    public Builder passwords(String... values) {
      passwords(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder userId(String value) {
      userId(Expr.of(value));
      return this;
    }

    public Builder userName(String value) {
      userName(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ElastiCache::User.AuthenticationMode}: Specifies the authentication mode to use.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-user-authenticationmode.html">AWS::ElastiCache::User.AuthenticationMode</a>
   */
  @Value.Immutable
  interface AuthenticationMode extends PropertyValue {

    /** Specifies the passwords to use for authentication if `Type` is set to `password` . */
    Optional<Expr> passwords();

    /**
     * Required. Specifies the authentication type. Possible options are IAM authentication,
     * password and no password.
     */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Passwords", passwords())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AuthenticationMode}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableUser.AuthenticationMode.Builder {

      public Builder passwords(List<? extends Expr> values) {
        passwords(Expr.list(values));
        return this;
      }

      public Builder passwords(String... values) {
        passwords(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }
}
