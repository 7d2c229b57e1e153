#!/usr/bin/env bash
# Pre-flight of the database stack, before any stack is touched: can RDS create what the stack
# asks for in this region? The same questions as the CLI's deploy (RdsEngineCheck):
#
#   rds-preflight.sh ENVIRONMENT PARAMETER_FILE TEMPLATE_FILE
#
# 1. DescribeDBEngineVersions (engine postgres, the version, include-all): the version is offered
#    and its Status is "available" (a deprecated minor can no longer be created);
# 2. DescribeOrderableDBInstanceOptions (engine, version, instance class): the class can be
#    created with that version, Multi-AZ capable when MultiAz is true;
# 3. DescribeDBInstances of <environment>-litellm-db, when it exists: it does not already run a
#    newer version than the template would set (RDS upgraded it; CloudFormation cannot go back).
#
# DbEngineVersion, DbInstanceClass and MultiAz come from the parameter file; a key the file lacks
# takes the template's Default (validate-template). Refuses with one line naming the
# environment, the version and the class, and exits 1. Any AWS CLI failure fails the step too:
# an unanswered question is not a yes. Needs rds:DescribeDBEngineVersions,
# rds:DescribeOrderableDBInstanceOptions, rds:DescribeDBInstances and
# cloudformation:ValidateTemplate.
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 ENVIRONMENT PARAMETER_FILE TEMPLATE_FILE" >&2
  exit 2
fi
environment="$1"
parameter_file="$2"
template_file="$3"
engine=postgres
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=azure-devops/scripts/aws-status.sh
. "$here/aws-status.sh"

# The parameter file's value of $1, else the template's Default, else empty.
setting() {
  local key="$1" value
  value="$(jq -r --arg key "$key" '.[] | select(.ParameterKey == $key) | .ParameterValue' \
             "$parameter_file")"
  if [ -z "$value" ]; then
    value="$(aws cloudformation validate-template --template-body "file://$template_file" \
               --query "Parameters[?ParameterKey=='$key'].DefaultValue | [0]" --output text)"
    if [ "$value" = None ]; then value=""; fi
  fi
  printf '%s\n' "$value"
}

version="$(setting DbEngineVersion)"
instance_class="$(setting DbInstanceClass)"
multi_az="$(setting MultiAz)"
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-the target region}}"
if [ -z "$version" ] || [ -z "$instance_class" ]; then
  echo "##vso[task.logissue type=error]$environment: $parameter_file and $template_file give no DbEngineVersion or DbInstanceClass, so RDS cannot be asked about them"
  exit 1
fi

refuse() {
  echo "##vso[task.logissue type=error]$environment: RDS in $region cannot create PostgreSQL $version on $instance_class: $1"
  exit 1
}

versions="$(aws rds describe-db-engine-versions --engine "$engine" --engine-version "$version" \
              --include-all --output json)"
status="$(printf '%s' "$versions" | jq -r '.DBEngineVersions[0].Status // "NONE"')"
if [ "$status" = NONE ]; then
  refuse "RDS offers no $engine $version (set dbEngineVersion to a version aws rds describe-db-engine-versions --engine $engine lists)"
fi
if [ "$status" != available ]; then
  targets="$(printf '%s' "$versions" | jq -r '[.DBEngineVersions[0].ValidUpgradeTarget[]?
               | select(.IsMajorVersionUpgrade != true) | .EngineVersion] | join(", ")')"
  if [ -n "$targets" ]; then
    refuse "$engine $version is $status (set dbEngineVersion to one of $targets)"
  fi
  refuse "$engine $version is $status"
fi

options="$(aws rds describe-orderable-db-instance-options --engine "$engine" \
             --engine-version "$version" --db-instance-class "$instance_class" --output json)"
if [ "$(printf '%s' "$options" | jq '.OrderableDBInstanceOptions | length')" -eq 0 ]; then
  refuse "$instance_class is not orderable with $engine $version there"
fi
if [ "$multi_az" = true ] \
   && [ "$(printf '%s' "$options" | jq '[.OrderableDBInstanceOptions[] | select(.MultiAZCapable)] | length')" -eq 0 ]; then
  refuse "$instance_class with $engine $version cannot run Multi-AZ there"
fi

instance="$environment-litellm-db"
if _aws_status_capture aws rds describe-db-instances --db-instance-identifier "$instance" \
     --query 'DBInstances[0].EngineVersion' --output text; then
  running="$AWS_STATUS_OUT"
  newest="$(printf '%s\n%s\n' "$running" "$version" | sort -V | tail -n 1)"
  if [ "$running" != "$version" ] && [ "$newest" = "$running" ]; then
    echo "##vso[task.logissue type=error]$environment: $instance already runs PostgreSQL $running, newer than the $version the template would set on $instance_class (RDS upgraded it), and CloudFormation cannot go back: set dbEngineVersion to $running"
    exit 1
  fi
elif [[ "$AWS_STATUS_ERR" != *"(DBInstanceNotFound)"* ]]; then
  _aws_status_fail "could not read RDS instance $instance"
fi

echo "Pre-flight: RDS in $region can create PostgreSQL $version on $instance_class for $environment-database-stack"
