// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.backup;

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
 * {@code AWS::Backup::ReportPlan}: Creates a report plan. A report plan is a document that contains
 * information about the contents of the report and where AWS Backup will deliver it.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-reportplan.html">AWS::Backup::ReportPlan</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ReportPlan extends Resource {

  String TYPE = "AWS::Backup::ReportPlan";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Contains information about where and how to deliver your reports, specifically your
   * Amazon S3 bucket name, S3 key prefix, and the formats of your reports.
   */
  Expr reportDeliveryChannel();

  /** An optional description of the report plan with a maximum 1,024 characters. */
  Optional<Expr> reportPlanDescription();

  /**
   * The unique name of the report plan. This name is between 1 and 256 characters starting with a
   * letter, and consisting of letters (a-z, A-Z), numbers (0-9), and underscores (_).
   */
  Optional<Expr> reportPlanName();

  /** The tags to assign to your report plan. */
  Optional<Expr> reportPlanTags();

  /**
   * Required. Identifies the report template for the report. Reports are built using a report
   * template. The report templates are:
   */
  Expr reportSetting();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ReportDeliveryChannel", reportDeliveryChannel())
        .put("ReportPlanDescription", reportPlanDescription())
        .put("ReportPlanName", reportPlanName())
        .put("ReportPlanTags", reportPlanTags())
        .put("ReportSetting", reportSetting())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ReportPlanArn} attribute: The Amazon Resource Name (ARN) of your report plan. */
  default GetAtt attrReportPlanArn() {
    return getAtt("ReportPlanArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportPlan}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableReportPlan.Builder {

    public Builder reportPlanDescription(String value) {
      reportPlanDescription(Expr.of(value));
      return this;
    }

    public Builder reportPlanName(String value) {
      reportPlanName(Expr.of(value));
      return this;
    }

    public Builder reportPlanTags(List<? extends Expr> values) {
      reportPlanTags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::ReportPlan.ReportDeliveryChannel}: Contains information from your report
   * plan about where to deliver your reports, specifically your Amazon S3 bucket name, S3 key
   * prefix, and the formats of your reports.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-reportplan-reportdeliverychannel.html">AWS::Backup::ReportPlan.ReportDeliveryChannel</a>
   */
  @Value.Immutable
  interface ReportDeliveryChannel extends PropertyValue {

    /**
     * The format of your reports: `CSV` , `JSON` , or both. If not specified, the default format is
     * `CSV` .
     */
    Optional<Expr> formats();

    /** Required. The unique name of the S3 bucket that receives your reports. */
    Expr s3BucketName();

    /**
     * The prefix for where AWS Backup Audit Manager delivers your reports to Amazon S3. The prefix
     * is this part of the following path: s3://your-bucket-name/ `prefix`
     * /Backup/us-west-2/year/month/day/report-name. If not specified, there is no prefix.
     */
    Optional<Expr> s3KeyPrefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Formats", formats())
          .put("S3BucketName", s3BucketName())
          .put("S3KeyPrefix", s3KeyPrefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReportDeliveryChannel}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableReportPlan.ReportDeliveryChannel.Builder {

      public Builder formats(List<? extends Expr> values) {
        formats(Expr.list(values));
        return this;
      }

      public Builder formats(String... values) {
        formats(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder s3BucketName(String value) {
        s3BucketName(Expr.of(value));
        return this;
      }

      public Builder s3KeyPrefix(String value) {
        s3KeyPrefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::ReportPlan.ReportSetting}: Contains detailed information about a report
   * setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-reportplan-reportsetting.html">AWS::Backup::ReportPlan.ReportSetting</a>
   */
  @Value.Immutable
  interface ReportSetting extends PropertyValue {

    /** These are the accounts to be included in the report. */
    Optional<Expr> accounts();

    /** The Amazon Resource Names (ARNs) of the frameworks a report covers. */
    Optional<Expr> frameworkArns();

    /** These are the Organizational Units to be included in the report. */
    Optional<Expr> organizationUnits();

    /** These are the Regions to be included in the report. */
    Optional<Expr> regions();

    /**
     * Required. Identifies the report template for the report. Reports are built using a report
     * template. The report templates are:
     */
    Expr reportTemplate();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Accounts", accounts())
          .put("FrameworkArns", frameworkArns())
          .put("OrganizationUnits", organizationUnits())
          .put("Regions", regions())
          .put("ReportTemplate", reportTemplate())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReportSetting}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableReportPlan.ReportSetting.Builder {

      public Builder accounts(List<? extends Expr> values) {
        accounts(Expr.list(values));
        return this;
      }

      public Builder accounts(String... values) {
        accounts(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder frameworkArns(List<? extends Expr> values) {
        frameworkArns(Expr.list(values));
        return this;
      }

      public Builder frameworkArns(String... values) {
        frameworkArns(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder organizationUnits(List<? extends Expr> values) {
        organizationUnits(Expr.list(values));
        return this;
      }

      public Builder organizationUnits(String... values) {
        organizationUnits(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder regions(List<? extends Expr> values) {
        regions(Expr.list(values));
        return this;
      }

      public Builder regions(String... values) {
        regions(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder reportTemplate(String value) {
        reportTemplate(Expr.of(value));
        return this;
      }
    }
  }
}
