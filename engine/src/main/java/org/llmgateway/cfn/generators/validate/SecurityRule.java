package org.llmgateway.cfn.generators.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the security lint ({@link SecurityRules}), which runs with every {@code generate}
 * and {@code validate}. Each has the id of the cdk-nag pack rule it corresponds to (so one
 * {@code cdk_nag} suppression in a resource's Metadata silences the lint and the pack alike), a
 * severity and a one-line summary; {@link #alsoIn} names the other packs' rules for the same
 * control, which the page docs/generated/security-findings.md lists. Every severity blocks
 * {@code generate}: the severity says how urgent a fix is and how hard a suppression is to argue.
 */
public enum SecurityRule implements RuleId {
  OPEN_INGRESS("AwsSolutions-EC23", Severity.HIGH,
      "no security group ingress from 0.0.0.0/0 or ::/0", ""),
  IAM_WILDCARD_RESOURCE("AwsSolutions-IAM5", Severity.HIGH,
      "an Allow statement of an IAM policy does not name Resource '*'", ""),
  HTTP_WITHOUT_REDIRECT("NIST.800.53.R5-ALBHttpToHttpsRedirection", Severity.HIGH,
      "in prod (EnvironmentName prod), an HTTP listener only redirects to HTTPS",
      "HIPAA.Security-ALBHttpToHttpsRedirection"),
  S3_TLS_ONLY("AwsSolutions-S10", Severity.HIGH,
      "a bucket's policy denies every request without TLS (aws:SecureTransport false)",
      "NIST.800.53.R5-S3BucketSSLRequestsOnly HIPAA.Security-S3BucketSSLRequestsOnly"),
  S3_PUBLIC_ACCESS("AwsSolutions-S2", Severity.HIGH,
      "a bucket blocks public access (all four PublicAccessBlockConfiguration flags true)",
      "NIST.800.53.R5-S3BucketLevelPublicAccessProhibited"),
  RDS_BACKUP_PLAN("NIST.800.53.R5-RDSInBackupPlan", Severity.HIGH,
      "an RDS instance is selected by an AWS Backup selection of the same environment",
      "HIPAA.Security-RDSInBackupPlan"),
  ALB_ACCESS_LOGS("AwsSolutions-ELB2", Severity.MEDIUM,
      "a load balancer writes access logs to S3 (access_logs.s3.enabled true)",
      "NIST.800.53.R5-ELBLoggingEnabled HIPAA.Security-ELBLoggingEnabled"),
  VPC_FLOW_LOGS("AwsSolutions-VPC7", Severity.MEDIUM,
      "a VPC has a flow log (an AWS::EC2::FlowLog of the VPC in its template)",
      "NIST.800.53.R5-VPCFlowLogsEnabled HIPAA.Security-VPCFlowLogsEnabled"),
  WAF_LOGGING("NIST.800.53.R5-WAFv2LoggingEnabled", Severity.MEDIUM,
      "a web ACL has an AWS::WAFv2::LoggingConfiguration in its template",
      "HIPAA.Security-WAFv2LoggingEnabled"),
  SUBNET_PUBLIC_IP("NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled", Severity.MEDIUM,
      "a subnet does not auto-assign public IP addresses (MapPublicIpOnLaunch not true)",
      "HIPAA.Security-VPCSubnetAutoAssignPublicIpDisabled"),
  DEFAULT_SECURITY_GROUP("NIST.800.53.R5-VPCDefaultSecurityGroupClosed", Severity.MEDIUM,
      "a VPC's default security group is emptied by a custom resource given its"
          + " DefaultSecurityGroup (CDK's restrictDefaultSecurityGroup)",
      "HIPAA.Security-VPCDefaultSecurityGroupClosed"),
  RDS_ENHANCED_MONITORING("NIST.800.53.R5-RDSEnhancedMonitoringEnabled", Severity.MEDIUM,
      "an RDS instance has enhanced monitoring (MonitoringInterval above 0 and a"
          + " MonitoringRoleArn)",
      "HIPAA.Security-RDSEnhancedMonitoringEnabled"),
  RDS_LOG_EXPORTS("NIST.800.53.R5-RDSLoggingEnabled", Severity.MEDIUM,
      "an RDS instance exports every log type of its engine to CloudWatch Logs",
      "HIPAA.Security-RDSLoggingEnabled"),
  LOG_GROUP_KMS("NIST.800.53.R5-CloudWatchLogGroupEncrypted", Severity.MEDIUM,
      "a log group is encrypted with a customer managed KMS key (KmsKeyId)",
      "HIPAA.Security-CloudWatchLogGroupEncrypted"),
  SECRET_ROTATION("AwsSolutions-SMG4", Severity.MEDIUM,
      "a secret has a rotation schedule (AWS::SecretsManager::RotationSchedule) in any"
          + " template of the environment",
      "NIST.800.53.R5-SecretsManagerRotationEnabled HIPAA.Security-SecretsManagerRotationEnabled"),
  S3_ENCRYPTION("LCF601", Severity.MEDIUM,
      "a bucket names its default encryption (BucketEncryption), SSE-S3 or KMS", ""),
  LAMBDA_RUNTIME("AwsSolutions-L1", Severity.LOW,
      "a Python Lambda function runs the newest Python runtime Lambda supports, "
          + SecurityRules.NEWEST_PYTHON_RUNTIME, "");

  /** How urgent a fix is; every severity blocks generate until fixed or suppressed. */
  public enum Severity { HIGH, MEDIUM, LOW }

  private final String id;
  private final Severity severity;
  private final String summary;
  private final List<String> alsoIn;

  SecurityRule(String id, Severity severity, String summary, String alsoIn) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.alsoIn = alsoIn.isEmpty() ? List.of() : List.of(alsoIn.split(" "));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String cfnLint() {
    return "";
  }

  @Override
  public String summary() {
    return summary;
  }

  public Severity severity() {
    return severity;
  }

  /** The ids of the other packs' rules for the same control (suppress those for the packs too). */
  public List<String> alsoIn() {
    return alsoIn;
  }

  public static Optional<SecurityRule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
