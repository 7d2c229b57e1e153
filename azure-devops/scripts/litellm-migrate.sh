#!/usr/bin/env bash
# LiteLLM's database migrations, once, with the NEW image, before the litellm stack is deployed
# with it (the same step as the CLI's deploy, SchemaMigration):
#
#   litellm-migrate.sh ENVIRONMENT IMAGE_TAG
#
# Serving tasks run with DISABLE_SCHEMA_UPDATE=true and never change the schema. This script
# registers a one-off task definition in its own family <environment>-litellm-migrate: the
# service's task definition with the image retagged to IMAGE_TAG, the command
# `--skip_server_startup` (litellm applies the migrations and exits without starting the
# gateway; LiteLLM docs, "Database Migrations - Run the migration job", checked 2026-12-01),
# DISABLE_SCHEMA_UPDATE=false and USE_PRISMA_MIGRATE=True, and no port or health check. It runs
# the task on FARGATE in the service's subnets and security groups, waits until it has stopped,
# and reads the essential container's exit code. Exit 0: the deploy may go on. Anything else
# prints the exit code (or the stop reason) and the CloudWatch log stream, and exits 1, so the
# stack is not deployed. The task definition is deregistered and deleted in every case.
#
# Needs ecs:DescribeServices, ecs:DescribeTaskDefinition, ecs:RegisterTaskDefinition,
# ecs:RunTask, ecs:DescribeTasks, ecs:DeregisterTaskDefinition, ecs:DeleteTaskDefinitions and
# iam:PassRole on the task and execution roles.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 ENVIRONMENT IMAGE_TAG" >&2
  exit 2
fi
environment="$1"
image_tag="$2"
cluster="$environment-litellm-cluster"
service="$environment-litellm-service"
family="$environment-litellm-migrate"
container_name=litellm-proxy
# one wait is 100 polls of 6 s; a migration of a large spend-log table can take longer
max_waits="${LITELLM_MIGRATE_MAX_WAITS:-6}"

services="$(aws ecs describe-services --cluster "$cluster" --services "$service" --output json)"
if [ "$(printf '%s' "$services" | jq -r '.services[0].status // "MISSING"')" != ACTIVE ]; then
  echo "##vso[task.logissue type=error]$service in $cluster is not active, so the migration task has no task definition or network to start from; deploy azure-pipelines-litellm.yml for $environment"
  exit 1
fi
serving_arn="$(printf '%s' "$services" | jq -r '.services[0].taskDefinition')"
network="$(printf '%s' "$services" | jq -c '.services[0].networkConfiguration')"
serving="$(aws ecs describe-task-definition --task-definition "$serving_arn" --output json)"

# the service's definition, with the migration container in place of the serving one
registration="$(printf '%s' "$serving" | jq -c --arg family "$family" --arg tag "$image_tag" \
  --arg name "$container_name" '
  .taskDefinition as $t
  | ([$t.containerDefinitions[] | select(.name == $name)] + [$t.containerDefinitions[0]])[0]
  | . as $c
  | {family: $family, containerDefinitions: [
      ($c | del(.portMappings, .healthCheck)
          | .essential = true
          | .image = (.image | sub("@.*$"; "") | sub(":[^:/]*$"; "")) + ":" + $tag
          | .command = ["--skip_server_startup"]
          | .environment = ([(.environment // [])[]
                             | select(.name != "DISABLE_SCHEMA_UPDATE" and .name != "USE_PRISMA_MIGRATE")]
                            + [{name: "DISABLE_SCHEMA_UPDATE", value: "false"},
                               {name: "USE_PRISMA_MIGRATE", value: "True"}]))]}
  + ($t | with_entries(select(.key == "taskRoleArn" or .key == "executionRoleArn"
                              or .key == "networkMode" or .key == "requiresCompatibilities"
                              or .key == "cpu" or .key == "memory" or .key == "runtimePlatform")))')"
container="$(printf '%s' "$registration" | jq -c '.containerDefinitions[0]')"
migration_arn="$(printf '%s' "$registration" \
  | aws ecs register-task-definition --cli-input-json file:///dev/stdin \
      --query taskDefinition.taskDefinitionArn --output text)"

# a migration revision must not outlive its run, whatever happens below
# shellcheck disable=SC2317  # run by the EXIT trap
cleanup() {
  aws ecs deregister-task-definition --task-definition "$migration_arn" \
    --query taskDefinition.status --output text >/dev/null \
    && aws ecs delete-task-definitions --task-definitions "$migration_arn" \
         --query 'taskDefinitions[0].status' --output text >/dev/null \
    || echo "##vso[task.logissue type=warning]could not deregister and delete $migration_arn: delete it by hand"
}
trap cleanup EXIT

echo "Running $(printf '%s' "$container" | jq -r .image) once ($migration_arn) before the stack deploy"
task_arn="$(aws ecs run-task --cluster "$cluster" --task-definition "$migration_arn" \
              --launch-type FARGATE --count 1 --started-by litellm-pipeline \
              --network-configuration "$network" --query 'tasks[0].taskArn' --output text)"
if [ -z "$task_arn" ] || [ "$task_arn" = None ]; then
  echo "##vso[task.logissue type=error]the migration task did not start; $environment-litellm-stack is not deployed"
  exit 1
fi

waits=0
until aws ecs wait tasks-stopped --cluster "$cluster" --tasks "$task_arn"; do
  waits=$((waits + 1))
  if [ "$waits" -ge "$max_waits" ]; then
    aws ecs stop-task --cluster "$cluster" --task "$task_arn" \
      --reason "pipeline stopped waiting for the migrations" --query task.lastStatus --output text
    echo "##vso[task.logissue type=error]the migration task $task_arn did not stop in time and was stopped; $environment-litellm-stack is not deployed"
    exit 1
  fi
done

stopped="$(aws ecs describe-tasks --cluster "$cluster" --tasks "$task_arn" --output json)"
name="$(printf '%s' "$container" | jq -r .name)"
exit_code="$(printf '%s' "$stopped" | jq -r --arg name "$name" \
  '[.tasks[0].containers[]? | select(.name == $name) | .exitCode | values][0] // "none"')"
reason="$(printf '%s' "$stopped" | jq -r '.tasks[0].stoppedReason // "no reason given"')"
task_id="${task_arn##*/}"
log_group="$(printf '%s' "$container" | jq -r '.logConfiguration.options."awslogs-group" // "none"')"
prefix="$(printf '%s' "$container" | jq -r '.logConfiguration.options."awslogs-stream-prefix" // ""')"
log_stream="${prefix:+$prefix/$name/}$task_id"

if [ "$exit_code" = 0 ]; then
  echo "Migrations: task $task_id exited 0 (log group $log_group, log stream $log_stream)"
  exit 0
fi
if [ "$exit_code" = none ]; then
  outcome="stopped without an exit code"
else
  outcome="exited with code $exit_code"
fi
echo "##vso[task.logissue type=error]the migration task $task_id $outcome ($reason); log group $log_group, log stream $log_stream; $environment-litellm-stack is not deployed"
exit 1
