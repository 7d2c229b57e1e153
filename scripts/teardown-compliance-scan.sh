#!/usr/bin/env bash
# Lists what a teardown of one environment left behind in an AWS account and region.
# Read-only: it describes, it never deletes. Exit 0 when nothing is left, 2 when something is.
set -euo pipefail

PROJECT_TAG="litellm"
# the environment's image repository is <ENV><ECR_REPOSITORY_SUFFIX>
ECR_REPOSITORY_SUFFIX="-litellm-proxy"
STACKS=(litellm database alb network security)

usage() {
  cat <<'USAGE'
Usage: teardown-compliance-scan.sh --environment ENV [--region REGION]

Lists what a teardown of ENV left behind:
  - CloudFormation stacks <ENV>-<stack>-stack that still exist
  - resources still tagged Project=litellm, Environment=ENV
  - Secrets Manager secrets <ENV>/litellm/* (also those scheduled for deletion)
  - KMS keys tagged for ENV that are not pending deletion
  - log groups /ecs/<ENV>-litellm-proxy, /aws/lambda/<ENV>-litellm-*, Container Insights
  - manual RDS snapshots of <ENV>-litellm-* (the final snapshot costs storage)
  - the ECR repository <ENV>-litellm-proxy (the litellm stack keeps it with its images)

Options:
  -e, --environment ENV   environment name (dev, staging, prod, ...); required
  -r, --region REGION     AWS region (default: AWS_REGION, AWS_DEFAULT_REGION or the CLI's)
  -h, --help              show this help

Exit status: 0 nothing left behind, 2 findings listed, 1 usage or AWS error.
Needs the AWS CLI v2 with read access (cloudformation, tag, secretsmanager, kms, logs, rds, ecr).
USAGE
}

environment=""
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
while [ $# -gt 0 ]; do
  case "$1" in
    -e|--environment) environment="${2:-}"; shift 2 ;;
    -r|--region) region="${2:-}"; shift 2 ;;
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

# A describe call answers "None" in text output when its query matched nothing.
each_word() {
  local text="$1"
  if [ -z "$text" ] || [ "$text" = None ]; then return 0; fi
  tr '\t' '\n' <<<"$text"
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

tagged="$(aws_cli resourcegroupstaggingapi get-resources \
  --tag-filters "Key=Project,Values=${PROJECT_TAG}" "Key=Environment,Values=${environment}" \
  --query 'ResourceTagMappingList[].ResourceARN' --output text)"
count=0
while IFS= read -r arn; do
  [ -n "$arn" ] || continue
  count=$((count + 1))
  found "tagged resource" "$arn"
done < <(each_word "$tagged")
[ "$count" -gt 0 ] || clean "tagged resources" "none tagged Environment=${environment}"

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
  else
    found "secret" "$name"
  fi
done < <(each_word "$secrets")
[ "$count" -gt 0 ] || clean "secrets" "none named ${environment}/litellm/*"

while IFS= read -r key; do
  [ -n "$key" ] || continue
  state="$(aws_cli kms describe-key --key-id "$key" --query 'KeyMetadata.KeyState' --output text)"
  if [ "$state" = PendingDeletion ]; then clean "kms key" "$key (pending deletion)"; else found "kms key" "$key ($state)"; fi
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

count=0
while IFS= read -r snapshot; do
  [ -n "$snapshot" ] || continue
  count=$((count + 1))
  found "rds snapshot" "$snapshot"
done < <(each_word "$(aws_cli rds describe-db-snapshots --snapshot-type manual \
          --query "DBSnapshots[?starts_with(DBInstanceIdentifier, '${environment}-litellm')].DBSnapshotIdentifier" \
          --output text)")
[ "$count" -gt 0 ] || clean "rds snapshots" "none of ${environment}-litellm-*"

repository="${environment}${ECR_REPOSITORY_SUFFIX}"
state="$(presence "RepositoryNotFoundException" \
           ecr describe-repositories --repository-names "$repository")"
if [ "$state" = present ]; then
  found "ecr repository" "$repository"
else
  clean "ecr repository" "$repository is gone"
fi

echo
if [ "$findings" -eq 0 ]; then
  echo "Nothing of ${environment} is left behind."
  exit 0
fi
echo "${findings} item(s) of ${environment} left behind; delete them or explain why they stay."
exit 2
