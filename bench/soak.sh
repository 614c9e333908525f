#!/usr/bin/env bash
# Soak: 10,000 check_health polls against the lab under AddressSanitizer + LeakSanitizer, sampling resident memory.
# Not a ctest test (a benchmark that prints figures); .ci/run runs it after the ASan suite (about 20 s).
# Fails on a leak (LSan), a failed poll or growth of the live heap.
#   bench/soak.sh [BUILD_DIR] [POLLS]     BUILD_DIR default build/asan (the asan preset)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build/asan}"
polls="${2:-10000}"
exe="$build/bench/bench_soak"
[ -x "$exe" ] || { echo "bench/soak.sh: build it first: cmake --preset asan && cmake --build --preset asan --target bench_soak" >&2; exit 2; }
grep -q '^DR_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" || echo "bench/soak.sh: warning: $build is not a DR_SANITIZE build" >&2
# A small quarantine so that resident memory reflects live allocations rather than ASan's 256 MiB quarantine.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:quarantine_size_mb=16"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
"$exe" "$polls" 4 500 2 # judged on the live heap: at most 2 MiB more after the warm-up
echo "bench/soak.sh: no leak reported by LeakSanitizer, live heap within the limit"
