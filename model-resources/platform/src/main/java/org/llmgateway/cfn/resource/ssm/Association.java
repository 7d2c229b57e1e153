// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::Association}: The `AWS::SSM::Association` resource creates a State Manager
 * association for your managed instances. A State Manager association defines the state that you
 * want to maintain on your instances. For example, an association can specify that anti-virus
 * software must be installed and running on your instances, or that certain ports must be closed.
 * For static targets, the association specifies a schedule for when the configuration is reapplied.
 * For dynamic targets, such as an Resource Groups or an AWS Auto Scaling Group, State Manager
 * applies the configuration when new instances are added to the group. The association also
 * specifies actions to take when applying the configuration. For example, an association for
 * anti-virus software might run once a day. If the software is not installed, then State Manager
 * installs it. If the software is installed, but the service is not running, then the association
 * might instruct State Manager to start the service.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-association.html">AWS::SSM::Association</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Association extends Resource {

  String TYPE = "AWS::SSM::Association";

  /** Values CloudFormation accepts for {@code ComplianceSeverity}. */
  String COMPLIANCE_SEVERITY_CRITICAL = "CRITICAL";
  String COMPLIANCE_SEVERITY_HIGH = "HIGH";
  String COMPLIANCE_SEVERITY_MEDIUM = "MEDIUM";
  String COMPLIANCE_SEVERITY_LOW = "LOW";
  String COMPLIANCE_SEVERITY_UNSPECIFIED = "UNSPECIFIED";

  /** Values CloudFormation accepts for {@code SyncCompliance}. */
  String SYNC_COMPLIANCE_AUTO = "AUTO";
  String SYNC_COMPLIANCE_MANUAL = "MANUAL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * By default, when you create a new association, the system runs it immediately after it is
   * created and then according to the schedule you specified. Specify this option if you don't want
   * an association to run immediately after you create it. This parameter is not supported for rate
   * expressions.
   */
  Optional<Expr> applyOnlyAtCronInterval();

  /** A role used by association to take actions on your behalf. */
  Optional<Expr> associationDispatchAssumeRole();

  /** Specify a descriptive name for the association. */
  Optional<Expr> associationName();

  /**
   * Choose the parameter that will define how your automation will branch out. This target is
   * required for associations that use an Automation runbook and target resources by using rate
   * controls. Automation is a tool in AWS Systems Manager .
   */
  Optional<Expr> automationTargetParameterName();

  /**
   * The names or Amazon Resource Names (ARNs) of the Change Calendar type documents your
   * associations are gated under. The associations only run when that Change Calendar is open. For
   * more information, see [AWS Systems Manager Change
   * Calendar](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar)
   * in the *AWS Systems Manager User Guide* .
   */
  Optional<Expr> calendarNames();

  /** The severity level that is assigned to the association. */
  Optional<Expr> complianceSeverity();

  /** The version of the SSM document to associate with the target. */
  Optional<Expr> documentVersion();

  /**
   * &gt; `InstanceId` has been deprecated. To specify an instance ID for an association, use the
   * `Targets` parameter. If you use the parameter `InstanceId` , you cannot use the parameters
   * `AssociationName` , `DocumentVersion` , `MaxErrors` , `MaxConcurrency` , `OutputLocation` , or
   * `ScheduleExpression` . To use these parameters, you must use the `Targets` parameter. &gt; &gt;
   * Note that in some examples later in this page, `InstanceIds` is used as the tag-key name in a
   * `Targets` filter. `InstanceId` is not used as a parameter.
   */
  Optional<Expr> instanceId();

  /**
   * The maximum number of targets allowed to run the association at the same time. You can specify
   * a number, for example 10, or a percentage of the target set, for example 10%. The default value
   * is 100%, which means all targets run the association at the same time.
   */
  Optional<Expr> maxConcurrency();

  /**
   * The number of errors that are allowed before the system stops sending requests to run the
   * association on additional targets. You can specify either an absolute number of errors, for
   * example 10, or a percentage of the target set, for example 10%. If you specify 3, for example,
   * the system stops sending requests when the fourth error is received. If you specify 0, then the
   * system stops sending requests after the first error is returned. If you run an association on
   * 50 managed nodes and set `MaxError` to 10%, then the system stops sending the request when the
   * sixth error is received.
   */
  Optional<Expr> maxErrors();

  /**
   * Required. The name of the SSM document that contains the configuration information for the
   * instance. You can specify `Command` or `Automation` documents. The documents can be AWS
   * -predefined documents, documents you created, or a document that is shared with you from
   * another account. For SSM documents that are shared with you from other AWS accounts , you must
   * specify the complete SSM document ARN, in the following format:
   */
  Expr name();

  /**
   * An Amazon Simple Storage Service (Amazon S3) bucket where you want to store the output details
   * of the request.
   */
  Optional<Expr> outputLocation();

  /** The parameters for the runtime configuration of the document. */
  Optional<Expr> parameters();

  /**
   * A cron expression that specifies a schedule when the association runs. The schedule runs in
   * Coordinated Universal Time (UTC).
   */
  Optional<Expr> scheduleExpression();

  /** Number of days to wait after the scheduled day to run an association. */
  Optional<Expr> scheduleOffset();

  /**
   * The mode for generating association compliance. You can specify `AUTO` or `MANUAL` . In `AUTO`
   * mode, the system uses the status of the association execution to determine the compliance
   * status. If the association execution runs successfully, then the association is `COMPLIANT` .
   * If the association execution doesn't run successfully, the association is `NON-COMPLIANT` .
   */
  Optional<Expr> syncCompliance();

  /** A key-value pair to associate with a resource. */
  Optional<Expr> tags();

  /**
   * The targets for the association. You must specify the `InstanceId` or `Targets` property. You
   * can target all instances in an AWS account by specifying t he `InstanceIds` key with a value of
   * `*` .
   */
  Optional<Expr> targets();

  /**
   * The number of seconds the service should wait for the association status to show "Success"
   * before proceeding with the stack execution. If the association status doesn't show "Success"
   * after the specified number of seconds, then stack creation fails.
   */
  Optional<Expr> waitForSuccessTimeoutSeconds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApplyOnlyAtCronInterval", applyOnlyAtCronInterval())
        .put("AssociationDispatchAssumeRole", associationDispatchAssumeRole())
        .put("AssociationName", associationName())
        .put("AutomationTargetParameterName", automationTargetParameterName())
        .put("CalendarNames", calendarNames())
        .put("ComplianceSeverity", complianceSeverity())
        .put("DocumentVersion", documentVersion())
        .put("InstanceId", instanceId())
        .put("MaxConcurrency", maxConcurrency())
        .put("MaxErrors", maxErrors())
        .put("Name", name())
        .put("OutputLocation", outputLocation())
        .put("Parameters", parameters())
        .put("ScheduleExpression", scheduleExpression())
        .put("ScheduleOffset", scheduleOffset())
        .put("SyncCompliance", syncCompliance())
        .put("Tags", tags())
        .put("Targets", targets())
        .put("WaitForSuccessTimeoutSeconds", waitForSuccessTimeoutSeconds())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AssociationId} attribute: The association ID. */
  default GetAtt attrAssociationId() {
    return getAtt("AssociationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Association}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAssociation.Builder {

    public Builder applyOnlyAtCronInterval(boolean value) {
      applyOnlyAtCronInterval(Expr.of(value));
      return this;
    }

    public Builder associationDispatchAssumeRole(String value) {
      associationDispatchAssumeRole(Expr.of(value));
      return this;
    }

    public Builder associationName(String value) {
      associationName(Expr.of(value));
      return this;
    }

    public Builder automationTargetParameterName(String value) {
      automationTargetParameterName(Expr.of(value));
      return this;
    }

    public Builder calendarNames(List<? extends Expr> values) {
      calendarNames(Expr.list(values));
      return this;
    }

    public Builder calendarNames(String... values) {
      calendarNames(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder complianceSeverity(String value) {
      complianceSeverity(Expr.of(value));
      return this;
    }

    public Builder documentVersion(String value) {
      documentVersion(Expr.of(value));
      return this;
    }

    public Builder instanceId(String value) {
      instanceId(Expr.of(value));
      return this;
    }

    public Builder maxConcurrency(String value) {
      maxConcurrency(Expr.of(value));
      return this;
    }

    public Builder maxErrors(String value) {
      maxErrors(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder parameters(Map<String, ? extends Expr> entries) {
      parameters(Expr.map(entries));
      return this;
    }

    public Builder scheduleExpression(String value) {
      scheduleExpression(Expr.of(value));
      return this;
    }

    public Builder scheduleOffset(long value) {
      scheduleOffset(Expr.of(value));
      return this;
    }

    public Builder syncCompliance(String value) {
      syncCompliance(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targets(List<? extends Expr> values) {
      targets(Expr.list(values));
      return this;
    }

    public Builder waitForSuccessTimeoutSeconds(long value) {
      waitForSuccessTimeoutSeconds(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::Association.InstanceAssociationOutputLocation}:
   * `InstanceAssociationOutputLocation` is a property of the
   * [AWS::SSM::Association](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html)
   * resource that specifies an Amazon S3 bucket where you want to store the results of this
   * association request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-association-instanceassociationoutputlocation.html">AWS::SSM::Association.InstanceAssociationOutputLocation</a>
   */
  @Value.Immutable
  interface InstanceAssociationOutputLocation extends PropertyValue {

    /**
     * `S3OutputLocation` is a property of the
     * [InstanceAssociationOutputLocation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-association-instanceassociationoutputlocation.html)
     * property that specifies an Amazon S3 bucket where you want to store the results of this
     * request.
     */
    Optional<Expr> s3Location();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3Location", s3Location())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceAssociationOutputLocation}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableAssociation.InstanceAssociationOutputLocation.Builder {
    }
  }

  /**
   * {@code AWS::SSM::Association.S3OutputLocation}: `S3OutputLocation` is a property of the
   * [AWS::SSM::Association](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html)
   * resource that specifies an Amazon S3 bucket where you want to store the results of this
   * association request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-association-s3outputlocation.html">AWS::SSM::Association.S3OutputLocation</a>
   */
  @Value.Immutable
  interface S3OutputLocation extends PropertyValue {

    /** The name of the S3 bucket. */
    Optional<Expr> outputS3BucketName();

    /** The S3 bucket subfolder. */
    Optional<Expr> outputS3KeyPrefix();

    /** The AWS Region of the S3 bucket. */
    Optional<Expr> outputS3Region();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OutputS3BucketName", outputS3BucketName())
          .put("OutputS3KeyPrefix", outputS3KeyPrefix())
          .put("OutputS3Region", outputS3Region())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3OutputLocation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAssociation.S3OutputLocation.Builder {

      public Builder outputS3BucketName(String value) {
        outputS3BucketName(Expr.of(value));
        return this;
      }

      public Builder outputS3KeyPrefix(String value) {
        outputS3KeyPrefix(Expr.of(value));
        return this;
      }

      public Builder outputS3Region(String value) {
        outputS3Region(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::Association.Target}: `Target` is a property of the
   * [AWS::SSM::Association](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html)
   * resource that specifies the targets for an SSM document in Systems Manager . You can target all
   * instances in an AWS account by specifying the `InstanceIds` key with a value of `*` . To view a
   * JSON and a YAML example that targets all instances, see the example "Create an association for
   * all managed instances in an AWS account " later in this page.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-association-target.html">AWS::SSM::Association.Target</a>
   */
  @Value.Immutable
  interface Target extends PropertyValue {

    /**
     * Required. User-defined criteria for sending commands that target managed nodes that meet the
     * criteria.
     */
    Expr key();

    /**
     * Required. User-defined criteria that maps to `Key` . For example, if you specified
     * `tag:ServerRole` , you could specify `value:WebServer` to run a command on instances that
     * include EC2 tags of `ServerRole,WebServer` .
     */
    Expr values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Target}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAssociation.Target.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
