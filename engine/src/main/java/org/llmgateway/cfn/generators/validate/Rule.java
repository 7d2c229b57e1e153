package org.llmgateway.cfn.generators.validate;

/**
 * Every check the validator makes, one id each, so a finding can be looked up in
 * docs/validation.md (which lists them all with their source) and compared with cfn-lint, whose
 * corresponding rule ids {@link #cfnLint} names ("" where cfn-lint has none).
 */
public enum Rule implements RuleId {
  // template structure
  TEMPLATE_STRUCTURE("LCF001", "E1001 E3001 E6002", "sections, attributes and logical ids"),
  RESOURCE_POLICY("LCF002", "E3035 E3036", "DeletionPolicy and UpdateReplacePolicy values"),
  PARAMETER_DECLARATION("LCF003", "E2001 E2002 E2015", "parameter types and defaults"),
  UNUSED("LCF004", "W2001 W7001 W8001", "unused parameters, conditions and mappings"),
  CONSOLE_INTERFACE("LCF005", "W4001", "console labels and groups name parameters"),
  DUPLICATE_EXPORT("LCF006", "", "export names unique within a template"),
  CIRCULAR_DEPENDENCY("LCF007", "E3004", "no cycle among resources"),
  TEMPLATE_LIMITS("LCF008", "E1002 E2010 E6010 E7010", "template size and section limits"),
  YAML_SYNTAX("LCF009", "E0000", "readable file, no duplicate key, no unknown tag"),
  // references
  REF("LCF101", "E1020 E3005", "Ref targets"),
  GET_ATT("LCF102", "E1010", "GetAtt targets and attributes"),
  SUB("LCF103", "E1019", "Sub variables"),
  FIND_IN_MAP("LCF104", "E1011", "FindInMap mappings and keys"),
  CONDITION("LCF105", "E8002 E1028 E3015", "condition names"),
  DEPENDS_ON("LCF106", "E3005", "DependsOn targets"),
  // resource provider schemas
  RESOURCE_TYPE("LCF201", "E3006", "resource type exists"),
  PROPERTY_NAME("LCF202", "E3002", "property allowed by the schema"),
  REQUIRED_PROPERTY("LCF203", "E3003", "required property present"),
  PROPERTY_TYPE("LCF204", "E3012", "value of the schema's type"),
  PROPERTY_ENUM("LCF205", "E3030", "value among the schema's enum"),
  PROPERTY_PATTERN("LCF206", "E3031", "value matches the schema's pattern"),
  PROPERTY_LENGTH("LCF207", "E3033", "string length within the schema's bounds"),
  PROPERTY_RANGE("LCF208", "E3034", "number within the schema's bounds"),
  ARRAY_LENGTH("LCF209", "E3032", "list length within the schema's bounds"),
  SCHEMA_OTHER("LCF210", "E3014 E3017 E3018 E3037", "other schema keywords"),
  // resource-specific rules (ResourceRules), each with its documented source
  CIDR("LCF301", "E1103 E3002", "CIDR blocks are valid IPv4/IPv6 CIDRs"),
  FARGATE_CPU_MEMORY("LCF302", "E3047", "Fargate task CPU and memory pair"),
  IAM_POLICY("LCF303", "E3510 E3512 E3530", "IAM policy document grammar"),
  LISTENER_RULE_PRIORITY("LCF304", "E3034", "listener rule priority 1-50000"),
  HEALTH_CHECK("LCF305", "E3034", "target group health check bounds"),
  RDS_INSTANCE_CLASS("LCF306", "E3025 E3062", "RDS instance class exists for the engine"),
  LISTENER_PROTOCOL("LCF307", "E3030", "listener protocol fits the load balancer type"),
  PORT_RANGE("LCF308", "", "ports 1-65535 (security groups 0-65535, -1 for all)"),
  ECS_LOG_DRIVER("LCF309", "", "ECS log driver supported"),
  RDS_BACKUP_RETENTION("LCF310", "E3719", "RDS backup retention 0-35 days"),
  RDS_STORAGE_TYPE("LCF311", "", "RDS storage type exists"),
  SECURITY_GROUP_PORTS("LCF312", "E3687 E3688", "security group port pairs fit the protocol"),
  ALB_SUBNETS("LCF313", "E3680", "an application load balancer has at least 2 subnets"),
  ESSENTIAL_CONTAINER("LCF314", "E3042", "a task definition has an essential container"),
  HTTPS_CERTIFICATE("LCF315", "E3676", "HTTPS and TLS listeners have a certificate"),
  RDS_KMS_ENCRYPTION("LCF316", "E3720", "an RDS KmsKeyId needs StorageEncrypted"),
  ALARM_PERIOD("LCF317", "", "alarm period 10, 20, 30 or a multiple of 60"),
  ECS_SERVICE("LCF318", "", "ECS service: launch type or providers, deployment, grace period"),
  ECS_TASK("LCF319", "", "ECS task: awsvpc on Fargate, containers, variables, health checks"),
  SCALING_POLICY("LCF320", "", "target tracking configuration fits the scaling policy"),
  ECR_ENCRYPTION("LCF321", "", "an ECR KmsKey comes with a KMS encryption type"),
  // numbered from 330: the rules that replaced the hand-written network and security types' checks
  SECURITY_GROUP_PEER("LCF330", "", "a security group rule names exactly one peer"),
  SECURITY_GROUP_TEXT("LCF331", "", "security group and rule descriptions EC2 accepts"),
  ROUTE_TARGET("LCF332", "", "a route has exactly one target"),
  GATEWAY_ATTACHMENT("LCF333", "", "a gateway attachment names exactly one gateway"),
  VPC_ENDPOINT_SHAPE("LCF334", "", "gateway and interface endpoints take their own properties"),
  KMS_KEY_ROTATION("LCF335", "", "a KMS rotation period needs key rotation on"),
  KMS_ALIAS_NAME("LCF336", "", "a KMS alias starts with alias/ and not alias/aws/"),
  SECRET_VALUE("LCF337", "", "a secret has one value source and a usable generator"),
  // what the hand-written ALB, ACM, Route 53, WAF, RDS and Lambda types checked (LCF340-LCF349)
  RDS_WINDOWS("LCF340", "", "RDS backup and maintenance windows: form, 30 minutes, apart"),
  DB_SUBNET_GROUP("LCF341", "", "a DB subnet group has subnets in at least 2 zones"),
  RDS_MASTER_PASSWORD("LCF342", "", "MasterUserPassword or ManageMasterUserPassword, not both"),
  LISTENER_TLS_ONLY("LCF343", "", "only HTTPS and TLS listeners take Certificates or SslPolicy"),
  RULE_CONDITION("LCF344", "", "a listener rule condition carries its field's config only"),
  RECORD_SET_TARGET("LCF345", "E3029", "a record set is an alias, or records with a TTL"),
  CERTIFICATE_VALIDATION("LCF346", "", "validation hosted zones need ValidationMethod DNS"),
  LAMBDA_CODE("LCF347", "", "Lambda code is inline, in S3 or an image: exactly one"),
  WAF_RULES("LCF348", "", "WAF rule actions fit the statement; names and priorities unique"),
  LISTENER_ACTION("LCF349", "", "redirect and fixed-response status codes, response body size"),
  // the security lint's own bookkeeping (its rules are SecurityRule)
  SECURITY_SUPPRESSION("LCF350", "", "a cdk_nag suppression names a known rule and gives a reason"),
  // parameter files
  PARAMETER_FILE("LCF401", "E2900", "parameter file shape and template"),
  PARAMETER_UNKNOWN("LCF402", "E2900", "parameter key declared in the template"),
  PARAMETER_MISSING("LCF403", "E2900", "parameter without default has a value"),
  PARAMETER_VALUE("LCF404", "E2900 W2030 W2031", "value satisfies the declaration"),
  // across stacks
  IMPORT_UNRESOLVED("LCF501", "", "each Fn::ImportValue names another stack's export"),
  EXPORT_ACROSS_STACKS("LCF502", "", "export names unique across stacks"),
  IMPORT_OWN_EXPORT("LCF503", "", "a stack does not import its own export"),
  IMPORT_CYCLE("LCF504", "", "no import cycle among stacks");

  private final String id;
  private final String cfnLint;
  private final String summary;

  Rule(String id, String cfnLint, String summary) {
    this.id = id;
    this.cfnLint = cfnLint;
    this.summary = summary;
  }

  @Override
  public String id() {
    return id;
  }

  /** The cfn-lint rule ids that check the same, space-separated; empty when none does. */
  @Override
  public String cfnLint() {
    return cfnLint;
  }

  @Override
  public String summary() {
    return summary;
  }
}
