// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::SnapshotBlockPublicAccess}: Specifies the state of the *block public access for
 * snapshots* setting for the Region. For more information, see [Block public access for
 * snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-snapshotblockpublicaccess.html">AWS::EC2::SnapshotBlockPublicAccess</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SnapshotBlockPublicAccess extends Resource {

  String TYPE = "AWS::EC2::SnapshotBlockPublicAccess";

  /** Values CloudFormation accepts for {@code State}. */
  String STATE_BLOCK_ALL_SHARING = "block-all-sharing";
  String STATE_BLOCK_NEW_SHARING = "block-new-sharing";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The mode in which to enable block public access for snapshots for the Region. Specify
   * one of the following values:
   */
  Expr state();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("State", state())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccountId} attribute: `Ref` returns the ID of the AWS account. */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SnapshotBlockPublicAccess}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableSnapshotBlockPublicAccess.Builder {

    public Builder state(String value) {
      state(Expr.of(value));
      return this;
    }
  }
}
