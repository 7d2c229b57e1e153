package org.llmgateway.cfn.generators.cli;

import java.net.URI;
import java.time.Duration;
import org.llmgateway.cfn.generators.deploy.AwsTarget;
import org.llmgateway.cfn.generators.deploy.Polling;
import picocli.CommandLine.Option;

/** Where the commands that talk to CloudFormation go; credentials come from the default chain. */
final class AwsOptions {

  @Option(names = "--region", paramLabel = "REGION",
      description = "AWS region, e.g. us-east-1 (default: AWS_REGION or the profile's region)")
  String region;

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "Send every AWS call to this endpoint instead, e.g. http://127.0.0.1:5000 "
          + "for moto_server")
  URI endpoint;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "Named profile from ~/.aws/config (default: AWS_PROFILE or the default chain)")
  String profile;

  @Option(names = "--timeout-minutes", paramLabel = "MINUTES", defaultValue = "90",
      description = "Longest wait for one stack operation (default: ${DEFAULT-VALUE})")
  long timeoutMinutes;

  AwsTarget target() {
    AwsTarget target = AwsTarget.defaults();
    if (region != null) {
      target = target.withRegion(region);
    }
    if (endpoint != null) {
      target = target.withEndpoint(endpoint);
    }
    if (profile != null) {
      target = target.withProfile(profile);
    }
    return target;
  }

  Polling polling() {
    return new Polling(Polling.aws().interval(), Duration.ofMinutes(timeoutMinutes));
  }
}
