#!/usr/bin/env bash
# Sourced by the pipeline steps that must tell "does not exist" from "could not ask":
#
#   . azure-devops/scripts/aws-status.sh
#   status="$(cfn_stack_status dev-network-stack)"          # a StackStatus, or NOT_FOUND
#   status="$(ecs_service_status dev-litellm-cluster svc)"  # ACTIVE, DRAINING, INACTIVE or MISSING
#   status="$(ecr_repository_status dev-litellm-proxy)"     # EXISTS or NOT_FOUND
#   status="$(ecr_image_status dev-litellm-proxy tag)"      # EXISTS or NOT_FOUND
#   status="$(ecr_image_status dev-litellm-proxy tag 123456789012)"  # in that registry
#
# Only the AWS CLI's own answer that the thing does not exist gives NOT_FOUND / MISSING. Any other
# failure (expired credentials, AccessDenied, throttling, a network error) prints the CLI's message
# on stderr and returns 1, so `status="$(...)"` under `set -e` fails the step: taking such a
# failure for "does not exist" would create a stack that exists, skip the scale-down, report a
# deployed prerequisite as missing, push over an immutable tag, or call a repository that is still
# there "already gone".

# Runs "$@", putting its stdout in AWS_STATUS_OUT and its stderr in AWS_STATUS_ERR; returns its
# exit status. stderr goes through a temporary file because a command substitution captures one
# stream only; these commands print no secrets.
_aws_status_capture() {
  local err_file rc=0
  err_file="$(mktemp)"
  AWS_STATUS_OUT="$("$@" 2>"$err_file")" || rc=$?
  AWS_STATUS_ERR="$(cat "$err_file")"
  rm -f "$err_file"
  return "$rc"
}

_aws_status_fail() {
  printf '##vso[task.logissue type=error]%s; the AWS CLI said:\n%s\n' "$1" "${AWS_STATUS_ERR:-}" >&2
  return 1
}

# Prints the stack's StackStatus, or NOT_FOUND when CloudFormation answers
# "ValidationError ... Stack with id <name> does not exist".
cfn_stack_status() {
  local stack="$1"
  if _aws_status_capture aws cloudformation describe-stacks --stack-name "$stack" \
       --query 'Stacks[0].StackStatus' --output text; then
    printf '%s\n' "$AWS_STATUS_OUT"
    return 0
  fi
  if [[ "$AWS_STATUS_ERR" == *"(ValidationError)"*"Stack with id $stack does not exist"* ]]; then
    echo NOT_FOUND
    return 0
  fi
  _aws_status_fail "could not read the status of stack $stack"
}

# Prints the service's status (ACTIVE, DRAINING, INACTIVE), or MISSING when ECS lists the service
# under failures with reason MISSING, or the cluster does not exist (the stack that owned both is
# gone).
ecs_service_status() {
  local cluster="$1" service="$2"
  if ! _aws_status_capture aws ecs describe-services --cluster "$cluster" \
         --services "$service" --output json; then
    if [[ "$AWS_STATUS_ERR" == *"(ClusterNotFoundException)"* ]]; then
      echo MISSING
      return 0
    fi
    _aws_status_fail "could not read the status of service $service in $cluster"
    return 1
  fi
  local status
  if ! status="$(printf '%s' "$AWS_STATUS_OUT" | jq -er '
         if (.services // []) | length > 0 then .services[0].status
         elif any(.failures[]?; .reason == "MISSING") then "MISSING"
         else error("unexpected answer") end' 2>/dev/null)"; then
    AWS_STATUS_ERR="$AWS_STATUS_OUT"
    _aws_status_fail "unexpected describe-services answer for $service in $cluster"
    return 1
  fi
  printf '%s\n' "$status"
}

# Prints EXISTS, or NOT_FOUND when ECR answers RepositoryNotFoundException (only this one name is
# asked for, so the exception can be about no other repository).
ecr_repository_status() {
  local repository="$1"
  if _aws_status_capture aws ecr describe-repositories --repository-names "$repository" \
       --query 'repositories[0].repositoryName' --output text; then
    echo EXISTS
    return 0
  fi
  if [[ "$AWS_STATUS_ERR" == *"(RepositoryNotFoundException)"* ]]; then
    echo NOT_FOUND
    return 0
  fi
  _aws_status_fail "could not read ECR repository $repository"
}

# Prints EXISTS, or NOT_FOUND when ECR answers ImageNotFoundException for the tag. A missing
# repository is not "no image": callers check the repository first, so that answer fails here.
# A third argument asks the registry (account) of that id instead of the caller's.
ecr_image_status() {
  local repository="$1" tag="$2" registry_option=()
  if [ -n "${3:-}" ]; then registry_option=(--registry-id "$3"); fi
  if _aws_status_capture aws ecr describe-images "${registry_option[@]}" --repository-name "$repository" \
       --image-ids imageTag="$tag" --query 'imageDetails[0].imageDigest' --output text; then
    echo EXISTS
    return 0
  fi
  if [[ "$AWS_STATUS_ERR" == *"(ImageNotFoundException)"* ]]; then
    echo NOT_FOUND
    return 0
  fi
  _aws_status_fail "could not read image $repository:$tag"
}
