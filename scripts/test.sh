#!/usr/bin/env bash
# The whole test suite: builds release, asan (ASan+UBSan), gcstress and tsan
# and runs ctest in each. Prints one summary line per build; exits non-zero if
# any build or test failed. Sized for a 2-core machine in well under 90 minutes.
set -euo pipefail

# GC stress collects at every allocation and is slow: by default only the
# conformance scripts run there. Set to "" to run every test in that build.
GCSTRESS_CTEST_REGEX="${GCSTRESS_CTEST_REGEX-^(conformance|interrupts)$}"
# ThreadSanitizer: the thread scripts, the Ctrl-C tests and the generators on
# fibers (whose stack switches TSan is told about).
TSAN_CTEST_REGEX="${TSAN_CTEST_REGEX-^(threads|interrupts|fibers)$}"
# Sanitizer and GC-stress builds are slower than release; each conformance
# script's timeout is multiplied by these.
ASAN_TIMEOUT_SCALE=4
GCSTRESS_TIMEOUT_SCALE=10
TSAN_TIMEOUT_SCALE=10
BUILDS=(${SPINDLE_TEST_BUILDS:-release asan gcstress tsan})

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SPINDLE_JOBS="${SPINDLE_JOBS:-$(nproc)}"

"$repo_root/scripts/install-deps.sh"

declare -A summary=()
overall_status=0

run_build() {
  local mode="$1"
  local build_dir="$repo_root/build/$mode"
  local started=$SECONDS
  echo "=== $mode: building ==="
  if ! "$repo_root/scripts/build.sh" "$mode"; then
    summary[$mode]="BUILD FAILED"
    return 1
  fi
  echo "=== $mode: testing ==="
  local ctest_args=(--test-dir "$build_dir" --output-on-failure --timeout 3600)
  local -a env_vars=()
  case "$mode" in
    asan)
      env_vars=(ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
                UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
                SPINDLE_TEST_TIMEOUT_SCALE="$ASAN_TIMEOUT_SCALE") ;;
    gcstress)
      env_vars=(SPINDLE_TEST_TIMEOUT_SCALE="$GCSTRESS_TIMEOUT_SCALE" SPINDLE_SKIP_STRESS=1)
      [[ -n "$GCSTRESS_CTEST_REGEX" ]] && ctest_args+=(-R "$GCSTRESS_CTEST_REGEX") ;;
    tsan)
      # The stress scripts start 10,000 threads: more than TSan can track at once.
      env_vars=(TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
                SPINDLE_TEST_TIMEOUT_SCALE="$TSAN_TIMEOUT_SCALE" SPINDLE_SKIP_STRESS=1)
      [[ -n "$TSAN_CTEST_REGEX" ]] && ctest_args+=(-R "$TSAN_CTEST_REGEX") ;;
  esac
  local log="$build_dir/ctest-summary.log"
  if env "${env_vars[@]}" ctest "${ctest_args[@]}" 2>&1 | tee "$log"; then
    summary[$mode]="ok      $(grep -E 'tests passed' "$log" | tail -n 1) ($((SECONDS - started)) s)"
    return 0
  fi
  summary[$mode]="FAILED  $(grep -E 'tests passed|tests failed' "$log" | tail -n 1) ($((SECONDS - started)) s)"
  return 1
}

for mode in "${BUILDS[@]}"; do
  run_build "$mode" || overall_status=1
done

echo
echo "=== summary ==="
for mode in "${BUILDS[@]}"; do
  printf '%-9s %s\n' "$mode:" "${summary[$mode]:-not run}"
done
exit "$overall_status"
