#!/usr/bin/env bash
# Golden per-layer cycle table: runs `tinysim infer` on a built-in model and
# compares each layer's simulated cycles with the stored table, so that a
# change that moves cycles is seen. Update a table deliberately (and give the
# reason in the commit):
#   UPDATE_GOLDEN=1 tests/golden/check_golden.sh <tinysim> <config> <model> <kernels> <golden.csv>
#
# The stored table has one line per layer: index,operator,cycles. A layer
# passes when its cycles are within TOLERANCE_PCT (default 2) percent of the
# stored value; the operator list must match exactly.
set -euo pipefail
export LC_ALL=C
if [[ $# -ne 5 ]]; then
  echo "usage: $0 <tinysim> <config.yaml> <builtin model name> <c|mve> <golden.csv>" >&2
  exit 2
fi
tinysim="$1" config="$2" model="$3" kernels="$4" golden="$5"
tol="${TOLERANCE_PCT:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$tinysim" infer --config "$config" --model "builtin:$model" --kernels "$kernels" --csv "$work/run.csv" --quiet \
  > "$work/stdout" 2> "$work/stderr" || {
  echo "tinysim infer failed (exit $?):" >&2
  cat "$work/stderr" >&2
  exit 1
}
# index,operator,cycles from the infer CSV (columns 1, 2 and 6; quoted
# fields such as "1x8, 8x1x1x8" are collapsed first: mawk has no FPAT).
awk 'NR > 1 { gsub(/"[^"]*"/, "q"); split($0, f, ","); print f[1] "," f[2] "," f[6] }' "$work/run.csv" > "$work/now.csv"

if [[ "${UPDATE_GOLDEN:-0}" == "1" ]]; then
  cp "$work/now.csv" "$golden"
  echo "updated $golden ($(wc -l < "$golden") layers)"
  exit 0
fi
if [[ ! -f "$golden" ]]; then
  echo "no golden table $golden (create it with UPDATE_GOLDEN=1)" >&2
  exit 1
fi
awk -F, -v tol="$tol" '
  NR == FNR { op[$1] = $2; cyc[$1] = $3; n++; next }
  {
    seen++
    if (!($1 in op)) { printf "layer %s (%s): not in the golden table\n", $1, $2; bad++; next }
    if (op[$1] != $2) { printf "layer %s: operator %s, golden table has %s\n", $1, $2, op[$1]; bad++; next }
    d = cyc[$1] ? 100.0 * ($3 - cyc[$1]) / cyc[$1] : ($3 ? 100 : 0)
    flag = (d > tol || d < -tol) ? "  <-- outside +-" tol "%" : ""
    if (flag != "") bad++
    printf "layer %3s %-18s golden %10d now %10d (%+.2f%%)%s\n", $1, $2, cyc[$1], $3, d, flag
  }
  END {
    if (seen != n) { printf "%d layers now, %d in the golden table\n", seen, n; bad++ }
    if (bad) { printf "%d difference(s) from the golden cycle table\n", bad; exit 1 }
  }' "$golden" "$work/now.csv"
