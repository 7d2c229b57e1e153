package org.llmgateway.cfn.generators.stack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.policy.Principal;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.resource.s3.Bucket;

/**
 * What every bucket of the project carries, as AWS's S3 security practice asks: no public
 * access, ACLs off, and a policy that refuses any request not made over TLS. The access-log
 * bucket (alb stack) and the proxy config bucket (security stack) both use these.
 */
public final class PrivateBuckets {

  private PrivateBuckets() {}

  public static Bucket.PublicAccessBlockConfiguration publicAccessBlocked() {
    return Bucket.PublicAccessBlockConfiguration.builder()
        .blockPublicAcls(true)
        .blockPublicPolicy(true)
        .ignorePublicAcls(true)
        .restrictPublicBuckets(true)
        .build();
  }

  /** ACLs off: the bucket owner owns every object, and no principal needs an ACL. */
  public static Bucket.OwnershipControls ownerEnforced() {
    return Bucket.OwnershipControls.builder()
        .rules(List.of(Bucket.OwnershipControlsRule.builder()
            .objectOwnership("BucketOwnerEnforced")
            .build()))
        .build();
  }

  /** The bucket-policy statement that denies every request to the bucket without TLS. */
  public static Statement denyWithoutTls(Bucket bucket) {
    ObjectNode insecure = JsonNodeFactory.instance.objectNode();
    insecure.putObject("Bool").put("aws:SecureTransport", "false");
    return Statement.builder()
        .sid("DenyRequestsWithoutTls")
        .effect(Statement.Effect.Deny)
        .principal(Principal.aws(Expr.of("*")))
        .addAction(Expr.of("s3:*"))
        .addResource(bucket.attrArn(), Fn.sub(bucket.attrArn(), "/*"))
        .condition(insecure)
        .build();
  }
}
