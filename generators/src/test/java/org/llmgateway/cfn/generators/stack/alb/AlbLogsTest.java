package org.llmgateway.cfn.generators.stack.alb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.LoadBalancer;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.s3.Bucket;
import org.llmgateway.cfn.resource.s3.BucketPolicy;
import org.llmgateway.cfn.resource.wafv2.LoggingConfiguration;
import org.llmgateway.cfn.resource.wafv2.WebACL;

/** The load balancer's access logs in S3 and the web ACL's logs in CloudWatch Logs. */
class AlbLogsTest {

  private final Template template = new AlbStack().template();

  @Test
  void theLoadBalancerWritesAccessLogsToItsOwnBucketOnceThePolicyLetsIt() {
    LoadBalancer alb = only(LoadBalancer.class);
    List<JsonNode> attributes = items(alb.loadBalancerAttributes());
    assertThat(attributes).anySatisfy(a -> {
      assertThat(a.path("Key").asText()).isEqualTo("access_logs.s3.enabled");
      assertThat(a.path("Value").asText()).isEqualTo("true");
    });
    assertThat(attributes).anySatisfy(a -> {
      assertThat(a.path("Key").asText()).isEqualTo("access_logs.s3.bucket");
      assertThat(a.get("Value")).isEqualTo(only(Bucket.class).ref().toJson());
    });
    assertThat(alb.dependsOn()).contains(only(BucketPolicy.class));
  }

  @Test
  void theAccessLogBucketIsSseS3PrivateOwnerEnforcedVersionedAndExpiresWithTheLogRetention() {
    Bucket bucket = only(Bucket.class);
    assertThat(json(bucket.bucketEncryption())
        .at("/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
        .asText()).isEqualTo("AES256");
    JsonNode block = json(bucket.publicAccessBlockConfiguration());
    for (String setting : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
        "RestrictPublicBuckets")) {
      assertThat(block.path(setting).asBoolean()).as(setting).isTrue();
    }
    assertThat(json(bucket.ownershipControls()).at("/Rules/0/ObjectOwnership").asText())
        .isEqualTo("BucketOwnerEnforced");
    assertThat(json(bucket.versioningConfiguration()).path("Status").asText())
        .isEqualTo("Enabled");
    JsonNode rule = json(bucket.lifecycleConfiguration()).at("/Rules/0");
    assertThat(rule.path("Status").asText()).isEqualTo("Enabled");
    assertThat(rule.get("ExpirationInDays")).isEqualTo(AlbStack.LOG_RETENTION.ref().toJson());
    assertThat(rule.at("/NoncurrentVersionExpiration/NoncurrentDays").asInt()).isEqualTo(1);
    assertThat(bucket.deletionPolicy()).contains(DeletionPolicy.Retain);
  }

  @Test
  void theSseKmsExceptionIsRecordedWithItsReasonOnTheBucket() {
    JsonNode suppressions = only(Bucket.class).metadata().orElseThrow()
        .at("/cdk_nag/rules_to_suppress");
    List<String> ids = new ArrayList<>();
    suppressions.forEach(s -> {
      ids.add(s.path("id").asText());
      assertThat(s.path("reason").asText()).as(s.path("id").asText()).isNotBlank();
    });
    assertThat(ids).contains("AwsSolutions-S1", "NIST.800.53.R5-S3DefaultEncryptionKMS");
  }

  @Test
  void onlyElbLogDeliveryMayWriteAndOnlyUnderThisAccountsPrefixAndNothingWithoutTls() {
    JsonNode statements = json(only(BucketPolicy.class).policyDocument()).path("Statement");
    JsonNode write = statements.get(0);
    assertThat(write.path("Effect").asText()).isEqualTo("Allow");
    assertThat(write.at("/Principal/Service/0").asText())
        .isEqualTo("logdelivery.elasticloadbalancing.amazonaws.com");
    assertThat(write.at("/Action/0").asText()).isEqualTo("s3:PutObject");
    assertThat(write.at("/Resource/0/Fn::Sub").asText())
        .isEqualTo("${AccessLogBucket.Arn}/AWSLogs/${AWS::AccountId}/*");
    JsonNode deny = statements.get(1);
    assertThat(deny.path("Effect").asText()).isEqualTo("Deny");
    assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    assertThat(deny.at("/Action/0").asText()).isEqualTo("s3:*");
    assertThat(deny.path("Resource")).hasSize(2);
  }

  @Test
  void wafLogsGoToAnEncryptedAwsWafLogsGroupWithTheKeyHeadersRedacted() {
    LogGroup group = resource("WafLogGroup", LogGroup.class);
    assertThat(json(group.logGroupName()))
        .isEqualTo(Fn.sub("aws-waf-logs-", Names.PREFIX, "-litellm").toJson());
    assertThat(json(group.kmsKeyId()))
        .isEqualTo(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)).toJson());
    assertThat(json(group.retentionInDays())).isEqualTo(AlbStack.LOG_RETENTION.ref().toJson());
    assertThat(group.condition()).contains(AlbStack.WAF_ENABLED);

    LoggingConfiguration logging = only(LoggingConfiguration.class);
    assertThat(logging.condition()).contains(AlbStack.WAF_ENABLED);
    assertThat(logging.resourceArn()).isEqualTo(only(WebACL.class).attrArn());
    assertThat(items(Optional.of(logging.logDestinationConfigs())).get(0).path("Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:"
            + "aws-waf-logs-${NamePrefix}-litellm");
    List<String> redacted = items(logging.redactedFields()).stream()
        .map(f -> f.at("/SingleHeader/Name").asText()).toList();
    assertThat(redacted).contains("authorization", "x-api-key");
    assertThat(logging.dependsOn()).contains(group);
  }

  private <R extends Resource> R only(Class<R> type) {
    List<R> found = template.resources(type);
    assertThat(found).as("resources of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private <R extends Resource> R resource(String logicalId, Class<R> type) {
    return template.resource(type, logicalId).orElseThrow();
  }

  private static JsonNode json(Optional<Expr> expression) {
    return expression.orElseThrow(() -> new AssertionError("property not set")).toJson();
  }

  private static JsonNode json(Expr expression) {
    return expression.toJson();
  }

  private static List<JsonNode> items(Optional<Expr> list) {
    List<JsonNode> items = new ArrayList<>();
    json(list).forEach(items::add);
    return items;
  }
}
