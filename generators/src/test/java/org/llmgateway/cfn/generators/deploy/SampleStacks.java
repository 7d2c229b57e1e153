package org.llmgateway.cfn.generators.deploy;

import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.validate.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.OutputFolder;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;

/**
 * Two small stacks built with the model, written the way {@code generate} writes the real five:
 * {@code samplebase} exports a VPC id and takes a NoEcho key, {@code sampleapp} imports the VPC id
 * and owns a log group and a role. They exercise every deploy path without depending on the real
 * stacks. The generator classes are package-private, so StackCatalog never discovers them.
 */
final class SampleStacks {

  /** Why the sample stacks carry suppressions: they exist to test deploys, not to run anything. */
  private static final String FIXTURE =
      "Deploy-test fixture on a local endpoint; never a real deployment";

  static final ExportName VPC_ID = ExportName.of("samplebase", "VpcId");

  static final Parameter VPC_CIDR = Parameter.builder()
      .logicalId("VpcCidr")
      .description("CIDR block of the sample VPC")
      .defaultValue("10.0.0.0/16")
      .build();

  static final Parameter API_KEY = Parameter.builder()
      .logicalId("ApiKey")
      .description("A secret: supplied at deploy time, never in a parameter file")
      .noEcho(true)
      .build();

  static final Parameter RETENTION = Parameter.builder()
      .logicalId("LogRetentionDays")
      .type(ParameterType.NUMBER)
      .defaultValue("7")
      .allowedValues(List.of("7", "14", "30"))
      .build();

  private SampleStacks() {}

  /** Writes generated-templates/ for dev and prod under {@code root}; returns root. */
  static Path write(Path root) {
    try {
      OutputFolder.write(root,
          GeneratedFiles.render(List.of(new Base(), new App()),
              List.of(Environments.DEV, Environments.PROD)),
          List.of(GeneratedFiles.TEMPLATES_FOLDER), path -> true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  static final class Base implements StackGenerator<EnvironmentConfig> {
    @Override
    public String name() {
      return "samplebase";
    }

    @Override
    public Template template() {
      var t = Template.builder().description("deploy test: exporting stack");
      var env = t.add(EnvironmentParameter.create());
      var cidr = t.add(VPC_CIDR);
      var apiKey = t.add(API_KEY);
      // the secret is only tested for presence, the way a template may use one without exposing it
      var hasApiKey = t.add(Condition.of("HasApiKey",
          Fn.not(Fn.equalsTo(apiKey.ref(), Expr.of("")))));
      // a fixture for the deploy machinery, not a deployment: the security lint's rules for a
      // real VPC do not apply to it
      var vpc = t.add(VPC.builder().logicalId("Vpc").cidrBlock(cidr.ref())
          .metadata(Suppressions.of(SecurityRule.VPC_FLOW_LOGS, FIXTURE)
              .and(SecurityRule.DEFAULT_SECURITY_GROUP, FIXTURE).metadata())
          .build());
      t.add(Output.builder().logicalId("VpcId").value(vpc.ref()).export(VPC_ID).build());
      t.add(Output.builder().logicalId("ApiKeyGiven").condition(hasApiKey)
          .value(Expr.of("yes")).build());
      return t.build();
    }

    @Override
    public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
      Map<Parameter, String> values = new LinkedHashMap<>();
      values.put(EnvironmentParameter.create(), environment.name());
      values.put(VPC_CIDR, environment.production() ? "10.1.0.0/16" : "10.0.0.0/16");
      return values;
    }
  }

  static final class App implements StackGenerator<EnvironmentConfig> {
    @Override
    public String name() {
      return "sampleapp";
    }

    @Override
    public Template template() {
      var t = Template.builder().description("deploy test: importing stack");
      var env = t.add(EnvironmentParameter.create());
      var retention = t.add(RETENTION);
      var logs = t.add(LogGroup.builder()
          .logicalId("AppLogs")
          .logGroupName(Fn.sub("/sample/", env, "-app"))
          .retentionInDays(retention.ref())
          .metadata(Suppressions.of(SecurityRule.LOG_GROUP_KMS, FIXTURE).metadata())
          .build());
      t.add(Role.builder()
          .logicalId("AppRole")
          .roleName(Fn.sub(env, "-sample-app-role"))
          .assumeRolePolicyDocument(
              IamPolicies.document(PolicyDocument.assumableBy("ecs-tasks.amazonaws.com")))
          .build());
      t.add(Output.builder().logicalId("LogGroupName").value(logs.ref()).build());
      t.add(Output.builder().logicalId("ImportedVpcId")
          .value(Fn.importValue(VPC_ID.in(env))).build());
      return t.build();
    }

    @Override
    public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
      Map<Parameter, String> values = new LinkedHashMap<>();
      values.put(EnvironmentParameter.create(), environment.name());
      values.put(RETENTION, environment.production() ? "30" : "7");
      return values;
    }
  }
}
