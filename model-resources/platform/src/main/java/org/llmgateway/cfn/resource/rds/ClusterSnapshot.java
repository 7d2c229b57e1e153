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
 * {@code AWS::RDS::ClusterSnapshot}: Creates a snapshot of a DB cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-clustersnapshot.html">AWS::RDS::ClusterSnapshot</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ClusterSnapshot extends Resource {

  String TYPE = "AWS::RDS::ClusterSnapshot";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The identifier of the DB cluster to create a snapshot for. */
  Expr dbClusterIdentifier();

  /**
   * Required. The identifier for the DB cluster snapshot. Must contain from 1 to 63 letters,
   * numbers, or hyphens. First character must be a letter. Can't end with a hyphen or contain two
   * consecutive hyphens.
   */
  Expr dbClusterSnapshotIdentifier();

  /** The tags to be assigned to the DB cluster snapshot. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBClusterIdentifier", dbClusterIdentifier())
        .put("DBClusterSnapshotIdentifier", dbClusterSnapshotIdentifier())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AllocatedStorage} attribute: The allocated storage size of the DB cluster snapshot
   * in gibibytes (GiB).
   */
  default GetAtt attrAllocatedStorage() {
    return getAtt("AllocatedStorage");
  }

  /**
   * The {@code AvailabilityZones} attribute: The list of Availability Zones where instances in the
   * DB cluster snapshot can be restored.
   */
  default GetAtt attrAvailabilityZones() {
    return getAtt("AvailabilityZones");
  }

  /**
   * The {@code ClusterCreateTime} attribute: The time when the DB cluster was created, in Universal
   * Coordinated Time (UTC).
   */
  default GetAtt attrClusterCreateTime() {
    return getAtt("ClusterCreateTime");
  }

  /**
   * The {@code DBClusterSnapshotArn} attribute: The Amazon Resource Name (ARN) for the DB cluster
   * snapshot.
   */
  default GetAtt attrDBClusterSnapshotArn() {
    return getAtt("DBClusterSnapshotArn");
  }

  /**
   * The {@code DbClusterResourceId} attribute: The resource ID of the DB cluster that this DB
   * cluster snapshot was created from.
   */
  default GetAtt attrDbClusterResourceId() {
    return getAtt("DbClusterResourceId");
  }

  /** The {@code Engine} attribute: The name of the database engine for this DB cluster snapshot. */
  default GetAtt attrEngine() {
    return getAtt("Engine");
  }

  /**
   * The {@code EngineMode} attribute: The engine mode of the database engine for this DB cluster
   * snapshot.
   */
  default GetAtt attrEngineMode() {
    return getAtt("EngineMode");
  }

  /**
   * The {@code EngineVersion} attribute: The version of the database engine for this DB cluster
   * snapshot.
   */
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
   * The {@code KmsKeyId} attribute: If StorageEncrypted is true, the AWS KMS key identifier for the
   * encrypted DB cluster snapshot.
   */
  default GetAtt attrKmsKeyId() {
    return getAtt("KmsKeyId");
  }

  /**
   * The {@code LicenseModel} attribute: The license model information for this DB cluster snapshot.
   */
  default GetAtt attrLicenseModel() {
    return getAtt("LicenseModel");
  }

  /** The {@code MasterUsername} attribute: The master username for this DB cluster snapshot. */
  default GetAtt attrMasterUsername() {
    return getAtt("MasterUsername");
  }

  /**
   * The {@code Port} attribute: The port that the DB cluster was listening on at the time of the
   * snapshot.
   */
  default GetAtt attrPort() {
    return getAtt("Port");
  }

  /**
   * The {@code SnapshotCreateTime} attribute: The time when the snapshot was taken, in Universal
   * Coordinated Time (UTC).
   */
  default GetAtt attrSnapshotCreateTime() {
    return getAtt("SnapshotCreateTime");
  }

  /** The {@code SnapshotType} attribute: The type of the DB cluster snapshot. */
  default GetAtt attrSnapshotType() {
    return getAtt("SnapshotType");
  }

  /** The {@code Status} attribute: The status of this DB cluster snapshot. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /**
   * The {@code StorageEncrypted} attribute: Indicates whether the DB cluster snapshot is encrypted.
   */
  default GetAtt attrStorageEncrypted() {
    return getAtt("StorageEncrypted");
  }

  /** The {@code VpcId} attribute: The VPC ID associated with the DB cluster snapshot. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterSnapshot}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableClusterSnapshot.Builder {

    public Builder dbClusterIdentifier(String value) {
      dbClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbClusterSnapshotIdentifier(String value) {
      dbClusterSnapshotIdentifier(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
