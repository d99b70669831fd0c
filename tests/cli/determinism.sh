#!/usr/bin/env bash
# determinism.sh <tinysim> <config> <elf>: two runs give byte-identical
# console output, JSON report and CSV.
set -eu
sim=$1; cfg=$2; elf=$3
d=$(mktemp -d)
for i in 1 2; do
  "$sim" run --config "$cfg" --firmware "$elf" --report "$d/r$i.json" --csv "$d/r$i.csv" > "$d/out$i.txt"
done
cmp "$d/r1.json" "$d/r2.json"
cmp "$d/r1.csv" "$d/r2.csv"
cmp "$d/out1.txt" "$d/out2.txt"
grep -q '"version": 1' "$d/r1.json"
grep -q '"regions": \[$' "$d/r1.json"
rm -rf "$d"
echo "deterministic"
