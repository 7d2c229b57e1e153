#!/usr/bin/env bash
# Installs what the tests need besides Java and Maven, on Debian or Ubuntu:
#   - from the OS packages: PostgreSQL (the rotation function's tests talk to a real server),
#     jq (the pipeline scripts' tests), shellcheck (the scripts gate), node and npm (the
#     security packs gate, scripts/security-packs.sh; never the Maven build);
#   - from PyPI, pinned in requirements-dev.txt: cfn-lint, moto with its server extra, pytest.
# Only what is missing is installed, so a second run changes nothing. Needs root for apt-get.
set -euo pipefail

usage() {
  cat <<'TXT'
Usage: scripts/install-prerequisites.sh [--help]

Installs PostgreSQL, jq, shellcheck, node and npm (apt-get, when missing) and the pinned Python tools of
requirements-dev.txt (pip). Run it once on a fresh machine, then the README's commands.
TXT
}

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  usage
  exit 0
fi

cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} from the OS packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== Python tools (requirements-dev.txt)"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
  -r requirements-dev.txt
