package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resource-specific rules (LCF3xx) on small templates: what MutationCorpusTest does not
 * reach, and how literals, Fn::If branches and other functions are told apart.
 */
class ResourceRulesTest {

  private static List<String> resourceFindings(String yaml) {
    var template = TemplateReader.read("t.yaml", yaml).json();
    return new Validator().check(new TemplateSource("t.yaml", template, yaml.length())).stream()
        .filter(f -> f.rule().id().startsWith("LCF3")).map(Finding::toString).toList();
  }

  @Test
  void bothBranchesOfAnIfAreJudgedAndAFunctionNever() {
    assertThat(resourceFindings("""
        Parameters:
          Priority:
            Type: Number
        Conditions:
          Prod: !Equals [!Ref "AWS::StackName", prod]
        Resources:
          A:
            Type: AWS::ElasticLoadBalancingV2::ListenerRule
            Properties:
              Priority: !If [Prod, 0, 70000]
          B:
            Type: AWS::ElasticLoadBalancingV2::ListenerRule
            Properties:
              Priority: !Ref Priority
        """)).containsExactly(
        "t.yaml: A: /Resources/A/Properties/Priority/Fn::If/1: [LCF304] Priority 0 is outside "
            + "1-50000",
        "t.yaml: A: /Resources/A/Properties/Priority/Fn::If/2: [LCF304] Priority 70000 is "
            + "outside 1-50000");
  }

  @Test
  void ipv6CidrsAndVcpuSizesAreUnderstood() {
    assertThat(resourceFindings("""
        Resources:
          Good:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              CidrIpv6: "2001:db8::/32"
          Bad:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              CidrIpv6: "2001:db8::/129"
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: awsvpc
              Cpu: 0.5 vCPU
              Memory: 3 GB
              ContainerDefinitions:
                - {Name: a, Image: a}
        """)).containsExactly(
        "t.yaml: Bad: /Resources/Bad/Properties/CidrIpv6: [LCF301] '2001:db8::/129' is not an "
            + "IPv6 CIDR block (address/0-128)");
  }

  @Test
  void securityGroupPortsFollowTheProtocol() {
    assertThat(resourceFindings("""
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: g
              SecurityGroupIngress:
                - {IpProtocol: icmp, FromPort: 8, ToPort: 0, CidrIp: 10.0.0.0/8}
                - {IpProtocol: icmp, FromPort: 300, ToPort: 0, CidrIp: 10.0.0.0/8}
                - {IpProtocol: tcp, FromPort: 443, ToPort: 80, CidrIp: 10.0.0.0/8}
                - {IpProtocol: udp, FromPort: -1, ToPort: 53, CidrIp: 10.0.0.0/8}
                - {IpProtocol: "-1", CidrIp: 10.0.0.0/8}
        """)).containsExactly(
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupIngress/1/FromPort: [LCF308] "
            + "FromPort 300 is outside -1-255 for IpProtocol icmp",
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupIngress/2/FromPort: [LCF312] "
            + "FromPort 443 is above ToPort 80",
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupIngress/3/FromPort: [LCF312] "
            + "FromPort and ToPort are both -1 (all) or neither");
  }

