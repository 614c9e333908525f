#!/usr/bin/env bash
# Backup download benchmark: drrunbook-cli against curl on the same lab URL over the same TLS.
# Prints throughput (MiB/s) of each, the ratio (target >= 0.9), and drrunbook-cli's peak memory
# (target < 64 MiB for a 1 GiB backup), measured with /usr/bin/time -v.
#   bench/backup_download.sh [BUILD_DIR] [SIZE_BYTES] [ROUNDS]
set -euo pipefail
build="${1:-build/release}"
size="${2:-1073741824}"
rounds="${3:-3}"
cli="$build/app/drrunbook-cli"
[ -x "$cli" ] || { echo "build $cli first (cmake --preset release && cmake --build --preset release)" >&2; exit 2; }
for tool in curl python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install curl python3 time)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'kill "$lab_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$cli" lab --topology single --backup-size "$size" --json --ca-out "$work/ca.pem" >"$work/lab.json" &
lab_pid=$!
for _ in $(seq 100); do [ -s "$work/lab.json" ] && break; sleep 0.1; done
read -r url id secret < <(python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); a=d["appliances"][0]; c=d["credentials"]; print(a["url"], c["clientId"], c["clientSecret"])' "$work/lab.json")

# Alternating rounds (drrunbook-cli, then curl), medians: load on a shared machine hits both alike.
printf 'user = "%s:%s"\n' "$id" "$secret" >"$work/curl.cfg" # the secret goes through a file, never argv
mkdir "$work/out"
secs() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$1"; }
cli_all=() curl_all=() rss_all=()
for round in $(seq "$rounds"); do
    # drrunbook-cli: streams to disk, hashes as it goes, atomic finish.
    DRRUNBOOK_CLIENT_ID="$id" DRRUNBOOK_CLIENT_SECRET="$secret" /usr/bin/time -v -o "$work/cli.time" \
        "$cli" backup --url "$url" --ca "$work/ca.pem" --out "$work/out" --json >"$work/cli.json"
    cli_all+=("$(secs "$work/cli.time")")
    rss_all+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/cli.time")")
    rm -rf "${work:?}/out"/*
    sync # neither tool may start while the kernel still writes back the other's file

    # curl: the same URL and TLS trust, written to disk too.
    token=$(curl -s --cacert "$work/ca.pem" -K "$work/curl.cfg" -d grant_type=client_credentials "$url/oauth2/token" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
    printf 'header = "Authorization: Bearer %s"\n' "$token" >"$work/curl2.cfg"
    /usr/bin/time -v -o "$work/curl.time" curl -s --cacert "$work/ca.pem" -K "$work/curl2.cfg" \
        -o "$work/out/curl.nsb" "$url/api/backup"
    curl_all+=("$(secs "$work/curl.time")")
    rm -rf "${work:?}/out"/*
    sync
    echo "round $round: drrunbook-cli ${cli_all[-1]} s, curl ${curl_all[-1]} s" >&2
done

python3 - "$size" "${cli_all[*]}" "${curl_all[*]}" "${rss_all[*]}" <<'PY'
import sys, statistics
size = int(sys.argv[1])
cli = statistics.median(map(float, sys.argv[2].split()))
curl = statistics.median(map(float, sys.argv[3].split()))
rss = max(map(int, sys.argv[4].split()))
mib = size / 1048576
print(f"backup size:             {mib:.0f} MiB")
print(f"drrunbook-cli:           {mib/cli:8.1f} MiB/s ({cli:.2f} s, median)")
print(f"curl:                    {mib/curl:8.1f} MiB/s ({curl:.2f} s, median)")
print(f"throughput ratio:        {curl/cli:8.2f} (target >= 0.90)")
print(f"drrunbook-cli peak RSS:  {rss/1024:8.1f} MiB (target < 64 MiB)")
PY
