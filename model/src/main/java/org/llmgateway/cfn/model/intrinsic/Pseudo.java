package org.llmgateway.cfn.model.intrinsic;

/** CloudFormation's pseudo parameters. */
public enum Pseudo implements Referable {
  ACCOUNT_ID("AWS::AccountId"),
  NOTIFICATION_ARNS("AWS::NotificationARNs"),
  NO_VALUE("AWS::NoValue"),
  PARTITION("AWS::Partition"),
  REGION("AWS::Region"),
  STACK_ID("AWS::StackId"),
  STACK_NAME("AWS::StackName"),
  URL_SUFFIX("AWS::URLSuffix");

  private final String logicalId;

  Pseudo(String logicalId) {
    this.logicalId = logicalId;
  }

  @Override
  public String logicalId() {
    return logicalId;
  }

  public static boolean isPseudo(String name) {
    for (Pseudo pseudo : values()) {
      if (pseudo.logicalId.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
