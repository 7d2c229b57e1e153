package org.llmgateway.cfn.generators.environment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link EnvironmentConfig}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableEnvironmentConfig.builder()}.
 */
@Generated(from = "EnvironmentConfig", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
final class ImmutableEnvironmentConfig
    extends EnvironmentConfig {
  private final String name;
  private final boolean production;
  private final String vpcCidr;
  private final List<String> publicSubnetCidrs;
  private final List<String> privateSubnetCidrs;
  private final boolean natGateway;
  private final boolean multiAz;
  private final String domainName;
  private final String hostedZoneId;
  private final boolean waf;
  private final int wafRateLimit;
  private final boolean albDeletionProtection;
  private final int albIdleTimeoutSeconds;
  private final String dbInstanceClass;
  private final int dbAllocatedStorageGb;
  private final int dbMaxAllocatedStorageGb;
  private final int dbBackupRetentionDays;
  private final boolean dbDeletionProtection;
  private final boolean performanceInsights;
  private final int secretRotationDays;
  private final EnvironmentConfig.Capacity capacity;
  private final boolean containerInsights;
  private final int taskCpu;
  private final int taskMemoryMb;
  private final int desiredCount;
  private final int minCapacity;
  private final int maxCapacity;
  private final int logRetentionDays;
  private final String litellmLogLevel;

  private ImmutableEnvironmentConfig(ImmutableEnvironmentConfig.Builder builder) {
    this.name = builder.name;
    this.domainName = builder.domainName;
    this.hostedZoneId = builder.hostedZoneId;
    if (builder.productionIsSet()) {
      initShim.production(builder.production);
    }
    if (builder.vpcCidr != null) {
      initShim.vpcCidr(builder.vpcCidr);
    }
    if (builder.publicSubnetCidrsIsSet()) {
      initShim.publicSubnetCidrs(createUnmodifiableList(true, builder.publicSubnetCidrs));
    }
    if (builder.privateSubnetCidrsIsSet()) {
      initShim.privateSubnetCidrs(createUnmodifiableList(true, builder.privateSubnetCidrs));
    }
    if (builder.natGatewayIsSet()) {
      initShim.natGateway(builder.natGateway);
    }
    if (builder.multiAzIsSet()) {
      initShim.multiAz(builder.multiAz);
    }
    if (builder.wafIsSet()) {
      initShim.waf(builder.waf);
    }
    if (builder.wafRateLimitIsSet()) {
      initShim.wafRateLimit(builder.wafRateLimit);
    }
    if (builder.albDeletionProtectionIsSet()) {
      initShim.albDeletionProtection(builder.albDeletionProtection);
    }
    if (builder.albIdleTimeoutSecondsIsSet()) {
      initShim.albIdleTimeoutSeconds(builder.albIdleTimeoutSeconds);
    }
    if (builder.dbInstanceClass != null) {
      initShim.dbInstanceClass(builder.dbInstanceClass);
    }
    if (builder.dbAllocatedStorageGbIsSet()) {
      initShim.dbAllocatedStorageGb(builder.dbAllocatedStorageGb);
    }
    if (builder.dbMaxAllocatedStorageGbIsSet()) {
      initShim.dbMaxAllocatedStorageGb(builder.dbMaxAllocatedStorageGb);
    }
    if (builder.dbBackupRetentionDaysIsSet()) {
      initShim.dbBackupRetentionDays(builder.dbBackupRetentionDays);
    }
    if (builder.dbDeletionProtectionIsSet()) {
      initShim.dbDeletionProtection(builder.dbDeletionProtection);
    }
    if (builder.performanceInsightsIsSet()) {
      initShim.performanceInsights(builder.performanceInsights);
    }
    if (builder.secretRotationDaysIsSet()) {
      initShim.secretRotationDays(builder.secretRotationDays);
    }
    if (builder.capacity != null) {
      initShim.capacity(builder.capacity);
    }
    if (builder.containerInsightsIsSet()) {
      initShim.containerInsights(builder.containerInsights);
    }
    if (builder.taskCpuIsSet()) {
      initShim.taskCpu(builder.taskCpu);
    }
    if (builder.taskMemoryMbIsSet()) {
      initShim.taskMemoryMb(builder.taskMemoryMb);
    }
    if (builder.desiredCountIsSet()) {
      initShim.desiredCount(builder.desiredCount);
    }
    if (builder.minCapacityIsSet()) {
      initShim.minCapacity(builder.minCapacity);
    }
    if (builder.maxCapacityIsSet()) {
      initShim.maxCapacity(builder.maxCapacity);
    }
    if (builder.logRetentionDaysIsSet()) {
      initShim.logRetentionDays(builder.logRetentionDays);
    }
    if (builder.litellmLogLevel != null) {
      initShim.litellmLogLevel(builder.litellmLogLevel);
    }
    this.production = initShim.production();
    this.vpcCidr = initShim.vpcCidr();
    this.publicSubnetCidrs = initShim.publicSubnetCidrs();
    this.privateSubnetCidrs = initShim.privateSubnetCidrs();
    this.natGateway = initShim.natGateway();
    this.multiAz = initShim.multiAz();
    this.waf = initShim.waf();
    this.wafRateLimit = initShim.wafRateLimit();
    this.albDeletionProtection = initShim.albDeletionProtection();
    this.albIdleTimeoutSeconds = initShim.albIdleTimeoutSeconds();
    this.dbInstanceClass = initShim.dbInstanceClass();
    this.dbAllocatedStorageGb = initShim.dbAllocatedStorageGb();
    this.dbMaxAllocatedStorageGb = initShim.dbMaxAllocatedStorageGb();
    this.dbBackupRetentionDays = initShim.dbBackupRetentionDays();
    this.dbDeletionProtection = initShim.dbDeletionProtection();
    this.performanceInsights = initShim.performanceInsights();
    this.secretRotationDays = initShim.secretRotationDays();
    this.capacity = initShim.capacity();
    this.containerInsights = initShim.containerInsights();
    this.taskCpu = initShim.taskCpu();
    this.taskMemoryMb = initShim.taskMemoryMb();
    this.desiredCount = initShim.desiredCount();
    this.minCapacity = initShim.minCapacity();
    this.maxCapacity = initShim.maxCapacity();
    this.logRetentionDays = initShim.logRetentionDays();
    this.litellmLogLevel = initShim.litellmLogLevel();
    this.initShim = null;
  }

  private ImmutableEnvironmentConfig(
      String name,
      boolean production,
      String vpcCidr,
      List<String> publicSubnetCidrs,
      List<String> privateSubnetCidrs,
      boolean natGateway,
      boolean multiAz,
      String domainName,
      String hostedZoneId,
      boolean waf,
      int wafRateLimit,
      boolean albDeletionProtection,
      int albIdleTimeoutSeconds,
      String dbInstanceClass,
      int dbAllocatedStorageGb,
      int dbMaxAllocatedStorageGb,
      int dbBackupRetentionDays,
      boolean dbDeletionProtection,
      boolean performanceInsights,
      int secretRotationDays,
      EnvironmentConfig.Capacity capacity,
      boolean containerInsights,
      int taskCpu,
      int taskMemoryMb,
      int desiredCount,
      int minCapacity,
      int maxCapacity,
      int logRetentionDays,
      String litellmLogLevel) {
    this.name = name;
    this.production = production;
    this.vpcCidr = vpcCidr;
    this.publicSubnetCidrs = publicSubnetCidrs;
    this.privateSubnetCidrs = privateSubnetCidrs;
    this.natGateway = natGateway;
    this.multiAz = multiAz;
    this.domainName = domainName;
    this.hostedZoneId = hostedZoneId;
    this.waf = waf;
    this.wafRateLimit = wafRateLimit;
    this.albDeletionProtection = albDeletionProtection;
    this.albIdleTimeoutSeconds = albIdleTimeoutSeconds;
    this.dbInstanceClass = dbInstanceClass;
    this.dbAllocatedStorageGb = dbAllocatedStorageGb;
    this.dbMaxAllocatedStorageGb = dbMaxAllocatedStorageGb;
    this.dbBackupRetentionDays = dbBackupRetentionDays;
    this.dbDeletionProtection = dbDeletionProtection;
    this.performanceInsights = performanceInsights;
    this.secretRotationDays = secretRotationDays;
    this.capacity = capacity;
    this.containerInsights = containerInsights;
    this.taskCpu = taskCpu;
    this.taskMemoryMb = taskMemoryMb;
    this.desiredCount = desiredCount;
    this.minCapacity = minCapacity;
    this.maxCapacity = maxCapacity;
    this.logRetentionDays = logRetentionDays;
    this.litellmLogLevel = litellmLogLevel;
    this.initShim = null;
  }

  private static final byte STAGE_INITIALIZING = -1;
  private static final byte STAGE_UNINITIALIZED = 0;
  private static final byte STAGE_INITIALIZED = 1;
  private transient volatile InitShim initShim = new InitShim();

  @Generated(from = "EnvironmentConfig", generator = "Immutables")
  private final class InitShim {
    private byte productionBuildStage = STAGE_UNINITIALIZED;
    private boolean production;

    boolean production() {
      if (productionBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (productionBuildStage == STAGE_UNINITIALIZED) {
        productionBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.production();
        this.production = computedValue;
        productionBuildStage = STAGE_INITIALIZED;
      }
      return this.production;
    }

    void production(boolean production) {
      this.production = production;
      productionBuildStage = STAGE_INITIALIZED;
    }

    private byte vpcCidrBuildStage = STAGE_UNINITIALIZED;
    private String vpcCidr;

    String vpcCidr() {
      if (vpcCidrBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (vpcCidrBuildStage == STAGE_UNINITIALIZED) {
        vpcCidrBuildStage = STAGE_INITIALIZING;
        String computedValue = ImmutableEnvironmentConfig.super.vpcCidr();
        this.vpcCidr = Objects.requireNonNull(computedValue, "vpcCidr");
        vpcCidrBuildStage = STAGE_INITIALIZED;
      }
      return this.vpcCidr;
    }

    void vpcCidr(String vpcCidr) {
      this.vpcCidr = vpcCidr;
      vpcCidrBuildStage = STAGE_INITIALIZED;
    }

    private byte publicSubnetCidrsBuildStage = STAGE_UNINITIALIZED;
    private List<String> publicSubnetCidrs;

    List<String> publicSubnetCidrs() {
      if (publicSubnetCidrsBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (publicSubnetCidrsBuildStage == STAGE_UNINITIALIZED) {
        publicSubnetCidrsBuildStage = STAGE_INITIALIZING;
        List<String> computedValue = ImmutableEnvironmentConfig.super.publicSubnetCidrs();
        this.publicSubnetCidrs = createUnmodifiableList(false, createSafeList(computedValue, true, false));
        publicSubnetCidrsBuildStage = STAGE_INITIALIZED;
      }
      return this.publicSubnetCidrs;
    }

    void publicSubnetCidrs(List<String> publicSubnetCidrs) {
      this.publicSubnetCidrs = publicSubnetCidrs;
      publicSubnetCidrsBuildStage = STAGE_INITIALIZED;
    }

    private byte privateSubnetCidrsBuildStage = STAGE_UNINITIALIZED;
    private List<String> privateSubnetCidrs;

    List<String> privateSubnetCidrs() {
      if (privateSubnetCidrsBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (privateSubnetCidrsBuildStage == STAGE_UNINITIALIZED) {
        privateSubnetCidrsBuildStage = STAGE_INITIALIZING;
        List<String> computedValue = ImmutableEnvironmentConfig.super.privateSubnetCidrs();
        this.privateSubnetCidrs = createUnmodifiableList(false, createSafeList(computedValue, true, false));
        privateSubnetCidrsBuildStage = STAGE_INITIALIZED;
      }
      return this.privateSubnetCidrs;
    }

    void privateSubnetCidrs(List<String> privateSubnetCidrs) {
      this.privateSubnetCidrs = privateSubnetCidrs;
      privateSubnetCidrsBuildStage = STAGE_INITIALIZED;
    }

    private byte natGatewayBuildStage = STAGE_UNINITIALIZED;
    private boolean natGateway;

    boolean natGateway() {
      if (natGatewayBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (natGatewayBuildStage == STAGE_UNINITIALIZED) {
        natGatewayBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.natGateway();
        this.natGateway = computedValue;
        natGatewayBuildStage = STAGE_INITIALIZED;
      }
      return this.natGateway;
    }

    void natGateway(boolean natGateway) {
      this.natGateway = natGateway;
      natGatewayBuildStage = STAGE_INITIALIZED;
    }

    private byte multiAzBuildStage = STAGE_UNINITIALIZED;
    private boolean multiAz;

    boolean multiAz() {
      if (multiAzBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (multiAzBuildStage == STAGE_UNINITIALIZED) {
        multiAzBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.multiAz();
        this.multiAz = computedValue;
        multiAzBuildStage = STAGE_INITIALIZED;
      }
      return this.multiAz;
    }

    void multiAz(boolean multiAz) {
      this.multiAz = multiAz;
      multiAzBuildStage = STAGE_INITIALIZED;
    }

    private byte wafBuildStage = STAGE_UNINITIALIZED;
    private boolean waf;

    boolean waf() {
      if (wafBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (wafBuildStage == STAGE_UNINITIALIZED) {
        wafBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.waf();
        this.waf = computedValue;
        wafBuildStage = STAGE_INITIALIZED;
      }
      return this.waf;
    }

    void waf(boolean waf) {
      this.waf = waf;
      wafBuildStage = STAGE_INITIALIZED;
    }

    private byte wafRateLimitBuildStage = STAGE_UNINITIALIZED;
    private int wafRateLimit;

    int wafRateLimit() {
      if (wafRateLimitBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (wafRateLimitBuildStage == STAGE_UNINITIALIZED) {
        wafRateLimitBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.wafRateLimit();
        this.wafRateLimit = computedValue;
        wafRateLimitBuildStage = STAGE_INITIALIZED;
      }
      return this.wafRateLimit;
    }

    void wafRateLimit(int wafRateLimit) {
      this.wafRateLimit = wafRateLimit;
      wafRateLimitBuildStage = STAGE_INITIALIZED;
    }

    private byte albDeletionProtectionBuildStage = STAGE_UNINITIALIZED;
    private boolean albDeletionProtection;

    boolean albDeletionProtection() {
      if (albDeletionProtectionBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (albDeletionProtectionBuildStage == STAGE_UNINITIALIZED) {
        albDeletionProtectionBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.albDeletionProtection();
        this.albDeletionProtection = computedValue;
        albDeletionProtectionBuildStage = STAGE_INITIALIZED;
      }
      return this.albDeletionProtection;
    }

    void albDeletionProtection(boolean albDeletionProtection) {
      this.albDeletionProtection = albDeletionProtection;
      albDeletionProtectionBuildStage = STAGE_INITIALIZED;
    }

    private byte albIdleTimeoutSecondsBuildStage = STAGE_UNINITIALIZED;
    private int albIdleTimeoutSeconds;

    int albIdleTimeoutSeconds() {
      if (albIdleTimeoutSecondsBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (albIdleTimeoutSecondsBuildStage == STAGE_UNINITIALIZED) {
        albIdleTimeoutSecondsBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.albIdleTimeoutSeconds();
        this.albIdleTimeoutSeconds = computedValue;
        albIdleTimeoutSecondsBuildStage = STAGE_INITIALIZED;
      }
      return this.albIdleTimeoutSeconds;
    }

    void albIdleTimeoutSeconds(int albIdleTimeoutSeconds) {
      this.albIdleTimeoutSeconds = albIdleTimeoutSeconds;
      albIdleTimeoutSecondsBuildStage = STAGE_INITIALIZED;
    }

    private byte dbInstanceClassBuildStage = STAGE_UNINITIALIZED;
    private String dbInstanceClass;

    String dbInstanceClass() {
      if (dbInstanceClassBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (dbInstanceClassBuildStage == STAGE_UNINITIALIZED) {
        dbInstanceClassBuildStage = STAGE_INITIALIZING;
        String computedValue = ImmutableEnvironmentConfig.super.dbInstanceClass();
        this.dbInstanceClass = Objects.requireNonNull(computedValue, "dbInstanceClass");
        dbInstanceClassBuildStage = STAGE_INITIALIZED;
      }
      return this.dbInstanceClass;
    }

    void dbInstanceClass(String dbInstanceClass) {
      this.dbInstanceClass = dbInstanceClass;
      dbInstanceClassBuildStage = STAGE_INITIALIZED;
    }

    private byte dbAllocatedStorageGbBuildStage = STAGE_UNINITIALIZED;
    private int dbAllocatedStorageGb;

    int dbAllocatedStorageGb() {
      if (dbAllocatedStorageGbBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (dbAllocatedStorageGbBuildStage == STAGE_UNINITIALIZED) {
        dbAllocatedStorageGbBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.dbAllocatedStorageGb();
        this.dbAllocatedStorageGb = computedValue;
        dbAllocatedStorageGbBuildStage = STAGE_INITIALIZED;
      }
      return this.dbAllocatedStorageGb;
    }

    void dbAllocatedStorageGb(int dbAllocatedStorageGb) {
      this.dbAllocatedStorageGb = dbAllocatedStorageGb;
      dbAllocatedStorageGbBuildStage = STAGE_INITIALIZED;
    }

    private byte dbMaxAllocatedStorageGbBuildStage = STAGE_UNINITIALIZED;
    private int dbMaxAllocatedStorageGb;

    int dbMaxAllocatedStorageGb() {
      if (dbMaxAllocatedStorageGbBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (dbMaxAllocatedStorageGbBuildStage == STAGE_UNINITIALIZED) {
        dbMaxAllocatedStorageGbBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.dbMaxAllocatedStorageGb();
        this.dbMaxAllocatedStorageGb = computedValue;
        dbMaxAllocatedStorageGbBuildStage = STAGE_INITIALIZED;
      }
      return this.dbMaxAllocatedStorageGb;
    }

    void dbMaxAllocatedStorageGb(int dbMaxAllocatedStorageGb) {
      this.dbMaxAllocatedStorageGb = dbMaxAllocatedStorageGb;
      dbMaxAllocatedStorageGbBuildStage = STAGE_INITIALIZED;
    }

    private byte dbBackupRetentionDaysBuildStage = STAGE_UNINITIALIZED;
    private int dbBackupRetentionDays;

    int dbBackupRetentionDays() {
      if (dbBackupRetentionDaysBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (dbBackupRetentionDaysBuildStage == STAGE_UNINITIALIZED) {
        dbBackupRetentionDaysBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.dbBackupRetentionDays();
        this.dbBackupRetentionDays = computedValue;
        dbBackupRetentionDaysBuildStage = STAGE_INITIALIZED;
      }
      return this.dbBackupRetentionDays;
    }

    void dbBackupRetentionDays(int dbBackupRetentionDays) {
      this.dbBackupRetentionDays = dbBackupRetentionDays;
      dbBackupRetentionDaysBuildStage = STAGE_INITIALIZED;
    }

    private byte dbDeletionProtectionBuildStage = STAGE_UNINITIALIZED;
    private boolean dbDeletionProtection;

    boolean dbDeletionProtection() {
      if (dbDeletionProtectionBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (dbDeletionProtectionBuildStage == STAGE_UNINITIALIZED) {
        dbDeletionProtectionBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.dbDeletionProtection();
        this.dbDeletionProtection = computedValue;
        dbDeletionProtectionBuildStage = STAGE_INITIALIZED;
      }
      return this.dbDeletionProtection;
    }

    void dbDeletionProtection(boolean dbDeletionProtection) {
      this.dbDeletionProtection = dbDeletionProtection;
      dbDeletionProtectionBuildStage = STAGE_INITIALIZED;
    }

    private byte performanceInsightsBuildStage = STAGE_UNINITIALIZED;
    private boolean performanceInsights;

    boolean performanceInsights() {
      if (performanceInsightsBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (performanceInsightsBuildStage == STAGE_UNINITIALIZED) {
        performanceInsightsBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.performanceInsights();
        this.performanceInsights = computedValue;
        performanceInsightsBuildStage = STAGE_INITIALIZED;
      }
      return this.performanceInsights;
    }

    void performanceInsights(boolean performanceInsights) {
      this.performanceInsights = performanceInsights;
      performanceInsightsBuildStage = STAGE_INITIALIZED;
    }

    private byte secretRotationDaysBuildStage = STAGE_UNINITIALIZED;
    private int secretRotationDays;

    int secretRotationDays() {
      if (secretRotationDaysBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (secretRotationDaysBuildStage == STAGE_UNINITIALIZED) {
        secretRotationDaysBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.secretRotationDays();
        this.secretRotationDays = computedValue;
        secretRotationDaysBuildStage = STAGE_INITIALIZED;
      }
      return this.secretRotationDays;
    }

    void secretRotationDays(int secretRotationDays) {
      this.secretRotationDays = secretRotationDays;
      secretRotationDaysBuildStage = STAGE_INITIALIZED;
    }

    private byte capacityBuildStage = STAGE_UNINITIALIZED;
    private EnvironmentConfig.Capacity capacity;

    EnvironmentConfig.Capacity capacity() {
      if (capacityBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (capacityBuildStage == STAGE_UNINITIALIZED) {
        capacityBuildStage = STAGE_INITIALIZING;
        EnvironmentConfig.Capacity computedValue = ImmutableEnvironmentConfig.super.capacity();
        this.capacity = Objects.requireNonNull(computedValue, "capacity");
        capacityBuildStage = STAGE_INITIALIZED;
      }
      return this.capacity;
    }

    void capacity(EnvironmentConfig.Capacity capacity) {
      this.capacity = capacity;
      capacityBuildStage = STAGE_INITIALIZED;
    }

    private byte containerInsightsBuildStage = STAGE_UNINITIALIZED;
    private boolean containerInsights;

    boolean containerInsights() {
      if (containerInsightsBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (containerInsightsBuildStage == STAGE_UNINITIALIZED) {
        containerInsightsBuildStage = STAGE_INITIALIZING;
        boolean computedValue = ImmutableEnvironmentConfig.super.containerInsights();
        this.containerInsights = computedValue;
        containerInsightsBuildStage = STAGE_INITIALIZED;
      }
      return this.containerInsights;
    }

    void containerInsights(boolean containerInsights) {
      this.containerInsights = containerInsights;
      containerInsightsBuildStage = STAGE_INITIALIZED;
    }

    private byte taskCpuBuildStage = STAGE_UNINITIALIZED;
    private int taskCpu;

    int taskCpu() {
      if (taskCpuBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (taskCpuBuildStage == STAGE_UNINITIALIZED) {
        taskCpuBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.taskCpu();
        this.taskCpu = computedValue;
        taskCpuBuildStage = STAGE_INITIALIZED;
      }
      return this.taskCpu;
    }

    void taskCpu(int taskCpu) {
      this.taskCpu = taskCpu;
      taskCpuBuildStage = STAGE_INITIALIZED;
    }

    private byte taskMemoryMbBuildStage = STAGE_UNINITIALIZED;
    private int taskMemoryMb;

    int taskMemoryMb() {
      if (taskMemoryMbBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (taskMemoryMbBuildStage == STAGE_UNINITIALIZED) {
        taskMemoryMbBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.taskMemoryMb();
        this.taskMemoryMb = computedValue;
        taskMemoryMbBuildStage = STAGE_INITIALIZED;
      }
      return this.taskMemoryMb;
    }

    void taskMemoryMb(int taskMemoryMb) {
      this.taskMemoryMb = taskMemoryMb;
      taskMemoryMbBuildStage = STAGE_INITIALIZED;
    }

    private byte desiredCountBuildStage = STAGE_UNINITIALIZED;
    private int desiredCount;

    int desiredCount() {
      if (desiredCountBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (desiredCountBuildStage == STAGE_UNINITIALIZED) {
        desiredCountBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.desiredCount();
        this.desiredCount = computedValue;
        desiredCountBuildStage = STAGE_INITIALIZED;
      }
      return this.desiredCount;
    }

    void desiredCount(int desiredCount) {
      this.desiredCount = desiredCount;
      desiredCountBuildStage = STAGE_INITIALIZED;
    }

    private byte minCapacityBuildStage = STAGE_UNINITIALIZED;
    private int minCapacity;

    int minCapacity() {
      if (minCapacityBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (minCapacityBuildStage == STAGE_UNINITIALIZED) {
        minCapacityBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.minCapacity();
        this.minCapacity = computedValue;
        minCapacityBuildStage = STAGE_INITIALIZED;
      }
      return this.minCapacity;
    }

    void minCapacity(int minCapacity) {
      this.minCapacity = minCapacity;
      minCapacityBuildStage = STAGE_INITIALIZED;
    }

    private byte maxCapacityBuildStage = STAGE_UNINITIALIZED;
    private int maxCapacity;

    int maxCapacity() {
      if (maxCapacityBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (maxCapacityBuildStage == STAGE_UNINITIALIZED) {
        maxCapacityBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.maxCapacity();
        this.maxCapacity = computedValue;
        maxCapacityBuildStage = STAGE_INITIALIZED;
      }
      return this.maxCapacity;
    }

    void maxCapacity(int maxCapacity) {
      this.maxCapacity = maxCapacity;
      maxCapacityBuildStage = STAGE_INITIALIZED;
    }

    private byte logRetentionDaysBuildStage = STAGE_UNINITIALIZED;
    private int logRetentionDays;

    int logRetentionDays() {
      if (logRetentionDaysBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (logRetentionDaysBuildStage == STAGE_UNINITIALIZED) {
        logRetentionDaysBuildStage = STAGE_INITIALIZING;
        int computedValue = ImmutableEnvironmentConfig.super.logRetentionDays();
        this.logRetentionDays = computedValue;
        logRetentionDaysBuildStage = STAGE_INITIALIZED;
      }
      return this.logRetentionDays;
    }

    void logRetentionDays(int logRetentionDays) {
      this.logRetentionDays = logRetentionDays;
      logRetentionDaysBuildStage = STAGE_INITIALIZED;
    }

    private byte litellmLogLevelBuildStage = STAGE_UNINITIALIZED;
    private String litellmLogLevel;

    String litellmLogLevel() {
      if (litellmLogLevelBuildStage == STAGE_INITIALIZING) throw new IllegalStateException(formatInitCycleMessage());
      if (litellmLogLevelBuildStage == STAGE_UNINITIALIZED) {
        litellmLogLevelBuildStage = STAGE_INITIALIZING;
        String computedValue = ImmutableEnvironmentConfig.super.litellmLogLevel();
        this.litellmLogLevel = Objects.requireNonNull(computedValue, "litellmLogLevel");
        litellmLogLevelBuildStage = STAGE_INITIALIZED;
      }
      return this.litellmLogLevel;
    }

    void litellmLogLevel(String litellmLogLevel) {
      this.litellmLogLevel = litellmLogLevel;
      litellmLogLevelBuildStage = STAGE_INITIALIZED;
    }

    private String formatInitCycleMessage() {
      List<String> attributes = new ArrayList<>();
      if (productionBuildStage == STAGE_INITIALIZING) attributes.add("production");
      if (vpcCidrBuildStage == STAGE_INITIALIZING) attributes.add("vpcCidr");
      if (publicSubnetCidrsBuildStage == STAGE_INITIALIZING) attributes.add("publicSubnetCidrs");
      if (privateSubnetCidrsBuildStage == STAGE_INITIALIZING) attributes.add("privateSubnetCidrs");
      if (natGatewayBuildStage == STAGE_INITIALIZING) attributes.add("natGateway");
      if (multiAzBuildStage == STAGE_INITIALIZING) attributes.add("multiAz");
      if (wafBuildStage == STAGE_INITIALIZING) attributes.add("waf");
      if (wafRateLimitBuildStage == STAGE_INITIALIZING) attributes.add("wafRateLimit");
      if (albDeletionProtectionBuildStage == STAGE_INITIALIZING) attributes.add("albDeletionProtection");
      if (albIdleTimeoutSecondsBuildStage == STAGE_INITIALIZING) attributes.add("albIdleTimeoutSeconds");
      if (dbInstanceClassBuildStage == STAGE_INITIALIZING) attributes.add("dbInstanceClass");
      if (dbAllocatedStorageGbBuildStage == STAGE_INITIALIZING) attributes.add("dbAllocatedStorageGb");
      if (dbMaxAllocatedStorageGbBuildStage == STAGE_INITIALIZING) attributes.add("dbMaxAllocatedStorageGb");
      if (dbBackupRetentionDaysBuildStage == STAGE_INITIALIZING) attributes.add("dbBackupRetentionDays");
      if (dbDeletionProtectionBuildStage == STAGE_INITIALIZING) attributes.add("dbDeletionProtection");
      if (performanceInsightsBuildStage == STAGE_INITIALIZING) attributes.add("performanceInsights");
      if (secretRotationDaysBuildStage == STAGE_INITIALIZING) attributes.add("secretRotationDays");
      if (capacityBuildStage == STAGE_INITIALIZING) attributes.add("capacity");
      if (containerInsightsBuildStage == STAGE_INITIALIZING) attributes.add("containerInsights");
      if (taskCpuBuildStage == STAGE_INITIALIZING) attributes.add("taskCpu");
      if (taskMemoryMbBuildStage == STAGE_INITIALIZING) attributes.add("taskMemoryMb");
      if (desiredCountBuildStage == STAGE_INITIALIZING) attributes.add("desiredCount");
      if (minCapacityBuildStage == STAGE_INITIALIZING) attributes.add("minCapacity");
      if (maxCapacityBuildStage == STAGE_INITIALIZING) attributes.add("maxCapacity");
      if (logRetentionDaysBuildStage == STAGE_INITIALIZING) attributes.add("logRetentionDays");
      if (litellmLogLevelBuildStage == STAGE_INITIALIZING) attributes.add("litellmLogLevel");
      return "Cannot build EnvironmentConfig, attribute initializers form cycle " + attributes;
    }
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code production} attribute
   */
  @Override
  public boolean production() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.production()
        : this.production;
  }

  /**
   * @return The value of the {@code vpcCidr} attribute
   */
  @Override
  public String vpcCidr() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.vpcCidr()
        : this.vpcCidr;
  }

  /**
   * @return The value of the {@code publicSubnetCidrs} attribute
   */
  @Override
  public List<String> publicSubnetCidrs() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.publicSubnetCidrs()
        : this.publicSubnetCidrs;
  }

  /**
   * @return The value of the {@code privateSubnetCidrs} attribute
   */
  @Override
  public List<String> privateSubnetCidrs() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.privateSubnetCidrs()
        : this.privateSubnetCidrs;
  }

  /**
   * @return The value of the {@code natGateway} attribute
   */
  @Override
  public boolean natGateway() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.natGateway()
        : this.natGateway;
  }

  /**
   * @return The value of the {@code multiAz} attribute
   */
  @Override
  public boolean multiAz() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.multiAz()
        : this.multiAz;
  }

  /**
   * @return The value of the {@code domainName} attribute
   */
  @Override
  public Optional<String> domainName() {
    return Optional.ofNullable(domainName);
  }

  /**
   * @return The value of the {@code hostedZoneId} attribute
   */
  @Override
  public Optional<String> hostedZoneId() {
    return Optional.ofNullable(hostedZoneId);
  }

  /**
   * @return The value of the {@code waf} attribute
   */
  @Override
  public boolean waf() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.waf()
        : this.waf;
  }

  /**
   * @return The value of the {@code wafRateLimit} attribute
   */
  @Override
  public int wafRateLimit() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.wafRateLimit()
        : this.wafRateLimit;
  }

  /**
   * @return The value of the {@code albDeletionProtection} attribute
   */
  @Override
  public boolean albDeletionProtection() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.albDeletionProtection()
        : this.albDeletionProtection;
  }

  /**
   * @return The value of the {@code albIdleTimeoutSeconds} attribute
   */
  @Override
  public int albIdleTimeoutSeconds() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.albIdleTimeoutSeconds()
        : this.albIdleTimeoutSeconds;
  }

  /**
   * @return The value of the {@code dbInstanceClass} attribute
   */
  @Override
  public String dbInstanceClass() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.dbInstanceClass()
        : this.dbInstanceClass;
  }

  /**
   * @return The value of the {@code dbAllocatedStorageGb} attribute
   */
  @Override
  public int dbAllocatedStorageGb() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.dbAllocatedStorageGb()
        : this.dbAllocatedStorageGb;
  }

  /**
   * @return The value of the {@code dbMaxAllocatedStorageGb} attribute
   */
  @Override
  public int dbMaxAllocatedStorageGb() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.dbMaxAllocatedStorageGb()
        : this.dbMaxAllocatedStorageGb;
  }

  /**
   * @return The value of the {@code dbBackupRetentionDays} attribute
   */
  @Override
  public int dbBackupRetentionDays() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.dbBackupRetentionDays()
        : this.dbBackupRetentionDays;
  }

  /**
   * @return The value of the {@code dbDeletionProtection} attribute
   */
  @Override
  public boolean dbDeletionProtection() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.dbDeletionProtection()
        : this.dbDeletionProtection;
  }

  /**
   * @return The value of the {@code performanceInsights} attribute
   */
  @Override
  public boolean performanceInsights() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.performanceInsights()
        : this.performanceInsights;
  }

  /**
   * @return The value of the {@code secretRotationDays} attribute
   */
  @Override
  public int secretRotationDays() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.secretRotationDays()
        : this.secretRotationDays;
  }

  /**
   * @return The value of the {@code capacity} attribute
   */
  @Override
  public EnvironmentConfig.Capacity capacity() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.capacity()
        : this.capacity;
  }

  /**
   * @return The value of the {@code containerInsights} attribute
   */
  @Override
  public boolean containerInsights() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.containerInsights()
        : this.containerInsights;
  }

  /**
   * @return The value of the {@code taskCpu} attribute
   */
  @Override
  public int taskCpu() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.taskCpu()
        : this.taskCpu;
  }

  /**
   * @return The value of the {@code taskMemoryMb} attribute
   */
  @Override
  public int taskMemoryMb() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.taskMemoryMb()
        : this.taskMemoryMb;
  }

  /**
   * @return The value of the {@code desiredCount} attribute
   */
  @Override
  public int desiredCount() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.desiredCount()
        : this.desiredCount;
  }

  /**
   * @return The value of the {@code minCapacity} attribute
   */
  @Override
  public int minCapacity() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.minCapacity()
        : this.minCapacity;
  }

  /**
   * @return The value of the {@code maxCapacity} attribute
   */
  @Override
  public int maxCapacity() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.maxCapacity()
        : this.maxCapacity;
  }

  /**
   * @return The value of the {@code logRetentionDays} attribute
   */
  @Override
  public int logRetentionDays() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.logRetentionDays()
        : this.logRetentionDays;
  }

  /**
   * @return The value of the {@code litellmLogLevel} attribute
   */
  @Override
  public String litellmLogLevel() {
    InitShim shim = this.initShim;
    return shim != null
        ? shim.litellmLogLevel()
        : this.litellmLogLevel;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return validate(new ImmutableEnvironmentConfig(
        newValue,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#production() production} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for production
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withProduction(boolean value) {
    if (this.production == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        value,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#vpcCidr() vpcCidr} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for vpcCidr
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withVpcCidr(String value) {
    String newValue = Objects.requireNonNull(value, "vpcCidr");
    if (this.vpcCidr.equals(newValue)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        newValue,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableEnvironmentConfig withPublicSubnetCidrs(String... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        newValue,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of publicSubnetCidrs elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironmentConfig withPublicSubnetCidrs(Iterable<String> elements) {
    if (this.publicSubnetCidrs == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        newValue,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableEnvironmentConfig withPrivateSubnetCidrs(String... elements) {
    List<String> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        newValue,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of privateSubnetCidrs elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironmentConfig withPrivateSubnetCidrs(Iterable<String> elements) {
    if (this.privateSubnetCidrs == elements) return this;
    List<String> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        newValue,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#natGateway() natGateway} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for natGateway
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withNatGateway(boolean value) {
    if (this.natGateway == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        value,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#multiAz() multiAz} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for multiAz
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withMultiAz(boolean value) {
    if (this.multiAz == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        value,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link EnvironmentConfig#domainName() domainName} attribute.
   * @param value The value for domainName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironmentConfig withDomainName(String value) {
    String newValue = Objects.requireNonNull(value, "domainName");
    if (Objects.equals(this.domainName, newValue)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        newValue,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link EnvironmentConfig#domainName() domainName} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for domainName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironmentConfig withDomainName(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.domainName, value)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        value,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link EnvironmentConfig#hostedZoneId() hostedZoneId} attribute.
   * @param value The value for hostedZoneId
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironmentConfig withHostedZoneId(String value) {
    String newValue = Objects.requireNonNull(value, "hostedZoneId");
    if (Objects.equals(this.hostedZoneId, newValue)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        newValue,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link EnvironmentConfig#hostedZoneId() hostedZoneId} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for hostedZoneId
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableEnvironmentConfig withHostedZoneId(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.hostedZoneId, value)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        value,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#waf() waf} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for waf
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withWaf(boolean value) {
    if (this.waf == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        value,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#wafRateLimit() wafRateLimit} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for wafRateLimit
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withWafRateLimit(int value) {
    if (this.wafRateLimit == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        value,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#albDeletionProtection() albDeletionProtection} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for albDeletionProtection
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withAlbDeletionProtection(boolean value) {
    if (this.albDeletionProtection == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        value,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#albIdleTimeoutSeconds() albIdleTimeoutSeconds} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for albIdleTimeoutSeconds
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withAlbIdleTimeoutSeconds(int value) {
    if (this.albIdleTimeoutSeconds == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        value,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#dbInstanceClass() dbInstanceClass} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dbInstanceClass
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withDbInstanceClass(String value) {
    String newValue = Objects.requireNonNull(value, "dbInstanceClass");
    if (this.dbInstanceClass.equals(newValue)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        newValue,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#dbAllocatedStorageGb() dbAllocatedStorageGb} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dbAllocatedStorageGb
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withDbAllocatedStorageGb(int value) {
    if (this.dbAllocatedStorageGb == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        value,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#dbMaxAllocatedStorageGb() dbMaxAllocatedStorageGb} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dbMaxAllocatedStorageGb
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withDbMaxAllocatedStorageGb(int value) {
    if (this.dbMaxAllocatedStorageGb == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        value,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#dbBackupRetentionDays() dbBackupRetentionDays} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dbBackupRetentionDays
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withDbBackupRetentionDays(int value) {
    if (this.dbBackupRetentionDays == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        value,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#dbDeletionProtection() dbDeletionProtection} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for dbDeletionProtection
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withDbDeletionProtection(boolean value) {
    if (this.dbDeletionProtection == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        value,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#performanceInsights() performanceInsights} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for performanceInsights
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withPerformanceInsights(boolean value) {
    if (this.performanceInsights == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        value,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#secretRotationDays() secretRotationDays} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for secretRotationDays
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withSecretRotationDays(int value) {
    if (this.secretRotationDays == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        value,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#capacity() capacity} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for capacity
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withCapacity(EnvironmentConfig.Capacity value) {
    EnvironmentConfig.Capacity newValue = Objects.requireNonNull(value, "capacity");
    if (this.capacity == newValue) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        newValue,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#containerInsights() containerInsights} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for containerInsights
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withContainerInsights(boolean value) {
    if (this.containerInsights == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        value,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#taskCpu() taskCpu} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for taskCpu
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withTaskCpu(int value) {
    if (this.taskCpu == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        value,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#taskMemoryMb() taskMemoryMb} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for taskMemoryMb
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withTaskMemoryMb(int value) {
    if (this.taskMemoryMb == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        value,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#desiredCount() desiredCount} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for desiredCount
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withDesiredCount(int value) {
    if (this.desiredCount == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        value,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#minCapacity() minCapacity} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for minCapacity
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withMinCapacity(int value) {
    if (this.minCapacity == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        value,
        this.maxCapacity,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#maxCapacity() maxCapacity} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for maxCapacity
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withMaxCapacity(int value) {
    if (this.maxCapacity == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        value,
        this.logRetentionDays,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#logRetentionDays() logRetentionDays} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for logRetentionDays
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withLogRetentionDays(int value) {
    if (this.logRetentionDays == value) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        value,
        this.litellmLogLevel));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link EnvironmentConfig#litellmLogLevel() litellmLogLevel} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for litellmLogLevel
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableEnvironmentConfig withLitellmLogLevel(String value) {
    String newValue = Objects.requireNonNull(value, "litellmLogLevel");
    if (this.litellmLogLevel.equals(newValue)) return this;
    return validate(new ImmutableEnvironmentConfig(
        this.name,
        this.production,
        this.vpcCidr,
        this.publicSubnetCidrs,
        this.privateSubnetCidrs,
        this.natGateway,
        this.multiAz,
        this.domainName,
        this.hostedZoneId,
        this.waf,
        this.wafRateLimit,
        this.albDeletionProtection,
        this.albIdleTimeoutSeconds,
        this.dbInstanceClass,
        this.dbAllocatedStorageGb,
        this.dbMaxAllocatedStorageGb,
        this.dbBackupRetentionDays,
        this.dbDeletionProtection,
        this.performanceInsights,
        this.secretRotationDays,
        this.capacity,
        this.containerInsights,
        this.taskCpu,
        this.taskMemoryMb,
        this.desiredCount,
        this.minCapacity,
        this.maxCapacity,
        this.logRetentionDays,
        newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableEnvironmentConfig} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableEnvironmentConfig
        && equalsByValue((ImmutableEnvironmentConfig) another);
  }

  private boolean equalsByValue(ImmutableEnvironmentConfig another) {
    return name.equals(another.name)
        && production == another.production
        && vpcCidr.equals(another.vpcCidr)
        && publicSubnetCidrs.equals(another.publicSubnetCidrs)
        && privateSubnetCidrs.equals(another.privateSubnetCidrs)
        && natGateway == another.natGateway
        && multiAz == another.multiAz
        && Objects.equals(domainName, another.domainName)
        && Objects.equals(hostedZoneId, another.hostedZoneId)
        && waf == another.waf
        && wafRateLimit == another.wafRateLimit
        && albDeletionProtection == another.albDeletionProtection
        && albIdleTimeoutSeconds == another.albIdleTimeoutSeconds
        && dbInstanceClass.equals(another.dbInstanceClass)
        && dbAllocatedStorageGb == another.dbAllocatedStorageGb
        && dbMaxAllocatedStorageGb == another.dbMaxAllocatedStorageGb
        && dbBackupRetentionDays == another.dbBackupRetentionDays
        && dbDeletionProtection == another.dbDeletionProtection
        && performanceInsights == another.performanceInsights
        && secretRotationDays == another.secretRotationDays
        && capacity.equals(another.capacity)
        && containerInsights == another.containerInsights
        && taskCpu == another.taskCpu
        && taskMemoryMb == another.taskMemoryMb
        && desiredCount == another.desiredCount
        && minCapacity == another.minCapacity
        && maxCapacity == another.maxCapacity
        && logRetentionDays == another.logRetentionDays
        && litellmLogLevel.equals(another.litellmLogLevel);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code production}, {@code vpcCidr}, {@code publicSubnetCidrs}, {@code privateSubnetCidrs}, {@code natGateway}, {@code multiAz}, {@code domainName}, {@code hostedZoneId}, {@code waf}, {@code wafRateLimit}, {@code albDeletionProtection}, {@code albIdleTimeoutSeconds}, {@code dbInstanceClass}, {@code dbAllocatedStorageGb}, {@code dbMaxAllocatedStorageGb}, {@code dbBackupRetentionDays}, {@code dbDeletionProtection}, {@code performanceInsights}, {@code secretRotationDays}, {@code capacity}, {@code containerInsights}, {@code taskCpu}, {@code taskMemoryMb}, {@code desiredCount}, {@code minCapacity}, {@code maxCapacity}, {@code logRetentionDays}, {@code litellmLogLevel}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + Boolean.hashCode(production);
    h += (h << 5) + vpcCidr.hashCode();
    h += (h << 5) + publicSubnetCidrs.hashCode();
    h += (h << 5) + privateSubnetCidrs.hashCode();
    h += (h << 5) + Boolean.hashCode(natGateway);
    h += (h << 5) + Boolean.hashCode(multiAz);
    h += (h << 5) + Objects.hashCode(domainName);
    h += (h << 5) + Objects.hashCode(hostedZoneId);
    h += (h << 5) + Boolean.hashCode(waf);
    h += (h << 5) + wafRateLimit;
    h += (h << 5) + Boolean.hashCode(albDeletionProtection);
    h += (h << 5) + albIdleTimeoutSeconds;
    h += (h << 5) + dbInstanceClass.hashCode();
    h += (h << 5) + dbAllocatedStorageGb;
    h += (h << 5) + dbMaxAllocatedStorageGb;
    h += (h << 5) + dbBackupRetentionDays;
    h += (h << 5) + Boolean.hashCode(dbDeletionProtection);
    h += (h << 5) + Boolean.hashCode(performanceInsights);
    h += (h << 5) + secretRotationDays;
    h += (h << 5) + capacity.hashCode();
    h += (h << 5) + Boolean.hashCode(containerInsights);
    h += (h << 5) + taskCpu;
    h += (h << 5) + taskMemoryMb;
    h += (h << 5) + desiredCount;
    h += (h << 5) + minCapacity;
    h += (h << 5) + maxCapacity;
    h += (h << 5) + logRetentionDays;
    h += (h << 5) + litellmLogLevel.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code EnvironmentConfig} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("EnvironmentConfig{");
    builder.append("name=").append(name);
    builder.append(", ");
    builder.append("production=").append(production);
    builder.append(", ");
    builder.append("vpcCidr=").append(vpcCidr);
    builder.append(", ");
    builder.append("publicSubnetCidrs=").append(publicSubnetCidrs);
    builder.append(", ");
    builder.append("privateSubnetCidrs=").append(privateSubnetCidrs);
    builder.append(", ");
    builder.append("natGateway=").append(natGateway);
    builder.append(", ");
    builder.append("multiAz=").append(multiAz);
    if (domainName != null) {
      builder.append(", ");
      builder.append("domainName=").append(domainName);
    }
    if (hostedZoneId != null) {
      builder.append(", ");
      builder.append("hostedZoneId=").append(hostedZoneId);
    }
    builder.append(", ");
    builder.append("waf=").append(waf);
    builder.append(", ");
    builder.append("wafRateLimit=").append(wafRateLimit);
    builder.append(", ");
    builder.append("albDeletionProtection=").append(albDeletionProtection);
    builder.append(", ");
    builder.append("albIdleTimeoutSeconds=").append(albIdleTimeoutSeconds);
    builder.append(", ");
    builder.append("dbInstanceClass=").append(dbInstanceClass);
    builder.append(", ");
    builder.append("dbAllocatedStorageGb=").append(dbAllocatedStorageGb);
    builder.append(", ");
    builder.append("dbMaxAllocatedStorageGb=").append(dbMaxAllocatedStorageGb);
    builder.append(", ");
    builder.append("dbBackupRetentionDays=").append(dbBackupRetentionDays);
    builder.append(", ");
    builder.append("dbDeletionProtection=").append(dbDeletionProtection);
    builder.append(", ");
    builder.append("performanceInsights=").append(performanceInsights);
    builder.append(", ");
    builder.append("secretRotationDays=").append(secretRotationDays);
    builder.append(", ");
    builder.append("capacity=").append(capacity);
    builder.append(", ");
    builder.append("containerInsights=").append(containerInsights);
    builder.append(", ");
    builder.append("taskCpu=").append(taskCpu);
    builder.append(", ");
    builder.append("taskMemoryMb=").append(taskMemoryMb);
    builder.append(", ");
    builder.append("desiredCount=").append(desiredCount);
    builder.append(", ");
    builder.append("minCapacity=").append(minCapacity);
    builder.append(", ");
    builder.append("maxCapacity=").append(maxCapacity);
    builder.append(", ");
    builder.append("logRetentionDays=").append(logRetentionDays);
    builder.append(", ");
    builder.append("litellmLogLevel=").append(litellmLogLevel);
    return builder.append("}").toString();
  }

  private static ImmutableEnvironmentConfig validate(ImmutableEnvironmentConfig instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link EnvironmentConfig} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable EnvironmentConfig instance
   */
  public static EnvironmentConfig copyOf(EnvironmentConfig instance) {
    if (instance instanceof ImmutableEnvironmentConfig) {
      return (ImmutableEnvironmentConfig) instance;
    }
    return ImmutableEnvironmentConfig.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link EnvironmentConfig EnvironmentConfig}.
   * <pre>
   * ImmutableEnvironmentConfig.builder()
   *    .name(String) // required {@link EnvironmentConfig#name() name}
   *    .production(boolean) // optional {@link EnvironmentConfig#production() production}
   *    .vpcCidr(String) // optional {@link EnvironmentConfig#vpcCidr() vpcCidr}
   *    .addPublicSubnetCidrs|addAllPublicSubnetCidrs(String) // {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs} elements
   *    .addPrivateSubnetCidrs|addAllPrivateSubnetCidrs(String) // {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs} elements
   *    .natGateway(boolean) // optional {@link EnvironmentConfig#natGateway() natGateway}
   *    .multiAz(boolean) // optional {@link EnvironmentConfig#multiAz() multiAz}
   *    .domainName(Optional&lt;String&gt;) // optional {@link EnvironmentConfig#domainName() domainName}
   *    .hostedZoneId(Optional&lt;String&gt;) // optional {@link EnvironmentConfig#hostedZoneId() hostedZoneId}
   *    .waf(boolean) // optional {@link EnvironmentConfig#waf() waf}
   *    .wafRateLimit(int) // optional {@link EnvironmentConfig#wafRateLimit() wafRateLimit}
   *    .albDeletionProtection(boolean) // optional {@link EnvironmentConfig#albDeletionProtection() albDeletionProtection}
   *    .albIdleTimeoutSeconds(int) // optional {@link EnvironmentConfig#albIdleTimeoutSeconds() albIdleTimeoutSeconds}
   *    .dbInstanceClass(String) // optional {@link EnvironmentConfig#dbInstanceClass() dbInstanceClass}
   *    .dbAllocatedStorageGb(int) // optional {@link EnvironmentConfig#dbAllocatedStorageGb() dbAllocatedStorageGb}
   *    .dbMaxAllocatedStorageGb(int) // optional {@link EnvironmentConfig#dbMaxAllocatedStorageGb() dbMaxAllocatedStorageGb}
   *    .dbBackupRetentionDays(int) // optional {@link EnvironmentConfig#dbBackupRetentionDays() dbBackupRetentionDays}
   *    .dbDeletionProtection(boolean) // optional {@link EnvironmentConfig#dbDeletionProtection() dbDeletionProtection}
   *    .performanceInsights(boolean) // optional {@link EnvironmentConfig#performanceInsights() performanceInsights}
   *    .secretRotationDays(int) // optional {@link EnvironmentConfig#secretRotationDays() secretRotationDays}
   *    .capacity(org.llmgateway.cfn.generators.environment.EnvironmentConfig.Capacity) // optional {@link EnvironmentConfig#capacity() capacity}
   *    .containerInsights(boolean) // optional {@link EnvironmentConfig#containerInsights() containerInsights}
   *    .taskCpu(int) // optional {@link EnvironmentConfig#taskCpu() taskCpu}
   *    .taskMemoryMb(int) // optional {@link EnvironmentConfig#taskMemoryMb() taskMemoryMb}
   *    .desiredCount(int) // optional {@link EnvironmentConfig#desiredCount() desiredCount}
   *    .minCapacity(int) // optional {@link EnvironmentConfig#minCapacity() minCapacity}
   *    .maxCapacity(int) // optional {@link EnvironmentConfig#maxCapacity() maxCapacity}
   *    .logRetentionDays(int) // optional {@link EnvironmentConfig#logRetentionDays() logRetentionDays}
   *    .litellmLogLevel(String) // optional {@link EnvironmentConfig#litellmLogLevel() litellmLogLevel}
   *    .build();
   * </pre>
   * @return A new EnvironmentConfig builder
   */
  public static ImmutableEnvironmentConfig.Builder builder() {
    return new ImmutableEnvironmentConfig.Builder();
  }

  /**
   * Builds instances of type {@link EnvironmentConfig EnvironmentConfig}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "EnvironmentConfig", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long OPT_BIT_PRODUCTION = 0x1L;
    private static final long OPT_BIT_PUBLIC_SUBNET_CIDRS = 0x2L;
    private static final long OPT_BIT_PRIVATE_SUBNET_CIDRS = 0x4L;
    private static final long OPT_BIT_NAT_GATEWAY = 0x8L;
    private static final long OPT_BIT_MULTI_AZ = 0x10L;
    private static final long OPT_BIT_WAF = 0x20L;
    private static final long OPT_BIT_WAF_RATE_LIMIT = 0x40L;
    private static final long OPT_BIT_ALB_DELETION_PROTECTION = 0x80L;
    private static final long OPT_BIT_ALB_IDLE_TIMEOUT_SECONDS = 0x100L;
    private static final long OPT_BIT_DB_ALLOCATED_STORAGE_GB = 0x200L;
    private static final long OPT_BIT_DB_MAX_ALLOCATED_STORAGE_GB = 0x400L;
    private static final long OPT_BIT_DB_BACKUP_RETENTION_DAYS = 0x800L;
    private static final long OPT_BIT_DB_DELETION_PROTECTION = 0x1000L;
    private static final long OPT_BIT_PERFORMANCE_INSIGHTS = 0x2000L;
    private static final long OPT_BIT_SECRET_ROTATION_DAYS = 0x4000L;
    private static final long OPT_BIT_CONTAINER_INSIGHTS = 0x8000L;
    private static final long OPT_BIT_TASK_CPU = 0x10000L;
    private static final long OPT_BIT_TASK_MEMORY_MB = 0x20000L;
    private static final long OPT_BIT_DESIRED_COUNT = 0x40000L;
    private static final long OPT_BIT_MIN_CAPACITY = 0x80000L;
    private static final long OPT_BIT_MAX_CAPACITY = 0x100000L;
    private static final long OPT_BIT_LOG_RETENTION_DAYS = 0x200000L;
    private long initBits = 0x1L;
    private long optBits;

    private String name;
    private boolean production;
    private String vpcCidr;
    private List<String> publicSubnetCidrs = new ArrayList<String>();
    private List<String> privateSubnetCidrs = new ArrayList<String>();
    private boolean natGateway;
    private boolean multiAz;
    private String domainName;
    private String hostedZoneId;
    private boolean waf;
    private int wafRateLimit;
    private boolean albDeletionProtection;
    private int albIdleTimeoutSeconds;
    private String dbInstanceClass;
    private int dbAllocatedStorageGb;
    private int dbMaxAllocatedStorageGb;
    private int dbBackupRetentionDays;
    private boolean dbDeletionProtection;
    private boolean performanceInsights;
    private int secretRotationDays;
    private EnvironmentConfig.Capacity capacity;
    private boolean containerInsights;
    private int taskCpu;
    private int taskMemoryMb;
    private int desiredCount;
    private int minCapacity;
    private int maxCapacity;
    private int logRetentionDays;
    private String litellmLogLevel;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code EnvironmentConfig} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(EnvironmentConfig instance) {
      Objects.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.production(instance.production());
      this.vpcCidr(instance.vpcCidr());
      addAllPublicSubnetCidrs(instance.publicSubnetCidrs());
      addAllPrivateSubnetCidrs(instance.privateSubnetCidrs());
      this.natGateway(instance.natGateway());
      this.multiAz(instance.multiAz());
      Optional<String> domainNameOptional = instance.domainName();
      if (domainNameOptional.isPresent()) {
        domainName(domainNameOptional);
      }
      Optional<String> hostedZoneIdOptional = instance.hostedZoneId();
      if (hostedZoneIdOptional.isPresent()) {
        hostedZoneId(hostedZoneIdOptional);
      }
      this.waf(instance.waf());
      this.wafRateLimit(instance.wafRateLimit());
      this.albDeletionProtection(instance.albDeletionProtection());
      this.albIdleTimeoutSeconds(instance.albIdleTimeoutSeconds());
      this.dbInstanceClass(instance.dbInstanceClass());
      this.dbAllocatedStorageGb(instance.dbAllocatedStorageGb());
      this.dbMaxAllocatedStorageGb(instance.dbMaxAllocatedStorageGb());
      this.dbBackupRetentionDays(instance.dbBackupRetentionDays());
      this.dbDeletionProtection(instance.dbDeletionProtection());
      this.performanceInsights(instance.performanceInsights());
      this.secretRotationDays(instance.secretRotationDays());
      this.capacity(instance.capacity());
      this.containerInsights(instance.containerInsights());
      this.taskCpu(instance.taskCpu());
      this.taskMemoryMb(instance.taskMemoryMb());
      this.desiredCount(instance.desiredCount());
      this.minCapacity(instance.minCapacity());
      this.maxCapacity(instance.maxCapacity());
      this.logRetentionDays(instance.logRetentionDays());
      this.litellmLogLevel(instance.litellmLogLevel());
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#production() production} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#production() production}.</em>
     * @param production The value for production 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder production(boolean production) {
      this.production = production;
      optBits |= OPT_BIT_PRODUCTION;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#vpcCidr() vpcCidr} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#vpcCidr() vpcCidr}.</em>
     * @param vpcCidr The value for vpcCidr 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder vpcCidr(String vpcCidr) {
      this.vpcCidr = Objects.requireNonNull(vpcCidr, "vpcCidr");
      return this;
    }

    /**
     * Adds one element to {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs} list.
     * @param element A publicSubnetCidrs element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addPublicSubnetCidrs(String element) {
      this.publicSubnetCidrs.add(Objects.requireNonNull(element, "publicSubnetCidrs element"));
      optBits |= OPT_BIT_PUBLIC_SUBNET_CIDRS;
      return this;
    }

    /**
     * Adds elements to {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs} list.
     * @param elements An array of publicSubnetCidrs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addPublicSubnetCidrs(String... elements) {
      for (String element : elements) {
        this.publicSubnetCidrs.add(Objects.requireNonNull(element, "publicSubnetCidrs element"));
      }
      optBits |= OPT_BIT_PUBLIC_SUBNET_CIDRS;
      return this;
    }


    /**
     * Sets or replaces all elements for {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs} list.
     * @param elements An iterable of publicSubnetCidrs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder publicSubnetCidrs(Iterable<String> elements) {
      this.publicSubnetCidrs.clear();
      return addAllPublicSubnetCidrs(elements);
    }

    /**
     * Adds elements to {@link EnvironmentConfig#publicSubnetCidrs() publicSubnetCidrs} list.
     * @param elements An iterable of publicSubnetCidrs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllPublicSubnetCidrs(Iterable<String> elements) {
      for (String element : elements) {
        this.publicSubnetCidrs.add(Objects.requireNonNull(element, "publicSubnetCidrs element"));
      }
      optBits |= OPT_BIT_PUBLIC_SUBNET_CIDRS;
      return this;
    }

    /**
     * Adds one element to {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs} list.
     * @param element A privateSubnetCidrs element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addPrivateSubnetCidrs(String element) {
      this.privateSubnetCidrs.add(Objects.requireNonNull(element, "privateSubnetCidrs element"));
      optBits |= OPT_BIT_PRIVATE_SUBNET_CIDRS;
      return this;
    }

    /**
     * Adds elements to {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs} list.
     * @param elements An array of privateSubnetCidrs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addPrivateSubnetCidrs(String... elements) {
      for (String element : elements) {
        this.privateSubnetCidrs.add(Objects.requireNonNull(element, "privateSubnetCidrs element"));
      }
      optBits |= OPT_BIT_PRIVATE_SUBNET_CIDRS;
      return this;
    }


    /**
     * Sets or replaces all elements for {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs} list.
     * @param elements An iterable of privateSubnetCidrs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder privateSubnetCidrs(Iterable<String> elements) {
      this.privateSubnetCidrs.clear();
      return addAllPrivateSubnetCidrs(elements);
    }

    /**
     * Adds elements to {@link EnvironmentConfig#privateSubnetCidrs() privateSubnetCidrs} list.
     * @param elements An iterable of privateSubnetCidrs elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder addAllPrivateSubnetCidrs(Iterable<String> elements) {
      for (String element : elements) {
        this.privateSubnetCidrs.add(Objects.requireNonNull(element, "privateSubnetCidrs element"));
      }
      optBits |= OPT_BIT_PRIVATE_SUBNET_CIDRS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#natGateway() natGateway} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#natGateway() natGateway}.</em>
     * @param natGateway The value for natGateway 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder natGateway(boolean natGateway) {
      this.natGateway = natGateway;
      optBits |= OPT_BIT_NAT_GATEWAY;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#multiAz() multiAz} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#multiAz() multiAz}.</em>
     * @param multiAz The value for multiAz 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder multiAz(boolean multiAz) {
      this.multiAz = multiAz;
      optBits |= OPT_BIT_MULTI_AZ;
      return this;
    }

    /**
     * Initializes the optional value {@link EnvironmentConfig#domainName() domainName} to domainName.
     * @param domainName The value for domainName
     * @return {@code this} builder for chained invocation
     */
    public final Builder domainName(String domainName) {
      this.domainName = Objects.requireNonNull(domainName, "domainName");
      return this;
    }

    /**
     * Initializes the optional value {@link EnvironmentConfig#domainName() domainName} to domainName.
     * @param domainName The value for domainName
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder domainName(Optional<String> domainName) {
      this.domainName = domainName.orElse(null);
      return this;
    }

    /**
     * Initializes the optional value {@link EnvironmentConfig#hostedZoneId() hostedZoneId} to hostedZoneId.
     * @param hostedZoneId The value for hostedZoneId
     * @return {@code this} builder for chained invocation
     */
    public final Builder hostedZoneId(String hostedZoneId) {
      this.hostedZoneId = Objects.requireNonNull(hostedZoneId, "hostedZoneId");
      return this;
    }

    /**
     * Initializes the optional value {@link EnvironmentConfig#hostedZoneId() hostedZoneId} to hostedZoneId.
     * @param hostedZoneId The value for hostedZoneId
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder hostedZoneId(Optional<String> hostedZoneId) {
      this.hostedZoneId = hostedZoneId.orElse(null);
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#waf() waf} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#waf() waf}.</em>
     * @param waf The value for waf 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder waf(boolean waf) {
      this.waf = waf;
      optBits |= OPT_BIT_WAF;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#wafRateLimit() wafRateLimit} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#wafRateLimit() wafRateLimit}.</em>
     * @param wafRateLimit The value for wafRateLimit 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder wafRateLimit(int wafRateLimit) {
      this.wafRateLimit = wafRateLimit;
      optBits |= OPT_BIT_WAF_RATE_LIMIT;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#albDeletionProtection() albDeletionProtection} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#albDeletionProtection() albDeletionProtection}.</em>
     * @param albDeletionProtection The value for albDeletionProtection 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder albDeletionProtection(boolean albDeletionProtection) {
      this.albDeletionProtection = albDeletionProtection;
      optBits |= OPT_BIT_ALB_DELETION_PROTECTION;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#albIdleTimeoutSeconds() albIdleTimeoutSeconds} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#albIdleTimeoutSeconds() albIdleTimeoutSeconds}.</em>
     * @param albIdleTimeoutSeconds The value for albIdleTimeoutSeconds 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder albIdleTimeoutSeconds(int albIdleTimeoutSeconds) {
      this.albIdleTimeoutSeconds = albIdleTimeoutSeconds;
      optBits |= OPT_BIT_ALB_IDLE_TIMEOUT_SECONDS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#dbInstanceClass() dbInstanceClass} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#dbInstanceClass() dbInstanceClass}.</em>
     * @param dbInstanceClass The value for dbInstanceClass 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dbInstanceClass(String dbInstanceClass) {
      this.dbInstanceClass = Objects.requireNonNull(dbInstanceClass, "dbInstanceClass");
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#dbAllocatedStorageGb() dbAllocatedStorageGb} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#dbAllocatedStorageGb() dbAllocatedStorageGb}.</em>
     * @param dbAllocatedStorageGb The value for dbAllocatedStorageGb 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dbAllocatedStorageGb(int dbAllocatedStorageGb) {
      this.dbAllocatedStorageGb = dbAllocatedStorageGb;
      optBits |= OPT_BIT_DB_ALLOCATED_STORAGE_GB;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#dbMaxAllocatedStorageGb() dbMaxAllocatedStorageGb} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#dbMaxAllocatedStorageGb() dbMaxAllocatedStorageGb}.</em>
     * @param dbMaxAllocatedStorageGb The value for dbMaxAllocatedStorageGb 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dbMaxAllocatedStorageGb(int dbMaxAllocatedStorageGb) {
      this.dbMaxAllocatedStorageGb = dbMaxAllocatedStorageGb;
      optBits |= OPT_BIT_DB_MAX_ALLOCATED_STORAGE_GB;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#dbBackupRetentionDays() dbBackupRetentionDays} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#dbBackupRetentionDays() dbBackupRetentionDays}.</em>
     * @param dbBackupRetentionDays The value for dbBackupRetentionDays 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dbBackupRetentionDays(int dbBackupRetentionDays) {
      this.dbBackupRetentionDays = dbBackupRetentionDays;
      optBits |= OPT_BIT_DB_BACKUP_RETENTION_DAYS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#dbDeletionProtection() dbDeletionProtection} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#dbDeletionProtection() dbDeletionProtection}.</em>
     * @param dbDeletionProtection The value for dbDeletionProtection 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder dbDeletionProtection(boolean dbDeletionProtection) {
      this.dbDeletionProtection = dbDeletionProtection;
      optBits |= OPT_BIT_DB_DELETION_PROTECTION;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#performanceInsights() performanceInsights} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#performanceInsights() performanceInsights}.</em>
     * @param performanceInsights The value for performanceInsights 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder performanceInsights(boolean performanceInsights) {
      this.performanceInsights = performanceInsights;
      optBits |= OPT_BIT_PERFORMANCE_INSIGHTS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#secretRotationDays() secretRotationDays} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#secretRotationDays() secretRotationDays}.</em>
     * @param secretRotationDays The value for secretRotationDays 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder secretRotationDays(int secretRotationDays) {
      this.secretRotationDays = secretRotationDays;
      optBits |= OPT_BIT_SECRET_ROTATION_DAYS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#capacity() capacity} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#capacity() capacity}.</em>
     * @param capacity The value for capacity 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder capacity(EnvironmentConfig.Capacity capacity) {
      this.capacity = Objects.requireNonNull(capacity, "capacity");
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#containerInsights() containerInsights} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#containerInsights() containerInsights}.</em>
     * @param containerInsights The value for containerInsights 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder containerInsights(boolean containerInsights) {
      this.containerInsights = containerInsights;
      optBits |= OPT_BIT_CONTAINER_INSIGHTS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#taskCpu() taskCpu} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#taskCpu() taskCpu}.</em>
     * @param taskCpu The value for taskCpu 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder taskCpu(int taskCpu) {
      this.taskCpu = taskCpu;
      optBits |= OPT_BIT_TASK_CPU;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#taskMemoryMb() taskMemoryMb} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#taskMemoryMb() taskMemoryMb}.</em>
     * @param taskMemoryMb The value for taskMemoryMb 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder taskMemoryMb(int taskMemoryMb) {
      this.taskMemoryMb = taskMemoryMb;
      optBits |= OPT_BIT_TASK_MEMORY_MB;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#desiredCount() desiredCount} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#desiredCount() desiredCount}.</em>
     * @param desiredCount The value for desiredCount 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder desiredCount(int desiredCount) {
      this.desiredCount = desiredCount;
      optBits |= OPT_BIT_DESIRED_COUNT;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#minCapacity() minCapacity} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#minCapacity() minCapacity}.</em>
     * @param minCapacity The value for minCapacity 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder minCapacity(int minCapacity) {
      this.minCapacity = minCapacity;
      optBits |= OPT_BIT_MIN_CAPACITY;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#maxCapacity() maxCapacity} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#maxCapacity() maxCapacity}.</em>
     * @param maxCapacity The value for maxCapacity 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder maxCapacity(int maxCapacity) {
      this.maxCapacity = maxCapacity;
      optBits |= OPT_BIT_MAX_CAPACITY;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#logRetentionDays() logRetentionDays} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#logRetentionDays() logRetentionDays}.</em>
     * @param logRetentionDays The value for logRetentionDays 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder logRetentionDays(int logRetentionDays) {
      this.logRetentionDays = logRetentionDays;
      optBits |= OPT_BIT_LOG_RETENTION_DAYS;
      return this;
    }

    /**
     * Initializes the value for the {@link EnvironmentConfig#litellmLogLevel() litellmLogLevel} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link EnvironmentConfig#litellmLogLevel() litellmLogLevel}.</em>
     * @param litellmLogLevel The value for litellmLogLevel 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder litellmLogLevel(String litellmLogLevel) {
      this.litellmLogLevel = Objects.requireNonNull(litellmLogLevel, "litellmLogLevel");
      return this;
    }

    /**
     * Builds a new {@link EnvironmentConfig EnvironmentConfig}.
     * @return An immutable instance of EnvironmentConfig
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public EnvironmentConfig build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableEnvironmentConfig.validate(new ImmutableEnvironmentConfig(this));
    }

    private boolean productionIsSet() {
      return (optBits & OPT_BIT_PRODUCTION) != 0;
    }

    private boolean publicSubnetCidrsIsSet() {
      return (optBits & OPT_BIT_PUBLIC_SUBNET_CIDRS) != 0;
    }

    private boolean privateSubnetCidrsIsSet() {
      return (optBits & OPT_BIT_PRIVATE_SUBNET_CIDRS) != 0;
    }

    private boolean natGatewayIsSet() {
      return (optBits & OPT_BIT_NAT_GATEWAY) != 0;
    }

    private boolean multiAzIsSet() {
      return (optBits & OPT_BIT_MULTI_AZ) != 0;
    }

    private boolean wafIsSet() {
      return (optBits & OPT_BIT_WAF) != 0;
    }

    private boolean wafRateLimitIsSet() {
      return (optBits & OPT_BIT_WAF_RATE_LIMIT) != 0;
    }

    private boolean albDeletionProtectionIsSet() {
      return (optBits & OPT_BIT_ALB_DELETION_PROTECTION) != 0;
    }

    private boolean albIdleTimeoutSecondsIsSet() {
      return (optBits & OPT_BIT_ALB_IDLE_TIMEOUT_SECONDS) != 0;
    }

    private boolean dbAllocatedStorageGbIsSet() {
      return (optBits & OPT_BIT_DB_ALLOCATED_STORAGE_GB) != 0;
    }

    private boolean dbMaxAllocatedStorageGbIsSet() {
      return (optBits & OPT_BIT_DB_MAX_ALLOCATED_STORAGE_GB) != 0;
    }

    private boolean dbBackupRetentionDaysIsSet() {
      return (optBits & OPT_BIT_DB_BACKUP_RETENTION_DAYS) != 0;
    }

    private boolean dbDeletionProtectionIsSet() {
      return (optBits & OPT_BIT_DB_DELETION_PROTECTION) != 0;
    }

    private boolean performanceInsightsIsSet() {
      return (optBits & OPT_BIT_PERFORMANCE_INSIGHTS) != 0;
    }

    private boolean secretRotationDaysIsSet() {
      return (optBits & OPT_BIT_SECRET_ROTATION_DAYS) != 0;
    }

    private boolean containerInsightsIsSet() {
      return (optBits & OPT_BIT_CONTAINER_INSIGHTS) != 0;
    }

    private boolean taskCpuIsSet() {
      return (optBits & OPT_BIT_TASK_CPU) != 0;
    }

    private boolean taskMemoryMbIsSet() {
      return (optBits & OPT_BIT_TASK_MEMORY_MB) != 0;
    }

    private boolean desiredCountIsSet() {
      return (optBits & OPT_BIT_DESIRED_COUNT) != 0;
    }

    private boolean minCapacityIsSet() {
      return (optBits & OPT_BIT_MIN_CAPACITY) != 0;
    }

    private boolean maxCapacityIsSet() {
      return (optBits & OPT_BIT_MAX_CAPACITY) != 0;
    }

    private boolean logRetentionDaysIsSet() {
      return (optBits & OPT_BIT_LOG_RETENTION_DAYS) != 0;
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_NAME) != 0) attributes.add("name");
      return "Cannot build EnvironmentConfig, some of required attributes are not set " + attributes;
    }
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) Objects.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }
}