  @Test
  void loadBalancerListenerAndTaskRulesFromCfnLint() {
    assertThat(resourceFindings("""
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
              Subnets: [subnet-1]
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, !Ref "AWS::NoValue"]
          NlbListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Port: 443
              Protocol: HTTPS
              DefaultActions: [{Type: forward, TargetGroupArn: arn}]
          TlsListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Port: 443
              Protocol: TLS
              DefaultActions: [{Type: forward, TargetGroupArn: arn}]
          Group:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties:
              HealthCheckIntervalSeconds: 10
              HealthCheckTimeoutSeconds: 10
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - {Name: a, Image: a, Essential: false}
                - {Name: b, Image: b, Essential: "false"}
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
              KmsKeyId: key
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Period: 90
              EvaluationPeriods: 1
              ComparisonOperator: GreaterThanThreshold
        """)).containsExactly(
        "t.yaml: Alarm: /Resources/Alarm/Properties/Period: [LCF317] Period 90 is not 10, 20, 30 "
            + "or a multiple of 60",
        "t.yaml: Alb: /Resources/Alb/Properties/Subnets: [LCF313] an application load balancer "
            + "needs subnets in at least 2 Availability Zones; 1 given",
        "t.yaml: Db: /Resources/Db/Properties/KmsKeyId: [LCF316] KmsKeyId is only used with "
            + "StorageEncrypted: true",
        "t.yaml: Group: /Resources/Group/Properties/HealthCheckTimeoutSeconds: [LCF305] "
            + "HealthCheckTimeoutSeconds 10 must be less than HealthCheckIntervalSeconds 10",
        "t.yaml: NlbListener: /Resources/NlbListener/Properties/Protocol: [LCF307] Protocol "
            + "'HTTPS' is not one of [QUIC, TCP, TCP_QUIC, TCP_UDP, TLS, UDP] for a listener of a "
            + "network load balancer",
        "t.yaml: NlbListener: /Resources/NlbListener/Properties/Protocol: [LCF315] a HTTPS "
            + "listener needs Certificates",
        "t.yaml: Task: /Resources/Task/Properties/ContainerDefinitions: [LCF314] a task "
            + "definition needs at least one essential container",
        "t.yaml: TlsListener: /Resources/TlsListener/Properties/Protocol: [LCF315] a TLS "
            + "listener needs Certificates");
  }

  /** What the hand-written ECS, scaling and ECR model types refused before the generated ones. */
  @Test
  void ecsServicesTasksScalingPoliciesAndRepositoriesKeepTheirInvariants() {
    String at = "/Resources/Task/Properties/ContainerDefinitions/0";
    String service = "t.yaml: Service: /Resources/Service/Properties";
    assertThat(resourceFindings("""
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              RequiresCompatibilities: [FARGATE]
              NetworkMode: bridge
              Cpu: 256
              Memory: 512
              ContainerDefinitions:
                - Name: a
                  Image: a
                  Environment:
                    - {Name: MODE, Value: x}
                    - {Name: MODE, Value: y}
                  Secrets:
                    - {Name: KEY, ValueFrom: arn}
                    - {Name: MODE, ValueFrom: arn}
                  HealthCheck:
                    Command: [curl, "http://localhost"]
                    Interval: 30
                    Timeout: 30
                    Retries: 0
                    StartPeriod: 301
          Empty:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions: []
          Service:
            Type: AWS::ECS::Service
            Properties:
              LaunchType: FARGATE
              CapacityProviderStrategy:
                - {CapacityProvider: FARGATE, Base: -1, Weight: 1001}
              DeploymentConfiguration: {MaximumPercent: 100, MinimumHealthyPercent: 100}
              HealthCheckGracePeriodSeconds: -5
              NetworkConfiguration: {AwsvpcConfiguration: {Subnets: []}}
          Policy:
            Type: AWS::ApplicationAutoScaling::ScalingPolicy
            Properties:
              PolicyName: p
              PolicyType: StepScaling
              TargetTrackingScalingPolicyConfiguration: {TargetValue: 0, ScaleInCooldown: -1}
          Repository:
            Type: AWS::ECR::Repository
            Properties:
              EncryptionConfiguration: {EncryptionType: AES256, KmsKey: key}
        """)).containsExactlyInAnyOrder(
        "t.yaml: Task: " + at + "/HealthCheck/Retries: [LCF319] Retries 0 is outside 1-10",
        "t.yaml: Task: " + at + "/HealthCheck/StartPeriod: [LCF319] StartPeriod 301 is outside "
            + "0-300",
        "t.yaml: Task: " + at + "/Environment/1/Name: [LCF319] variable MODE is set twice",
        "t.yaml: Task: " + at + "/Secrets/1/Name: [LCF319] variable MODE is set twice (as a "
            + "secret and again)",
        "t.yaml: Task: " + at + "/HealthCheck/Command/0: [LCF319] a health check command "
            + "starts with CMD or CMD-SHELL, not 'curl'",
        "t.yaml: Task: " + at + "/HealthCheck/Timeout: [LCF319] health check Timeout 30 must "
            + "be shorter than Interval 30",
        "t.yaml: Task: /Resources/Task/Properties/NetworkMode: [LCF319] Fargate tasks need "
            + "NetworkMode awsvpc",
        "t.yaml: Empty: /Resources/Empty/Properties/ContainerDefinitions: [LCF319] a task "
            + "definition needs at least one container",
        service + "/LaunchType: [LCF318] LaunchType and CapacityProviderStrategy exclude each "
            + "other; ECS would ignore the capacity providers",
        service + "/CapacityProviderStrategy/0/Base: [LCF318] Base -1 is outside 0-100000",
        service + "/CapacityProviderStrategy/0/Weight: [LCF318] Weight 1001 is outside 0-1000",
        service + "/DeploymentConfiguration/MaximumPercent: [LCF318] MaximumPercent 100 must "
            + "exceed MinimumHealthyPercent 100 or a deployment cannot start a new task",
        service + "/HealthCheckGracePeriodSeconds: [LCF318] HealthCheckGracePeriodSeconds -5 "
            + "must not be negative",
        service + "/HealthCheckGracePeriodSeconds: [LCF318] HealthCheckGracePeriodSeconds only "
            + "applies to a service with a load balancer",
        service + "/NetworkConfiguration/AwsvpcConfiguration/Subnets: [LCF318] "
            + "AwsvpcConfiguration needs at least one subnet",
        "t.yaml: Policy: /Resources/Policy/Properties/PolicyType: [LCF320] "
            + "TargetTrackingScalingPolicyConfiguration goes with PolicyType "
            + "TargetTrackingScaling, and only with it",
        "t.yaml: Policy: /Resources/Policy/Properties/TargetTrackingScalingPolicyConfiguration/"
            + "TargetValue: [LCF320] TargetValue 0 must be positive",
        "t.yaml: Policy: /Resources/Policy/Properties/TargetTrackingScalingPolicyConfiguration/"
            + "ScaleInCooldown: [LCF320] ScaleInCooldown -1 is outside 0-2147483647",
        "t.yaml: Repository: /Resources/Repository/Properties/EncryptionConfiguration/KmsKey: "
            + "[LCF321] KmsKey needs EncryptionType KMS or KMS_DSSE, not AES256");
  }

