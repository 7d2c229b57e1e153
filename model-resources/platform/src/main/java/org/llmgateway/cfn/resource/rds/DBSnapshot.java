// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.rds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::RDS::DBSnapshot}: Creates a snapshot of a DB instance.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbsnapshot.html">AWS::RDS::DBSnapshot</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBSnapshot extends Resource {

  String TYPE = "AWS::RDS::DBSnapshot";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The identifier of the DB instance that you want to create the snapshot of. */
  Expr dbInstanceIdentifier();

  /**
   * Required. The identifier for the DB snapshot. Must contain from 1 to 255 letters, numbers, or
   * hyphens. First character must be a letter. Can't end with a hyphen or contain two consecutive
   * hyphens.
   */
  Expr dbSnapshotIdentifier();

  /** The tags to be assigned to the DB snapshot. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBInstanceIdentifier", dbInstanceIdentifier())
        .put("DBSnapshotIdentifier", dbSnapshotIdentifier())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AllocatedStorage} attribute: The allocated storage size in gibibytes (GiB). */
  default GetAtt attrAllocatedStorage() {
    return getAtt("AllocatedStorage");
  }

  /**
   * The {@code AvailabilityZone} attribute: The name of the Availability Zone the DB instance was
   * located in at the time of the DB snapshot.
   */
  default GetAtt attrAvailabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /** The {@code DBSnapshotArn} attribute: The Amazon Resource Name (ARN) for the DB snapshot. */
  default GetAtt attrDBSnapshotArn() {
    return getAtt("DBSnapshotArn");
  }

  /**
   * The {@code DbiResourceId} attribute: The identifier for the source DB instance, which is unique
   * to an AWS Region.
   */
  default GetAtt attrDbiResourceId() {
    return getAtt("DbiResourceId");
  }

  /** The {@code Encrypted} attribute: Indicates whether the DB snapshot is encrypted. */
  default GetAtt attrEncrypted() {
    return getAtt("Encrypted");
  }

  /** The {@code Engine} attribute: The name of the database engine. */
  default GetAtt attrEngine() {
    return getAtt("Engine");
  }

  /** The {@code EngineVersion} attribute: The version of the database engine. */
  default GetAtt attrEngineVersion() {
    return getAtt("EngineVersion");
  }

  /**
   * The {@code IAMDatabaseAuthenticationEnabled} attribute: Indicates whether mapping of AWS IAM
   * accounts to database accounts is enabled.
   */
  default GetAtt attrIAMDatabaseAuthenticationEnabled() {
    return getAtt("IAMDatabaseAuthenticationEnabled");
  }

  /**
   * The {@code InstanceCreateTime} attribute: The time when the DB instance was created, in UTC.
   */
  default GetAtt attrInstanceCreateTime() {
    return getAtt("InstanceCreateTime");
  }

  /**
   * The {@code Iops} attribute: The Provisioned IOPS value of the DB instance at the time of the
   * snapshot.
   */
  default GetAtt attrIops() {
    return getAtt("Iops");
  }

  /**
   * The {@code KmsKeyId} attribute: If Encrypted is true, the AWS KMS key identifier for the
   * encrypted DB snapshot.
   */
  default GetAtt attrKmsKeyId() {
    return getAtt("KmsKeyId");
  }

  /** The {@code LicenseModel} attribute: License model information for the restored DB instance. */
  default GetAtt attrLicenseModel() {
    return getAtt("LicenseModel");
  }

  /** The {@code MasterUsername} attribute: The master username for the DB snapshot. */
  default GetAtt attrMasterUsername() {
    return getAtt("MasterUsername");
  }

  /** The {@code OptionGroupName} attribute: The option group name for the DB snapshot. */
  default GetAtt attrOptionGroupName() {
    return getAtt("OptionGroupName");
  }

  /**
   * The {@code OriginalSnapshotCreateTime} attribute: The time of the CreateDBSnapshot operation in
   * UTC. Doesn't change when the snapshot is copied.
   */
  default GetAtt attrOriginalSnapshotCreateTime() {
    return getAtt("OriginalSnapshotCreateTime");
  }

  /**
   * The {@code Port} attribute: The port that the database engine was listening on at the time of
   * the snapshot.
   */
  default GetAtt attrPort() {
    return getAtt("Port");
  }

  /** The {@code SnapshotCreateTime} attribute: The time when the snapshot was taken, in UTC. */
  default GetAtt attrSnapshotCreateTime() {
    return getAtt("SnapshotCreateTime");
  }

  /** The {@code SnapshotType} attribute: The type of the DB snapshot. */
  default GetAtt attrSnapshotType() {
    return getAtt("SnapshotType");
  }

  /** The {@code Status} attribute: The status of this DB snapshot. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code StorageThroughput} attribute: The storage throughput for the DB snapshot. */
  default GetAtt attrStorageThroughput() {
    return getAtt("StorageThroughput");
  }

  /** The {@code StorageType} attribute: The storage type associated with the DB snapshot. */
  default GetAtt attrStorageType() {
    return getAtt("StorageType");
  }

  /** The {@code VpcId} attribute: The VPC ID associated with the DB snapshot. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBSnapshot}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBSnapshot.Builder {

    public Builder dbInstanceIdentifier(String value) {
      dbInstanceIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbSnapshotIdentifier(String value) {
      dbSnapshotIdentifier(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
