#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ ASan/UBSan) and runs each one briefly over its seed corpus.
# Fails (exit 1) when a target crashes, leaks, hangs or fails to build.
#   fuzz/run.sh [SECONDS_PER_TARGET]      default 20; DR_FUZZ_BUILD_DIR overrides build/fuzz
# Needs: clang libclang-rt-14-dev (libFuzzer and the sanitizer runtimes), and the project's own packages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
secs="${1:-20}"
build="${DR_FUZZ_BUILD_DIR:-$here/build/fuzz}"
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true

command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' |
    clang++ -x c++ -fsanitize=fuzzer -o /dev/null - 2>/dev/null; then
    echo "fuzz/run.sh: clang cannot link libFuzzer (apt-get install libclang-rt-14-dev)" >&2
    exit 2
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DDR_FUZZ=ON -DDR_SANITIZE=ON -DDR_BUILD_TESTS=OFF -DDR_WERROR=OFF >/dev/null
cmake --build "$build" --target fuzzers --parallel "$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
failed=()
for exe in "$build"/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue # not the *_autogen folders
    name="$(basename "$exe")"
    target="${name#fuzz_}"
    seeds="$here/fuzz/corpus/$target"
    [ -d "$seeds" ] || { echo "fuzz/run.sh: no seed corpus fuzz/corpus/$target" >&2; failed+=("$name"); continue; }
    # New inputs go to a scratch corpus (the seed corpus in the tree stays as committed); crashes to artifacts/.
    scratch="$build/fuzz/corpus-$target"
    artifacts="$build/fuzz/artifacts-$target/"
    mkdir -p "$scratch" "$artifacts"
    echo "== $name: ${secs} s over fuzz/corpus/$target"
    if "$exe" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$scratch" "$seeds" >"$build/fuzz/$name.log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$build/fuzz/$name.log" | tail -n 2 || true
    else
        tail -n 60 "$build/fuzz/$name.log"
        echo "fuzz/run.sh: $name FAILED; reproducer(s): $(ls "$artifacts" | tr '\n' ' ')" >&2
        failed+=("$name")
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz/run.sh: failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz/run.sh: every target ran ${secs} s without a crash"