  @Test
  void policiesOfEachKindNeedTheirPrincipalsAndResources() {
    assertThat(resourceFindings("""
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Version: "2012-10-18"
                Statement:
                  - Effect: Permit
                    Action: kms:*
                    NotAction: kms:Delete*
                    Resource: "*"
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  Effect: Allow
                  Principal: {Services: [lambda.amazonaws.com]}
                  Action: s3:GetObject
        """)).containsExactly(
        "t.yaml: Key: /Resources/Key/Properties/KeyPolicy/Statement/0: [LCF303] a resource "
            + "policy statement needs a Principal or NotPrincipal",
        "t.yaml: Key: /Resources/Key/Properties/KeyPolicy/Statement/0: [LCF303] statement has "
            + "both Action and NotAction",
        "t.yaml: Key: /Resources/Key/Properties/KeyPolicy/Statement/0/Effect: [LCF303] Effect "
            + "'Permit' is not Allow or Deny",
        "t.yaml: Key: /Resources/Key/Properties/KeyPolicy/Version: [LCF303] policy Version "
            + "'2012-10-18' is not 2012-10-17 or 2008-10-17",
        "t.yaml: Policy: /Resources/Policy/Properties/PolicyDocument/Statement: [LCF303] a "
            + "policy attached to an identity cannot name a Principal",
        "t.yaml: Policy: /Resources/Policy/Properties/PolicyDocument/Statement: [LCF303] "
            + "statement has no Resource or NotResource",
        "t.yaml: Policy: /Resources/Policy/Properties/PolicyDocument/Statement/Principal/"
            + "Services: [LCF303] 'Services' is not a principal type (AWS, Service, Federated, "
            + "CanonicalUser)");
  }

  // --- the checks the hand-written EC2, KMS and Secrets Manager types made, now rules

