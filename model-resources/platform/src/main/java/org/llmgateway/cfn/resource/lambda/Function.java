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
 * {@code AWS::Lambda::Function}: The `AWS::Lambda::Function` resource creates a Lambda function. To
 * create a function, you need a [deployment
 * package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) and an
 * [execution role](https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html) .
 * The deployment package is a .zip file archive or container image that contains your function
 * code. The execution role grants the function permission to use AWS services, such as Amazon
 * CloudWatch Logs for log streaming and AWS X-Ray for request tracing.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html">AWS::Lambda::Function</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Function extends Resource {

  String TYPE = "AWS::Lambda::Function";

  /** Values CloudFormation accepts for {@code Architectures}. */
  String ARCHITECTURES_X86_64 = "x86_64";
  String ARCHITECTURES_ARM64 = "arm64";

  /** Values CloudFormation accepts for {@code PackageType}. */
  String PACKAGE_TYPE_IMAGE = "Image";
  String PACKAGE_TYPE_ZIP = "Zip";

  /** Values CloudFormation accepts for {@code RecursiveLoop}. */
  String RECURSIVE_LOOP_ALLOW = "Allow";
  String RECURSIVE_LOOP_TERMINATE = "Terminate";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The instruction set architecture that the function supports. Enter a string array with one of
   * the valid values (arm64 or x86_64). The default value is `x86_64` .
   */
  Optional<Expr> architectures();

  /**
   * Configuration for the capacity provider that manages compute resources for Lambda functions.
   */
  Optional<Expr> capacityProviderConfig();

  /** Required. The code for the function. You can define your function code in multiple ways: */
  Expr code();

  /**
   * To enable code signing for this function, specify the ARN of a code-signing configuration. A
   * code-signing configuration includes a set of signing profiles, which define the trusted
   * publishers for this function.
   */
  Optional<Expr> codeSigningConfigArn();

  /**
   * A dead-letter queue configuration that specifies the queue or topic where Lambda sends
   * asynchronous events when they fail processing. For more information, see [Dead-letter
   * queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq) .
   */
  Optional<Expr> deadLetterConfig();

  /** A description of the function. */
  Optional<Expr> description();

  /**
   * Configuration settings for [durable
   * functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) , including
   * execution timeout and retention period for execution history.
   */
  Optional<Expr> durableConfig();

  /** Environment variables that are accessible from function code during execution. */
  Optional<Expr> environment();

  /**
   * The size of the function's `/tmp` directory in MB. The default value is 512, but it can be any
   * whole number between 512 and 10,240 MB.
   */
  Optional<Expr> ephemeralStorage();

  /**
   * Connection settings for an Amazon EFS file system. To connect a function to a file system, a
   * mount target must be available in every Availability Zone that your function connects to. If
   * your template contains an
   * [AWS::EFS::MountTarget](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-mounttarget.html)
   * resource, you must also specify a `DependsOn` attribute to ensure that the mount target is
   * created or updated before the function.
   */
  Optional<Expr> fileSystemConfigs();

  /**
   * The name of the Lambda function, up to 64 characters in length. If you don't specify a name,
   * CloudFormation generates one.
   */
  Optional<Expr> functionName();

  /**
   * Configuration that defines the scaling behavior for a Lambda Managed Instances function,
   * including the minimum and maximum number of execution environments that can be provisioned.
   */
  Optional<Expr> functionScalingConfig();

  /**
   * The name of the method within your code that Lambda calls to run your function. Handler is
   * required if the deployment package is a .zip file archive. The format includes the file name.
   * It can also include namespaces and other qualifiers, depending on the runtime. For more
   * information, see [Lambda programming
   * model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html) .
   */
  Optional<Expr> handler();

  /**
   * Configuration values that override the container image Dockerfile settings. For more
   * information, see [Container image
   * settings](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) .
   */
  Optional<Expr> imageConfig();

  /**
   * The ARN of the AWS Key Management Service ( AWS ) customer managed key that's used to encrypt
   * the following resources:
   */
  Optional<Expr> kmsKeyArn();

  /**
   * A list of [function
   * layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to the
   * function's execution environment. Specify each layer by its ARN, including the version.
   */
  Optional<Expr> layers();

  /** The function's Amazon CloudWatch Logs configuration settings. */
  Optional<Expr> loggingConfig();

  /**
   * The amount of [memory available to the
   * function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console)
   * at runtime. Increasing the function memory also increases its CPU allocation. The default value
   * is 128 MB. The value can be any multiple of 1 MB. Note that new AWS accounts have reduced
   * concurrency and memory quotas. AWS raises these quotas automatically based on your usage. You
   * can also request a quota increase.
   */
  Optional<Expr> memorySize();

  /**
   * The type of deployment package. Set to `Image` for container image and set `Zip` for .zip file
   * archive.
   */
  Optional<Expr> packageType();

  /** {@code PublishToLatestPublished}. */
  Optional<Expr> publishToLatestPublished();

  /** The status of your function's recursive loop detection configuration. */
  Optional<Expr> recursiveLoop();

  /** The number of simultaneous executions to reserve for the function. */
  Optional<Expr> reservedConcurrentExecutions();

  /** Required. The Amazon Resource Name (ARN) of the function's execution role. */
  Expr role();

  /**
   * The identifier of the function's
   * [runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) . Runtime is
   * required if the deployment package is a .zip file archive. Specifying a runtime results in an
   * error if you're deploying a function using a container image.
   */
  Optional<Expr> runtime();

  /**
   * Sets the runtime management configuration for a function's version. For more information, see
   * [Runtime updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html) .
   */
  Optional<Expr> runtimeManagementConfig();

  /**
   * The function's [AWS Lambda
   * SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
   */
  Optional<Expr> snapStart();

  /**
   * A list of [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the
   * function.
   */
  Optional<Expr> tags();

  /**
   * The function's tenant isolation configuration settings. Determines whether the Lambda function
   * runs on a shared or dedicated infrastructure per unique tenant.
   */
  Optional<Expr> tenancyConfig();

  /**
   * The amount of time (in seconds) that Lambda allows a function to run before stopping it. The
   * default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see
   * [Lambda execution
   * environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html) .
   */
  Optional<Expr> timeout();

  /**
   * Set `Mode` to `Active` to sample and trace a subset of incoming requests with
   * [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) .
   */
  Optional<Expr> tracingConfig();

  /**
   * For network connectivity to AWS resources in a VPC, specify a list of security groups and
   * subnets in the VPC. When you connect a function to a VPC, it can access resources and the
   * internet only through that VPC. For more information, see [Configuring a Lambda function to
   * access resources in a VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html)
   * .
   */
  Optional<Expr> vpcConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Architectures", architectures())
        .put("CapacityProviderConfig", capacityProviderConfig())
        .put("Code", code())
        .put("CodeSigningConfigArn", codeSigningConfigArn())
        .put("DeadLetterConfig", deadLetterConfig())
        .put("Description", description())
        .put("DurableConfig", durableConfig())
        .put("Environment", environment())
        .put("EphemeralStorage", ephemeralStorage())
        .put("FileSystemConfigs", fileSystemConfigs())
        .put("FunctionName", functionName())
        .put("FunctionScalingConfig", functionScalingConfig())
        .put("Handler", handler())
        .put("ImageConfig", imageConfig())
        .put("KmsKeyArn", kmsKeyArn())
        .put("Layers", layers())
        .put("LoggingConfig", loggingConfig())
        .put("MemorySize", memorySize())
        .put("PackageType", packageType())
        .put("PublishToLatestPublished", publishToLatestPublished())
        .put("RecursiveLoop", recursiveLoop())
        .put("ReservedConcurrentExecutions", reservedConcurrentExecutions())
        .put("Role", role())
        .put("Runtime", runtime())
        .put("RuntimeManagementConfig", runtimeManagementConfig())
        .put("SnapStart", snapStart())
        .put("Tags", tags())
        .put("TenancyConfig", tenancyConfig())
        .put("Timeout", timeout())
        .put("TracingConfig", tracingConfig())
        .put("VpcConfig", vpcConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the function. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code SnapStartResponse} attribute: The function's
   * [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
   */
  default GetAtt attrSnapStartResponse() {
    return getAtt("SnapStartResponse");
  }

  /**
   * The {@code SnapStartResponse.ApplyOn} attribute: When set to ``PublishedVersions``, Lambda
   * creates a snapshot of the execution environment when you publish a function version.
   */
  default GetAtt attrSnapStartResponseApplyOn() {
    return getAtt("SnapStartResponse.ApplyOn");
  }

  /**
   * The {@code SnapStartResponse.OptimizationStatus} attribute: When you provide a [qualified
   * Amazon Resource Name
   * (ARN)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using),
   * this response element indicates whether SnapStart is activated for the specified function
   * version.
   */
  default GetAtt attrSnapStartResponseOptimizationStatus() {
    return getAtt("SnapStartResponse.OptimizationStatus");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Function}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFunction.Builder {

    public Builder architectures(List<? extends Expr> values) {
      architectures(Expr.list(values));
      return this;
    }

    public Builder architectures(String... values) {
      architectures(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder codeSigningConfigArn(String value) {
      codeSigningConfigArn(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder fileSystemConfigs(List<? extends Expr> values) {
      fileSystemConfigs(Expr.list(values));
      return this;
    }

    public Builder functionName(String value) {
      functionName(Expr.of(value));
      return this;
    }

    public Builder handler(String value) {
      handler(Expr.of(value));
      return this;
    }

    public Builder kmsKeyArn(String value) {
      kmsKeyArn(Expr.of(value));
      return this;
    }

    public Builder layers(List<? extends Expr> values) {
      layers(Expr.list(values));
      return this;
    }

    public Builder layers(String... values) {
      layers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder memorySize(long value) {
      memorySize(Expr.of(value));
      return this;
    }

    public Builder packageType(String value) {
      packageType(Expr.of(value));
      return this;
    }

    public Builder publishToLatestPublished(boolean value) {
      publishToLatestPublished(Expr.of(value));
      return this;
    }

    public Builder recursiveLoop(String value) {
      recursiveLoop(Expr.of(value));
      return this;
    }

    public Builder reservedConcurrentExecutions(long value) {
      reservedConcurrentExecutions(Expr.of(value));
      return this;
    }

    public Builder role(String value) {
      role(Expr.of(value));
      return this;
    }

    public Builder runtime(String value) {
      runtime(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder timeout(long value) {
      timeout(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::Function.CapacityProviderConfig}: Configuration for the capacity provider
   * that manages compute resources for Lambda functions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-capacityproviderconfig.html">AWS::Lambda::Function.CapacityProviderConfig</a>
   */
  @Value.Immutable
  interface CapacityProviderConfig extends PropertyValue {

    /** Required. Configuration for Lambda-managed instances used by the capacity provider. */
    Expr lambdaManagedInstancesCapacityProviderConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LambdaManagedInstancesCapacityProviderConfig", lambdaManagedInstancesCapacityProviderConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableFunction.CapacityProviderConfig.Builder {
    }
  }

  /**
   * {@code AWS::Lambda::Function.Code}: The [deployment
   * package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) for a Lambda
   * function. To deploy a function defined as a container image, you specify the location of a
   * container image in the Amazon ECR registry. For a .zip file deployment package, you can specify
   * the location of an object in Amazon S3. For Node.js and Python functions, you can specify the
   * function code inline in the template.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html">AWS::Lambda::Function.Code</a>
   */
  @Value.Immutable
  interface Code extends PropertyValue {

    /**
     * URI of a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html)
     * in the Amazon ECR registry.
     */
    Optional<Expr> imageUri();

    /**
     * An Amazon S3 bucket in the same AWS Region as your function. The bucket can be in a different
     * AWS account .
     */
    Optional<Expr> s3Bucket();

    /** The Amazon S3 key of the deployment package. */
    Optional<Expr> s3Key();

    /**
     * Specifies the storage mode for the deployment package. Use ``COPY`` to store the package in
     * LAMlong-managed storage. Use ``REFERENCE`` to read the package directly from the Amazon S3
     * bucket. If omitted, the default is ``COPY``.
     */
    Optional<Expr> s3ObjectStorageMode();

    /** For versioned objects, the version of the deployment package object to use. */
    Optional<Expr> s3ObjectVersion();

    /**
     * The ARN of the AWS Key Management Service ( AWS ) customer managed key that's used to encrypt
     * your function's .zip deployment package. If you don't provide a customer managed key, Lambda
     * uses an [AWS owned
     * key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk) .
     */
    Optional<Expr> sourceKMSKeyArn();

    /**
     * (Node.js and Python) The source code of your Lambda function. If you include your function
     * source inline with this parameter, CloudFormation places it in a file named `index` and zips
     * it to create a [deployment
     * package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) . This zip
     * file cannot exceed 4MB. For the `Handler` property, the first part of the handler identifier
     * must be `index` . For example, `index.handler` .
     */
    Optional<Expr> zipFile();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ImageUri", imageUri())
          .put("S3Bucket", s3Bucket())
          .put("S3Key", s3Key())
          .put("S3ObjectStorageMode", s3ObjectStorageMode())
          .put("S3ObjectVersion", s3ObjectVersion())
          .put("SourceKMSKeyArn", sourceKMSKeyArn())
          .put("ZipFile", zipFile())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Code}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.Code.Builder {

      public Builder imageUri(String value) {
        imageUri(Expr.of(value));
        return this;
      }

      public Builder s3Bucket(String value) {
        s3Bucket(Expr.of(value));
        return this;
      }

      public Builder s3Key(String value) {
        s3Key(Expr.of(value));
        return this;
      }

      public Builder s3ObjectStorageMode(String value) {
        s3ObjectStorageMode(Expr.of(value));
        return this;
      }

      public Builder s3ObjectVersion(String value) {
        s3ObjectVersion(Expr.of(value));
        return this;
      }

      public Builder sourceKMSKeyArn(String value) {
        sourceKMSKeyArn(Expr.of(value));
        return this;
      }

      public Builder zipFile(String value) {
        zipFile(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.DeadLetterConfig}: The [dead-letter
   * queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq)
   * for failed asynchronous invocations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-deadletterconfig.html">AWS::Lambda::Function.DeadLetterConfig</a>
   */
  @Value.Immutable
  interface DeadLetterConfig extends PropertyValue {

    /** The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic. */
    Optional<Expr> targetArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TargetArn", targetArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeadLetterConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.DeadLetterConfig.Builder {

      public Builder targetArn(String value) {
        targetArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.DurableConfig}: Configuration settings for [durable
   * functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) , including
   * execution timeout and retention period for execution history.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-durableconfig.html">AWS::Lambda::Function.DurableConfig</a>
   */
  @Value.Immutable
  interface DurableConfig extends PropertyValue {

    /**
     * Required. The maximum time (in seconds) that a durable execution can run before timing out.
     * This timeout applies to the entire durable execution, not individual function invocations.
     */
    Expr executionTimeout();

    /**
     * The ARN of the KMSlong (KMS) customer managed key that is used to encrypt your durable
     * execution's payload data, including input, output, and error payloads.
     */
    Optional<Expr> kmsKeyArn();

    /**
     * The number of days to retain execution history after a durable execution completes. After
     * this period, execution history is no longer available through the GetDurableExecutionHistory
     * API.
     */
    Optional<Expr> retentionPeriodInDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExecutionTimeout", executionTimeout())
          .put("KMSKeyArn", kmsKeyArn())
          .put("RetentionPeriodInDays", retentionPeriodInDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DurableConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.DurableConfig.Builder {

      public Builder executionTimeout(long value) {
        executionTimeout(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder retentionPeriodInDays(long value) {
        retentionPeriodInDays(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.Environment}: A function's environment variable settings. You can
   * use environment variables to adjust your function's behavior without updating code. An
   * environment variable is a pair of strings that are stored in a function's version-specific
   * configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-environment.html">AWS::Lambda::Function.Environment</a>
   */
  @Value.Immutable
  interface Environment extends PropertyValue {

    /**
     * Environment variable key-value pairs. For more information, see [Using Lambda environment
     * variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html) .
     */
    Optional<Expr> variables();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Variables", variables())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Environment}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.Environment.Builder {

      public Builder variables(Map<String, ? extends Expr> entries) {
        variables(Expr.map(entries));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.EphemeralStorage}: The size of the function's `/tmp` directory in
   * MB. The default value is 512, but it can be any whole number between 512 and 10,240 MB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-ephemeralstorage.html">AWS::Lambda::Function.EphemeralStorage</a>
   */
  @Value.Immutable
  interface EphemeralStorage extends PropertyValue {

    /** Required. The size of the function's `/tmp` directory. */
    Expr size();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Size", size())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EphemeralStorage}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.EphemeralStorage.Builder {

      public Builder size(long value) {
        size(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.FileSystemConfig}: Details about the connection between a Lambda
   * function and an [Amazon EFS file
   * system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-filesystemconfig.html">AWS::Lambda::Function.FileSystemConfig</a>
   */
  @Value.Immutable
  interface FileSystemConfig extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the Amazon EFS access point that provides access
     * to the file system.
     */
    Expr arn();

    /** Required. The path where the function can access the file system, starting with `/mnt/` . */
    Expr localMountPath();

    /** Setting controls how your function accesses data from an Amazon S3 file system. */
    Optional<Expr> s3FilesConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("LocalMountPath", localMountPath())
          .put("S3FilesConfig", s3FilesConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FileSystemConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.FileSystemConfig.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder localMountPath(String value) {
        localMountPath(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.FunctionScalingConfig}: Configuration that defines the scaling
   * behavior for a Lambda Managed Instances function, including the minimum and maximum number of
   * execution environments that can be provisioned.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-functionscalingconfig.html">AWS::Lambda::Function.FunctionScalingConfig</a>
   */
  @Value.Immutable
  interface FunctionScalingConfig extends PropertyValue {

    /** The maximum number of execution environments that can be provisioned for the function. */
    Optional<Expr> maxExecutionEnvironments();

    /** The minimum number of execution environments to maintain for the function. */
    Optional<Expr> minExecutionEnvironments();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaxExecutionEnvironments", maxExecutionEnvironments())
          .put("MinExecutionEnvironments", minExecutionEnvironments())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FunctionScalingConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableFunction.FunctionScalingConfig.Builder {

      public Builder maxExecutionEnvironments(long value) {
        maxExecutionEnvironments(Expr.of(value));
        return this;
      }

      public Builder minExecutionEnvironments(long value) {
        minExecutionEnvironments(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.ImageConfig}: Configuration values that override the container
   * image Dockerfile settings. For more information, see [Container image
   * settings](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-imageconfig.html">AWS::Lambda::Function.ImageConfig</a>
   */
  @Value.Immutable
  interface ImageConfig extends PropertyValue {

    /**
     * Specifies parameters that you want to pass in with ENTRYPOINT. You can specify a maximum of
     * 1,500 parameters in the list.
     */
    Optional<Expr> command();

    /**
     * Specifies the entry point to their application, which is typically the location of the
     * runtime executable. You can specify a maximum of 1,500 string entries in the list.
     */
    Optional<Expr> entryPoint();

    /**
     * Specifies the working directory. The length of the directory string cannot exceed 1,000
     * characters.
     */
    Optional<Expr> workingDirectory();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Command", command())
          .put("EntryPoint", entryPoint())
          .put("WorkingDirectory", workingDirectory())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ImageConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.ImageConfig.Builder {

      public Builder command(List<? extends Expr> values) {
        command(Expr.list(values));
        return this;
      }

      public Builder command(String... values) {
        command(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder entryPoint(List<? extends Expr> values) {
        entryPoint(Expr.list(values));
        return this;
      }

      public Builder entryPoint(String... values) {
        entryPoint(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder workingDirectory(String value) {
        workingDirectory(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.LambdaManagedInstancesCapacityProviderConfig}: Configuration for
   * Lambda-managed instances used by the capacity provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-lambdamanagedinstancescapacityproviderconfig.html">AWS::Lambda::Function.LambdaManagedInstancesCapacityProviderConfig</a>
   */
  @Value.Immutable
  interface LambdaManagedInstancesCapacityProviderConfig extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the capacity provider. */
    Expr capacityProviderArn();

    /** The amount of memory in GiB allocated per vCPU for execution environments. */
    Optional<Expr> executionEnvironmentMemoryGiBPerVCpu();

    /** The maximum number of concurrent executions that can run on each execution environment. */
    Optional<Expr> perExecutionEnvironmentMaxConcurrency();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityProviderArn", capacityProviderArn())
          .put("ExecutionEnvironmentMemoryGiBPerVCpu", executionEnvironmentMemoryGiBPerVCpu())
          .put("PerExecutionEnvironmentMaxConcurrency", perExecutionEnvironmentMaxConcurrency())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LambdaManagedInstancesCapacityProviderConfig}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableFunction.LambdaManagedInstancesCapacityProviderConfig.Builder {

      public Builder capacityProviderArn(String value) {
        capacityProviderArn(Expr.of(value));
        return this;
      }

      public Builder executionEnvironmentMemoryGiBPerVCpu(long value) {
        executionEnvironmentMemoryGiBPerVCpu(Expr.of(value));
        return this;
      }

      public Builder executionEnvironmentMemoryGiBPerVCpu(double value) {
        executionEnvironmentMemoryGiBPerVCpu(Expr.of(value));
        return this;
      }

      public Builder perExecutionEnvironmentMaxConcurrency(long value) {
        perExecutionEnvironmentMaxConcurrency(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.LoggingConfig}: The function's Amazon CloudWatch Logs
   * configuration settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-loggingconfig.html">AWS::Lambda::Function.LoggingConfig</a>
   */
  @Value.Immutable
  interface LoggingConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code ApplicationLogLevel}. */
    String APPLICATION_LOG_LEVEL_TRACE = "TRACE";
    String APPLICATION_LOG_LEVEL_DEBUG = "DEBUG";
    String APPLICATION_LOG_LEVEL_INFO = "INFO";
    String APPLICATION_LOG_LEVEL_WARN = "WARN";
    String APPLICATION_LOG_LEVEL_ERROR = "ERROR";
    String APPLICATION_LOG_LEVEL_FATAL = "FATAL";

    /** Values CloudFormation accepts for {@code LogFormat}. */
    String LOG_FORMAT_TEXT = "Text";
    String LOG_FORMAT_JSON = "JSON";

    /** Values CloudFormation accepts for {@code SystemLogLevel}. */
    String SYSTEM_LOG_LEVEL_DEBUG = "DEBUG";
    String SYSTEM_LOG_LEVEL_INFO = "INFO";
    String SYSTEM_LOG_LEVEL_WARN = "WARN";

    /**
     * Set this property to filter the application logs for your function that Lambda sends to
     * CloudWatch. Lambda only sends application logs at the selected level of detail and lower,
     * where `TRACE` is the highest level and `FATAL` is the lowest.
     */
    Optional<Expr> applicationLogLevel();

    /**
     * The format in which Lambda sends your function's application and system logs to CloudWatch.
     * Select between plain text and structured JSON.
     */
    Optional<Expr> logFormat();

    /**
     * The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda
     * functions send logs to a default log group named `/aws/lambda/&lt;function name&gt;` . To use
     * a different log group, enter an existing log group or enter a new log group name.
     */
    Optional<Expr> logGroup();

    /**
     * Set this property to filter the system logs for your function that Lambda sends to
     * CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
     * `DEBUG` is the highest level and `WARN` is the lowest.
     */
    Optional<Expr> systemLogLevel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplicationLogLevel", applicationLogLevel())
          .put("LogFormat", logFormat())
          .put("LogGroup", logGroup())
          .put("SystemLogLevel", systemLogLevel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoggingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.LoggingConfig.Builder {

      public Builder applicationLogLevel(String value) {
        applicationLogLevel(Expr.of(value));
        return this;
      }

      public Builder logFormat(String value) {
        logFormat(Expr.of(value));
        return this;
      }

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }

      public Builder systemLogLevel(String value) {
        systemLogLevel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.RuntimeManagementConfig}: Sets the runtime management
   * configuration for a function's version. For more information, see [Runtime
   * updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-runtimemanagementconfig.html">AWS::Lambda::Function.RuntimeManagementConfig</a>
   */
  @Value.Immutable
  interface RuntimeManagementConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code UpdateRuntimeOn}. */
    String UPDATE_RUNTIME_ON_AUTO = "Auto";
    String UPDATE_RUNTIME_ON_FUNCTION_UPDATE = "FunctionUpdate";
    String UPDATE_RUNTIME_ON_MANUAL = "Manual";

    /** The ARN of the runtime version you want the function to use. */
    Optional<Expr> runtimeVersionArn();

    /** Required. Specify the runtime update mode. */
    Expr updateRuntimeOn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RuntimeVersionArn", runtimeVersionArn())
          .put("UpdateRuntimeOn", updateRuntimeOn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RuntimeManagementConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableFunction.RuntimeManagementConfig.Builder {

      public Builder runtimeVersionArn(String value) {
        runtimeVersionArn(Expr.of(value));
        return this;
      }

      public Builder updateRuntimeOn(String value) {
        updateRuntimeOn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.S3FilesConfig}: Setting controls how your function accesses data
   * from an Amazon S3 file system.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-s3filesconfig.html">AWS::Lambda::Function.S3FilesConfig</a>
   */
  @Value.Immutable
  interface S3FilesConfig extends PropertyValue {

    /**
     * Specifies if a function reads from the file system for the lowest latency, or through Amazon
     * S3 Files feature "direct Amazon S3 bucket reads" for the highest throughput. Valid values: +
     * ``AUTO`` (default) – Direct reads are active for functions you configure with 512 MB or more
     * of memory. + ``ENABLED`` – Enforces all reads are directly from the Amazon S3 bucket,
     * regardless of available memory (less than 512 MB). + ``DISABLED`` – Routes all reads through
     * the file system, regardless of memory configuration.
     */
    Optional<Expr> directS3Read();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DirectS3Read", directS3Read())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3FilesConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.S3FilesConfig.Builder {

      public Builder directS3Read(String value) {
        directS3Read(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.SnapStart}: The function's [AWS Lambda
   * SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-snapstart.html">AWS::Lambda::Function.SnapStart</a>
   */
  @Value.Immutable
  interface SnapStart extends PropertyValue {

    /** Values CloudFormation accepts for {@code ApplyOn}. */
    String APPLY_ON_PUBLISHED_VERSIONS = "PublishedVersions";
    String APPLY_ON_NONE = "None";

    /**
     * Required. Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized
     * execution environment when you publish a function version.
     */
    Expr applyOn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplyOn", applyOn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SnapStart}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.SnapStart.Builder {

      public Builder applyOn(String value) {
        applyOn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.SnapStartResponse}: The function's
   * [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-snapstartresponse.html">AWS::Lambda::Function.SnapStartResponse</a>
   */
  @Value.Immutable
  interface SnapStartResponse extends PropertyValue {

    /** Values CloudFormation accepts for {@code ApplyOn}. */
    String APPLY_ON_PUBLISHED_VERSIONS = "PublishedVersions";
    String APPLY_ON_NONE = "None";

    /** Values CloudFormation accepts for {@code OptimizationStatus}. */
    String OPTIMIZATION_STATUS_ON = "On";
    String OPTIMIZATION_STATUS_OFF = "Off";

    /**
     * When set to `PublishedVersions` , Lambda creates a snapshot of the execution environment when
     * you publish a function version.
     */
    Optional<Expr> applyOn();

    /**
     * When you provide a [qualified Amazon Resource Name
     * (ARN)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using)
     * , this response element indicates whether SnapStart is activated for the specified function
     * version.
     */
    Optional<Expr> optimizationStatus();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplyOn", applyOn())
          .put("OptimizationStatus", optimizationStatus())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SnapStartResponse}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.SnapStartResponse.Builder {

      public Builder applyOn(String value) {
        applyOn(Expr.of(value));
        return this;
      }

      public Builder optimizationStatus(String value) {
        optimizationStatus(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.TenancyConfig}: Specifies the tenant isolation mode configuration
   * for a Lambda function. This allows you to configure specific tenant isolation strategies for
   * your function invocations. Tenant isolation configuration cannot be modified after function
   * creation.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-tenancyconfig.html">AWS::Lambda::Function.TenancyConfig</a>
   */
  @Value.Immutable
  interface TenancyConfig extends PropertyValue {

    /**
     * Required. Tenant isolation mode allows for invocation to be sent to a corresponding execution
     * environment dedicated to a specific tenant ID.
     */
    Expr tenantIsolationMode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TenantIsolationMode", tenantIsolationMode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TenancyConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.TenancyConfig.Builder {

      public Builder tenantIsolationMode(String value) {
        tenantIsolationMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.TracingConfig}: The function's [AWS
   * X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) tracing configuration.
   * To sample and record incoming requests, set `Mode` to `Active` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-tracingconfig.html">AWS::Lambda::Function.TracingConfig</a>
   */
  @Value.Immutable
  interface TracingConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code Mode}. */
    String MODE_ACTIVE = "Active";
    String MODE_PASS_THROUGH = "PassThrough";

    /** The tracing mode. */
    Optional<Expr> mode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Mode", mode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TracingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.TracingConfig.Builder {

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Function.VpcConfig}: The VPC security groups and subnets that are attached
   * to a Lambda function. When you connect a function to a VPC, Lambda creates an elastic network
   * interface for each combination of security group and subnet in the function's VPC
   * configuration. The function can only access resources and the internet through that VPC. For
   * more information, see [VPC
   * Settings](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-vpcconfig.html">AWS::Lambda::Function.VpcConfig</a>
   */
  @Value.Immutable
  interface VpcConfig extends PropertyValue {

    /** Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets. */
    Optional<Expr> ipv6AllowedForDualStack();

    /** A list of VPC security group IDs. */
    Optional<Expr> securityGroupIds();

    /** A list of VPC subnet IDs. */
    Optional<Expr> subnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv6AllowedForDualStack", ipv6AllowedForDualStack())
          .put("SecurityGroupIds", securityGroupIds())
          .put("SubnetIds", subnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VpcConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.VpcConfig.Builder {

      public Builder ipv6AllowedForDualStack(boolean value) {
        ipv6AllowedForDualStack(Expr.of(value));
        return this;
      }

      public Builder securityGroupIds(List<? extends Expr> values) {
        securityGroupIds(Expr.list(values));
        return this;
      }

      public Builder securityGroupIds(String... values) {
        securityGroupIds(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder subnetIds(List<? extends Expr> values) {
        subnetIds(Expr.list(values));
        return this;
      }

      public Builder subnetIds(String... values) {
        subnetIds(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
