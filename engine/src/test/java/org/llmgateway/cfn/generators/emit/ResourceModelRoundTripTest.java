package org.llmgateway.cfn.generators.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.validate.TemplateReader;
import org.llmgateway.cfn.generators.validate.TemplateSource;
import org.llmgateway.cfn.generators.validate.Validator;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalableTarget;
import org.llmgateway.cfn.resource.backup.BackupVault;
import org.llmgateway.cfn.resource.certificatemanager.Certificate;
import org.llmgateway.cfn.resource.cloudfront.CloudFrontOriginAccessIdentity;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.resource.ecr.Repository;
import org.llmgateway.cfn.resource.ecs.Cluster;
import org.llmgateway.cfn.resource.elasticache.SubnetGroup;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.TargetGroup;
import org.llmgateway.cfn.resource.events.EventBus;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.kms.Key;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.rds.DBSubnetGroup;
import org.llmgateway.cfn.resource.route53.HostedZone;
import org.llmgateway.cfn.resource.route53resolver.FirewallDomainList;
import org.llmgateway.cfn.resource.s3.Bucket;
import org.llmgateway.cfn.resource.secretsmanager.Secret;
import org.llmgateway.cfn.resource.sns.Topic;
import org.llmgateway.cfn.resource.ssm.Parameter;
import org.llmgateway.cfn.resource.wafv2.IPSet;

/**
 * One resource of every allowlisted service, built from the generated model, goes through the
 * emitter (JSON, then YAML), is read back, and passes the validator (schemas, references, rules).
 */
class ResourceModelRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void oneResourceOfEveryServiceSurvivesEmitReadAndValidate() throws Exception {
    Template template = template();
    var json = TemplateJson.toJson(template);
    String yaml = YamlWriter.write(json, List.of("round trip of the generated resource model"));

    var parsed = TemplateReader.read("round-trip.yaml", yaml);
    assertThat(parsed.findings()).isEmpty();
    // compared as text: the reader's numbers are int nodes, the model's long nodes
    assertThat(parsed.json().toString()).isEqualTo(json.toString());

    var findings = new Validator().check(new TemplateSource(
        "round-trip.yaml", parsed.json(), yaml.getBytes(StandardCharsets.UTF_8).length));
    assertThat(findings).isEmpty();

