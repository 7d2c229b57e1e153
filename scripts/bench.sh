#!/usr/bin/env bash
# The speed goals of docs/validation.md ("Speed"), measured in one run and printed as one table:
# whole-process validate, check and generate against cfn-lint on the same templates, the
# README's refresh command after editing one environment setting, and (with --verify, which
# takes minutes) `mvn -B verify` wall time and peak memory of the whole process tree: in the
# checkout as it is, which is the loop a developer reruns (Maven compiles only what changed), and
# with --clean also with target/ removed (`mvn -B clean verify`: what a fresh clone pays on a
# machine that built before, cfn-lint's answers being kept outside target/) and from nothing
# (the same with no cfn-lint answer kept: a first build on a new machine); those two are shown
# against the same limits, not judged (issue 14's goal is for `mvn -B verify`).
# CFN_LINT_CACHE names the answer folder when it is not the build's default.
#   scripts/bench.sh [--verify [--clean]] [--runs N]
# Run it with nothing else busy on the machine; it rewrites generated-templates/ only with what
# the generators already produce (it fails first if they differ).
set -euo pipefail
cd "$(dirname "$0")/.."

with_verify=false
with_clean=false
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --verify) with_verify=true ;;
    --clean) with_clean=true ;;
    --runs) runs="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
command -v cfn-lint >/dev/null || { echo "bench needs cfn-lint: scripts/install-prerequisites.sh" >&2; exit 2; }

# the settings are environments/*.yaml since issue 10: the refresh after editing one of them
settings=environments/dev.yaml
[ -f "$settings" ] || { echo "bench: $settings is missing" >&2; exit 2; }
refresh=(mvn -q -B -ntp -Pgenerate package)

