package org.llmgateway.cfn.model.resource.lambda;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::Lambda::Function */
@Value.Immutable
@CfnStyle
public interface Function extends Resource {

  @Override
  default String resourceType() {
    return "AWS::Lambda::Function";
  }

  @JsonProperty("FunctionName")
  Optional<Expr> functionName();

  @JsonProperty("Description")
  Optional<String> description();

  @JsonProperty("Runtime")
  String runtime();

  @JsonProperty("Handler")
  String handler();

  @JsonProperty("Role")
  Expr role();

  @JsonProperty("Code")
  Code code();

  @JsonProperty("Timeout")
  Optional<Integer> timeout();

  @JsonProperty("MemorySize")
  Optional<Integer> memorySize();

  @JsonProperty("Environment")
  Optional<Environment> environment();

  @JsonProperty("VpcConfig")
  Optional<VpcConfig> vpcConfig();

  @JsonProperty("KmsKeyArn")
  Optional<Expr> kmsKeyArn();

  @JsonProperty("LoggingConfig")
  Optional<LoggingConfig> loggingConfig();

  @JsonProperty("ReservedConcurrentExecutions")
  Optional<Integer> reservedConcurrentExecutions();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  static ImmutableFunction.Builder builder() {
    return ImmutableFunction.builder();
  }

  /** Inline code (ZipFile) or an S3 object. */
  @Value.Immutable
  @CfnStyle
  interface Code {
    @JsonProperty("ZipFile")
    Optional<String> zipFile();

    @JsonProperty("S3Bucket")
    Optional<Expr> s3Bucket();

    @JsonProperty("S3Key")
    Optional<Expr> s3Key();

    static Code inline(String source) {
      return ImmutableCode.builder().zipFile(source).build();
    }

    @Value.Check
    default void check() {
      if (zipFile().isPresent() == s3Bucket().isPresent()) {
        throw new IllegalStateException("Lambda code is either inline (ZipFile) or in S3");
      }
    }
  }

  /** Environment variables of the function. */
  @Value.Immutable
  @CfnStyle
  interface Environment {
    @JsonProperty("Variables")
    @Value.Parameter
    Map<String, Expr> variables();

    static Environment of(Map<String, Expr> variables) {
      return ImmutableEnvironment.of(variables);
    }
  }

  /** Subnets and security groups when the function runs inside a VPC. */
  @Value.Immutable
  @CfnStyle
  interface VpcConfig {
    @JsonProperty("SubnetIds")
    List<Expr> subnetIds();

    @JsonProperty("SecurityGroupIds")
    List<Expr> securityGroupIds();

    static ImmutableVpcConfig.Builder builder() {
      return ImmutableVpcConfig.builder();
    }
  }

  /** Where the function logs. */
  @Value.Immutable
  @CfnStyle
  interface LoggingConfig {
    @JsonProperty("LogGroup")
    @Value.Parameter
    Expr logGroup();

    static LoggingConfig of(Expr logGroup) {
      return ImmutableLoggingConfig.of(logGroup);
    }
  }
}