  @Test
  void aSecurityGroupRuleNamesExactlyOnePeerAndTcpRulesBothPorts() {
    assertThat(resourceFindings("""
        Conditions:
          Prod: !Equals [!Ref "AWS::StackName", prod]
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443}
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8,
                   SourceSecurityGroupId: sg-1}
              SecurityGroupEgress:
                - {IpProtocol: tcp, FromPort: 443, DestinationPrefixListId: pl-1}
          Rule:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: sg-2
              IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              CidrIp: !If [Prod, 10.0.0.0/8, !Ref "AWS::NoValue"]
              SourcePrefixListId: !If [Prod, !Ref "AWS::NoValue", pl-1]
        """)).containsExactlyInAnyOrder(
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupIngress/1: [LCF330] an inbound "
            + "rule takes exactly one of CidrIp, CidrIpv6, SourcePrefixListId, "
            + "SourceSecurityGroupId, SourceSecurityGroupName, not 0",
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupIngress/2: [LCF330] an inbound "
            + "rule takes exactly one of CidrIp, CidrIpv6, SourcePrefixListId, "
            + "SourceSecurityGroupId, SourceSecurityGroupName, not 2",
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupEgress/0: [LCF312] IpProtocol "
            + "tcp needs both FromPort and ToPort");
  }

  @Test
  void descriptionsHoldOnlyWhatEc2Accepts() {
    assertThat(resourceFindings("""
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: "Proxy & friends: ok"
              SecurityGroupEgress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0,
                   Description: "HTTPS & more <to the tasks>"}
          Accented:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: "Caf\u00e9 tasks"
          Empty:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: ""
        """)).containsExactlyInAnyOrder(
        "t.yaml: Group: /Resources/Group/Properties/SecurityGroupEgress/0/Description: [LCF331] "
            + "Description 'HTTPS & more <to the tasks>' is over 255 characters or has "
            + "characters EC2 refuses (it takes a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*)",
        "t.yaml: Accented: /Resources/Accented/Properties/GroupDescription: [LCF331] "
            + "GroupDescription 'Caf\u00e9 tasks' must be 1-255 of a-z, A-Z, 0-9, spaces and "
            + "._-:/()#,@[]+=&;{}!$*",
        "t.yaml: Empty: /Resources/Empty/Properties/GroupDescription: [LCF331] "
            + "GroupDescription '' must be 1-255 of a-z, A-Z, 0-9, spaces and "
            + "._-:/()#,@[]+=&;{}!$*");
  }

  @Test
  void routesAndGatewayAttachmentsNameExactlyOneTarget() {
    assertThat(resourceFindings("""
        Conditions:
          Prod: !Equals [!Ref "AWS::StackName", prod]
        Resources:
          Both:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: rtb-1
              DestinationCidrBlock: 0.0.0.0/0
              GatewayId: igw-1
              NatGatewayId: nat-1
          None:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: rtb-1
              DestinationCidrBlock: 0.0.0.0/0
          EitherByCondition:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: rtb-1
              DestinationCidrBlock: 0.0.0.0/0
              GatewayId: !If [Prod, igw-1, !Ref "AWS::NoValue"]
              NatGatewayId: !If [Prod, !Ref "AWS::NoValue", nat-1]
          Attachment:
            Type: AWS::EC2::VPCGatewayAttachment
            Properties:
              VpcId: vpc-1
        """)).containsExactlyInAnyOrder(
        "t.yaml: Both: /Resources/Both/Properties: [LCF332] a route takes exactly one of "
            + "CarrierGatewayId, CoreNetworkArn, EgressOnlyInternetGatewayId, GatewayId, "
            + "InstanceId, LocalGatewayId, NatGatewayId, NetworkInterfaceId, OdbNetworkArn, "
            + "TransitGatewayId, VpcEndpointId, VpcPeeringConnectionId, not 2",
        "t.yaml: None: /Resources/None/Properties: [LCF332] a route takes exactly one of "
            + "CarrierGatewayId, CoreNetworkArn, EgressOnlyInternetGatewayId, GatewayId, "
            + "InstanceId, LocalGatewayId, NatGatewayId, NetworkInterfaceId, OdbNetworkArn, "
            + "TransitGatewayId, VpcEndpointId, VpcPeeringConnectionId, not 0",
        "t.yaml: Attachment: /Resources/Attachment/Properties: [LCF333] a gateway attachment "
            + "takes exactly one of InternetGatewayId, VpnGatewayId, not 0");
  }

