package org.llmgateway.cfn.model.resource.rds;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;

class DbInstanceTest {

  private static ImmutableDbInstance.Builder instance() {
    return DbInstance.builder()
        .logicalId("Db")
        .engine(Expr.of("postgres"))
        .dbInstanceClass(Expr.of("db.t3.micro"));
  }

  @Test
  void acceptsTheArchitecturesWindows() {
    assertThatCode(() -> instance()
        .preferredBackupWindow("03:00-04:00")
        .preferredMaintenanceWindow("sun:04:00-sun:05:00")
        .build()).doesNotThrowAnyException();
  }

  @Test
  void acceptsWindowsThatWrapPastMidnightAndSunday() {
    assertThatCode(() -> instance()
        .preferredBackupWindow("23:30-00:30")
        .preferredMaintenanceWindow("wed:03:00-wed:04:00")
        .build()).doesNotThrowAnyException();
    assertThatCode(() -> instance()
        .preferredBackupWindow("20:00-21:00")
        .preferredMaintenanceWindow("sun:22:00-mon:01:00")
        .build()).doesNotThrowAnyException();
  }

  @Test
  void refusesABackupWindowThatOverlapsMaintenance() {
    assertThatThrownBy(() -> instance()
        .preferredBackupWindow("04:30-05:30")
        .preferredMaintenanceWindow("sun:04:00-sun:05:00")
        .build())
        .hasMessageContaining("PreferredBackupWindow '04:30-05:30' overlaps");
  }

  @Test
  void refusesAnOverlapAcrossTheWeekBoundary() {
    assertThatThrownBy(() -> instance()
        .preferredBackupWindow("00:00-00:30")
        .preferredMaintenanceWindow("sun:23:00-mon:01:00")
        .build())
        .hasMessageContaining("overlaps");
  }

  @Test
  void refusesWindowsShorterThan30Minutes() {
    assertThatThrownBy(() -> instance().preferredBackupWindow("03:00-03:20").build())
        .hasMessageContaining("PreferredBackupWindow '03:00-03:20' is shorter than the 30 minutes");
    assertThatThrownBy(() -> instance().preferredMaintenanceWindow("sun:04:00-sun:04:00").build())
        .hasMessageContaining("PreferredMaintenanceWindow");
  }

  @Test
  void refusesMalformedWindows() {
    assertThatThrownBy(() -> instance().preferredBackupWindow("3:00-4:00").build())
        .hasMessageContaining("must be hh24:mi-hh24:mi");
    assertThatThrownBy(() -> instance().preferredMaintenanceWindow("Sun:04:00-Sun:05:00").build())
        .hasMessageContaining("must be ddd:hh24:mi-ddd:hh24:mi");
  }

  @Test
  void refusesAnUnknownStorageType() {
    assertThatThrownBy(() -> instance().storageType("gp4").build())
        .hasMessageContaining("StorageType 'gp4'");
  }

  @Test
  void aSubnetGroupNeedsTwoSubnets() {
    assertThatThrownBy(() -> DbSubnetGroup.builder()
        .logicalId("Subnets")
        .description("one")
        .addSubnetIds(Expr.of("subnet-1"))
        .build())
        .hasMessageContaining("at least two availability zones");
  }
}
