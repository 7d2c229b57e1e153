#!/usr/bin/env bash
# Regenerates the resource model: one Java type per resource type of the services listed in
# model-codegen/services.txt, under model-resources/src/main/java/org/llmgateway/cfn/resource/.
# The output is committed; `mvn verify` fails when it differs from what this script writes.
#   scripts/generate-model.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mvn -q -B -o -pl model-codegen -am install -DskipTests 2>/dev/null || mvn -q -B -pl model-codegen -am install -DskipTests
mvn -q -B -o -pl model-codegen exec:java -Dexec.mainClass=org.llmgateway.cfn.codegen.ModelGenerator \
  -Dexec.args="$ROOT"
