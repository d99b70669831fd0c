#!/usr/bin/env bash
# Speed benchmark: the same scalar integer workload (workloads/bench/scalar_bench.c)
# on tinysim and on QEMU (mps3-an547), MIPS of both and their ratio.
#
#   scripts/bench.sh <tinysim> <config.yaml> <scalar_bench.elf> [small_iters] [big_iters]
#
# Each engine runs the firmware with a small and a big iteration count, so that
# start-up (process, SystemC elaboration, ELF loading, printf) cancels out:
#
#   MIPS = (instructions_big - instructions_small) / (seconds_big - seconds_small) / 1e6
#
# Every timed run is repeated BENCH_REPEAT times (default 3), in rounds that
# alternate the two engines, and the fastest is kept. Time is wall clock
# (bash's `time`); the "cpu MIPS" column uses the user+sys CPU time of the
# same runs instead, which suffers less when other jobs load the machine
# ("startup" is the fastest small run, wall clock). Instruction counts come
# from tinysim's JSON report; QEMU executes the same instruction stream
# (same ELF, same arguments), which is checked by comparing the firmware's
# whole console output (its checksums) at both iteration counts.
#
# QEMU is roughly 4-5x faster than tinysim on scalar code, so with the same
# two counts its time difference would be ~0.2 s, near the jitter of its
# ~0.1-0.2 s start-up.
# QEMU's big timed run therefore uses big_iters x BENCH_QEMU_SCALE iterations
# (default 10); its instruction count is extrapolated linearly from tinysim's
# two reports (measured error 0.014% at 6000 iterations: per-iteration counts
# vary a little with the data) and marked "~" in the table. BENCH_QEMU_SCALE=1
# uses tinysim's exact counts.
#
# Defaults: small_iters 20, big_iters 1200 (~156k instructions per iteration,
# about 1 s on tinysim at ~200 MIPS). Exit status: 0 when all runs succeed and
# the outputs match, 1 when the outputs differ, 2 on usage errors, 3 when a
# run fails. This is a measurement, not a pass/fail speed test.
#
# Environment: BENCH_REPEAT, BENCH_QEMU_SCALE, BENCH_ARGS (firmware arguments
# given before the iteration count, e.g. a kernel name), QEMU_SYSTEM_ARM (see
# run-qemu.sh).
set -euo pipefail
export LC_ALL=C  # decimal points in `time` output and awk

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

