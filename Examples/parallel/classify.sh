#!/usr/bin/env bash
# Label a JSON Lines corpus with `policyalign classify --jsonl` run by GNU parallel:
# INPUT is cut into blocks of whole lines (1 MB, or $BLOCK), each block goes through its own
# classify process (one thread each, JOBS processes at once: all cores by default), and
# --keep-order writes the rows back in input order. OUTPUT is the direct run's output: one
# row per input line, and the `line` of an error row counts from the start of INPUT (each
# process numbers its own block from 1; awk puts back the number of the row in the whole run,
# which is the input line's, rows and lines going one to one).
#
# usage: classify.sh INPUT.jsonl OUTPUT.jsonl [JOBS]
#   POLICYALIGN=PATH  the policyalign binary (default: the one on PATH)
#   BLOCK=SIZE        bytes of whole lines per process, as parallel's --block (default: 1M)
set -euo pipefail

fail() { echo "classify.sh: $1" >&2; exit "$2"; }

[ $# -ge 2 ] && [ $# -le 3 ] || fail "usage: classify.sh INPUT.jsonl OUTPUT.jsonl [JOBS]" 64
input=$1 output=$2 jobs=${3:-$(nproc)}
binary=${POLICYALIGN:-$(command -v policyalign || true)}
[ -n "$binary" ] || fail "policyalign is not on PATH: build it (make install) or set POLICYALIGN=PATH" 66
[ -f "$binary" ] && [ -x "$binary" ] || fail "$binary: no such binary" 66
[ -f "$input" ] && [ -r "$input" ] || fail "$input: no such file" 66
command -v parallel >/dev/null || fail "GNU parallel is not installed (apt-get install parallel)" 69
case $jobs in ''|*[!0-9]*|0) fail "JOBS must be a positive number, not '$jobs'" 64 ;; esac

# One block: classify's stderr is kept aside, because exit 65 with "every line of standard
# input was malformed" only says that this block held nothing but error rows (they are
# written); any other failure is passed on, message and status.
block='{ errors=$("$POLICYALIGN_BINARY" classify --jsonl --no-config --jobs 1 - 2>&1 >&3); status=$?; } 3>&1
case $status:$errors in
    "65:policyalign: every line of standard input was malformed"*) exit 0 ;;
esac
[ -z "$errors" ] || printf "%s\n" "$errors" >&2
exit "$status"'
export POLICYALIGN_BINARY=$binary PARALLEL_SHELL=/bin/sh   # not the user's $SHELL, which may be fish

if ! parallel --pipe --keep-order --block "${BLOCK:-1M}" --jobs "$jobs" --halt now,fail=1 "$block" <"$input" \
    | awk '/^[{]"error":/ { sub(/"line":[0-9]+[}]$/, "\"line\":" NR "}") } { print }' >"$output"; then
    fail "a policyalign classify process failed: $output is incomplete" 70
fi
lines=$(awk 'END { print NR }' "$input")
rows=$(awk 'END { print NR }' "$output")
[ "$lines" -eq "$rows" ] || fail "$rows rows for $lines lines: $output is incomplete" 70
