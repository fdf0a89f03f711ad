#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, as many at once as there are cores (or
# $FUZZ_JOBS), and prints per target its runs, coverage and crashes. Exits 1 when any
# target crashed.
#   Fuzz/run-all.sh [SECONDS]
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-1200}
targets=(FuzzReaders FuzzSections FuzzLexicon FuzzAligner FuzzProject FuzzReports FuzzStream)
swift build -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld >&2 || exit 2
mkdir -p logs
printf '%s\n' "${targets[@]}" | FUZZ_SKIP_BUILD=1 xargs -P "${FUZZ_JOBS:-$(nproc)}" -I{} sh -c "./run.sh {} $seconds > logs/{}.log 2>&1"
status=0
printf '%-14s %12s %8s %8s %s\n' target runs cov ft crashes
for target in "${targets[@]}"; do
  log=logs/$target.log
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | awk '{print $2}')
  crashes=$(ls "crashes/$target" 2>/dev/null | wc -l)
  printf '%-14s %12s %8s %8s %s\n' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
  if [ "$crashes" != 0 ] || grep -q 'ERROR: libFuzzer\|ERROR: AddressSanitizer' "$log"; then status=1; fi
done
exit $status
