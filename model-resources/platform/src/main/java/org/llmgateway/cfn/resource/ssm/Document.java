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
 * {@code AWS::SSM::Document}: The `AWS::SSM::Document` resource creates a Systems Manager (SSM)
 * document in AWS Systems Manager . This document defines the actions that Systems Manager performs
 * on your AWS resources.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-document.html">AWS::SSM::Document</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Document extends Resource {

  String TYPE = "AWS::SSM::Document";

  /** Values CloudFormation accepts for {@code DocumentFormat}. */
  String DOCUMENT_FORMAT_YAML = "YAML";
  String DOCUMENT_FORMAT_JSON = "JSON";
  String DOCUMENT_FORMAT_TEXT = "TEXT";

  /** Values CloudFormation accepts for {@code DocumentType}. */
  String DOCUMENT_TYPE_APPLICATION_CONFIGURATION = "ApplicationConfiguration";
  String DOCUMENT_TYPE_APPLICATION_CONFIGURATION_SCHEMA = "ApplicationConfigurationSchema";
  String DOCUMENT_TYPE_AUTOMATION = "Automation";
  String DOCUMENT_TYPE_AUTOMATION_CHANGE_TEMPLATE = "Automation.ChangeTemplate";
  String DOCUMENT_TYPE_CHANGE_CALENDAR = "ChangeCalendar";
  String DOCUMENT_TYPE_CLOUD_FORMATION = "CloudFormation";
  String DOCUMENT_TYPE_COMMAND = "Command";
  String DOCUMENT_TYPE_DEPLOYMENT_STRATEGY = "DeploymentStrategy";
  String DOCUMENT_TYPE_PACKAGE = "Package";
  String DOCUMENT_TYPE_POLICY = "Policy";
  String DOCUMENT_TYPE_PROBLEM_ANALYSIS = "ProblemAnalysis";
  String DOCUMENT_TYPE_PROBLEM_ANALYSIS_TEMPLATE = "ProblemAnalysisTemplate";
  String DOCUMENT_TYPE_SESSION = "Session";

  /** Values CloudFormation accepts for {@code UpdateMethod}. */
  String UPDATE_METHOD_REPLACE = "Replace";
  String UPDATE_METHOD_NEW_VERSION = "NewVersion";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A list of key-value pairs that describe attachments to a version of a document. */
  Optional<Expr> attachments();

  /**
   * Required. The content for the new SSM document in JSON or YAML. For more information about the
   * schemas for SSM document content, see [SSM document schema features and
   * examples](https://docs.aws.amazon.com/systems-manager/latest/userguide/document-schemas-features.html)
   * in the *AWS Systems Manager User Guide* .
   */
  Expr content();

  /** Specify the document format for the request. `JSON` is the default format. */
  Optional<Expr> documentFormat();

  /** The type of document to create. */
  Optional<Expr> documentType();

  /** A name for the SSM document. */
  Optional<Expr> name();

  /**
   * A list of SSM documents required by a document. This parameter is used exclusively by AWS
   * AppConfig . When a user creates an AWS AppConfig configuration in an SSM document, the user
   * must also specify a required document for validation purposes. In this case, an
   * `ApplicationConfiguration` document requires an `ApplicationConfigurationSchema` document for
   * validation purposes. For more information, see [What is AWS AppConfig
   * ?](https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html) in the *AWS
   * AppConfig User Guide* .
   */
  Optional<Expr> requires();

  /**
   * AWS CloudFormation resource tags to apply to the document. Use tags to help you identify and
   * categorize resources.
   */
  Optional<Expr> tags();

  /**
   * Specify a target type to define the kinds of resources the document can run on. For example, to
   * run a document on EC2 instances, specify the following value: `/AWS::EC2::Instance` . If you
   * specify a value of '/' the document can run on all types of resources. If you don't specify a
   * value, the document can't run on any resources. For a list of valid resource types, see [AWS
   * resource and property types
   * reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
   * in the *AWS CloudFormation User Guide* .
   */
  Optional<Expr> targetType();

  /**
   * If the document resource you specify in your template already exists, this parameter determines
   * whether a new version of the existing document is created, or the existing document is
   * replaced. `Replace` is the default method. If you specify `NewVersion` for the `UpdateMethod`
   * parameter, and the `Name` of the document does not match an existing resource, a new document
   * is created. When you specify `NewVersion` , the default version of the document is changed to
   * the newly created version.
   */
  Optional<Expr> updateMethod();

  /**
   * An optional field specifying the version of the artifact you are creating with the document.
   * For example, `Release12.1` . This value is unique across all versions of a document, and can't
   * be changed.
   */
  Optional<Expr> versionName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Attachments", attachments())
        .put("Content", content())
        .put("DocumentFormat", documentFormat())
        .put("DocumentType", documentType())
        .put("Name", name())
        .put("Requires", requires())
        .put("Tags", tags())
        .put("TargetType", targetType())
        .put("UpdateMethod", updateMethod())
        .put("VersionName", versionName())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDocument.Builder {

    public Builder attachments(List<? extends Expr> values) {
      attachments(Expr.list(values));
      return this;
    }

    public Builder content(JsonNode value) {
      content(Expr.json(value));
      return this;
    }

    public Builder content(String value) {
      content(Expr.of(value));
      return this;
    }

    public Builder documentFormat(String value) {
      documentFormat(Expr.of(value));
      return this;
    }

    public Builder documentType(String value) {
      documentType(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder requires(List<? extends Expr> values) {
      requires(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetType(String value) {
      targetType(Expr.of(value));
      return this;
    }

    public Builder updateMethod(String value) {
      updateMethod(Expr.of(value));
      return this;
    }

    public Builder versionName(String value) {
      versionName(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::Document.AttachmentsSource}: Identifying information about a document
   * attachment, including the file name and a key-value pair that identifies the location of an
   * attachment to a document.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-document-attachmentssource.html">AWS::SSM::Document.AttachmentsSource</a>
   */
  @Value.Immutable
  interface AttachmentsSource extends PropertyValue {

    /** Values CloudFormation accepts for {@code Key}. */
    String KEY_SOURCE_URL = "SourceUrl";
    String KEY_S3_FILE_URL = "S3FileUrl";
    String KEY_ATTACHMENT_REFERENCE = "AttachmentReference";

    /** The key of a key-value pair that identifies the location of an attachment to a document. */
    Optional<Expr> key();

    /** The name of the document attachment file. */
    Optional<Expr> name();

    /**
     * The value of a key-value pair that identifies the location of an attachment to a document.
     * The format for *Value* depends on the type of key you specify.
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Name", name())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AttachmentsSource}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDocument.AttachmentsSource.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
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

  /**
   * {@code AWS::SSM::Document.DocumentRequires}: An SSM document required by the current document.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-document-documentrequires.html">AWS::SSM::Document.DocumentRequires</a>
   */
  @Value.Immutable
  interface DocumentRequires extends PropertyValue {

    /** The name of the required SSM document. The name can be an Amazon Resource Name (ARN). */
    Optional<Expr> name();

    /** The document version required by the current document. */
    Optional<Expr> version();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Version", version())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DocumentRequires}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDocument.DocumentRequires.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder version(String value) {
        version(Expr.of(value));
        return this;
      }
    }
  }
}
