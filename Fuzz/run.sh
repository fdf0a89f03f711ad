#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one of them for a given time.
#   Fuzz/run.sh TARGET [SECONDS]      (targets: Fuzz/run-all.sh lists them)
# Seeds come from Corpus/, Lexicons/ and the fixtures; crashes are written to
# Fuzz/crashes/TARGET/, the corpus grown so far is kept in Fuzz/corpus/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS]}
seconds=${2:-600}
if [ "${FUZZ_SKIP_BUILD:-}" != 1 ]; then
  swift build -c release --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld >&2
fi
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
case "$target" in
  FuzzLexicon) cp ../Lexicons/*.lex "$seeds"/ ;;
  FuzzAligner) for d in ../Corpus/*/; do [ -f "$d/en.txt" ] && for f in "$d"*.txt; do
                 { head -c 4000 "$d/en.txt"; printf '\0'; head -c 4000 "$f"; } > "$seeds/$(basename "$d")-$(basename "$f")"; done; done ;;
  FuzzProject) sed -n '/^```yaml$/,/^```$/p' ../README.md ../docs/cli-contract.md | grep -v '^```' > "$seeds/config.yml"
               printf 'reference: en\nkeep: [Acme]\nignore:\n  - kind: [facts, omitted]\n    file: "*.th.md"\n' > "$seeds/small.yml"
               printf '{"version": 1, "findings": [{"file": "a.ms.md", "fingerprint": "0123456789abcdef", "kind": "omitted", "message": "m"}]}' > "$seeds/baseline.json" ;;
  FuzzReports) for lang in ka es ko; do
                 { printf 'mastodon/\0en.html\0'; head -c 3000 ../Corpus/mastodon/en.html; printf '\0%s.html\0' "$lang"
                   head -c 3000 "../Corpus/mastodon/$lang.html"; printf '\0privacy.en.txt\0'; head -c 2000 ../Corpus/dynatron/en.txt
                   printf '\0privacy-ms.txt\0'; head -c 2000 ../Corpus/dynatron/ms.txt; } > "$seeds/mastodon-$lang"; done ;;
  FuzzStream) for f in ../Tests/Fixtures/classify/*.jsonl; do [ -f "$f" ] && cp "$f" "$seeds"/; done
              printf '{"id": 1, "text": "We keep your data for 7 years.", "lang": "en"}\n{"id": "p-2", "text": "Kami menyimpan data anda.", "lang": "auto"}\n\n{"id": 12345678901234567890, "text": "x"}\n{bad\n' > "$seeds/lines.jsonl" ;;
  *) for f in ../Corpus/*/*.txt ../Tests/Fixtures/encodings/*.txt; do
       cp "$f" "$seeds/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
esac
mkdir -p "crashes/$target" "corpus/$target"
".build/release/$target" "corpus/$target" "$seeds" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
  -artifact_prefix="crashes/$target/" -print_final_stats=1
