package org.llmgateway.cfn.generators.deploy;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where the stacks go: region, an optional endpoint override (a local emulator, a VPC endpoint) and
 * an optional named profile. Credentials always come from the SDK's default provider chain
 * (environment, system properties, profile, SSO, container or instance role); nothing here holds
 * or prints a secret.
 *
 * @param region e.g. {@code us-east-1}; empty: the SDK's default region chain (AWS_REGION,
 *     profile)
 * @param endpoint e.g. {@code http://127.0.0.1:5000}; empty: the service's public endpoint
 * @param profile a profile of ~/.aws/config and ~/.aws/credentials; empty: the default chain
 */
public record AwsTarget(Optional<String> region, Optional<URI> endpoint, Optional<String> profile) {

  public AwsTarget {
    region.ifPresent(r -> {
      if (!r.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
        throw new IllegalArgumentException("Region '" + r + "' is not a region name such as "
            + "us-east-1");
      }
    });
    endpoint.ifPresent(e -> {
      if (e.getScheme() == null || e.getHost() == null
          || !(e.getScheme().equals("http") || e.getScheme().equals("https"))) {
        throw new IllegalArgumentException("Endpoint '" + e + "' is not an http(s) URL such as "
            + "http://127.0.0.1:5000");
      }
    });
  }

  /** The default chain for everything: what a pipeline with AWS credentials in its environment uses. */
  public static AwsTarget defaults() {
    return new AwsTarget(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public AwsTarget withRegion(String value) {
    return new AwsTarget(Optional.of(value), endpoint, profile);
  }

  public AwsTarget withEndpoint(URI value) {
    return new AwsTarget(region, Optional.of(value), profile);
  }

  public AwsTarget withProfile(String value) {
    return new AwsTarget(region, endpoint, Optional.of(value));
  }

  public CloudFormationClient cloudFormation() {
    return client(CloudFormationClient.builder());
  }

  /**
   * S3 for template uploads; with an endpoint override (a local emulator) path-style, since
   * bucket host names such as {@code bucket.127.0.0.1} do not resolve.
   */
  public S3Client s3() {
    var builder = S3Client.builder();
    endpoint.ifPresent(e -> builder.forcePathStyle(true));
    return client(builder);
  }

  /**
   * Any service client configured the same way (the integration tests use it for their describe
   * calls): URL-connection HTTP client, region, endpoint, profile.
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    builder.httpClientBuilder(UrlConnectionHttpClient.builder());
    region.ifPresent(r -> builder.region(Region.of(r)));
    endpoint.ifPresent(builder::endpointOverride);
    profile.ifPresent(p -> {
      builder.credentialsProvider(DefaultCredentialsProvider.builder().profileName(p).build());
      builder.overrideConfiguration(ClientOverrideConfiguration.builder()
          .defaultProfileName(p).build());
    });
    return builder.build();
  }

  /** For logs: where, never with whom. */
  @Override
  public String toString() {
    return "region " + region.orElse("(default chain)")
        + endpoint.map(e -> ", endpoint " + e).orElse("")
        + profile.map(p -> ", profile " + p).orElse("");
  }
}
