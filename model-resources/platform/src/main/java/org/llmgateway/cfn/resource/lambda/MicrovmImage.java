// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::MicrovmImage}: Resource Type definition for AWS::Lambda::MicrovmImage
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-microvmimage.html">AWS::Lambda::MicrovmImage</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MicrovmImage extends Resource {

  String TYPE = "AWS::Lambda::MicrovmImage";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. {@code AdditionalOsCapabilities}. */
  Expr additionalOsCapabilities();

  /** Required. ARN of the base MicroVM image. */
  Expr baseImageArn();

  /** Required. Specific version of the base MicroVM image to use. */
  Expr baseImageVersion();

  /** Required. ARN of the IAM build role. */
  Expr buildRoleArn();

  /** Required. {@code CodeArtifact}. */
  Expr codeArtifact();

  /** Required. {@code CpuConfigurations}. */
  Expr cpuConfigurations();

  /** Required. Human-readable description of the MicroVM image and its purpose. */
  Expr description();

  /** Required. {@code EgressNetworkConnectors}. */
  Expr egressNetworkConnectors();

  /** Required. Environment variables to set in the container during the snapshot build. */
  Expr environmentVariables();

  /** Required. {@code Hooks}. */
  Expr hooks();

  /** Required. {@code Logging}. */
  Expr logging();

  /** Required. Unique name for the MicroVM image within the account. */
  Expr name();

  /** Required. {@code Resources}. */
  Expr resources();

  /** Key-value pairs to associate with the MicroVM image for organization and management. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AdditionalOsCapabilities", additionalOsCapabilities())
        .put("BaseImageArn", baseImageArn())
        .put("BaseImageVersion", baseImageVersion())
        .put("BuildRoleArn", buildRoleArn())
        .put("CodeArtifact", codeArtifact())
        .put("CpuConfigurations", cpuConfigurations())
        .put("Description", description())
        .put("EgressNetworkConnectors", egressNetworkConnectors())
        .put("EnvironmentVariables", environmentVariables())
        .put("Hooks", hooks())
        .put("Logging", logging())
        .put("Name", name())
        .put("Resources", resources())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreatedAt} attribute: Timestamp when the MicroVM image was created. */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  /** The {@code ImageArn} attribute: ARN of the MicroVM image. */
  default GetAtt attrImageArn() {
    return getAtt("ImageArn");
  }

  /**
   * The {@code LatestActiveImageVersion} attribute: The latest active version of the MicroVM image.
   */
  default GetAtt attrLatestActiveImageVersion() {
    return getAtt("LatestActiveImageVersion");
  }

  /**
   * The {@code LatestFailedImageVersion} attribute: The latest failed version of the MicroVM image.
   */
  default GetAtt attrLatestFailedImageVersion() {
    return getAtt("LatestFailedImageVersion");
  }

  /** The {@code State} attribute. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code UpdatedAt} attribute: Timestamp when the MicroVM image was updated. */
  default GetAtt attrUpdatedAt() {
    return getAtt("UpdatedAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MicrovmImage}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableMicrovmImage.Builder {

    public Builder additionalOsCapabilities(List<? extends Expr> values) {
      additionalOsCapabilities(Expr.list(values));
      return this;
    }

    public Builder additionalOsCapabilities(String... values) {
      additionalOsCapabilities(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder baseImageArn(String value) {
      baseImageArn(Expr.of(value));
      return this;
    }

    public Builder baseImageVersion(String value) {
      baseImageVersion(Expr.of(value));
      return this;
    }

    public Builder buildRoleArn(String value) {
      buildRoleArn(Expr.of(value));
      return this;
    }

    public Builder cpuConfigurations(List<? extends Expr> values) {
      cpuConfigurations(Expr.list(values));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder egressNetworkConnectors(List<? extends Expr> values) {
      egressNetworkConnectors(Expr.list(values));
      return this;
    }

    public Builder egressNetworkConnectors(String... values) {
      egressNetworkConnectors(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder environmentVariables(List<? extends Expr> values) {
      environmentVariables(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder resources(List<? extends Expr> values) {
      resources(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.CloudWatchLogging}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-cloudwatchlogging.html">AWS::Lambda::MicrovmImage.CloudWatchLogging</a>
   */
  @Value.Immutable
  interface CloudWatchLogging extends PropertyValue {

    /** {@code LogGroup}. */
    Optional<Expr> logGroup();

    /** {@code LogStream}. */
    Optional<Expr> logStream();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LogGroup", logGroup())
          .put("LogStream", logStream())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CloudWatchLogging}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.CloudWatchLogging.Builder {

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }

      public Builder logStream(String value) {
        logStream(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.CodeArtifact}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-codeartifact.html">AWS::Lambda::MicrovmImage.CodeArtifact</a>
   */
  @Value.Immutable
  interface CodeArtifact extends PropertyValue {

    /** Required. {@code Uri}. */
    Expr uri();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Uri", uri())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CodeArtifact}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.CodeArtifact.Builder {

      public Builder uri(String value) {
        uri(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.CpuConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-cpuconfiguration.html">AWS::Lambda::MicrovmImage.CpuConfiguration</a>
   */
  @Value.Immutable
  interface CpuConfiguration extends PropertyValue {

    /** Required. {@code Architecture}. */
    Expr architecture();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Architecture", architecture())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CpuConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.CpuConfiguration.Builder {

      public Builder architecture(String value) {
        architecture(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.EnvironmentVariable}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-environmentvariable.html">AWS::Lambda::MicrovmImage.EnvironmentVariable</a>
   */
  @Value.Immutable
  interface EnvironmentVariable extends PropertyValue {

    /** Required. {@code Key}. */
    Expr key();

    /** Required. {@code Value}. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EnvironmentVariable}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableMicrovmImage.EnvironmentVariable.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.Hooks}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-hooks.html">AWS::Lambda::MicrovmImage.Hooks</a>
   */
  @Value.Immutable
  interface Hooks extends PropertyValue {

    /** {@code MicrovmHooks}. */
    Optional<Expr> microvmHooks();

    /** {@code MicrovmImageHooks}. */
    Optional<Expr> microvmImageHooks();

    /** {@code Port}. */
    Optional<Expr> port();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MicrovmHooks", microvmHooks())
          .put("MicrovmImageHooks", microvmImageHooks())
          .put("Port", port())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Hooks}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.Hooks.Builder {

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.Logging}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-logging.html">AWS::Lambda::MicrovmImage.Logging</a>
   */
  @Value.Immutable
  interface Logging extends PropertyValue {

    /** {@code CloudWatch}. */
    Optional<Expr> cloudWatch();

    /** {@code Disabled}. */
    Optional<Expr> disabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatch", cloudWatch())
          .put("Disabled", disabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Logging}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.Logging.Builder {

      public Builder disabled(boolean value) {
        disabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.MicrovmHooks}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-microvmhooks.html">AWS::Lambda::MicrovmImage.MicrovmHooks</a>
   */
  @Value.Immutable
  interface MicrovmHooks extends PropertyValue {

    /** {@code Resume}. */
    Optional<Expr> resume();

    /** {@code ResumeTimeoutInSeconds}. */
    Optional<Expr> resumeTimeoutInSeconds();

    /** {@code Run}. */
    Optional<Expr> run();

    /** {@code RunTimeoutInSeconds}. */
    Optional<Expr> runTimeoutInSeconds();

    /** {@code Suspend}. */
    Optional<Expr> suspend();

    /** {@code SuspendTimeoutInSeconds}. */
    Optional<Expr> suspendTimeoutInSeconds();

    /** {@code Terminate}. */
    Optional<Expr> terminate();

    /** {@code TerminateTimeoutInSeconds}. */
    Optional<Expr> terminateTimeoutInSeconds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Resume", resume())
          .put("ResumeTimeoutInSeconds", resumeTimeoutInSeconds())
          .put("Run", run())
          .put("RunTimeoutInSeconds", runTimeoutInSeconds())
          .put("Suspend", suspend())
          .put("SuspendTimeoutInSeconds", suspendTimeoutInSeconds())
          .put("Terminate", terminate())
          .put("TerminateTimeoutInSeconds", terminateTimeoutInSeconds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MicrovmHooks}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.MicrovmHooks.Builder {

      public Builder resume(String value) {
        resume(Expr.of(value));
        return this;
      }

      public Builder resumeTimeoutInSeconds(long value) {
        resumeTimeoutInSeconds(Expr.of(value));
        return this;
      }

      public Builder run(String value) {
        run(Expr.of(value));
        return this;
      }

      public Builder runTimeoutInSeconds(long value) {
        runTimeoutInSeconds(Expr.of(value));
        return this;
      }

      public Builder suspend(String value) {
        suspend(Expr.of(value));
        return this;
      }

      public Builder suspendTimeoutInSeconds(long value) {
        suspendTimeoutInSeconds(Expr.of(value));
        return this;
      }

      public Builder terminate(String value) {
        terminate(Expr.of(value));
        return this;
      }

      public Builder terminateTimeoutInSeconds(long value) {
        terminateTimeoutInSeconds(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.MicrovmImageHooks}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-microvmimagehooks.html">AWS::Lambda::MicrovmImage.MicrovmImageHooks</a>
   */
  @Value.Immutable
  interface MicrovmImageHooks extends PropertyValue {

    /** {@code Ready}. */
    Optional<Expr> ready();

    /** {@code ReadyTimeoutInSeconds}. */
    Optional<Expr> readyTimeoutInSeconds();

    /** {@code Validate}. */
    Optional<Expr> validate();

    /** {@code ValidateTimeoutInSeconds}. */
    Optional<Expr> validateTimeoutInSeconds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ready", ready())
          .put("ReadyTimeoutInSeconds", readyTimeoutInSeconds())
          .put("Validate", validate())
          .put("ValidateTimeoutInSeconds", validateTimeoutInSeconds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MicrovmImageHooks}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.MicrovmImageHooks.Builder {

      public Builder ready(String value) {
        ready(Expr.of(value));
        return this;
      }

      public Builder readyTimeoutInSeconds(long value) {
        readyTimeoutInSeconds(Expr.of(value));
        return this;
      }

      public Builder validate(String value) {
        validate(Expr.of(value));
        return this;
      }

      public Builder validateTimeoutInSeconds(long value) {
        validateTimeoutInSeconds(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::MicrovmImage.Resources}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-microvmimage-resources.html">AWS::Lambda::MicrovmImage.Resources</a>
   */
  @Value.Immutable
  interface Resources extends PropertyValue {

    /** Required. {@code MinimumMemoryInMiB}. */
    Expr minimumMemoryInMiB();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MinimumMemoryInMiB", minimumMemoryInMiB())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Resources}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMicrovmImage.Resources.Builder {

      public Builder minimumMemoryInMiB(long value) {
        minimumMemoryInMiB(Expr.of(value));
        return this;
      }
    }
  }
}
