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
 * {@code AWS::Logs::LogAnomalyDetector}: Creates or updates an *anomaly detector* that regularly
 * scans one or more log groups and look for patterns and anomalies in the logs.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loganomalydetector.html">AWS::Logs::LogAnomalyDetector</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LogAnomalyDetector extends Resource {

  String TYPE = "AWS::Logs::LogAnomalyDetector";

  /** Values CloudFormation accepts for {@code EvaluationFrequency}. */
  String EVALUATION_FREQUENCY_FIVE_MIN = "FIVE_MIN";
  String EVALUATION_FREQUENCY_TEN_MIN = "TEN_MIN";
  String EVALUATION_FREQUENCY_FIFTEEN_MIN = "FIFTEEN_MIN";
  String EVALUATION_FREQUENCY_THIRTY_MIN = "THIRTY_MIN";
  String EVALUATION_FREQUENCY_ONE_HOUR = "ONE_HOUR";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of the account to create the anomaly detector in. */
  Optional<Expr> accountId();

  /**
   * The number of days to have visibility on an anomaly. After this time period has elapsed for an
   * anomaly, it will be automatically baselined and the anomaly detector will treat new occurrences
   * of a similar anomaly as normal. Therefore, if you do not correct the cause of an anomaly during
   * the time period specified in `AnomalyVisibilityTime` , it will be considered normal going
   * forward and will not be detected as an anomaly.
   */
  Optional<Expr> anomalyVisibilityTime();

  /** A name for this anomaly detector. */
  Optional<Expr> detectorName();

  /**
   * Specifies how often the anomaly detector is to run and look for anomalies. Set this value
   * according to the frequency that the log group receives new logs. For example, if the log group
   * receives new log events every 10 minutes, then 15 minutes might be a good setting for
   * `EvaluationFrequency` .
   */
  Optional<Expr> evaluationFrequency();

  /**
   * You can use this parameter to limit the anomaly detection model to examine only log events that
   * match the pattern you specify here. For more information, see [Filter and Pattern
   * Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html) .
   */
  Optional<Expr> filterPattern();

  /**
   * Optionally assigns a AWS key to secure this anomaly detector and its findings. If a key is
   * assigned, the anomalies found and the model used by this detector are encrypted at rest with
   * the key. If a key is assigned to an anomaly detector, a user must have permissions for both
   * this key and for the anomaly detector to retrieve information about the anomalies that it
   * finds.
   */
  Optional<Expr> kmsKeyId();

  /**
   * The ARN of the log group that is associated with this anomaly detector. You can specify only
   * one log group ARN.
   */
  Optional<Expr> logGroupArnList();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AccountId", accountId())
        .put("AnomalyVisibilityTime", anomalyVisibilityTime())
        .put("DetectorName", detectorName())
        .put("EvaluationFrequency", evaluationFrequency())
        .put("FilterPattern", filterPattern())
        .put("KmsKeyId", kmsKeyId())
        .put("LogGroupArnList", logGroupArnList())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AnomalyDetectorArn} attribute: The ARN of the anomaly detector. */
  default GetAtt attrAnomalyDetectorArn() {
    return getAtt("AnomalyDetectorArn");
  }

  /**
   * The {@code AnomalyDetectorStatus} attribute: Specifies whether the anomaly detector is
   * currently active.
   */
  default GetAtt attrAnomalyDetectorStatus() {
    return getAtt("AnomalyDetectorStatus");
  }

  /** The {@code CreationTimeStamp} attribute: The time that the anomaly detector was created. */
  default GetAtt attrCreationTimeStamp() {
    return getAtt("CreationTimeStamp");
  }

  /**
   * The {@code LastModifiedTimeStamp} attribute: The time that the anomaly detector was most
   * recently modified.
   */
  default GetAtt attrLastModifiedTimeStamp() {
    return getAtt("LastModifiedTimeStamp");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogAnomalyDetector}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLogAnomalyDetector.Builder {

    public Builder accountId(String value) {
      accountId(Expr.of(value));
      return this;
    }

    public Builder anomalyVisibilityTime(long value) {
      anomalyVisibilityTime(Expr.of(value));
      return this;
    }

    public Builder anomalyVisibilityTime(double value) {
      anomalyVisibilityTime(Expr.of(value));
      return this;
    }

    public Builder detectorName(String value) {
      detectorName(Expr.of(value));
      return this;
    }

    public Builder evaluationFrequency(String value) {
      evaluationFrequency(Expr.of(value));
      return this;
    }

    public Builder filterPattern(String value) {
      filterPattern(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder logGroupArnList(List<? extends Expr> values) {
      logGroupArnList(Expr.list(values));
      return this;
    }

    public Builder logGroupArnList(String... values) {
      logGroupArnList(Expr.ofStrings(List.of(values)));
      return this;
    }
  }
}
