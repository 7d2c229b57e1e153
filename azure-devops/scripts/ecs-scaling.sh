#!/usr/bin/env bash
# Usage: azure-devops/scripts/ecs-scaling.sh stop|restore <environment>
#
#   stop     suspends the auto scaling of <environment>-litellm-service (or it would start the
#            tasks again) and scales the service to 0, so the teardown cuts no request half-way
#   restore  undoes stop: resumes auto scaling and, when the service is at 0 tasks, sets the
#            desired count back to the one in
#            generated-templates/parameters/<environment>/litellm-stack.json
#
# The teardown runs `restore` in a stage of its own when it fails or is cancelled before the
# litellm stack is deleted; otherwise an aborted teardown would leave a live environment at 0
# tasks with scaling suspended. Both do nothing when the service no longer exists.
set -euo pipefail

action="${1:?usage: ecs-scaling.sh stop|restore <environment>}"
environment="${2:?usage: ecs-scaling.sh stop|restore <environment>}"
cluster="${environment}-litellm-cluster"
service="${environment}-litellm-service"
resource="service/$cluster/$service"
parameter_file="generated-templates/parameters/${environment}/litellm-stack.json"

# shellcheck source=azure-devops/scripts/aws-status.sh
. "$(dirname "$0")/aws-status.sh"

status="$(ecs_service_status "$cluster" "$service")"
if [ "$status" != ACTIVE ]; then
  echo "$service is not running ($status); nothing to $action"
  exit 0
fi

# Suspends (true) or resumes (false) every kind of scaling, when the service has a target.
set_scaling_suspended() {
  local target
  target="$(aws application-autoscaling describe-scalable-targets --service-namespace ecs \
              --resource-ids "$resource" --query 'ScalableTargets[0].ResourceId' --output text)"
  if [ "$target" != "$resource" ]; then
    echo "$service has no scalable target"
    return 0
  fi
  aws application-autoscaling register-scalable-target --service-namespace ecs \
    --resource-id "$resource" --scalable-dimension ecs:service:DesiredCount \
    --suspended-state "DynamicScalingInSuspended=$1,DynamicScalingOutSuspended=$1,ScheduledScalingSuspended=$1"
}

case "$action" in
  stop)
    set_scaling_suspended true
    aws ecs update-service --cluster "$cluster" --service "$service" --desired-count 0 \
      --query 'service.[serviceName,desiredCount]' --output text
    aws ecs wait services-stable --cluster "$cluster" --services "$service"
    echo "$service scaled to 0 with auto scaling suspended"
    ;;
  restore)
    # A run refused before `stop` (no DELETE confirmation, say) left a live service alone: only
    # a service at 0 tasks gets the parameter file's count; resuming scaling is harmless anyway.
    running_count="$(aws ecs describe-services --cluster "$cluster" --services "$service" \
                       --output json | jq -r '.services[0].desiredCount')"
    if [ "$running_count" = 0 ]; then
      desired="$(jq -er '.[] | select(.ParameterKey == "DesiredCount") | .ParameterValue' \
                   "$parameter_file")"
      aws ecs update-service --cluster "$cluster" --service "$service" --desired-count "$desired" \
        --query 'service.[serviceName,desiredCount]' --output text
    else
      desired="$running_count"
    fi
    set_scaling_suspended false
    echo "##vso[task.logissue type=warning]The teardown did not finish: $service runs $desired tasks with auto scaling resumed"
    ;;
  *)
    echo "usage: ecs-scaling.sh stop|restore <environment>" >&2
    exit 2
    ;;
esac
