#!/usr/bin/env bash
# Regenerates the resource model: one Java type per resource type of the services listed in
# model-codegen/services.txt, under model-resources/<part>/src/main/java/org/llmgateway/cfn/resource/
# (the part services.txt names for the service).
# The output is committed; `mvn verify` fails (ModelDriftTest) when it differs from what this
# script writes. Needs only Java and Maven: the service specification is committed too
# (scripts/refresh-service-spec.sh moves it to a newer release).
#   scripts/generate-model.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
offline=()
if [[ -n "${MAVEN_OFFLINE:-}" ]]; then offline=(-o); fi
mvn -q -B "${offline[@]}" -pl model-codegen compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt
java -cp "model-codegen/target/classes:$(cat model-codegen/target/classpath.txt)" \
  org.llmgateway.cfn.codegen.ModelGenerator "$ROOT"
