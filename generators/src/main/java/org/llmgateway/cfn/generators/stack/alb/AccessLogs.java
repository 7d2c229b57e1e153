package org.llmgateway.cfn.generators.stack.alb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.PrivateBuckets;
import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Principal;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.s3.Bucket;
import org.llmgateway.cfn.resource.s3.BucketPolicy;

/**
 * The S3 bucket the load balancer writes its access logs to, and the bucket policy that lets
 * Elastic Load Balancing write there and nobody reach it without TLS.
 */
final class AccessLogs {

  /**
   * The service that delivers ALB access logs. AWS now recommends this principal in every Region
   * in place of the per-Region ELB account ids (which Regions opened since August 2022 never
   * had), so one policy fits every Region and no account table is needed (checked 2026-12-02,
   * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html).
   */
  static final String LOG_DELIVERY_PRINCIPAL = "logdelivery.elasticloadbalancing.amazonaws.com";

  /**
   * SSE-S3: the only server-side encryption ALB access logs support (checked 2026-12-02, same
   * page, "Requirements"); with SSE-KMS as the bucket default the load balancer cannot write.
   */
  static final String SSE_S3 = "AES256";

  /** The bucket and its policy; the load balancer must wait for the policy. */
  record Resources(Bucket bucket, BucketPolicy policy) {}

  private AccessLogs() {}

  static Resources add(Template.Builder t, Parameter env, Expr retentionDays) {
    var bucket = t.add(Bucket.builder()
        .logicalId("AccessLogBucket")
        // no BucketName: S3 names are global, and a generated one never collides with the bucket
        // an earlier deployment kept
        .bucketEncryption(Bucket.BucketEncryption.builder()
            .serverSideEncryptionConfiguration(List.of(Bucket.ServerSideEncryptionRule.builder()
                .serverSideEncryptionByDefault(Bucket.ServerSideEncryptionByDefault.builder()
                    .sseAlgorithm(SSE_S3)
                    .build())
                .build()))
            .build())
        .publicAccessBlockConfiguration(PrivateBuckets.publicAccessBlocked())
        // ACLs off, as AWS recommends; the log delivery principal needs none
        .ownershipControls(PrivateBuckets.ownerEnforced())
        // an overwritten or deleted log stays recoverable until the lifecycle removes it
        .versioningConfiguration(Bucket.VersioningConfiguration.builder().status("Enabled").build())
        .lifecycleConfiguration(Bucket.LifecycleConfiguration.builder()
            .rules(List.of(Bucket.Rule.builder()
                .id("ExpireAccessLogs")
                .status("Enabled")
                .expirationInDays(retentionDays)
                .noncurrentVersionExpiration(Bucket.NoncurrentVersionExpiration.builder()
                    .noncurrentDays(1)
                    .build())
                .abortIncompleteMultipartUpload(Bucket.AbortIncompleteMultipartUpload.builder()
                    .daysAfterInitiation(1)
                    .build())
                .build()))
            .build())
        .tags(Tags.standard(env, AlbExports.STACK, "-litellm-alb-access-logs"))
        .metadata(suppressions())
        // Logs are evidence: they outlive the stack and the lifecycle rule empties the bucket.
        // A bucket still holding objects could not be deleted with the stack anyway.
        .deletionPolicy(DeletionPolicy.Retain)
        .updateReplacePolicy(DeletionPolicy.Retain)
        .build());

    Expr logObjects = Fn.sub(bucket.attrArn(), "/AWSLogs/", Pseudo.ACCOUNT_ID, "/*");
    var elbWrites = Statement.builder()
        .sid("ElasticLoadBalancingWritesAccessLogs")
        .effect(Statement.Effect.Allow)
        .principal(Principal.service(LOG_DELIVERY_PRINCIPAL))
        .addAction(Expr.of("s3:PutObject"))
        .addResource(logObjects)
        .build();
    var tlsOnly = PrivateBuckets.denyWithoutTls(bucket);
    var policy = t.add(BucketPolicy.builder()
        .logicalId("AccessLogBucketPolicy")
        .bucket(bucket.ref())
        .policyDocument(IamPolicies.document(PolicyDocument.of(elbWrites, tlsOnly)))
        .build());
    return new Resources(bucket, policy);
  }

  /**
   * The exceptions the rule packs would report on this bucket, with their reasons, in the
   * cdk-nag convention.
   */
  private static JsonNode suppressions() {
    return Suppressions
        .packRules("This is the access-log bucket; its own server access logs would need another"
                + " bucket, logging into a third",
            "AwsSolutions-S1", "NIST.800.53.R5-S3BucketLoggingEnabled",
            "HIPAA.Security-S3BucketLoggingEnabled")
        .andPackRules("ALB access logs support SSE-S3 only; with SSE-KMS the load balancer cannot"
                + " write", "NIST.800.53.R5-S3DefaultEncryptionKMS",
            "HIPAA.Security-S3DefaultEncryptionKMS")
        .andPackRules("Diagnostics kept for the log retention in the environment's region,"
                + " versioned; a replica would double their storage and protect nothing the"
                + " service depends on",
            "NIST.800.53.R5-S3BucketReplicationEnabled", "HIPAA.Security-S3BucketReplicationEnabled")
        .metadata();
  }

}
