#!/usr/bin/env bash
# Usage: azure-devops/scripts/ecs-redeploy.sh <environment>
#
# Starts a new deployment of <environment>-litellm-service (fresh tasks, same task definition),
# waits until the service is stable, and fails unless that deployment is the one serving.
#
# `aws ecs wait services-stable` also succeeds after the deployment circuit breaker has rolled
# the service back to its previous deployment: the service is stable, on the old tasks. So the
# deployment this script started is looked up by id afterwards: it must be the PRIMARY one with
# rolloutState COMPLETED; FAILED, or no longer listed (ECS removes a rolled-back deployment),
# fails the step with the reason ECS gives.
set -euo pipefail

environment="${1:?usage: ecs-redeploy.sh <environment>}"
cluster="${environment}-litellm-cluster"
service="${environment}-litellm-service"

deployment="$(aws ecs update-service --cluster "$cluster" --service "$service" \
  --force-new-deployment \
  --query "service.deployments[?status=='PRIMARY'] | [0].id" --output text)"
if [ -z "$deployment" ] || [ "$deployment" = None ]; then
  echo "##vso[task.logissue type=error]ECS started no deployment of $service in $cluster"
  exit 1
fi
echo "started deployment $deployment of $service"

if ! aws ecs wait services-stable --cluster "$cluster" --services "$service"; then
  echo "##vso[task.logissue type=error]$service did not become stable; see its events in the ECS console"
  exit 1
fi

state="$(aws ecs describe-services --cluster "$cluster" --services "$service" --output json \
  | jq -c --arg id "$deployment" \
      '.services[0].deployments // [] | map(select(.id == $id)) | .[0]
       // {status: "GONE", rolloutState: "ROLLED_BACK", rolloutStateReason: "ECS no longer lists it: the circuit breaker rolled the service back"}')"
status="$(jq -r '.status' <<<"$state")"
rollout="$(jq -r '.rolloutState // "UNKNOWN"' <<<"$state")"
reason="$(jq -r '.rolloutStateReason // ""' <<<"$state")"
echo "deployment $deployment: status $status, rollout $rollout${reason:+ ($reason)}"
if [ "$status" != PRIMARY ] || [ "$rollout" != COMPLETED ]; then
  echo "##vso[task.logissue type=error]The new deployment of $service did not complete (rollout $rollout): the service runs its previous tasks. $reason"
  exit 1
fi
aws ecs describe-services --cluster "$cluster" --services "$service" \
  --query 'services[0].{running:runningCount,desired:desiredCount,rollout:deployments[0].rolloutState}' \
  --output table
