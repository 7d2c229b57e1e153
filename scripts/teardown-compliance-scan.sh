#!/usr/bin/env bash
# Lists what a teardown of one environment left behind in an AWS account and region, telling
# what the templates keep on purpose (DeletionPolicy Retain or Snapshot) apart from orphans.
# Read-only: it describes, it never deletes. Exit 0 when only kept resources are left, 2 when an
# orphan is, 1 when AWS (or the kept list) could not be read.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

PROJECT_TAG="litellm"
# the environment's image repository is <ENV><ECR_REPOSITORY_SUFFIX>
ECR_REPOSITORY_SUFFIX="-litellm-proxy"
STACKS=(litellm database alb network security)

usage() {
  cat <<'USAGE'
Usage: teardown-compliance-scan.sh --environment ENV [--region REGION] [--kept-file FILE]

Lists what a teardown of ENV left behind:
  - CloudFormation stacks <ENV>-<stack>-stack that still exist
  - resources still tagged Project=litellm, Environment=ENV
  - Secrets Manager secrets <ENV>/litellm/* (also those scheduled for deletion)
  - KMS keys tagged for ENV that are not pending deletion
  - log groups /ecs/<ENV>-litellm-proxy, /aws/lambda/<ENV>-litellm-*, Container Insights
  - manual RDS snapshots of <ENV>-litellm-* (the final snapshot costs storage)
  - the ECR repository <ENV>-litellm-proxy

What the templates keep on purpose (DeletionPolicy Retain: the KMS key, the salt-key secret, the
ECR repository; Snapshot: the final snapshots of the DB instance) is listed under "Kept on
purpose" and is not a finding. That list comes from generated-templates/ through
'scripts/litellm-cfn kept --env ENV' (needs a built checkout: mvn -Pgenerate package), or from
FILE, that command's output saved earlier.

Options:
  -e, --environment ENV   environment name (dev, staging, prod, ...); required
  -r, --region REGION     AWS region (default: AWS_REGION, AWS_DEFAULT_REGION or the CLI's)
  -k, --kept-file FILE    the output of 'litellm-cfn kept --env ENV' (default: run it)
  -h, --help              show this help

Exit status: 0 nothing left behind but what is kept on purpose, 2 orphans listed, 1 usage error,
or AWS or the kept list could not be read.
Needs the AWS CLI v2 with read access (cloudformation, tag, secretsmanager, kms, logs, rds, ecr).
USAGE
}

environment=""
kept_file=""
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
while [ $# -gt 0 ]; do
  case "$1" in
    -e|--environment) environment="${2:-}"; shift 2 ;;
    -r|--region) region="${2:-}"; shift 2 ;;
    -k|--kept-file) kept_file="${2:-}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 1 ;;
  esac
done
if [ -z "$environment" ]; then
  echo "--environment is required" >&2
  usage >&2
  exit 1
fi
if ! [[ "$environment" =~ ^[a-z][a-z0-9-]{0,11}$ ]]; then
  echo "--environment '$environment' is not an environment name (lower-case, at most 12)" >&2
  exit 1
fi

# What the templates keep on purpose, by kind: identifier -> "stack/LogicalId (Policy)".
declare -A kept_kms_keys=() kept_secrets=() kept_repositories=() kept_db_instances=()
declare -A kept_buckets=() kept_vaults=()
if [ -n "$kept_file" ]; then
  if ! kept_list="$(cat -- "$kept_file")"; then
    echo "cannot read the kept list $kept_file" >&2
    exit 1
  fi
elif ! kept_list="$("$root/scripts/litellm-cfn" kept --env "$environment")"; then
  echo "cannot list what the templates keep on purpose ('scripts/litellm-cfn kept' failed);" \
       "build the checkout (mvn -Pgenerate package) or pass --kept-file" >&2
  exit 1
fi
while IFS=$'\t' read -r kind identifier origin; do
  [ -n "$kind" ] || continue
  case "$kind" in
    kms-key) kept_kms_keys["$identifier"]="$origin" ;;
    secret) kept_secrets["$identifier"]="$origin" ;;
    ecr-repository) kept_repositories["$identifier"]="$origin" ;;
    rds-snapshot) kept_db_instances["$identifier"]="$origin" ;;
    s3-bucket) kept_buckets["$identifier"]="$origin" ;;
    backup-vault) kept_vaults["$identifier"]="$origin" ;;
    *) echo "the kept list names an unknown kind '$kind'; is the scan older than the CLI?" >&2
       exit 1 ;;
  esac
done <<<"$kept_list"

aws_cli() {
  if [ -n "$region" ]; then aws --region "$region" "$@"; else aws "$@"; fi
}

# Runs a describe call and prints "present" or "absent". Only the service's own not-found answer
# (the pattern) means absent: AccessDenied, an expired token or throttling stop the scan (exit 1),
# because something the scan cannot read must never be reported as gone.
presence() {
  local not_found="$1"
  shift
  local error
  if error="$(aws_cli "$@" 2>&1 >/dev/null)"; then
    echo present
  elif grep -qE -- "$not_found" <<<"$error"; then
    echo absent
  else
    echo "cannot read ($*): $error" >&2
    exit 1
  fi
}

findings=0
found() {
  findings=$((findings + 1))
  printf 'LEFT  %-22s %s\n' "$1" "$2"
}
clean() {
  printf 'ok    %-22s %s\n' "$1" "$2"
}
kept_lines=()
kept() {
  printf 'kept  %-22s %s\n' "$1" "$2"
  kept_lines+=("$(printf '%-22s %s  <- %s' "$1" "$2" "$3")")
}
# The template resource that keeps a KMS key of this environment (CloudFormation names keys).
kms_origin() {
  echo "${kept_kms_keys["*"]:-}"
}

# A describe call answers "None" in text output when its query matched nothing.
each_word() {
  local text="$1"
  if [ -z "$text" ] || [ "$text" = None ]; then return 0; fi
  tr '\t' '\n' <<<"$text"
}
# A query of several columns answers one row a line, its columns tab-separated.
each_row() {
  local text="$1"
  if [ -z "$text" ] || [ "$text" = None ]; then return 0; fi
  printf '%s\n' "$text"
}

echo "Teardown compliance scan: environment ${environment}, region ${region:-<CLI default>}"

for stack in "${STACKS[@]}"; do
  name="${environment}-${stack}-stack"
  status=GONE
  state="$(presence "Stack with id ${name} does not exist" \
             cloudformation describe-stacks --stack-name "$name")"
  if [ "$state" = present ]; then
    status="$(aws_cli cloudformation describe-stacks --stack-name "$name" \
                --query 'Stacks[0].StackStatus' --output text)"
  fi
  if [ "$status" = GONE ] || [ "$status" = DELETE_COMPLETE ]; then
    clean "stack" "$name"
  else
    found "stack" "$name ($status)"
  fi
done

secrets="$(aws_cli secretsmanager list-secrets --include-planned-deletion \
  --filters "Key=name,Values=${environment}/litellm/" \
  --query 'SecretList[].[Name, DeletedDate]' --output text)"
count=0
while IFS=$'\t' read -r name deleted; do
  if [ -z "$name" ] || [ "$name" = None ]; then continue; fi
  count=$((count + 1))
  if [ -n "${deleted:-}" ] && [ "$deleted" != None ]; then
    # recoverable until the recovery window ends, and free of charge meanwhile
    clean "secret" "$name (scheduled for deletion)"
  elif [ -n "${kept_secrets["$name"]:-}" ]; then
    kept "secret" "$name" "${kept_secrets["$name"]}"
  else
    found "secret" "$name"
  fi
done < <(each_row "$secrets")
[ "$count" -gt 0 ] || clean "secrets" "none named ${environment}/litellm/*"

while IFS= read -r key; do
  [ -n "$key" ] || continue
  state="$(aws_cli kms describe-key --key-id "$key" --query 'KeyMetadata.KeyState' --output text)"
  if [ "$state" = PendingDeletion ]; then
    clean "kms key" "$key (pending deletion)"
  elif [ -n "$(kms_origin)" ]; then
    kept "kms key" "$key" "$(kms_origin)"
  else
    found "kms key" "$key ($state)"
  fi
done < <(each_word "$(aws_cli resourcegroupstaggingapi get-resources --resource-type-filters kms:key \
          --tag-filters "Key=Project,Values=${PROJECT_TAG}" "Key=Environment,Values=${environment}" \
          --query 'ResourceTagMappingList[].ResourceARN' --output text)")

count=0
for prefix in "/ecs/${environment}-litellm-proxy" "/aws/lambda/${environment}-litellm-" \
              "/aws/ecs/containerinsights/${environment}-litellm-cluster/"; do
  while IFS= read -r group; do
    [ -n "$group" ] || continue
    count=$((count + 1))
    found "log group" "$group"
  done < <(each_word "$(aws_cli logs describe-log-groups --log-group-name-prefix "$prefix" \
            --query 'logGroups[].logGroupName' --output text)")
done
[ "$count" -gt 0 ] || clean "log groups" "none for ${environment}"

# snapshot identifier -> the template resource that keeps it; the tagged resources below need it
declare -A kept_snapshots=()
count=0
while IFS=$'\t' read -r snapshot instance; do
  if [ -z "$snapshot" ] || [ "$snapshot" = None ]; then continue; fi
  count=$((count + 1))
  if [ -n "${instance:-}" ] && [ -n "${kept_db_instances["$instance"]:-}" ]; then
    kept_snapshots["$snapshot"]="${kept_db_instances["$instance"]}"
    kept "rds snapshot" "$snapshot" "${kept_db_instances["$instance"]} of $instance"
  else
    found "rds snapshot" "$snapshot (of ${instance:-?})"
  fi
done < <(each_row "$(aws_cli rds describe-db-snapshots --snapshot-type manual \
          --query "DBSnapshots[?starts_with(DBInstanceIdentifier, '${environment}-litellm')].[DBSnapshotIdentifier, DBInstanceIdentifier]" \
          --output text)")
[ "$count" -gt 0 ] || clean "rds snapshots" "none of ${environment}-litellm-*"

repository="${environment}${ECR_REPOSITORY_SUFFIX}"
state="$(presence "RepositoryNotFoundException" \
           ecr describe-repositories --repository-names "$repository")"
if [ "$state" != present ]; then
  clean "ecr repository" "$repository is gone"
elif [ -n "${kept_repositories["$repository"]:-}" ]; then
  kept "ecr repository" "$repository" "${kept_repositories["$repository"]}"
else
  found "ecr repository" "$repository"
fi

# The template resource that keeps the resource of this ARN, or nothing: an orphan.
kept_origin_of_arn() {
  local arn="$1" name
  case "$arn" in
    arn:*:kms:*:key/*) kms_origin ;;
    arn:*:secretsmanager:*:secret:*)
      # the ARN ends in the name, a dash and six random characters
      name="${arn#*:secret:}"
      echo "${kept_secrets["${name%-??????}"]:-}" ;;
    arn:*:ecr:*:repository/*) echo "${kept_repositories["${arn#*:repository/}"]:-}" ;;
    arn:*:rds:*:snapshot:*) echo "${kept_snapshots["${arn#*:snapshot:}"]:-}" ;;
    # CloudFormation names the access-log and config buckets: the environment's tags find them
    arn:*:s3:::*) echo "${kept_buckets["*"]:-}" ;;
    arn:*:backup:*:backup-vault:*) echo "${kept_vaults["${arn#*:backup-vault:}"]:-}" ;;
  esac
}

tagged="$(aws_cli resourcegroupstaggingapi get-resources \
  --tag-filters "Key=Project,Values=${PROJECT_TAG}" "Key=Environment,Values=${environment}" \
  --query 'ResourceTagMappingList[].ResourceARN' --output text)"
count=0
while IFS= read -r arn; do
  [ -n "$arn" ] || continue
  count=$((count + 1))
  # a kept resource is listed once: by the section of its service above, or here when it has none
  origin="$(kept_origin_of_arn "$arn")"
  case "$arn" in
    arn:*:s3:::*|arn:*:backup:*:backup-vault:*)
      if [ -n "$origin" ]; then kept "tagged resource" "$arn" "$origin"; continue; fi ;;
  esac
  [ -n "$origin" ] || found "tagged resource" "$arn"
done < <(each_word "$tagged")
[ "$count" -gt 0 ] || clean "tagged resources" "none tagged Environment=${environment}"

echo
if [ "${#kept_lines[@]}" -gt 0 ]; then
  echo "Kept on purpose (DeletionPolicy Retain or Snapshot in generated-templates/):"
  printf '  %s\n' "${kept_lines[@]}"
  echo
fi
if [ "$findings" -eq 0 ]; then
  if [ "${#kept_lines[@]}" -gt 0 ]; then
    echo "Nothing of ${environment} is left behind but the ${#kept_lines[@]} resource(s) kept on purpose."
  else
    echo "Nothing of ${environment} is left behind."
  fi
  exit 0
fi
echo "${findings} orphan(s) of ${environment} left behind; delete them or explain why they stay."
exit 2