  @Test
  void gatewayAndInterfaceEndpointsTakeTheirOwnProperties() {
    assertThat(resourceFindings("""
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: com.amazonaws.us-east-1.s3
              RouteTableIds: [rtb-1]
              SubnetIds: [subnet-1]
          Logs:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: com.amazonaws.us-east-1.logs
              VpcEndpointType: Interface
              SubnetIds: [subnet-1]
              RouteTableIds: [rtb-1]
              PrivateDnsEnabled: true
        """)).containsExactlyInAnyOrder(
        "t.yaml: S3: /Resources/S3/Properties/SubnetIds: [LCF334] a Gateway endpoint takes "
            + "RouteTableIds, not SubnetIds",
        "t.yaml: Logs: /Resources/Logs/Properties/RouteTableIds: [LCF334] an Interface endpoint "
            + "takes SubnetIds, not RouteTableIds");
  }

  @Test
  void kmsRotationPeriodsNeedRotationAndAliasesAvoidTheAwsPrefix() {
    assertThat(resourceFindings("""
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              RotationPeriodInDays: 180
          Rotating:
            Type: AWS::KMS::Key
            Properties:
              EnableKeyRotation: true
              RotationPeriodInDays: 180
          Reserved:
            Type: AWS::KMS::Alias
            Properties:
              AliasName: !Sub "alias/aws/${AWS::StackName}"
              TargetKeyId: !Ref Key
          Good:
            Type: AWS::KMS::Alias
            Properties:
              AliasName: !Sub "alias/${AWS::StackName}-litellm"
              TargetKeyId: !Ref Key
        """)).containsExactlyInAnyOrder(
        "t.yaml: Key: /Resources/Key/Properties/RotationPeriodInDays: [LCF335] "
            + "RotationPeriodInDays needs EnableKeyRotation: true",
        "t.yaml: Reserved: /Resources/Reserved/Properties/AliasName: [LCF336] AliasName "
            + "'alias/aws/${AWS::StackName}' must start with alias/ and not with alias/aws/");
  }

  @Test
  void aSecretHasOneValueSourceAndAUsableGenerator() {
    assertThat(resourceFindings("""
        Resources:
          Both:
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: x
              GenerateSecretString: {PasswordLength: 32}
          Empty:
            Type: AWS::SecretsManager::Secret
            Properties:
              Description: nothing in it
          HalfTemplate:
            Type: AWS::SecretsManager::Secret
            Properties:
              GenerateSecretString: {SecretStringTemplate: '{"user":"a"}'}
          NotAnObject:
            Type: AWS::SecretsManager::Secret
            Properties:
              GenerateSecretString: {SecretStringTemplate: '["a"]', GenerateStringKey: password}
          KeyTaken:
            Type: AWS::SecretsManager::Secret
            Properties:
              GenerateSecretString:
                SecretStringTemplate: '{"password":""}'
                GenerateStringKey: password
                PasswordLength: 5000
        """)).containsExactlyInAnyOrder(
        "t.yaml: Both: /Resources/Both/Properties: [LCF337] a secret takes exactly one of "
            + "SecretString and GenerateSecretString, not 2",
        "t.yaml: Empty: /Resources/Empty/Properties: [LCF337] a secret takes exactly one of "
            + "SecretString and GenerateSecretString, not 0",
        "t.yaml: HalfTemplate: /Resources/HalfTemplate/Properties/GenerateSecretString: [LCF337] "
            + "SecretStringTemplate and GenerateStringKey go together",
        "t.yaml: NotAnObject: /Resources/NotAnObject/Properties/GenerateSecretString/"
            + "SecretStringTemplate: [LCF337] SecretStringTemplate must be a JSON object",
        "t.yaml: KeyTaken: /Resources/KeyTaken/Properties/GenerateSecretString/PasswordLength: "
            + "[LCF337] PasswordLength 5000 is outside 1-4096",
        "t.yaml: KeyTaken: /Resources/KeyTaken/Properties/GenerateSecretString/"
            + "SecretStringTemplate: [LCF337] SecretStringTemplate already has the key 'password' "
            + "the generated value would go under");
  }

