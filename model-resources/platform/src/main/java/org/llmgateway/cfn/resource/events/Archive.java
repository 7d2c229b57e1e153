// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.events;

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
 * {@code AWS::Events::Archive}: Creates an archive of events with the specified settings. When you
 * create an archive, incoming events might not immediately start being sent to the archive. Allow a
 * short period of time for changes to take effect. If you do not specify a pattern to filter events
 * sent to the archive, all events are sent to the archive except replayed events. Replayed events
 * are not sent to an archive.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-archive.html">AWS::Events::Archive</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Archive extends Resource {

  String TYPE = "AWS::Events::Archive";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name for the archive to create. */
  Optional<Expr> archiveName();

  /** A description for the archive. */
  Optional<Expr> description();

  /** An event pattern to use to filter events sent to the archive. */
  Optional<Expr> eventPattern();

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt this archive. The identifier can be the key Amazon Resource
   * Name (ARN), KeyId, key alias, or key alias ARN.
   */
  Optional<Expr> kmsKeyIdentifier();

  /**
   * The number of days to retain events for. Default value is 0. If set to 0, events are retained
   * indefinitely
   */
  Optional<Expr> retentionDays();

  /** Required. The ARN of the event bus that sends events to the archive. */
  Expr sourceArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ArchiveName", archiveName())
        .put("Description", description())
        .put("EventPattern", eventPattern())
        .put("KmsKeyIdentifier", kmsKeyIdentifier())
        .put("RetentionDays", retentionDays())
        .put("SourceArn", sourceArn())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the archive created. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Archive}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableArchive.Builder {

    public Builder archiveName(String value) {
      archiveName(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder eventPattern(JsonNode value) {
      eventPattern(Expr.json(value));
      return this;
    }

    public Builder kmsKeyIdentifier(String value) {
      kmsKeyIdentifier(Expr.of(value));
      return this;
    }

    public Builder retentionDays(long value) {
      retentionDays(Expr.of(value));
      return this;
    }

    public Builder sourceArn(String value) {
      sourceArn(Expr.of(value));
      return this;
    }
  }
}
