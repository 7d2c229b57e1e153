package org.llmgateway.cfn.model.template;

/** The parameter types CloudFormation accepts that this project uses. */
public enum ParameterType {
  STRING("String"),
  NUMBER("Number"),
  NUMBER_LIST("List<Number>"),
  COMMA_DELIMITED_LIST("CommaDelimitedList"),
  HOSTED_ZONE_ID("AWS::Route53::HostedZone::Id"),
  VPC_ID("AWS::EC2::VPC::Id"),
  SUBNET_ID_LIST("List<AWS::EC2::Subnet::Id>");

  private final String cfnName;

  ParameterType(String cfnName) {
    this.cfnName = cfnName;
  }

  public String cfnName() {
    return cfnName;
  }
}