if [[ $# -lt 3 || $# -gt 5 || "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  usage >&2
  exit 2
fi
tinysim="$1"
config="$2"
elf="$3"
small="${4:-20}"
big="${5:-1200}"
repeat="${BENCH_REPEAT:-3}"
qscale="${BENCH_QEMU_SCALE:-10}"
here="$(cd "$(dirname "$0")" && pwd)"
run_qemu="$here/run-qemu.sh"

die() { echo "bench.sh: $*" >&2; exit "${2:-2}"; }
isint() { [[ "$1" =~ ^[0-9]+$ ]]; }
if ! isint "$small" || ! isint "$big" || (( small >= big )); then
  die "need integers small_iters < big_iters (got '$small' '$big')"
fi
if ! isint "$repeat" || (( repeat < 1 )); then
  die "BENCH_REPEAT must be a positive integer"
fi
if ! isint "$qscale" || (( qscale < 1 )); then
  die "BENCH_QEMU_SCALE must be a positive integer"
fi
[[ -x "$tinysim" ]] || die "tinysim not executable: $tinysim"
[[ -f "$config" ]] || die "no such config: $config"
[[ -f "$elf" ]] || die "no such firmware: $elf (build the 'firmware' target)"
qbig=$(( big * qscale ))
read -r -a fw_args <<<"${BENCH_ARGS:-}"

work="$(mktemp -d "${TMPDIR:-/tmp}/tinysim-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }

# timed OUT ERR CMD...: runs CMD with stdout/stderr to files; sets $rc, $secs
# (wall clock) and $cpu (user + sys of CMD and its children).
timed() {
  local out="$1" err="$2" tf="$work/time.txt"
  shift 2
  rc=0
  { time { "$@" >"$out" 2>"$err" || rc=$?; }; } 2>"$tf"
  read -r secs cpu <"$tf"
}
TIMEFORMAT='%R %U %S'

# run_ENGINE ITERS TAG: one run; output in $work/TAG.out (and tinysim's report in
# $work/TAG.json); sets $secs and $cpu. (Called as "run_$engine".)
check_rc() {
  if [[ $rc -ne 0 ]]; then
    echo "bench.sh: $1 failed (exit $rc) with $2 iterations:" >&2
    cat "$work/$3.out" "$work/$3.err" >&2
    exit 3
  fi
}
# shellcheck disable=SC2317
run_tinysim() {
  timed "$work/$2.out" "$work/$2.err" "$tinysim" run --config "$config" --firmware "$elf" \
    --args "${fw_args[*]} $1" --quiet --report "$work/$2.json"
  check_rc tinysim "$1" "$2"
}
# shellcheck disable=SC2317
run_qemu() {
  timed "$work/$2.out" "$work/$2.err" "$run_qemu" --timeout 600 "$elf" "${fw_args[@]}" "$1"
  check_rc QEMU "$1" "$2"
}

# "total": { "cycles": N, "instructions": N, ... } of a tinysim JSON report.
report_total() {
  awk -v key="\"$2\":" '
    /"total":/ { intotal = 1 }
    intotal && index($0, key) {
      sub(".*" key "[ \t]*", ""); sub("[^0-9].*", ""); print; exit
    }' "$1"
}

# fold TAG: this run's wall clock ($secs) and CPU time ($cpu, "user sys")
# into the fastest so far of TAG (the minimum of each is taken separately).
declare -A fastest_wall fastest_cpu
fold() {
  local tag="$1" c
  c=$(awk -v a="$cpu" 'BEGIN { split(a, u, " "); print u[1] + u[2] }')
  fastest_wall[$tag]=$(min "${fastest_wall[$tag]:-}" "$secs")
  fastest_cpu[$tag]=$(min "${fastest_cpu[$tag]:-}" "$c")
}

echo "bench: $(basename "$elf")${BENCH_ARGS:+ $BENCH_ARGS}, iterations $small -> $big (QEMU timing $small -> $qbig), fastest of $repeat"

# QEMU at tinysim's big count once, for the output check only.
if (( qscale != 1 )); then
  run_qemu "$big" q_big
fi
# Rounds alternate the engines, so that both meet the machine in the same
# state (on a shared VM its speed drifts over minutes): one round is tinysim
# small, tinysim big, QEMU small, QEMU big.
for (( round = 1; round <= repeat; round++ )); do
  run_tinysim "$small" ts_small; fold ts_small
  run_tinysim "$big" ts_big;     fold ts_big
  run_qemu "$small" q_small;     fold q_small
  if (( qscale == 1 )); then
    run_qemu "$big" q_big;       fold q_big
  else
    run_qemu "$qbig" q_qbig;     fold q_big
  fi
done
ts_t_small=${fastest_wall[ts_small]}; ts_c_small=${fastest_cpu[ts_small]}
ts_t_big=${fastest_wall[ts_big]};     ts_c_big=${fastest_cpu[ts_big]}
q_t_small=${fastest_wall[q_small]};   q_c_small=${fastest_cpu[q_small]}
q_t_big=${fastest_wall[q_big]};       q_c_big=${fastest_cpu[q_big]}

# Same instruction stream: the firmware prints the same checksums.
status=0
for tag in small big; do
  if ! cmp -s "$work/ts_$tag.out" "$work/q_$tag.out"; then
    echo "bench.sh: output differs between tinysim and QEMU ($tag run):" >&2
    diff "$work/ts_$tag.out" "$work/q_$tag.out" >&2 || true
    status=1
  fi
done
if ! grep -q "checksum" "$work/ts_big.out"; then
  echo "bench.sh: no checksum line in the firmware output:" >&2
  cat "$work/ts_big.out" >&2
  status=1
fi

i_small=$(report_total "$work/ts_small.json" instructions)
i_big=$(report_total "$work/ts_big.json" instructions)
c_small=$(report_total "$work/ts_small.json" cycles)
c_big=$(report_total "$work/ts_big.json" cycles)
[[ -n "$i_small" && -n "$i_big" && -n "$c_small" && -n "$c_big" ]] \
  || die "could not read total cycles/instructions from tinysim's report" 3

awk -v small="$small" -v big="$big" -v qbig="$qbig" \
    -v is="$i_small" -v ib="$i_big" -v cs="$c_small" -v cb="$c_big" \
    -v tts="$ts_t_small" -v ttb="$ts_t_big" -v qts="$q_t_small" -v qtb="$q_t_big" \
    -v tcs="$ts_c_small" -v tcb="$ts_c_big" -v qcs="$q_c_small" -v qcb="$q_c_big" '
  BEGIN {
    per_iter = (ib - is) / (big - small)
    ts_di = ib - is;                 ts_dt = ttb - tts
    q_di = per_iter * (qbig - small); q_dt = qtb - qts
    approx = (qbig == big) ? "" : "~"
    if (ts_dt <= 0 || q_dt <= 0) {
      print "bench.sh: non-positive time difference; raise big_iters" > "/dev/stderr"
      exit 3
    }
    ts_mips = ts_di / ts_dt / 1e6
    q_mips = q_di / q_dt / 1e6
    ts_cdt = tcb - tcs; q_cdt = qcb - qcs
    ts_cmips = ts_cdt > 0 ? sprintf("%.1f", ts_di / ts_cdt / 1e6) : "n/a"
    q_cmips = q_cdt > 0 ? sprintf("%.1f", q_di / q_cdt / 1e6) : "n/a"
    printf "\n%-8s %15s %16s %9s %9s %9s %9s\n", "engine", "iterations", "instructions", "startup", "seconds", "MIPS", "cpu MIPS"
    printf "%-8s %15s %16.0f %9.3f %9.3f %9.1f %9s\n", "tinysim", small " -> " big, ts_di, tts, ts_dt, ts_mips, ts_cmips
    printf "%-8s %15s %16s %9.3f %9.3f %9.1f %9s\n", "qemu", small " -> " qbig, sprintf("%s%.0f", approx, q_di), qts, q_dt, q_mips, q_cmips
    printf "\nratio tinysim/qemu: %.4f (QEMU %.1fx faster)", ts_mips / q_mips, q_mips / ts_mips
    if (ts_cdt > 0 && q_cdt > 0)
      printf "; by CPU time %.4f", (ts_di / ts_cdt) / (q_di / q_cdt)
    printf "\n"
    printf "tinysim simulated: %.0f cycles, %.0f instructions, CPI %.3f (big run %d iters: %d cycles, CPI %.3f)\n",
           cb - cs, ib - is, (cb - cs) / (ib - is), big, cb, cb / ib
    printf "per iteration: %.0f instructions, %.0f cycles\n", per_iter, (cb - cs) / (big - small)
  }' || exit 3

tail -n 1 "$work/ts_big.out" | sed 's/^/firmware: /'
if [[ $status -eq 0 ]]; then
  echo "outputs match (tinysim = QEMU at $small and $big iterations)"
else
  echo "OUTPUTS DIFFER between tinysim and QEMU (details on stderr)"
fi
exit $status
