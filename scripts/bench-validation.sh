#!/usr/bin/env bash
# The validation benchmark (docs/validation.md, "Speed"): builds what it needs, then times the
# validator in-process with schemas warm, as a whole process from a cold JVM, and cfn-lint on
# the same generated templates, in one run.
#   scripts/bench-validation.sh [REPOSITORY_ROOT]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -pl bench -am package -DskipTests -Dexec.skip=true
java -cp "$(cat bench/target/classpath.txt):bench/target/classes" \
  org.llmgateway.cfn.bench.ValidationBenchmark "${1:-.}"
