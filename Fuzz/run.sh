#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one of them for a given time.
#   Fuzz/run.sh FuzzReaders|FuzzSections|FuzzLexicon|FuzzAligner [SECONDS]
# Seeds come from Corpus/ and Lexicons/; crashes are written to Fuzz/crashes/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS]}
seconds=${2:-600}
swift build -c release --product "$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld >&2
seeds=$(mktemp -d)
case "$target" in
  FuzzLexicon) cp ../Lexicons/*.lex "$seeds"/ ;;
  FuzzAligner) for d in ../Corpus/*/; do [ -f "$d/en.txt" ] && for f in "$d"*.txt; do
                 { head -c 4000 "$d/en.txt"; printf '\0'; head -c 4000 "$f"; } > "$seeds/$(basename "$d")-$(basename "$f")"; done; done ;;
  *) for f in ../Corpus/*/*.txt ../Tests/Fixtures/encodings/*.txt; do
       cp "$f" "$seeds/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
esac
mkdir -p "crashes/$target" "corpus/$target"
export POLICYALIGN_LEXICONS="$PWD/../Lexicons"
".build/release/$target" "corpus/$target" "$seeds" -max_total_time="$seconds" -max_len=65536 \
  -artifact_prefix="crashes/$target/" -print_final_stats=1
