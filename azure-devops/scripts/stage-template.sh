#!/usr/bin/env bash
# Usage: azure-devops/scripts/stage-template.sh <template-file> <environment>
#
# Decides how a template reaches CloudFormation and sets the pipeline variables the deploy and
# validate steps read:
#   templateSource     s3 or file (the Toolkit task's templateSource)
#   templateBucket     the bucket (empty for file)
#   templateObjectKey  the object key (empty for file)
#   templateUrl        https URL of the object (empty for file), for the AWS CLI's TemplateURL
#
# The rule: when the variable TEMPLATE_BUCKET (litellm-aws-config) names a bucket, every
# template goes through it, whatever its size, so the S3 route is the one every run uses and is
# never first tried on the day a template grows. Without it a template goes inline
# (TemplateBody), which CloudFormation limits to 51,200 bytes (checked 2026-12-01 in the AWS
# Toolkit's CloudFormationCreateOrUpdateStack task.json, input templateSource); a larger
# one is refused here, before any stack is touched, with what to set.
#
# The key is cloudformation/<environment>/<file name without .yaml>-<first 16 hex digits of the
# SHA-256 of the file>.yaml: the same template gives the same key (an upload again is harmless),
# and two runs deploying different versions never overwrite each other's object.
set -euo pipefail

template="${1:?usage: stage-template.sh <template-file> <environment>}"
environment="${2:?usage: stage-template.sh <template-file> <environment>}"
inline_limit=51200

if [ ! -f "$template" ]; then
  echo "##vso[task.logissue type=error]$template is missing: run 'mvn -Pgenerate package' and commit generated-templates/"
  exit 1
fi
size="$(wc -c <"$template" | tr -d ' ')"
bucket="${TEMPLATE_BUCKET:-}"
# a variable missing from the group reaches a step as the literal text $(TEMPLATE_BUCKET)
if [[ "$bucket" =~ ^\$\(.*\)$ ]]; then bucket=""; fi

set_variable() {
  echo "##vso[task.setvariable variable=$1]$2"
}

if [ -z "$bucket" ]; then
  if [ "$size" -gt "$inline_limit" ]; then
    echo "##vso[task.logissue type=error]$template is $size bytes, over CloudFormation's $inline_limit-byte limit for a template sent inline: set TEMPLATE_BUCKET in the variable group litellm-aws-config to an S3 bucket in this account and region that the service connection can write to (docs/pipelines.md)"
    exit 1
  fi
  echo "$template ($size bytes) goes inline: TEMPLATE_BUCKET is not set"
  set_variable templateSource file
  set_variable templateBucket ""
  set_variable templateObjectKey ""
  set_variable templateUrl ""
  exit 0
fi

digest="$(sha256sum "$template" | cut -c1-16)"
name="$(basename "$template" .yaml)"
key="cloudformation/${environment}/${name}-${digest}.yaml"
region="${AWS_REGION:?AWS_REGION is not set}"
aws s3 cp "$template" "s3://$bucket/$key" --only-show-errors
echo "$template ($size bytes) uploaded to s3://$bucket/$key"
set_variable templateSource s3
set_variable templateBucket "$bucket"
set_variable templateObjectKey "$key"
set_variable templateUrl "https://$bucket.s3.$region.amazonaws.com/$key"
