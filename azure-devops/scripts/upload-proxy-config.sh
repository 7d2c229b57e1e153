#!/usr/bin/env bash
# Usage: azure-devops/scripts/upload-proxy-config.sh <environment> [<root>]
#
# Uploads the environment's rendered LiteLLM config
# (generated-templates/proxy-config/<environment>/config.yaml, written by `mvn -Pgenerate
# package`) to the security stack's config bucket under the key of the environment's parameter
# file (ProxyConfigKey), and prints the new object's VersionId. In Azure Pipelines it also sets
# the variable proxyConfigVersion, which the next step passes to the litellm stack as
# ProxyConfigVersion: a new task definition revision, so ECS rolls the tasks onto the new config,
# and the stack records which object version it runs (diff-deployed compares it with the bucket).
#
# The bucket encrypts with the project key by default (SSE-KMS), so the caller needs
# kms:GenerateDataKey on that key besides s3:PutObject.
set -euo pipefail

environment="${1:?usage: upload-proxy-config.sh <environment> [<root>]}"
root="${2:-.}"
config="$root/generated-templates/proxy-config/$environment/config.yaml"
parameters="$root/generated-templates/parameters/$environment/security-stack.json"

for file in "$config" "$parameters"; do
  if [ ! -f "$file" ]; then
    echo "##vso[task.logissue type=error]$file is missing; run mvn -Pgenerate package and commit" >&2
    exit 1
  fi
done

prefix="$(jq -r '.[] | select(.ParameterKey == "NamePrefix") | .ParameterValue' "$parameters")"
key="$(jq -r '.[] | select(.ParameterKey == "ProxyConfigKey") | .ParameterValue' "$parameters")"
if [ -z "$prefix" ] || [ -z "$key" ]; then
  echo "##vso[task.logissue type=error]$parameters gives no NamePrefix or ProxyConfigKey" >&2
  exit 1
fi

export_name="${prefix}-security-ConfigBucketName"
bucket="$(aws cloudformation list-exports \
  --query "Exports[?Name=='${export_name}'].Value | [0]" --output text)"
if [ -z "$bucket" ] || [ "$bucket" = None ]; then
  echo "##vso[task.logissue type=error]no export $export_name: deploy the security stack first" >&2
  exit 1
fi

version="$(aws s3api put-object --bucket "$bucket" --key "$key" --body "$config" \
  --content-type application/yaml --query VersionId --output text)"
if [ -z "$version" ] || [ "$version" = None ] || [ "$version" = null ]; then
  echo "##vso[task.logissue type=error]s3://$bucket/$key has no VersionId: is versioning on?" >&2
  exit 1
fi
echo "uploaded $config to s3://$bucket/$key, version $version"
echo "##vso[task.setvariable variable=proxyConfigVersion]$version"
