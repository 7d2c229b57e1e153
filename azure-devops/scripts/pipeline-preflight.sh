#!/usr/bin/env bash
# Usage: azure-devops/scripts/pipeline-preflight.sh <environment>
#
# The first step of every pipeline that touches AWS, before anything else runs with the
# environment's name. It refuses to go on, naming the reason, unless:
#   1. <environment> is a name the generators wrote parameter files for: the folder
#      generated-templates/parameters/<environment>/ exists (the error lists the names that do).
#      The pipelines take the environment as free text so that no file lists the names.
#   2. the service connection's credentials belong to the account in the variable
#      AWS_ACCOUNT_ID (litellm-aws-config), or in AWS_ACCOUNT_ID_<ENVIRONMENT> (e.g.
#      AWS_ACCOUNT_ID_PROD) when an environment has an account of its own:
#      `aws sts get-caller-identity`.
#   3. prod runs only from refs/heads/main (BUILD_SOURCEBRANCH).
#   4. for prod, the Azure DevOps environment litellm-prod exists and has an Approval check.
#      Azure DevOps creates an environment on first use with no checks at all, so without this a
#      new organisation's first prod run would deploy unapproved. Asked with the run's token
#      (SYSTEM_ACCESSTOKEN, mapped into this step only and sent on standard input, never on a
#      command line) of the REST API:
#        GET {collection}{project}/_apis/distributedtask/environments?name=litellm-prod
#        GET {collection}{project}/_apis/pipelines/checks/configurations
#              ?resourceType=environment&resourceId={id}
#      (api-version 7.1-preview.1; checked 2026-12-01 in the Azure DevOps REST reference,
#      learn.microsoft.com/en-us/rest/api/azure/devops/approvalsandchecks/check-configurations/list).
#      The build service needs the Reader role on the environment (docs/quick-start.md).
#
# Environment variables: AWS_ACCOUNT_ID, BUILD_SOURCEBRANCH, SYSTEM_COLLECTIONURI,
# SYSTEM_TEAMPROJECTID and SYSTEM_ACCESSTOKEN (the last three only for prod).
set -euo pipefail

environment="${1:?usage: pipeline-preflight.sh <environment>}"
parameters_root="generated-templates/parameters"
protected_environment=prod
protected_branch=refs/heads/main
api_version=7.1-preview.1

refuse() {
  echo "##vso[task.logissue type=error]$1"
  exit 1
}

# A variable missing from the group reaches a step as the literal text $(NAME).
unset_or_macro() {
  [ -z "$1" ] || [[ "$1" =~ ^\$\(.*\)$ ]]
}

# --- 1. the environment has parameter files
available="$(find "$parameters_root" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null \
               | sort | tr '\n' ' ' | sed 's/ $//')"
if [[ ! "$environment" =~ ^[a-z][a-z0-9-]*$ ]] || [ ! -d "$parameters_root/$environment" ]; then
  refuse "environment '$environment' has no parameter files ($parameters_root/$environment/ does not exist). Available: ${available:-none}. A new environment needs its settings in the generators and 'mvn -Pgenerate package' (README, Changing a setting)."
fi
echo "ok  environment $environment ($parameters_root/$environment/)"

# --- 2. prod only from main
branch="${BUILD_SOURCEBRANCH:-}"
if [ "$environment" = "$protected_environment" ] && [ "$branch" != "$protected_branch" ]; then
  refuse "$protected_environment runs only from $protected_branch; this run is for '${branch:-an unknown branch}'. Merge to main and run from there."
fi
echo "ok  branch ${branch:-unknown}"

# --- 3. the caller's account
own_account_variable="AWS_ACCOUNT_ID_$(tr 'a-z-' 'A-Z_' <<<"$environment")"
account_variable=AWS_ACCOUNT_ID
if ! unset_or_macro "${!own_account_variable:-}"; then
  account_variable="$own_account_variable"
fi
expected="${!account_variable:-}"
if unset_or_macro "$expected"; then
  refuse "AWS_ACCOUNT_ID is not set in the variable group litellm-aws-config: set it to the 12-digit account this environment deploys to"
fi
actual="$(aws sts get-caller-identity --query Account --output text)"
if [ "$actual" != "$expected" ]; then
  refuse "the service connection's credentials are for account $actual, but $account_variable is $expected: this run would deploy $environment to the wrong account. Check the service connection (aws-litellm-$environment or aws-litellm-connection) and $account_variable."
fi
echo "ok  account $actual ($account_variable)"

# --- 4. prod has an approval
if [ "$environment" != "$protected_environment" ]; then
  echo "ok  $environment needs no approval check"
  exit 0
fi
ado_environment="litellm-$environment"
how_to="add one before the first $environment run: Pipelines > Environments > $ado_environment (create it if it is missing) > Approvals and checks > Approvals; and give the project's build service the Reader role under Security (docs/quick-start.md)"
token="${SYSTEM_ACCESSTOKEN:-}"
if unset_or_macro "$token"; then
  refuse "cannot check the approvals of $ado_environment: the step has no SYSTEM_ACCESSTOKEN"
fi
api="${SYSTEM_COLLECTIONURI:?SYSTEM_COLLECTIONURI is not set}${SYSTEM_TEAMPROJECTID:?SYSTEM_TEAMPROJECTID is not set}/_apis"

# GET from the REST API; the token goes to curl on standard input, as a header.
ado_get() {
  printf 'Authorization: Bearer %s\n' "$token" \
    | curl -fsS --max-time 30 -H @- -H 'Accept: application/json' "$api/$1"
}

if ! environments="$(ado_get "distributedtask/environments?name=$ado_environment&api-version=$api_version")"; then
  refuse "could not list the Azure DevOps environments (is the build service a Reader of $ado_environment?); $how_to"
fi
environment_id="$(jq -r --arg name "$ado_environment" \
                    '[.value[]? | select(.name == $name) | .id] | first // empty' <<<"$environments")"
if [ -z "$environment_id" ]; then
  refuse "the Azure DevOps environment $ado_environment does not exist, so this run would create it without any approval; $how_to"
fi
if ! checks="$(ado_get "pipelines/checks/configurations?resourceType=environment&resourceId=$environment_id&api-version=$api_version")"; then
  refuse "could not read the checks of $ado_environment (id $environment_id); $how_to"
fi
approvals="$(jq '[.value[]? | select(.type.name == "Approval")] | length' <<<"$checks")"
if [ "$approvals" -eq 0 ]; then
  refuse "$ado_environment has no Approval check; $how_to"
fi
echo "ok  $ado_environment has $approvals approval check(s)"
