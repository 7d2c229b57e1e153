// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::StorageTierPolicy}: Resource Type definition for AWS::Logs::StorageTierPolicy.
 * Manages the storage tier policy for a CloudWatch Logs account. When created, enables
 * Intelligent-Tiering which automatically moves infrequently accessed log data to lower-cost
 * storage tiers. Deleting this resource reverts the account to standard (single-tier) storage.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-storagetierpolicy.html">AWS::Logs::StorageTierPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface StorageTierPolicy extends Resource {

  String TYPE = "AWS::Logs::StorageTierPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The storage tier to apply. Only INTELLIGENT_TIERING is accepted for creation. */
  Expr storageTier();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("StorageTier", storageTier())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccountId} attribute: The AWS account ID that owns this storage tier policy. */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  /**
   * The {@code LastUpdatedTime} attribute: Timestamp (milliseconds after Jan 1, 1970 00:00:00 UTC)
   * when the storage tier policy was last updated.
   */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StorageTierPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableStorageTierPolicy.Builder {

    public Builder storageTier(String value) {
      storageTier(Expr.of(value));
      return this;
    }
  }
}
