package org.llmgateway.cfn.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void accessorsFollowJavaBeanCaseForAcronyms() {
    assertThat(JavaNames.accessor("CidrBlock")).isEqualTo("cidrBlock");
    assertThat(JavaNames.accessor("DBInstanceClass")).isEqualTo("dbInstanceClass");
    assertThat(JavaNames.accessor("VPC")).isEqualTo("vpc");
    assertThat(JavaNames.accessor("MultiAZ")).isEqualTo("multiAZ");
    assertThat(JavaNames.accessor("S3Bucket")).isEqualTo("s3Bucket");
  }

  @Test
  void namesTheModelAlreadyUsesGetASuffix() {
    assertThat(JavaNames.accessor("Condition")).isEqualTo("conditionValue");
    assertThat(JavaNames.accessor("Metadata")).isEqualTo("metadataValue");
    assertThat(JavaNames.accessor("Default")).isEqualTo("defaultValue");
    assertThat(JavaNames.nestedTypeName("Tag", "Bucket")).isEqualTo("TagProperty");
    assertThat(JavaNames.nestedTypeName("Bucket", "Bucket")).isEqualTo("BucketProperty");
    assertThat(JavaNames.nestedTypeName("Ingress", "SecurityGroup")).isEqualTo("Ingress");
  }

  @Test
  void attributesAndConstants() {
    assertThat(JavaNames.attributeAccessor("Endpoint.Address")).isEqualTo("attrEndpointAddress");
    assertThat(JavaNames.constant("Protocol", "HTTPS")).isEqualTo("PROTOCOL_HTTPS");
    assertThat(JavaNames.constant("LaunchType", "FARGATE")).isEqualTo("LAUNCH_TYPE_FARGATE");
    assertThat(JavaNames.constant("Version", "1.2")).isEqualTo("VERSION_1_2");
    assertThat(JavaNames.packageSegment("AWS::ElasticLoadBalancingV2"))
        .isEqualTo("elasticloadbalancingv2");
  }
}