echo "building: ${refresh[*]}"
"${refresh[@]}" >/dev/null
scripts/litellm-cfn check --root . >/dev/null ||
  { echo "generated-templates/ differ from the generators: refresh and commit first" >&2; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# wall milliseconds of one run of the command; output discarded, failure fatal
run_ms() {
  local start
  start=$(now_ms)
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  echo $(( $(now_ms) - start ))
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# peak resident memory (kB) of a process and all its descendants, summed, sampled every 0.2 s
peak_tree_kb() {
  local root_pid=$1 peak=0 now
  while kill -0 "$root_pid" 2>/dev/null; do
    now=$(ps -eo pid=,ppid=,rss= | awk -v root="$root_pid" '
      { parent[$1] = $2; rss[$1] = $3 }
      END {
        for (p in parent) {
          q = p
          while (q != "" && q != 0 && q != root) q = parent[q]
          if (q == root) total += rss[p]
        }
        print total + 0
      }')
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.2
  done
  echo "$peak"
}

templates=(generated-templates/*.yaml)
# the four commands take turns, round after round, so that a drift of the machine's speed (seen
# within minutes here) moves cfn-lint and the command it is compared with alike
lint_times=() validate_times=() check_times=() generate_times=()
for _ in $(seq "$runs"); do
  lint_times+=("$(run_ms cfn-lint -- "${templates[@]}")")
  validate_times+=("$(run_ms scripts/litellm-cfn validate --root .)")
  check_times+=("$(run_ms scripts/litellm-cfn check --root .)")
  generate_times+=("$(run_ms scripts/litellm-cfn generate --root .)")
done
lint_ms=$(median "${lint_times[@]}")
validate_ms=$(median "${validate_times[@]}")
check_ms=$(median "${check_times[@]}")
generate_ms=$(median "${generate_times[@]}")

refresh_times=()
for _ in 1 2 3; do
  touch "$settings"
  start=$(now_ms)
  "${refresh[@]}" >/dev/null
  refresh_times+=($(( $(now_ms) - start )))
done
refresh_ms=$(median "${refresh_times[@]}")

verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo "NOT met"; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }

lint_over_validate=$(ratio "$lint_ms" "$validate_ms")
check_over_lint=$(ratio "$check_ms" "$lint_ms")
generate_over_lint=$(ratio "$generate_ms" "$lint_ms")

echo
echo "measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -1)," \
  "median of $runs interleaved runs (refresh: of 3)"
echo "templates: ${#templates[@]}, parameter files: $(find generated-templates/parameters -name '*.json' | wc -l)"
echo
echo "| measurement | figure | compared with | ratio | goal | |"
echo "|---|---|---|---|---|---|"
echo "| \`litellm-cfn validate\`, whole process | $(seconds "$validate_ms") | cfn-lint $(seconds "$lint_ms") | cfn-lint / validate = $lint_over_validate | >= 8 | $(verdict "$lint_over_validate >= 8") |"
echo "| \`litellm-cfn check\`, whole process | $(seconds "$check_ms") | cfn-lint $(seconds "$lint_ms") | check / cfn-lint = $check_over_lint | <= 0.25 | $(verdict "$check_over_lint <= 0.25") |"
echo "| \`litellm-cfn generate\`, whole process | $(seconds "$generate_ms") | cfn-lint $(seconds "$lint_ms") | generate / cfn-lint = $generate_over_lint | <= 0.25 | $(verdict "$generate_over_lint <= 0.25") |"
echo "| \`mvn -Pgenerate package\` after touching environments/dev.yaml | $(seconds "$refresh_ms") | 10 s | $(ratio "$refresh_ms" 10000) | <= 1 | $(verdict "$refresh_ms <= 10000") |"

# one `mvn -B <arguments>` timed, with the peak memory of its process tree, printed as two rows
# named by the label and by the arguments shown (which may differ from the ones run). Issue 14's
# goal is for `mvn -B verify` ("goal"); the builds from a removed target/ are printed against
# the same limits for comparison ("shown"), with "under" or "over" in place of a verdict.
verify_rows() {
  local kind=$1 label=$2 shown=$3 start verify_pid peak_kb verify_ms peak_gb log
  shift 3
  log="/tmp/bench-$(echo "$shown" | tr ' =/' '---').log"
  start=$(now_ms)
  mvn -B -ntp "$@" >"$log" 2>&1 &
  verify_pid=$!
  peak_kb=$(peak_tree_kb "$verify_pid")
  if ! wait "$verify_pid"; then echo "mvn -B $* failed: see $log" >&2; exit 1; fi
  verify_ms=$(( $(now_ms) - start ))
  peak_gb=$(awk -v kb="$peak_kb" 'BEGIN { printf "%.2f", kb / 1024 / 1024 }')
  local goal="<= 1" judge=verdict
  if [ "$kind" = shown ]; then goal="none (shown)" judge=compared; fi
  echo "| \`mvn -B $shown\`, $label, wall | $(seconds "$verify_ms") | 75 s | $(ratio "$verify_ms" 75000) | $goal | $($judge "$verify_ms <= 75000") |"
  echo "| \`mvn -B $shown\`, $label, peak RSS of the process tree | $peak_gb GB | 3 GB | $(ratio "$peak_gb" 3) | $goal | $($judge "$peak_gb <= 3") |"
}

compared() { if awk "BEGIN { exit !($1) }"; then echo under; else echo over; fi; }

if $with_verify; then
  # the tests keep cfn-lint's answers outside target/ (~/.cache/litellm-cfn/cfn-lint, README), so
  # say how many each run starts with: with none, a verify runs cfn-lint on all 66 mutants
  answers="${CFN_LINT_CACHE:-$HOME/.cache/litellm-cfn/cfn-lint}"
  kept() { find "$answers" -type f -name '*.txt' 2>/dev/null | wc -l; }
  verify_rows goal "built checkout ($(kept) cfn-lint answers kept)" verify \
    verify -Dcfn-lint.cache="$answers"
  if $with_clean; then
    verify_rows shown "target/ removed ($(kept) cfn-lint answers kept)" "clean verify" \
      clean verify -Dcfn-lint.cache="$answers"
    nothing=$(mktemp -d)
    verify_rows shown "from nothing (no cfn-lint answer kept)" \
      "clean verify -Dcfn-lint.cache=EMPTY-FOLDER" clean verify -Dcfn-lint.cache="$nothing"
    rm -rf "$nothing"
  fi
fi
