package org.llmgateway.cfn.generators.sample;

import java.util.ArrayList;
import java.util.List;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;
import org.llmgateway.cfn.generators.environment.Setting;

/**
 * The settings type of the engine's test application: a name and a VPC block, just enough for the
 * sample stacks, so the engine's tests need nothing of LiteLLM's EnvironmentConfig.
 */
public record SampleSettings(
    @Setting("The environment's name, its file's name") String name,
    @Setting("The sample VPC's IPv4 block") String vpcCidr) {

  public SampleSettings {
    List<String> problems = new ArrayList<>();
    if (!name.matches("[a-z][a-z0-9-]{0,11}")) {
      problems.add("name: '" + name + "' is not 1-12 lower-case letters, digits or hyphens");
    }
    if (!vpcCidr.matches("(\\d{1,3}\\.){3}\\d{1,3}/(\\d|[12]\\d|3[0-2])")) {
      problems.add("vpcCidr: '" + vpcCidr + "' is not an IPv4 CIDR block");
    }
    if (!problems.isEmpty()) {
      throw new InvalidEnvironmentException(name, problems);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The builder environment files bind through: one setter per setting. */
  public static final class Builder {
    private String name;
    private String vpcCidr = "10.0.0.0/16";

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder vpcCidr(String vpcCidr) {
      this.vpcCidr = vpcCidr;
      return this;
    }

    public SampleSettings build() {
      return new SampleSettings(name, vpcCidr);
    }
  }
}
