#!/usr/bin/env bash
# selftime.sh <tinysim> <config> <selftime.elf>: the DWT, PMU and SysTick
# cycle counts the firmware measures around its "timed" region agree with the
# region's cycles in the report, within the few instructions that separate
# the marker writes from the counter reads.
set -eu
sim=$1; cfg=$2; elf=$3
d=$(mktemp -d)
"$sim" run --config "$cfg" --firmware "$elf" --quiet --report "$d/r.json" > "$d/out.txt"
region=$(awk '/"name": "timed"/{f=1} f && /"cycles":/{gsub(/[^0-9]/,""); print; exit}' "$d/r.json")
[ -n "$region" ] || { echo "no region 'timed' in the report"; cat "$d/r.json"; exit 1; }
status=0
for counter in dwt pmu systick; do
  v=$(awk -v c=$counter '$1 == c {print $2}' "$d/out.txt")
  [ -n "$v" ] || { echo "firmware did not print $counter"; cat "$d/out.txt"; exit 1; }
  diff=$((region - v))
  echo "$counter: firmware measured $v cycles, report region $region cycles (difference $diff)"
  if [ "$v" -lt 10000 ] || [ "$diff" -lt 0 ] || [ "$diff" -gt 40 ]; then status=1; fi
done
rm -rf "$d"
exit $status
