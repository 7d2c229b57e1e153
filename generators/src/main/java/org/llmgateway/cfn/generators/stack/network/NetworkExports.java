package org.llmgateway.cfn.generators.stack.network;

import org.llmgateway.cfn.model.template.ExportName;

/** What the network stack exports; importing stacks use these constants, never the strings. */
public final class NetworkExports {

  private NetworkExports() {}

  public static final String STACK = "network";

  public static final ExportName VPC_ID = ExportName.of(STACK, "VpcId");
  public static final ExportName VPC_CIDR = ExportName.of(STACK, "VpcCidr");
  public static final ExportName PUBLIC_SUBNET_1_ID = ExportName.of(STACK, "PublicSubnet1Id");
  public static final ExportName PUBLIC_SUBNET_2_ID = ExportName.of(STACK, "PublicSubnet2Id");
  public static final ExportName PRIVATE_SUBNET_1_ID = ExportName.of(STACK, "PrivateSubnet1Id");
  public static final ExportName PRIVATE_SUBNET_2_ID = ExportName.of(STACK, "PrivateSubnet2Id");
  public static final ExportName ALB_SECURITY_GROUP_ID = ExportName.of(STACK, "AlbSecurityGroupId");
  public static final ExportName ECS_SECURITY_GROUP_ID = ExportName.of(STACK, "EcsSecurityGroupId");
  public static final ExportName RDS_SECURITY_GROUP_ID = ExportName.of(STACK, "RdsSecurityGroupId");
  public static final ExportName LAMBDA_SECURITY_GROUP_ID =
      ExportName.of(STACK, "LambdaSecurityGroupId");
  public static final ExportName MASTER_KEY_ROTATION_SECURITY_GROUP_ID =
      ExportName.of(STACK, "MasterKeyRotationSecurityGroupId");
  public static final ExportName CACHE_SECURITY_GROUP_ID =
      ExportName.of(STACK, "CacheSecurityGroupId");
  public static final ExportName VPC_ENDPOINT_SECURITY_GROUP_ID =
      ExportName.of(STACK, "VpcEndpointSecurityGroupId");
}
