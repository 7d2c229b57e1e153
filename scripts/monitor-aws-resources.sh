#!/usr/bin/env bash
# Shows the state of one deployed environment: stacks, the LiteLLM service, load balancer
# targets, database, alarms firing and the endpoint. Read-only.
set -euo pipefail

STACKS=(security network alb database litellm)
# the environment's image repository is <ENV><ECR_REPOSITORY_SUFFIX>
ECR_REPOSITORY_SUFFIX="-litellm-proxy"

usage() {
  cat <<'USAGE'
Usage: monitor-aws-resources.sh --environment ENV [--region REGION] [--watch SECONDS]

Prints, for environment ENV:
  - the status of each stack <ENV>-<stack>-stack
  - the ECS service <ENV>-litellm-service: running/desired tasks and rollout state
  - whether the image the service runs is in the ECR repository <ENV>-litellm-proxy
  - the health of the load balancer's targets
  - the RDS instance status
  - CloudWatch alarms of ENV that are in ALARM
  - the endpoint (export <ENV>-alb-EndpointUrl)

Options:
  -e, --environment ENV   environment name (dev, staging, prod, ...); required
  -r, --region REGION     AWS region (default: AWS_REGION, AWS_DEFAULT_REGION or the CLI's)
  -w, --watch SECONDS     repeat every SECONDS until interrupted (at least 10)
  -h, --help              show this help

Exit status: 0 everything healthy, 2 something is not, 1 usage or AWS error.
USAGE
}

environment=""
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
watch=0
while [ $# -gt 0 ]; do
  case "$1" in
    -e|--environment) environment="${2:-}"; shift 2 ;;
    -r|--region) region="${2:-}"; shift 2 ;;
    -w|--watch) watch="${2:-}"; shift 2 ;;
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
if ! [[ "$watch" =~ ^[0-9]+$ ]] || { [ "$watch" -ne 0 ] && [ "$watch" -lt 10 ]; }; then
  echo "--watch takes a number of seconds, at least 10" >&2
  exit 1
fi

aws_cli() {
  if [ -n "$region" ]; then aws --region "$region" "$@"; else aws "$@"; fi
}

unhealthy=0
line() {
  printf '%-10s %-32s %s\n' "$1" "$2" "$3"
}
bad() {
  unhealthy=1
  line "$1" "$2" "$3  <-- attention"
}

export_value() {
  aws_cli cloudformation list-exports \
    --query "Exports[?Name=='$1'].Value | [0]" --output text 2>/dev/null || echo None
}

report() {
  unhealthy=0
  echo "== ${environment} in ${region:-<CLI default region>}  $(date -u +%Y-%m-%dT%H:%M:%SZ)"

  for stack in "${STACKS[@]}"; do
    name="${environment}-${stack}-stack"
    status="$(aws_cli cloudformation describe-stacks --stack-name "$name" \
                --query 'Stacks[0].StackStatus' --output text 2>/dev/null || echo NOT_DEPLOYED)"
    case "$status" in
      CREATE_COMPLETE|UPDATE_COMPLETE) line "stack" "$name" "$status" ;;
      *) bad "stack" "$name" "$status" ;;
    esac
  done

  cluster="${environment}-litellm-cluster"
  service="${environment}-litellm-service"
  counts="$(aws_cli ecs describe-services --cluster "$cluster" --services "$service" \
    --query 'services[0].[runningCount, desiredCount, deployments[0].rolloutState]' \
    --output text 2>/dev/null || echo "")"
  if [ -z "$counts" ] || [ "$counts" = None ]; then
    bad "service" "$service" "not found"
  else
    read -r running desired rollout <<<"$counts"
    if [ "$running" = "$desired" ] && [ "$desired" != 0 ] && [ "$rollout" = COMPLETED ]; then
      line "service" "$service" "$running/$desired tasks, rollout $rollout"
    elif [ "$desired" = 0 ]; then
      # what a first deployment leaves when it stopped between creating the stack and the image
      bad "service" "$service" "no tasks wanted: run azure-pipelines-litellm.yml"
    else
      bad "service" "$service" "$running/$desired tasks, rollout $rollout"
    fi
  fi

  repository="${environment}${ECR_REPOSITORY_SUFFIX}"
  task_definition="$(aws_cli ecs describe-services --cluster "$cluster" --services "$service" \
    --query 'services[0].taskDefinition' --output text 2>/dev/null || echo None)"
  if [ -z "$task_definition" ] || [ "$task_definition" = None ]; then
    bad "image" "$repository" "no task definition to read the image from"
  else
    image="$(aws_cli ecs describe-task-definition --task-definition "$task_definition" \
      --query 'taskDefinition.containerDefinitions[0].image' --output text)"
    tag="${image##*:}"
    if aws_cli ecr describe-images --repository-name "$repository" --image-ids imageTag="$tag" \
         >/dev/null 2>&1; then
      line "image" "$repository:$tag" "in ECR"
    else
      bad "image" "$repository:$tag" "not in ECR: tasks cannot start"
    fi
  fi

  target_group="$(export_value "${environment}-alb-TargetGroupArn")"
  if [ "$target_group" = None ] || [ -z "$target_group" ]; then
    bad "targets" "${environment} target group" "export ${environment}-alb-TargetGroupArn not found"
  else
    states="$(aws_cli elbv2 describe-target-health --target-group-arn "$target_group" \
      --query 'TargetHealthDescriptions[].TargetHealth.State' --output text)"
    healthy="$(tr '\t' '\n' <<<"$states" | grep -c '^healthy$' || true)"
    total="$(tr '\t' '\n' <<<"$states" | grep -c . || true)"
    if [ "$total" -gt 0 ] && [ "$healthy" = "$total" ]; then
      line "targets" "${environment} target group" "$healthy/$total healthy"
    else
      bad "targets" "${environment} target group" "$healthy/$total healthy (${states:-no targets})"
    fi
  fi

  database="$(export_value "${environment}-database-InstanceId")"
  if [ "$database" = None ] || [ -z "$database" ]; then
    bad "database" "${environment} database" "export ${environment}-database-InstanceId not found"
  else
    db_status="$(aws_cli rds describe-db-instances --db-instance-identifier "$database" \
      --query 'DBInstances[0].DBInstanceStatus' --output text 2>/dev/null || echo not-found)"
    if [ "$db_status" = available ]; then line "database" "$database" "$db_status"; else bad "database" "$database" "$db_status"; fi
  fi

  alarms="$(aws_cli cloudwatch describe-alarms --state-value ALARM --alarm-name-prefix "${environment}-" \
    --query 'MetricAlarms[].AlarmName' --output text)"
  if [ -z "$alarms" ] || [ "$alarms" = None ]; then
    line "alarms" "${environment}-*" "none in ALARM"
  else
    for alarm in $alarms; do bad "alarm" "$alarm" "ALARM"; done
  fi

  endpoint="$(export_value "${environment}-alb-EndpointUrl")"
  if [ "$endpoint" = None ] || [ -z "$endpoint" ]; then
    bad "endpoint" "${environment}" "export ${environment}-alb-EndpointUrl not found"
  else
    line "endpoint" "${environment}" "$endpoint"
  fi
}

if [ "$watch" -eq 0 ]; then
  report
  if [ "$unhealthy" -ne 0 ]; then exit 2; fi
  exit 0
fi
while true; do
  report
  echo
  sleep "$watch"
done
