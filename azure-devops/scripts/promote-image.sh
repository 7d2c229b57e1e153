#!/usr/bin/env bash
# Usage: azure-devops/scripts/promote-image.sh <build-environment> <environment> <tag>
#
# One image per commit: it is built and pushed once, to <build-environment>-litellm-proxy (dev),
# and every later environment gets that same image, by digest, under the same tag in its own
# repository <environment>-litellm-proxy (the litellm stack of an environment runs images of its
# own repository only). Nothing is rebuilt, so staging and prod run the bytes dev ran.
#
#   1. the digest of <build-environment>-litellm-proxy:<tag>; missing: the commit was never
#      built in dev, and the run stops saying which pipeline builds it
#   2. the target already has <tag>: it must have that digest (tags are immutable), then done
#   3. docker pull <source>@<digest>, tag, push to the target, and the pushed digest must equal
#      the source digest
#
# The source repository is in the caller's account unless IMAGE_SOURCE_ACCOUNT_ID (variable
# group litellm-aws-config) names dev's account; then dev's repository policy must let this
# account pull (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer, ecr:BatchCheckLayerAvailability;
# docs/pipelines.md). Sets the pipeline variable imageDigest.
set -euo pipefail

source_environment="${1:?usage: promote-image.sh <build-environment> <environment> <tag>}"
environment="${2:?usage: promote-image.sh <build-environment> <environment> <tag>}"
tag="${3:?usage: promote-image.sh <build-environment> <environment> <tag>}"
source_repository="${source_environment}-litellm-proxy"
repository="${environment}-litellm-proxy"
region="${AWS_REGION:?AWS_REGION is not set}"

# shellcheck source=azure-devops/scripts/aws-status.sh
. "$(dirname "$0")/aws-status.sh"

account="$(aws sts get-caller-identity --query Account --output text)"
source_account="${IMAGE_SOURCE_ACCOUNT_ID:-}"
if [ -z "$source_account" ] || [[ "$source_account" =~ ^\$\(.*\)$ ]]; then
  source_account="$account"
fi

# The digest of repository:tag in registry, or NOT_FOUND (ecr_image_status tells the two apart).
image_digest() {
  local registry="$1" name="$2" status
  status="$(ecr_image_status "$name" "$tag" "$registry")"
  if [ "$status" = NOT_FOUND ]; then
    echo NOT_FOUND
    return 0
  fi
  aws ecr describe-images --registry-id "$registry" --repository-name "$name" \
    --image-ids imageTag="$tag" --query 'imageDetails[0].imageDigest' --output text
}

digest="$(image_digest "$source_account" "$source_repository")"
if [ "$digest" = NOT_FOUND ]; then
  echo "##vso[task.logissue type=error]$source_repository:$tag does not exist in account $source_account: an image is built once, in $source_environment. Run azure-pipelines-litellm.yml (or -litellm-config.yml) for $source_environment on this commit first, then promote it to $environment."
  exit 1
fi
echo "$source_repository:$tag is $digest"
echo "##vso[task.setvariable variable=imageDigest]$digest"

present="$(image_digest "$account" "$repository")"
if [ "$present" = "$digest" ]; then
  echo "$repository:$tag is already $digest: nothing to promote"
  exit 0
fi
if [ "$present" != NOT_FOUND ]; then
  echo "##vso[task.logissue type=error]$repository:$tag is $present, not $digest from $source_repository: the tag is immutable and holds another image; find out why before deploying it"
  exit 1
fi

source_registry="$source_account.dkr.ecr.$region.amazonaws.com"
registry="$account.dkr.ecr.$region.amazonaws.com"
for login in "$source_registry" "$registry"; do
  aws ecr get-login-password | docker login --username AWS --password-stdin "$login" >/dev/null
done
docker pull --quiet "$source_registry/$source_repository@$digest"
docker tag "$source_registry/$source_repository@$digest" "$registry/$repository:$tag"
docker push --quiet "$registry/$repository:$tag"

pushed="$(image_digest "$account" "$repository")"
if [ "$pushed" != "$digest" ]; then
  echo "##vso[task.logissue type=error]$repository:$tag was pushed as $pushed, not $digest: the promoted image is not the one built in $source_environment"
  exit 1
fi
echo "promoted $digest to $repository:$tag"
