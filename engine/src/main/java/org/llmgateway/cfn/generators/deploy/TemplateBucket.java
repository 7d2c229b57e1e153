package org.llmgateway.cfn.generators.deploy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 bucket of the deployment account that templates are uploaded to and sent from as
 * TemplateURL: CloudFormation reads far larger templates that way (460,800 bytes in the API
 * reference of TemplateURL, 1 MB on the current quotas page) than the 51,200 bytes of an inline
 * TemplateBody (checked 2026-12-01: CreateStack/ValidateTemplate API reference and
 * awsdocs/aws-cloudformation-user-guide cloudformation-limits.md).
 *
 * <p>The key is {@code litellm-cfn/<environment>/<stack name>-<sha256 of the template>.yaml}:
 * content-addressed, so a rerun uploads the same object again and an older deploy's template is
 * never overwritten.
 *
 * @param s3 a client for the bucket's account and region
 * @param bucket the bucket name, e.g. {@code my-org-cfn-templates-us-east-1}
 */
public record TemplateBucket(S3Client s3, String bucket) {

  public TemplateBucket {
    if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
      throw new IllegalArgumentException("--s3-bucket '" + bucket + "' is not an S3 bucket name "
          + "(3 to 63 lower-case letters, digits, dots and hyphens)");
    }
  }

  /** The object key of this template's text. */
  static String key(String environment, StackArtifact stack) {
    return "litellm-cfn/" + environment + "/" + stack.stackName() + "-"
        + sha256(stack.templateBody()) + ".yaml";
  }

  /**
   * Uploads the template as checked in and returns the URL CloudFormation reads it from: the
   * virtual-hosted form AWS documents for TemplateURL, also when the client goes through an
   * endpoint override (CloudFormation fetches the object itself, from S3).
   */
  String upload(String environment, StackArtifact stack) {
    String key = key(environment, stack);
    s3.putObject(r -> r.bucket(bucket).key(key).contentType("application/x-yaml"),
        RequestBody.fromString(stack.templateBody(), StandardCharsets.UTF_8));
    Region region = s3.serviceClientConfiguration().region();
    return "https://" + bucket + ".s3." + region.id() + ".amazonaws.com/" + key;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "s3://" + bucket + "/litellm-cfn/";
  }
}