    Set<String> services = new TreeSet<>();
    template.resources().forEach(r -> services.add(r.resourceType().split("::")[1]));
    assertThat(services).hasSize(23);
  }

  @Test
  void propertyOverridesReachTheTemplateAndAreValidatedLikeEverythingElse() {
    var bucket = Bucket.builder().logicalId("Logs")
        .putPropertyOverrides("VersioningConfiguration.Status", Expr.of("Enabled"))
        .build();
    assertThat(bucket.propertiesJson().toString())
        .isEqualTo("{\"VersioningConfiguration\":{\"Status\":\"Enabled\"}}");

    var misspelt = Bucket.builder().logicalId("Logs")
        .putPropertyOverrides("VersioningConfiguration.Statu", Expr.of("Enabled"))
        .build();
    var json = TemplateJson.toJson(Template.builder().addResources(misspelt).build());
    var findings = new Validator().check(new TemplateSource("override.yaml", json, 100));
    assertThat(findings).extracting(Object::toString).containsExactly(
        "override.yaml: Logs: /Resources/Logs/Properties/VersioningConfiguration: [LCF203]"
            + " required property 'Status' is missing",
        "override.yaml: Logs: /Resources/Logs/Properties/VersioningConfiguration/Statu: [LCF202]"
            + " property 'Statu' is not allowed here");
  }

  private static Template template() throws Exception {
    Expr subnetA = Expr.of("subnet-0123456789abcdef0");
    Expr subnetB = Expr.of("subnet-0123456789abcdef1");
    var t = Template.builder().description("one resource of every generated service");
    var vpc = t.add(VPC.builder().logicalId("Vpc").cidrBlock("10.0.0.0/16")
        .enableDnsHostnames(true)
        .tags(List.of(Tag.of("Name", Expr.of("round-trip")))).build());
    var key = t.add(Key.builder().logicalId("Key").enableKeyRotation(true)
        .keyPolicy(JSON.readTree("""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
             "Action": "kms:*", "Resource": "*"}]}"""))
        .build());
    var role = t.add(Role.builder().logicalId("Role")
        .assumeRolePolicyDocument(JSON.readTree("""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
             "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"""))
        .build());
    t.add(Function.builder().logicalId("Function")
        .runtime("python3.13").handler("index.handler").role(role.attrArn())
        .code(Function.Code.builder().zipFile("def handler(event, context):\n  return 1\n")
            .build())
        .build());
    t.add(LogGroup.builder().logicalId("Logs").retentionInDays(30).kmsKeyId(key.attrArn())
        .build());
    var topic = t.add(Topic.builder().logicalId("Alerts").kmsMasterKeyId(key.ref()).build());
    t.add(Alarm.builder().logicalId("Alarm").comparisonOperator("GreaterThanThreshold")
        .evaluationPeriods(1).threshold(90).metricName("CPUUtilization").namespace("AWS/ECS")
        .statistic("Average").period(60).alarmActions(List.of(topic.ref())).build());
    t.add(Repository.builder().logicalId("Images").imageTagMutability("IMMUTABLE").build());
    t.add(Cluster.builder().logicalId("Cluster").build());
    t.add(SubnetGroup.builder().logicalId("CacheSubnets").description("cache subnets")
        .subnetIds(List.of(subnetA, subnetB)).build());
    t.add(TargetGroup.builder().logicalId("Targets").port(4000).protocol("HTTP")
        .targetType("ip").vpcId(vpc.ref()).healthCheckPath("/health/liveliness").build());
    t.add(EventBus.builder().logicalId("Bus").name("round-trip").build());
    t.add(DBSubnetGroup.builder().logicalId("DbSubnets").dbSubnetGroupDescription("db subnets")
        .subnetIds(List.of(subnetA, subnetB)).build());
    t.add(HostedZone.builder().logicalId("Zone").name("example.com").build());
    t.add(FirewallDomainList.builder().logicalId("Allowed").name("allowed")
        .domains("api.openai.com.", "*.amazonaws.com.").build());
    t.add(Bucket.builder().logicalId("ConfigBucket")
        .bucketEncryption(Bucket.BucketEncryption.builder()
            .serverSideEncryptionConfiguration(List.of(
                Bucket.ServerSideEncryptionRule.builder()
                    .serverSideEncryptionByDefault(Bucket.ServerSideEncryptionByDefault.builder()
                        .sseAlgorithm("aws:kms").kmsMasterKeyID(key.attrArn()).build())
                    .build()))
            .build())
        .build());
    t.add(Secret.builder().logicalId("ApiKey").kmsKeyId(key.ref())
        .generateSecretString(Secret.GenerateSecretString.builder().passwordLength(32)
            .excludePunctuation(true).build())
        .build());
    t.add(Parameter.builder().logicalId("Setting").type("String").value("on").build());
    t.add(IPSet.builder().logicalId("Blocked").scope("REGIONAL").ipAddressVersion("IPV4")
        .addresses("192.0.2.0/24").build());
    t.add(BackupVault.builder().logicalId("Vault").backupVaultName("round-trip")
        .encryptionKeyArn(key.attrArn()).build());
    t.add(Certificate.builder().logicalId("Certificate").domainName("gateway.example.com")
        .validationMethod("DNS").build());
    t.add(CloudFrontOriginAccessIdentity.builder().logicalId("Identity")
        .cloudFrontOriginAccessIdentityConfig(
            CloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig.builder()
                .comment("round trip").build())
        .build());
    t.add(ScalableTarget.builder().logicalId("Scaling").minCapacity(1).maxCapacity(4)
        .resourceId(Fn.sub("service/cluster/service")).scalableDimension("ecs:service:DesiredCount")
        .serviceNamespace("ecs").build());
    return t.build();
  }
}
