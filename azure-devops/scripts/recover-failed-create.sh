#!/usr/bin/env bash
# Usage: azure-devops/scripts/recover-failed-create.sh <stack-name>
#
# Run before the AWS Toolkit's CloudFormationCreateOrUpdateStack task. That task sends an UPDATE
# change set to any stack that exists, and CloudFormation refuses to update a stack whose first
# creation never finished:
#   ROLLBACK_COMPLETE    the create failed and was rolled back: nothing but retained resources
#                        is left, and the stack can only be deleted
#   REVIEW_IN_PROGRESS   a CREATE change set was made but never executed: the stack has no
#                        resources at all
# Either way every rerun would fail with a message that does not say why. This script deletes
# such a stack (and waits until it is gone) so the deploy that follows creates it again. Any
# other status is left alone. A stack whose status cannot be read fails the step (aws-status.sh).
set -euo pipefail

stack="${1:?usage: recover-failed-create.sh <stack-name>}"
# shellcheck source=azure-devops/scripts/aws-status.sh
. "$(dirname "$0")/aws-status.sh"

status="$(cfn_stack_status "$stack")"
case "$status" in
  ROLLBACK_COMPLETE)
    reason="its first creation failed and was rolled back; the failed events are below" ;;
  REVIEW_IN_PROGRESS)
    reason="a change set created it but was never executed, so it has no resources" ;;
  *)
    echo "$stack is $status: nothing to recover"
    exit 0 ;;
esac

echo "##vso[task.logissue type=warning]$stack is $status ($reason). CloudFormation cannot update it, so it is deleted now and created again by the next step."
if [ "$status" = ROLLBACK_COMPLETE ]; then
  # shellcheck disable=SC2016 # backticks are a JMESPath literal, not a command
  aws cloudformation describe-stack-events --stack-name "$stack" --max-items 40 \
    --query 'StackEvents[?contains(ResourceStatus, `FAILED`)].[Timestamp,LogicalResourceId,ResourceStatus,ResourceStatusReason]' \
    --output table
fi
aws cloudformation delete-stack --stack-name "$stack"
if ! aws cloudformation wait stack-delete-complete --stack-name "$stack"; then
  echo "##vso[task.logissue type=error]$stack could not be deleted: see its events in the CloudFormation console, delete it by hand, then run again"
  exit 1
fi
echo "$stack deleted; the deploy creates it again"
