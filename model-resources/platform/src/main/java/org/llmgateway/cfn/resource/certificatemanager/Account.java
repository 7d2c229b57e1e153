// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.certificatemanager;

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
 * {@code AWS::CertificateManager::Account}: The `AWS::CertificateManager::Account` resource defines
 * the expiry event configuration that determines the number of days prior to expiry when ACM starts
 * generating EventBridge events.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-account.html">AWS::CertificateManager::Account</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Account extends Resource {

  String TYPE = "AWS::CertificateManager::Account";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Object containing expiration events options associated with an AWS account . For more
   * information, see
   * [ExpiryEventsConfiguration](https://docs.aws.amazon.com/acm/latest/APIReference/API_ExpiryEventsConfiguration.html)
   * in the API reference.
   */
  Expr expiryEventsConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ExpiryEventsConfiguration", expiryEventsConfiguration())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccountId} attribute: ID of the AWS account that owns the certificate. */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Account}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccount.Builder {
  }

  /**
   * {@code AWS::CertificateManager::Account.ExpiryEventsConfiguration}: Object containing
   * expiration events options associated with an AWS account . For more information, see
   * [ExpiryEventsConfiguration](https://docs.aws.amazon.com/acm/latest/APIReference/API_ExpiryEventsConfiguration.html)
   * in the API reference.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-account-expiryeventsconfiguration.html">AWS::CertificateManager::Account.ExpiryEventsConfiguration</a>
   */
  @Value.Immutable
  interface ExpiryEventsConfiguration extends PropertyValue {

    /**
     * This option specifies the number of days prior to certificate expiration when ACM starts
     * generating `EventBridge` events. ACM sends one event per day per certificate until the
     * certificate expires. By default, accounts receive events starting 45 days before certificate
     * expiration.
     */
    Optional<Expr> daysBeforeExpiry();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DaysBeforeExpiry", daysBeforeExpiry())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpiryEventsConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableAccount.ExpiryEventsConfiguration.Builder {

      public Builder daysBeforeExpiry(long value) {
        daysBeforeExpiry(Expr.of(value));
        return this;
      }
    }
  }
}
