#!/usr/bin/env bash
# Runs every benchmark and prints one table. Each figure is a ratio against a reference measured in the same run.
#   bench/run.sh [BUILD_DIR] [BACKUP_SIZE_BYTES]
# BUILD_DIR (default build/release) must hold drrunbook, drrunbook-cli and the bench programs:
#   cmake --preset release && cmake --build --preset release --target drrunbook drrunbook-cli benchmarks
# Needs: curl, openssl, python3, /usr/bin/time (time), pdfinfo (poppler-utils), xvfb-run (xvfb, xauth).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build/release}" && pwd)"
size="${2:-1073741824}"
cli="$build/app/drrunbook-cli"
gui="$build/app/drrunbook"
b="$build/bench"
for f in "$cli" "$gui" "$b/bench_health_fanout" "$b/bench_p12_import" "$b/minimal_widgets" "$b/floor_widgets"; do
    [ -x "$f" ] || { echo "bench/run.sh: build $f first (targets drrunbook drrunbook-cli benchmarks)" >&2; exit 2; }
done
for tool in curl openssl python3 /usr/bin/time pdfinfo xvfb-run; do
    command -v "$tool" >/dev/null ||
        { echo "bench/run.sh: missing $tool (apt-get install curl openssl python3 time poppler-utils xvfb xauth)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; } # figure, value, reference, ratio/target
val() { awk -v k="$1" '$1 == k {print $2}' "$2"; }

# Median wall time (ms) of N runs of a command (stdout/stderr discarded).
median_ms() {
    local n="$1"; shift
    python3 - "$n" "$@" <<'PY'
import subprocess, sys, time, statistics
n, cmd = int(sys.argv[1]), sys.argv[2:]
t = []
for _ in range(n):
    s = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # cert inspect exits 1 on findings
    t.append((time.perf_counter() - s) * 1000)
print(f"{statistics.median(t):.1f}")
PY
}

echo "== backup download ($size bytes) against curl" >&2
"$here/bench/backup_download.sh" "$build" "$size" | tee "$work/backup.txt" >&2
row "backup download throughput" "$(awk '/^drrunbook-cli:/ {print $2" MiB/s"}' "$work/backup.txt")" \
    "curl $(awk '/^curl:/ {print $2" MiB/s"}' "$work/backup.txt")" "$(awk '/^throughput ratio/ {print $3}' "$work/backup.txt") (≥ 0.90)"
row "backup download peak RSS" "$(awk '/peak RSS/ {print $4" MiB"}' "$work/backup.txt")" "-" "(< 64 MiB)"

echo "== health fan-out" >&2
"$b/bench_health_fanout" 64 200 3 | tee "$work/fanout.txt" >&2
row "check_health × 64 (200 ms each)" "$(val fanout_ms "$work/fanout.txt") ms" "one call $(val one_call_ms "$work/fanout.txt") ms" \
    "$(val ratio "$work/fanout.txt") (< 1.5)"

echo "== cold start (xvfb)" >&2
# Rounds alternate the three programs (the minimal one, the floor, drrunbook), 5 runs each, with an empty HOME;
# each figure is the median of the rounds' medians, so that a busy moment of a shared machine hits all three.
rounds=7
measured=no
if [ -x "$b/bench_first_window" ] && [ -x "$b/floor_widgets" ]; then
    home="$work/home"; mkdir -p "$home"
    # xvfb-run -a can lose a race for a display number with other X servers starting: try again.
    for _ in 1 2 3; do
        if HOME="$home" XDG_CONFIG_HOME="$home/.config" xvfb-run -a -s "-noreset -screen 0 1920x1080x24" sh -c \
            "for r in \$(seq $rounds); do
                 for p in '$b/minimal_widgets' '$b/floor_widgets' '$gui'; do
                     printf '%s ' \"\$(basename \"\$p\")\"; '$b/bench_first_window' 5 -- \"\$p\" | awk '/median_ms/ {print \$2}'
                 done
             done > '$work/coldstart.txt'"; then
            measured=yes
            break
        fi
        sleep 1
    done
fi
if [ "$measured" = yes ]; then
    cat "$work/coldstart.txt" >&2
    read -r min floor g < <(python3 - "$work/coldstart.txt" <<'PY'
import collections, statistics, sys
d = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, ms = line.split()
    d[name].append(float(ms))
print(*(f"{statistics.median(d[n]):.1f}" for n in ("minimal_widgets", "floor_widgets", "drrunbook")))
PY
)
    row "cold start to first window" "$g ms" "minimal Qt Widgets $min ms" "$(python3 -c "print(f'{$g/$min:.2f}')") (< 1.5)"
    row "cold start: the floor (text measured before the map)" "$floor ms" "minimal Qt Widgets $min ms" \
        "$(python3 -c "print(f'{$floor/$min:.2f}')")"
    row "cold start: drrunbook's own window" "$g ms" "the floor $floor ms" "$(python3 -c "print(f'{$g/$floor:.2f}')")"
else
    row "cold start to first window" "not measured" "(no X display, or bench_first_window not built: libxcb1-dev)" "-"
fi

echo "== binder (all scenarios) to PDF" >&2
bt=$(median_ms 3 "$cli" print --all --out "$work/binder.pdf")
pages=$(pdfinfo "$work/binder.pdf" | awk '/^Pages:/ {print $2}')
vt=$(median_ms 3 "$cli" --version)
row "binder PDF (print --all)" "$bt ms, $pages pages" "drrunbook-cli --version $vt ms" \
    "$(python3 -c "print(f'{($bt-$vt)/$pages:.1f} ms/page')")"

echo "== .p12 import against openssl" >&2
( cd "$work" && P="pass:correct horse battery"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -subj "/CN=Bench CA" -days 30 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=support.example.com" 2>/dev/null
  printf 'subjectAltName=DNS:support.example.com\n' >ext.cnf
  openssl x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leaf.crt -days 30 -extfile ext.cnf 2>/dev/null
  openssl pkcs12 -export -inkey leaf.key -in leaf.crt -certfile ca.crt -passout "$P" -out site.p12 )
export DRRUNBOOK_P12_PASSWORD="correct horse battery"
"$b/bench_p12_import" "$work/site.p12" 50 | tee "$work/p12.txt" >&2
row ".p12 import (in process)" "$(val import_ms "$work/p12.txt") ms" "PKCS12_parse $(val openssl_parse_ms "$work/p12.txt") ms" \
    "$(val ratio "$work/p12.txt")"
ct=$(median_ms 11 "$cli" cert inspect "$work/site.p12" --fqdn support.example.com)
ot=$(median_ms 11 openssl pkcs12 -in "$work/site.p12" -passin env:DRRUNBOOK_P12_PASSWORD -nodes -out /dev/null)
row ".p12 import (process)" "cli cert inspect $ct ms" "openssl pkcs12 $ot ms" "$(python3 -c "print(f'{$ct/$ot:.2f}')")"
unset DRRUNBOOK_P12_PASSWORD

echo
printf '| figure | drrunbook | reference (same run) | ratio (target) |\n| --- | --- | --- | --- |\n'
while IFS=$'\t' read -r a b c d; do printf '| %s | %s | %s | %s |\n' "$a" "$b" "$c" "$d"; done <"$results"
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); build: $(awk -F= '/^CMAKE_BUILD_TYPE:/ {print $2}' "$build/CMakeCache.txt") ($build)"
