#!/usr/bin/env bash
# Runs cdk-nag's AWS Solutions, NIST 800-53 R5 and HIPAA Security packs over the generated
# templates of staging and prod (or the environments given) and fails listing every finding that is
# neither fixed nor suppressed with a reason in the resource's Metadata (cdk_nag.rules_to_suppress).
# Outside the Maven build on purpose: it needs node and npm, the build does not.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/security-packs.sh [ENVIRONMENT...]

Checks generated-templates/*.yaml with the parameter values of each ENVIRONMENT (default: staging
prod) against cdk-nag's AwsSolutionsChecks, NIST80053R5Checks and HIPAASecurityChecks. Installs
the pinned packages of scripts/security-packs/package-lock.json with npm ci first.
Exit 0 when every finding is suppressed with a reason, 1 otherwise.
USAGE
}

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage
  exit 0
fi

cd "$(dirname "$0")/security-packs"
command -v npm >/dev/null 2>&1 || { echo "security-packs needs node and npm on PATH" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
node check.js "$@"
