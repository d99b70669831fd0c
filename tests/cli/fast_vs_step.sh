#!/usr/bin/env bash
# fast_vs_step.sh <tinysim> <config> <elf> [firmware args]: the fast block
# loop (blocks, memoised block timings, run_blocks) with hot blocks compiled
# to host code (the default), the same loop interpreting every block
# (--interpret), and the step-by-step path (which --trace forces for every
# instruction) give byte-identical JSON reports, console output and exit
# status: same cycles, instructions, stalls and energy.
# Run on configurations with and without memory wait states and with a short
# quantum, so that wait states, interrupts and run limits fall inside blocks.
set -eu
sim=$1; cfg=$2; elf=$3; args=${4:-}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
fast_rc=0
"$sim" run --config "$cfg" --firmware "$elf" --args "$args" --report "$d/fast.json" > "$d/fast.out" || fast_rc=$?
interp_rc=0
"$sim" run --config "$cfg" --firmware "$elf" --args "$args" --report "$d/interp.json" --interpret \
  > "$d/interp.out" || interp_rc=$?
step_rc=0
"$sim" run --config "$cfg" --firmware "$elf" --args "$args" --report "$d/step.json" --trace "$d/trace.txt" \
  > "$d/step.out" || step_rc=$?
if [ "$fast_rc" -ne "$step_rc" ] || [ "$interp_rc" -ne "$step_rc" ]; then
  echo "exit status differs: fast loop $fast_rc, interpreted $interp_rc, step by step $step_rc" >&2
  exit 1
fi
[ -s "$d/trace.txt" ] || { echo "no trace written: the step-by-step path did not run" >&2; exit 1; }
cmp "$d/fast.out" "$d/step.out"
cmp "$d/interp.out" "$d/step.out"
for run in fast interp; do
  if ! cmp -s "$d/$run.json" "$d/step.json"; then
    echo "reports differ between the $run run and the step-by-step path:" >&2
    diff "$d/$run.json" "$d/step.json" >&2 || true
    exit 1
  fi
done
echo "same report: $(grep -m1 '"cycles"' "$d/fast.json" | tr -d ' ,')"
