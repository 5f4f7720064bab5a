#!/usr/bin/env bash
# Runs every fuzz target (or those named) one after another, each for SECONDS (default 300),
# single process, so that a shared machine keeps its other core. Each run stops at the first
# crash; libFuzzer's -timeout makes a slow input a crash, -rss_limit_mb a hungry one.
#   fuzz/run-all.sh [SECONDS] [TARGET[:SECONDS]...]
# Logs go to fuzz/logs/<target>.log; crashing inputs to fuzz/artifacts/<target>/. The last
# line of each log ("Done N runs", "cov:") is what CONTRIBUTING.md's table reports.
set -u
cd "$(dirname "$0")"
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
mkdir -p logs
cargo +nightly fuzz build -O >/dev/null 2>&1 || { echo "the fuzz targets do not build: cargo +nightly fuzz build -O"; exit 2; }
status=0
for spec in "${targets[@]}"; do
    t="${spec%%:*}"
    secs="$seconds"
    if [ "$spec" != "$t" ]; then secs="${spec#*:}"; fi
    mkdir -p "corpus/$t"
    # The folders of the project's test data this target also seeds from (seed-dirs).
    extra=()
    while read -r name dirs; do
        if [ "$name" = "$t" ]; then
            for dir in $dirs; do extra+=("../$dir"); done
        fi
    done < <(grep -v '^#' seed-dirs)
    cargo +nightly fuzz run -O "$t" "corpus/$t" "${extra[@]}" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 >"logs/$t.log" 2>&1 || status=1
    runs=$(grep -o 'Done [0-9]* runs' "logs/$t.log" | tail -1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "logs/$t.log" | tail -1)
    crash=$(grep -c 'SUMMARY\|panicked' "logs/$t.log")
    echo "$t: ${secs}s, ${runs:-stopped early}, ${cov:-no coverage line}, crash lines: $crash"
done
exit $status
