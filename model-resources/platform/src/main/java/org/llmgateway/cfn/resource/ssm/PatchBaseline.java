// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::PatchBaseline}: The `AWS::SSM::PatchBaseline` resource defines the basic
 * information for an AWS Systems Manager patch baseline. A patch baseline defines which patches are
 * approved for installation on your instances.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-patchbaseline.html">AWS::SSM::PatchBaseline</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PatchBaseline extends Resource {

  String TYPE = "AWS::SSM::PatchBaseline";

  /** Values CloudFormation accepts for {@code ApprovedPatchesComplianceLevel}. */
  String APPROVED_PATCHES_COMPLIANCE_LEVEL_CRITICAL = "CRITICAL";
  String APPROVED_PATCHES_COMPLIANCE_LEVEL_HIGH = "HIGH";
  String APPROVED_PATCHES_COMPLIANCE_LEVEL_MEDIUM = "MEDIUM";
  String APPROVED_PATCHES_COMPLIANCE_LEVEL_LOW = "LOW";
  String APPROVED_PATCHES_COMPLIANCE_LEVEL_INFORMATIONAL = "INFORMATIONAL";
  String APPROVED_PATCHES_COMPLIANCE_LEVEL_UNSPECIFIED = "UNSPECIFIED";

  /** Values CloudFormation accepts for {@code OperatingSystem}. */
  String OPERATING_SYSTEM_WINDOWS = "WINDOWS";
  String OPERATING_SYSTEM_AMAZON_LINUX = "AMAZON_LINUX";
  String OPERATING_SYSTEM_AMAZON_LINUX_2 = "AMAZON_LINUX_2";
  String OPERATING_SYSTEM_AMAZON_LINUX_2022 = "AMAZON_LINUX_2022";
  String OPERATING_SYSTEM_AMAZON_LINUX_2023 = "AMAZON_LINUX_2023";
  String OPERATING_SYSTEM_UBUNTU = "UBUNTU";
  String OPERATING_SYSTEM_REDHAT_ENTERPRISE_LINUX = "REDHAT_ENTERPRISE_LINUX";
  String OPERATING_SYSTEM_SUSE = "SUSE";
  String OPERATING_SYSTEM_CENTOS = "CENTOS";
  String OPERATING_SYSTEM_ORACLE_LINUX = "ORACLE_LINUX";
  String OPERATING_SYSTEM_DEBIAN = "DEBIAN";
  String OPERATING_SYSTEM_MACOS = "MACOS";
  String OPERATING_SYSTEM_RASPBIAN = "RASPBIAN";
  String OPERATING_SYSTEM_ROCKY_LINUX = "ROCKY_LINUX";
  String OPERATING_SYSTEM_ALMA_LINUX = "ALMA_LINUX";

  /** Values CloudFormation accepts for {@code RejectedPatchesAction}. */
  String REJECTED_PATCHES_ACTION_ALLOW_AS_DEPENDENCY = "ALLOW_AS_DEPENDENCY";
  String REJECTED_PATCHES_ACTION_BLOCK = "BLOCK";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A set of rules used to include patches in the baseline. */
  Optional<Expr> approvalRules();

  /** A list of explicitly approved patches for the baseline. */
  Optional<Expr> approvedPatches();

  /**
   * Defines the compliance level for approved patches. When an approved patch is reported as
   * missing, this value describes the severity of the compliance violation. The default value is
   * `UNSPECIFIED` .
   */
  Optional<Expr> approvedPatchesComplianceLevel();

  /**
   * Indicates whether the list of approved patches includes non-security updates that should be
   * applied to the managed nodes. The default value is `false` . Applies to Linux managed nodes
   * only.
   */
  Optional<Expr> approvedPatchesEnableNonSecurity();

  /**
   * Indicates the status you want to assign to security patches that are available but not approved
   * because they don't meet the installation criteria specified in the patch baseline.
   */
  Optional<Expr> availableSecurityUpdatesComplianceStatus();

  /**
   * Indicates whether this is the default baseline. AWS Systems Manager supports creating multiple
   * default patch baselines. For example, you can create a default patch baseline for each
   * operating system.
   */
  Optional<Expr> defaultBaseline();

  /** A description of the patch baseline. */
  Optional<Expr> description();

  /** A set of global filters used to include patches in the baseline. */
  Optional<Expr> globalFilters();

  /** Required. The name of the patch baseline. */
  Expr name();

  /**
   * Defines the operating system the patch baseline applies to. The default value is `WINDOWS` .
   */
  Optional<Expr> operatingSystem();

  /** The name of the patch group to be registered with the patch baseline. */
  Optional<Expr> patchGroups();

  /** A list of explicitly rejected patches for the baseline. */
  Optional<Expr> rejectedPatches();

  /** The action for Patch Manager to take on patches included in the `RejectedPackages` list. */
  Optional<Expr> rejectedPatchesAction();

  /**
   * Information about the patches to use to update the managed nodes, including target operating
   * systems and source repositories. Applies to Linux managed nodes only.
   */
  Optional<Expr> sources();

  /**
   * Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
   * different ways, such as by purpose, owner, or environment. For example, you might want to tag a
   * patch baseline to identify the severity level of patches it specifies and the operating system
   * family it applies to.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApprovalRules", approvalRules())
        .put("ApprovedPatches", approvedPatches())
        .put("ApprovedPatchesComplianceLevel", approvedPatchesComplianceLevel())
        .put("ApprovedPatchesEnableNonSecurity", approvedPatchesEnableNonSecurity())
        .put("AvailableSecurityUpdatesComplianceStatus", availableSecurityUpdatesComplianceStatus())
        .put("DefaultBaseline", defaultBaseline())
        .put("Description", description())
        .put("GlobalFilters", globalFilters())
        .put("Name", name())
        .put("OperatingSystem", operatingSystem())
        .put("PatchGroups", patchGroups())
        .put("RejectedPatches", rejectedPatches())
        .put("RejectedPatchesAction", rejectedPatchesAction())
        .put("Sources", sources())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the patch baseline. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PatchBaseline}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePatchBaseline.Builder {

    public Builder approvedPatches(List<? extends Expr> values) {
      approvedPatches(Expr.list(values));
      return this;
    }

    public Builder approvedPatches(String... values) {
      approvedPatches(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder approvedPatchesComplianceLevel(String value) {
      approvedPatchesComplianceLevel(Expr.of(value));
      return this;
    }

    public Builder approvedPatchesEnableNonSecurity(boolean value) {
      approvedPatchesEnableNonSecurity(Expr.of(value));
      return this;
    }

    public Builder availableSecurityUpdatesComplianceStatus(String value) {
      availableSecurityUpdatesComplianceStatus(Expr.of(value));
      return this;
    }

    public Builder defaultBaseline(boolean value) {
      defaultBaseline(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder operatingSystem(String value) {
      operatingSystem(Expr.of(value));
      return this;
    }

    public Builder patchGroups(List<? extends Expr> values) {
      patchGroups(Expr.list(values));
      return this;
    }

    public Builder patchGroups(String... values) {
      patchGroups(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder rejectedPatches(List<? extends Expr> values) {
      rejectedPatches(Expr.list(values));
      return this;
    }

    public Builder rejectedPatches(String... values) {
      rejectedPatches(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder rejectedPatchesAction(String value) {
      rejectedPatchesAction(Expr.of(value));
      return this;
    }

    public Builder sources(List<? extends Expr> values) {
      sources(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::PatchBaseline.PatchFilter}: The `PatchFilter` property type defines a patch
   * filter for an AWS Systems Manager patch baseline.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-patchbaseline-patchfilter.html">AWS::SSM::PatchBaseline.PatchFilter</a>
   */
  @Value.Immutable
  interface PatchFilter extends PropertyValue {

    /** Values CloudFormation accepts for {@code Key}. */
    String KEY_ADVISORY_ID = "ADVISORY_ID";
    String KEY_ARCH = "ARCH";
    String KEY_BUGZILLA_ID = "BUGZILLA_ID";
    String KEY_CLASSIFICATION = "CLASSIFICATION";
    String KEY_CVE_ID = "CVE_ID";
    String KEY_EPOCH = "EPOCH";
    String KEY_MSRC_SEVERITY = "MSRC_SEVERITY";
    String KEY_NAME = "NAME";
    String KEY_PATCH_ID = "PATCH_ID";
    String KEY_PATCH_SET = "PATCH_SET";
    String KEY_PRIORITY = "PRIORITY";
    String KEY_PRODUCT = "PRODUCT";
    String KEY_PRODUCT_FAMILY = "PRODUCT_FAMILY";
    String KEY_RELEASE = "RELEASE";
    String KEY_REPOSITORY = "REPOSITORY";
    String KEY_SECTION = "SECTION";
    String KEY_SECURITY = "SECURITY";
    String KEY_SEVERITY = "SEVERITY";
    String KEY_VERSION = "VERSION";

    /** The key for the filter. */
    Optional<Expr> key();

    /** The value for the filter key. */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PatchFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePatchBaseline.PatchFilter.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::PatchBaseline.PatchFilterGroup}: The `PatchFilterGroup` property type
   * specifies a set of patch filters for an AWS Systems Manager patch baseline, typically used for
   * approval rules for a Systems Manager patch baseline.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-patchbaseline-patchfiltergroup.html">AWS::SSM::PatchBaseline.PatchFilterGroup</a>
   */
  @Value.Immutable
  interface PatchFilterGroup extends PropertyValue {

    /** The set of patch filters that make up the group. */
    Optional<Expr> patchFilters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PatchFilters", patchFilters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PatchFilterGroup}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePatchBaseline.PatchFilterGroup.Builder {

      public Builder patchFilters(List<? extends Expr> values) {
        patchFilters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::PatchBaseline.PatchSource}: `PatchSource` is the property type for the
   * `Sources` resource of the
   * [AWS::SSM::PatchBaseline](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-patchbaseline.html)
   * resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-patchbaseline-patchsource.html">AWS::SSM::PatchBaseline.PatchSource</a>
   */
  @Value.Immutable
  interface PatchSource extends PropertyValue {

    /** The value of the repo configuration. */
    Optional<Expr> configuration();

    /** The name specified to identify the patch source. */
    Optional<Expr> name();

    /**
     * The specific operating system versions a patch repository applies to, such as "Ubuntu16.04",
     * "RedhatEnterpriseLinux7.2" or "Suse12.7". For lists of supported product values, see
     * [PatchFilter](https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PatchFilter.html)
     * in the *AWS Systems Manager API Reference* .
     */
    Optional<Expr> products();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Configuration", configuration())
          .put("Name", name())
          .put("Products", products())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PatchSource}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePatchBaseline.PatchSource.Builder {

      public Builder configuration(String value) {
        configuration(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder products(List<? extends Expr> values) {
        products(Expr.list(values));
        return this;
      }

      public Builder products(String... values) {
        products(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::PatchBaseline.Rule}: The `Rule` property type specifies an approval rule for a
   * Systems Manager patch baseline.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-patchbaseline-rule.html">AWS::SSM::PatchBaseline.Rule</a>
   */
  @Value.Immutable
  interface Rule extends PropertyValue {

    /** Values CloudFormation accepts for {@code ComplianceLevel}. */
    String COMPLIANCE_LEVEL_CRITICAL = "CRITICAL";
    String COMPLIANCE_LEVEL_HIGH = "HIGH";
    String COMPLIANCE_LEVEL_INFORMATIONAL = "INFORMATIONAL";
    String COMPLIANCE_LEVEL_LOW = "LOW";
    String COMPLIANCE_LEVEL_MEDIUM = "MEDIUM";
    String COMPLIANCE_LEVEL_UNSPECIFIED = "UNSPECIFIED";

    /**
     * The number of days after the release date of each patch matched by the rule that the patch is
     * marked as approved in the patch baseline. For example, a value of `7` means that patches are
     * approved seven days after they are released.
     */
    Optional<Expr> approveAfterDays();

    /**
     * The cutoff date for auto approval of released patches. Any patches released on or before this
     * date are installed automatically.
     */
    Optional<Expr> approveUntilDate();

    /**
     * A compliance severity level for all approved patches in a patch baseline. Valid compliance
     * severity levels include the following: `UNSPECIFIED` , `CRITICAL` , `HIGH` , `MEDIUM` , `LOW`
     * , and `INFORMATIONAL` .
     */
    Optional<Expr> complianceLevel();

    /**
     * For managed nodes identified by the approval rule filters, enables a patch baseline to apply
     * non-security updates available in the specified repository. The default value is `false` .
     * Applies to Linux managed nodes only.
     */
    Optional<Expr> enableNonSecurity();

    /** The patch filter group that defines the criteria for the rule. */
    Optional<Expr> patchFilterGroup();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApproveAfterDays", approveAfterDays())
          .put("ApproveUntilDate", approveUntilDate())
          .put("ComplianceLevel", complianceLevel())
          .put("EnableNonSecurity", enableNonSecurity())
          .put("PatchFilterGroup", patchFilterGroup())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePatchBaseline.Rule.Builder {

      public Builder approveAfterDays(long value) {
        approveAfterDays(Expr.of(value));
        return this;
      }

      public Builder approveUntilDate(String value) {
        approveUntilDate(Expr.of(value));
        return this;
      }

      public Builder complianceLevel(String value) {
        complianceLevel(Expr.of(value));
        return this;
      }

      public Builder enableNonSecurity(boolean value) {
        enableNonSecurity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::PatchBaseline.RuleGroup}: The `RuleGroup` property type specifies a set of
   * rules that define the approval rules for an AWS Systems Manager patch baseline.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-patchbaseline-rulegroup.html">AWS::SSM::PatchBaseline.RuleGroup</a>
   */
  @Value.Immutable
  interface RuleGroup extends PropertyValue {

    /** The rules that make up the rule group. */
    Optional<Expr> patchRules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PatchRules", patchRules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RuleGroup}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePatchBaseline.RuleGroup.Builder {

      public Builder patchRules(List<? extends Expr> values) {
        patchRules(Expr.list(values));
        return this;
      }
    }
  }
}
