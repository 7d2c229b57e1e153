package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the security lint on a small template that breaks it and one that passes, judged
 * per environment with the parameter files as generate and validate do; suppressions with and
 * without their reason.
 */
class SecurityRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The security findings of one template in the given environments, as "[id] logicalId (envs)". */
  private static List<String> lint(String yaml, String... environments) {
    var template = TemplateReader.read("t.yaml", yaml).json();
    List<ParameterFile> files = new ArrayList<>();
    for (String environment : environments) {
      var values = JSON.createArrayNode();
      if (template.path("Parameters").has("EnvironmentName")) {
        values.addObject().put("ParameterKey", "EnvironmentName")
            .put("ParameterValue", environment);
      }
      files.add(new ParameterFile(environment + "/t.json", "t.yaml", environment, values));
    }
    var report = new Validator().validate(
        List.of(new TemplateSource("t.yaml", template, yaml.length())), files);
    return report.findings().stream()
        .filter(f -> f.rule() instanceof SecurityRule || f.rule() == Rule.SECURITY_SUPPRESSION)
        .map(f -> "[" + f.rule().id() + "] " + f.logicalId() + ": " + f.reason()).toList();
  }

  private static List<String> ids(List<String> findings) {
    return findings.stream().map(f -> f.substring(0, f.indexOf(':'))).toList();
  }

  private static final String ENVIRONMENT = """
      Parameters:
        EnvironmentName:
          Type: String
      """;

  @Test
  void openIngressIsFoundInlineAndStandaloneAndAVpcCidrPasses() {
    assertThat(ids(lint(ENVIRONMENT + """
        Resources:
          Open:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: open
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
          OpenV6:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: {GroupId: sg-1, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIpv6: "::/0"}
          Inside:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: inside
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16}
        """, "prod"))).containsExactly("[AwsSolutions-EC23] Open", "[AwsSolutions-EC23] OpenV6");
  }

  @Test
  void aStarResourceInAnAllowStatementIsFoundAndANamedOnePasses() {
    assertThat(lint(ENVIRONMENT + """
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - {Sid: Everything, Effect: Allow, Action: s3:GetObject, Resource: "*"}
                      - {Sid: Named, Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::b/k"}
                      - {Sid: DenyAll, Effect: Deny, Action: s3:*, Resource: "*"}
        """, "staging")).containsExactly("[AwsSolutions-IAM5] Role: statement Everything allows"
        + " \"s3:GetObject\" on every resource (staging)");
  }

  private static final String LISTENER = """
      Parameters:
        EnvironmentName:
          Type: String
        DomainName:
          Type: String
          Default: ""
      Conditions:
        HasDomain: !Not [!Equals [!Ref DomainName, ""]]
      Resources:
        Http:
          Type: AWS::ElasticLoadBalancingV2::Listener
          Properties:
            LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/a/1
            Port: 80
            Protocol: HTTP
            DefaultActions:
              - !If
                - HasDomain
                - {Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}}
                - {Type: fixed-response, FixedResponseConfig: {StatusCode: "404"}}
      """;

  @Test
  void anHttpListenerWithoutRedirectIsFoundInProdOnlyJudgingTheBranchTheEnvironmentTakes() {
    assertThat(lint(LISTENER, "dev", "staging", "prod")).containsExactly(
        "[NIST.800.53.R5-ALBHttpToHttpsRedirection] Http: the HTTP listener answers with"
            + " 'fixed-response' instead of a redirect to HTTPS: keys and prompts would cross in"
            + " cleartext (prod)");
    assertThat(lint(LISTENER.replace("Default: \"\"", "Default: llm.example.com"), "prod"))
        .isEmpty();
  }

  @Test
  void devIsNotAuditedAndATemplateWithoutParameterFilesIsNotLinted() {
    String subnet = ENVIRONMENT + """
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24, MapPublicIpOnLaunch: true}
        """;
    assertThat(ids(lint(subnet, "dev"))).isEmpty();
    assertThat(ids(lint(subnet))).isEmpty();
    assertThat(lint(subnet, "dev", "staging", "prod")).containsExactly(
        "[NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled] Subnet: the subnet gives every"
            + " network interface a public IP address (staging, prod)");
    assertThat(ids(lint(subnet.replace("true}", "false}"), "prod"))).isEmpty();
  }

  @Test
  void aBucketNeedsTlsOnlyPolicyPublicAccessBlockAndEncryption() {
    String bare = ENVIRONMENT + """
        Resources:
          Logs:
            Type: AWS::S3::Bucket
        """;
    assertThat(ids(lint(bare, "prod"))).containsExactly("[AwsSolutions-S10] Logs",
        "[LCF601] Logs", "[AwsSolutions-S2] Logs");
    assertThat(ids(lint(ENVIRONMENT + """
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption: {ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}}]}
              PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}
          LogsPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Logs
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: "*"
                    Action: s3:*
                    Resource: [!GetAtt Logs.Arn, !Sub "${Logs.Arn}/*"]
                    Condition: {Bool: {aws:SecureTransport: "false"}}
        """, "prod"))).isEmpty();
  }

  @Test
  void loggingRulesFindAMissingFlowLogWafLoggingAccessLogsAndLogGroupKey() {
    String missing = ENVIRONMENT + """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.0.0.0/16}
          Acl:
            Type: AWS::WAFv2::WebACL
            Properties: {Scope: REGIONAL, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}}
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties: {Subnets: [subnet-1, subnet-2]}
          Logs:
            Type: AWS::Logs::LogGroup
        """;
    assertThat(ids(lint(missing, "staging"))).containsExactly(
        "[NIST.800.53.R5-WAFv2LoggingEnabled] Acl", "[AwsSolutions-ELB2] Alb",
        "[NIST.800.53.R5-CloudWatchLogGroupEncrypted] Logs", "[AwsSolutions-VPC7] Vpc",
        "[NIST.800.53.R5-VPCDefaultSecurityGroupClosed] Vpc");
    assertThat(ids(lint(ENVIRONMENT + """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 10.0.0.0/16}
          FlowLog:
            Type: AWS::EC2::FlowLog
            Properties: {ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::b}
          RestrictDefaultGroup:
            Type: Custom::VpcRestrictDefaultSG
            Properties: {ServiceToken: arn:aws:lambda:us-east-1:1:function:f, DefaultSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup}
          Acl:
            Type: AWS::WAFv2::WebACL
            Properties: {Scope: REGIONAL, DefaultAction: {Allow: {}}, VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: m}}
          AclLogging:
            Type: AWS::WAFv2::LoggingConfiguration
            Properties: {ResourceArn: !GetAtt Acl.Arn, LogDestinationConfigs: [arn:aws:logs:us-east-1:1:log-group:aws-waf-logs-x]}
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
              LoadBalancerAttributes: [{Key: access_logs.s3.enabled, Value: "true"}, {Key: access_logs.s3.bucket, Value: b}]
          Logs:
            Type: AWS::Logs::LogGroup
            Properties: {KmsKeyId: arn:aws:kms:us-east-1:1:key/k}
        """, "staging"))).isEmpty();
  }

  private static String database(String logExports, String more) {
    return """
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t3.micro
              AllocatedStorage: "20"
        """ + "      EnableCloudwatchLogsExports: " + logExports + "\n" + more;
  }

  private static final String MONITORED = """
            MonitoringInterval: 60
            MonitoringRoleArn: arn:aws:iam::1:role/monitoring
      """;

  @Test
  void aDatabaseNeedsMonitoringEveryLogTypeAndABackupSelectionOfTheEnvironment() {
    assertThat(lint(ENVIRONMENT + database("[postgresql]", ""), "prod")).containsExactly(
        "[NIST.800.53.R5-RDSInBackupPlan] Db: no AWS::Backup::BackupSelection of this environment"
            + " selects the instance (prod)",
        "[NIST.800.53.R5-RDSEnhancedMonitoringEnabled] Db: no enhanced monitoring"
            + " (MonitoringInterval above 0 with a MonitoringRoleArn) (prod)",
        "[NIST.800.53.R5-RDSLoggingEnabled] Db: log types [upgrade] are not exported to"
            + " CloudWatch Logs (prod)");
    String complete = ENVIRONMENT + database("[postgresql, upgrade]", MONITORED + """
          Selection:
            Type: AWS::Backup::BackupSelection
            Properties:
              BackupPlanId: plan-1
              BackupSelection: {SelectionName: db, IamRoleArn: arn:aws:iam::1:role/backup, Resources: [!GetAtt Db.DBInstanceArn]}
        """);
    assertThat(ids(lint(complete, "prod"))).isEmpty();
  }

  @Test
  void aBackupSelectionOrRotationScheduleInAnotherStackCountsThroughItsImport() {
    var database = TemplateReader.read("database.yaml", ENVIRONMENT
        + database("[postgresql, upgrade]", MONITORED + """
          Secret:
            Type: AWS::SecretsManager::Secret
            Properties: {GenerateSecretString: {}}
        Outputs:
          DbArn:
            Value: !GetAtt Db.DBInstanceArn
            Export: {Name: !Sub "${EnvironmentName}-database-DbArn"}
          SecretArn:
            Value: !Ref Secret
            Export: {Name: !Sub "${EnvironmentName}-database-SecretArn"}
        """)).json();
    var backup = TemplateReader.read("backup.yaml", ENVIRONMENT + """
        Resources:
          Selection:
            Type: AWS::Backup::BackupSelection
            Properties:
              BackupPlanId: plan-1
              BackupSelection:
                SelectionName: db
                IamRoleArn: arn:aws:iam::1:role/backup
                Resources: [!ImportValue {"Fn::Sub": "${EnvironmentName}-database-DbArn"}]
          Rotation:
            Type: AWS::SecretsManager::RotationSchedule
            Properties:
              SecretId: !ImportValue {"Fn::Sub": "${EnvironmentName}-database-SecretArn"}
              RotationLambdaARN: arn:aws:lambda:us-east-1:1:function:f
        """).json();
    List<ParameterFile> files = new ArrayList<>();
    for (String template : List.of("database", "backup")) {
      var values = JSON.createArrayNode();
      values.addObject().put("ParameterKey", "EnvironmentName").put("ParameterValue", "prod");
      files.add(new ParameterFile("prod/" + template + ".json", template + ".yaml", "prod",
          values));
    }
    var both = new Validator().validate(List.of(new TemplateSource("database.yaml", database, 1),
        new TemplateSource("backup.yaml", backup, 1)), files);
    assertThat(both.findings()).filteredOn(f -> f.rule() instanceof SecurityRule).isEmpty();
    var alone = new Validator().validate(
        List.of(new TemplateSource("database.yaml", database, 1)), files.subList(0, 1));
    assertThat(alone.findings()).filteredOn(f -> f.rule() instanceof SecurityRule)
        .extracting(f -> f.rule().id())
        .containsExactly("NIST.800.53.R5-RDSInBackupPlan", "AwsSolutions-SMG4");
  }

  @Test
  void aPythonFunctionOlderThanTheNewestRuntimeIsFound() {
    String function = ENVIRONMENT + """
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties: {Runtime: python3.12, Handler: i.h, Role: arn:aws:iam::1:role/r, Code: {ZipFile: "x"}}
        """;
    assertThat(lint(function, "prod")).containsExactly("[AwsSolutions-L1] Fn: runtime python3.12"
        + " is not the newest Python runtime, python3.14 (prod)");
    assertThat(lint(function.replace("python3.12", "python3.14"), "prod")).isEmpty();
  }

  @Test
  void aSuppressionWithAReasonSilencesItsRuleAndOneWithoutIsItselfAFinding() {
    String secret = ENVIRONMENT + """
        Resources:
          Secret:
            Type: AWS::SecretsManager::Secret
            Properties: {GenerateSecretString: {}}
        """;
    assertThat(lint(secret, "prod")).containsExactly("[AwsSolutions-SMG4] Secret: no"
        + " AWS::SecretsManager::RotationSchedule rotates this secret (prod)");
    String withMetadata = ENVIRONMENT + """
        Resources:
          Secret:
            Type: AWS::SecretsManager::Secret
            Properties: {GenerateSecretString: {}}
            Metadata:
              cdk_nag:
                rules_to_suppress:
                  - {id: AwsSolutions-SMG4, reason: REASON}
                  - {id: NIST.800.53.R5-SecretsManagerRotationEnabled, reason: issued elsewhere}
        """;
    assertThat(lint(withMetadata.replace("REASON", "issued by the provider"), "prod")).isEmpty();
    assertThat(lint(withMetadata.replace("reason: REASON", "reason: \" \""), "prod"))
        .containsExactly(
            "[AwsSolutions-SMG4] Secret: no AWS::SecretsManager::RotationSchedule rotates this"
                + " secret (prod)",
            "[LCF350] Secret: the suppression of 'AwsSolutions-SMG4' gives no reason: say why the"
                + " rule does not apply");
    assertThat(lint(withMetadata.replace("AwsSolutions-SMG4", "AwsSolutions-SMG5")
        .replace("REASON", "typo"), "prod")).containsExactly(
            "[AwsSolutions-SMG4] Secret: no AWS::SecretsManager::RotationSchedule rotates this"
                + " secret (prod)",
            "[LCF350] Secret: 'AwsSolutions-SMG5' is not a rule of the security lint or of the"
                + " AwsSolutions, NIST.800.53.R5 and HIPAA.Security packs");
  }

  @Test
  void everyRuleIdNamedAfterAPackIsARuleOfThatPack() {
    for (SecurityRule rule : SecurityRule.values()) {
      // the lint's own ids are LCF6xx; any other is a real rule of cdk-nag 3.0.2's packs
      assertThat(rule.id().startsWith("LCF6") || SecuritySuppressions.packRule(rule.id()))
          .as(rule.id()).isTrue();
      rule.alsoIn().forEach(id -> assertThat(SecuritySuppressions.packRule(id)).as(id).isTrue());
    }
    assertThat(SecuritySuppressions.packRule("AwsSolutions-NOPE")).isFalse();
  }
}