  /**
   * What the hand-written ALB, ACM, Route 53, WAF, RDS and Lambda types refused when they were
   * built, and the generated types accept: each rule once broken, once kept.
   */
  @Test
  void theChecksOfTheHandWrittenAlbDatabaseAndLambdaTypesAreRules() {
    assertThat(resourceFindings("""
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
              PreferredBackupWindow: "3:00-04:00"
              PreferredMaintenanceWindow: sun:04:00-sun:04:10
              ManageMasterUserPassword: true
              MasterUserPassword: not-this
          Overlapping:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
              PreferredBackupWindow: "23:30-00:30"
              PreferredMaintenanceWindow: mon:00:00-mon:01:00
          Apart:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
              PreferredBackupWindow: "03:00-04:00"
              PreferredMaintenanceWindow: sun:04:00-sun:05:00
              ManageMasterUserPassword: true
          OneZone:
            Type: AWS::RDS::DBSubnetGroup
            Properties:
              DBSubnetGroupDescription: one
              SubnetIds: [subnet-1, !Ref AWS::NoValue]
          TwoZones:
            Type: AWS::RDS::DBSubnetGroup
            Properties:
              DBSubnetGroupDescription: two
              SubnetIds: [subnet-1, subnet-2]
          Http:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: arn
              Port: 80
              Protocol: HTTP
              SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
              DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: "404"}}]
          Actions:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: arn
              Port: 80
              Protocol: HTTP
              DefaultActions:
                - Type: fixed-response
                  FixedResponseConfig: {StatusCode: "302", MessageBody: "%s"}
                - Type: redirect
                  RedirectConfig: {Protocol: HTTPS, StatusCode: HTTP_307}
          Rule:
            Type: AWS::ElasticLoadBalancingV2::ListenerRule
            Properties:
              ListenerArn: arn
              Priority: 1
              Actions: [{Type: forward, TargetGroupArn: arn}]
              Conditions:
                - {Field: path-pattern, PathPatternConfig: {Values: ["/*"]}}
                - {Field: host-header, PathPatternConfig: {Values: ["/v1/*"]}}
          Alias:
            Type: AWS::Route53::RecordSet
            Properties:
              HostedZoneId: Z1
              Name: a.example.com
              Type: A
              TTL: "300"
              AliasTarget: {DNSName: lb.example.com, HostedZoneId: Z2}
          NoTtl:
            Type: AWS::Route53::RecordSet
            Properties:
              HostedZoneId: Z1
              Name: b.example.com
              Type: A
              ResourceRecords: [192.0.2.1]
          Certificate:
            Type: AWS::CertificateManager::Certificate
            Properties:
              DomainName: a.example.com
              DomainValidationOptions: [{DomainName: a.example.com, HostedZoneId: Z1}]
          DnsCertificate:
            Type: AWS::CertificateManager::Certificate
            Properties:
              DomainName: a.example.com
              ValidationMethod: DNS
              DomainValidationOptions: [{DomainName: a.example.com, HostedZoneId: Z1}]
          Function:
            Type: AWS::Lambda::Function
            Properties:
              Role: arn
              Code: {ZipFile: "x", S3Bucket: bucket, S3Key: key}
          Acl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: REGIONAL
              DefaultAction: {Allow: {}}
              VisibilityConfig:
                CloudWatchMetricsEnabled: true
                MetricName: m
                SampledRequestsEnabled: true
              Rules:
                - Name: Common
                  Priority: 10
                  Action: {Block: {}}
                  Statement:
                    ManagedRuleGroupStatement:
                      VendorName: AWS
                      Name: AWSManagedRulesCommonRuleSet
                      RuleActionOverrides:
                        - {Name: GenericLFI_BODY, ActionToUse: {Count: {}}}
                        - {Name: GenericLFI_BODY, ActionToUse: {Count: {}}}
                  VisibilityConfig:
                    CloudWatchMetricsEnabled: true
                    MetricName: c
                    SampledRequestsEnabled: true
                - Name: Common
                  Priority: 10
                  Action: {Block: {}}
                  Statement: {RateBasedStatement: {Limit: 100, AggregateKeyType: IP}}
                  VisibilityConfig:
                    CloudWatchMetricsEnabled: true
                    MetricName: r
                    SampledRequestsEnabled: true
        """.formatted("x".repeat(1025)))).containsExactly(
        "t.yaml: Acl: /Resources/Acl/Properties/Rules/0: [LCF348] a rule over a rule group "
            + "takes OverrideAction only, any other rule Action only",
        "t.yaml: Acl: /Resources/Acl/Properties/Rules/0/Statement/ManagedRuleGroupStatement/"
            + "RuleActionOverrides/1/Name: [LCF348] rule 'GenericLFI_BODY' of the group is "
            + "overridden twice",
        "t.yaml: Acl: /Resources/Acl/Properties/Rules/1/Name: [LCF348] rule name 'Common' is "
            + "used twice",
        "t.yaml: Acl: /Resources/Acl/Properties/Rules/1/Priority: [LCF348] rule priority 10 is "
            + "used twice",
        "t.yaml: Actions: /Resources/Actions/Properties/DefaultActions/0/FixedResponseConfig/"
            + "MessageBody: [LCF349] fixed-response MessageBody has 1025 characters; at most "
            + "1024",
        "t.yaml: Actions: /Resources/Actions/Properties/DefaultActions/0/FixedResponseConfig/"
            + "StatusCode: [LCF349] fixed-response StatusCode '302' is not 2XX, 4XX or 5XX",
        "t.yaml: Actions: /Resources/Actions/Properties/DefaultActions/1/RedirectConfig/"
            + "StatusCode: [LCF349] redirect StatusCode 'HTTP_307' is not HTTP_301 or HTTP_302",
        "t.yaml: Alias: /Resources/Alias/Properties/AliasTarget: [LCF345] an alias record takes "
            + "no ResourceRecords and no TTL",
        "t.yaml: Certificate: /Resources/Certificate/Properties/DomainValidationOptions: "
            + "[LCF346] DomainValidationOptions with a HostedZoneId need ValidationMethod DNS "
            + "(the default is EMAIL)",
        "t.yaml: Db: /Resources/Db/Properties/MasterUserPassword: [LCF342] MasterUserPassword "
            + "and ManageMasterUserPassword: true exclude each other",
        "t.yaml: Db: /Resources/Db/Properties/PreferredBackupWindow: [LCF340] "
            + "PreferredBackupWindow '3:00-04:00' must be hh24:mi-hh24:mi in UTC, e.g. "
            + "03:00-04:00",
        "t.yaml: Db: /Resources/Db/Properties/PreferredMaintenanceWindow: [LCF340] "
            + "PreferredMaintenanceWindow 'sun:04:00-sun:04:10' is shorter than the 30 minutes "
            + "RDS requires",
        "t.yaml: Function: /Resources/Function/Properties/Code: [LCF347] Code needs exactly one "
            + "of ZipFile, S3Bucket, ImageUri; ZipFile and S3Bucket given",
        "t.yaml: Http: /Resources/Http/Properties/SslPolicy: [LCF343] a HTTP listener takes no "
            + "SslPolicy; only HTTPS and TLS listeners do",
        "t.yaml: NoTtl: /Resources/NoTtl/Properties/ResourceRecords: [LCF345] ResourceRecords "
            + "and TTL go together (or AliasTarget instead of both)",
        "t.yaml: OneZone: /Resources/OneZone/Properties/SubnetIds: [LCF341] a DB subnet group "
            + "needs subnets in at least 2 Availability Zones; 1 given",
        "t.yaml: Overlapping: /Resources/Overlapping/Properties/PreferredBackupWindow: [LCF340] "
            + "PreferredBackupWindow '23:30-00:30' overlaps PreferredMaintenanceWindow "
            + "'mon:00:00-mon:01:00'; RDS refuses overlapping windows",
        "t.yaml: Rule: /Resources/Rule/Properties/Conditions/1/PathPatternConfig: [LCF344] a "
            + "host-header condition takes HostHeaderConfig, not PathPatternConfig");
  }
}
