#!/usr/bin/env bash
# Differential test of one firmware ELF: QEMU (mps3-an547) versus tinysim.
#
#   run_diff.sh --elf FILE --qemu-script scripts/run-qemu.sh
#               [--tinysim EXE --config YAML] [--expect-exit N]
#               [--outdir DIR] [--timeout SEC] [--args "ARG ..."]
#
# With --tinysim: runs the ELF on QEMU and on
#     EXE run --config YAML --firmware FILE --quiet
# and passes when both print byte-identical console output (QEMU's semihosting
# console vs tinysim's stdout) and exit with the same status.
# Without --tinysim: QEMU only (a check of the firmware and the reference).
# --expect-exit N additionally requires QEMU's exit status to be N.
# --args: the firmware's command line (semihosting), the same on both.
#
# Exit status: 0 pass, 1 fail (a missing qemu-system-arm is a failure:
# scripts/setup.sh installs it; the test never skips silently).
# Outputs are kept in --outdir (default: a temporary directory, removed on
# success) as qemu.out, qemu.rc, tinysim.out, tinysim.err, tinysim.rc.
set -uo pipefail

elf="" qemu_script="" tinysim="" config="" expect_exit="" outdir="" timeout_s=60 fw_args=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --elf) elf="$2"; shift 2 ;;
    --qemu-script) qemu_script="$2"; shift 2 ;;
    --tinysim) tinysim="$2"; shift 2 ;;
    --config) config="$2"; shift 2 ;;
    --expect-exit) expect_exit="$2"; shift 2 ;;
    --outdir) outdir="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    --args) fw_args="$2"; shift 2 ;;
    *) echo "run_diff.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$elf" || -z "$qemu_script" ]]; then
  echo "run_diff.sh: --elf and --qemu-script are required" >&2
  exit 2
fi
if [[ ! -f "$elf" ]]; then
  echo "run_diff.sh: firmware not built: $elf" >&2
  exit 1
fi
if ! command -v "${QEMU_SYSTEM_ARM:-qemu-system-arm}" >/dev/null 2>&1; then
  echo "run_diff.sh: qemu-system-arm not found: run scripts/setup.sh" >&2
  exit 1
fi

keep=1
if [[ -z "$outdir" ]]; then
  outdir=$(mktemp -d "${TMPDIR:-/tmp}/tinysim-diff.XXXXXX")
  keep=0
fi
mkdir -p "$outdir"
rm -f "$outdir"/qemu.* "$outdir"/tinysim.*

fail=0
read -r -a qemu_fw_args <<<"$fw_args"
"$qemu_script" --timeout "$timeout_s" "$elf" "${qemu_fw_args[@]}" >"$outdir/qemu.out" 2>"$outdir/qemu.err"
qrc=$?
echo "$qrc" >"$outdir/qemu.rc"

if [[ -n "$expect_exit" && "$qrc" != "$expect_exit" ]]; then
  echo "FAIL: QEMU exit status $qrc, expected $expect_exit"
  fail=1
fi
if grep -q '^\*\*\* unhandled exception' "$outdir/qemu.out"; then
  echo "FAIL: unhandled exception on QEMU"
  fail=1
fi

if [[ -n "$tinysim" ]]; then
  timeout --kill-after=5 "$timeout_s" "$tinysim" run --config "$config" --firmware "$elf" --quiet ${fw_args:+--args "$fw_args"} \
    >"$outdir/tinysim.out" 2>"$outdir/tinysim.err" </dev/null
  trc=$?
  echo "$trc" >"$outdir/tinysim.rc"
  if [[ $trc -eq 124 ]]; then
    echo "FAIL: tinysim timed out after ${timeout_s}s"
  fi
  if ! cmp -s "$outdir/qemu.out" "$outdir/tinysim.out"; then
    echo "FAIL: console output differs (--- QEMU, +++ tinysim):"
    diff -u --label qemu --label tinysim "$outdir/qemu.out" "$outdir/tinysim.out" | head -n 60
    fail=1
  fi
  if [[ "$qrc" != "$trc" ]]; then
    echo "FAIL: exit status differs: QEMU $qrc, tinysim $trc"
    fail=1
  fi
  if [[ $fail -ne 0 && -s "$outdir/tinysim.err" ]]; then
    echo "tinysim stderr (last 20 lines):"
    tail -n 20 "$outdir/tinysim.err"
  fi
fi

if [[ $fail -ne 0 ]]; then
  if [[ $keep -eq 0 ]]; then
    echo "(outputs kept in $outdir)"
  fi
  if [[ -s "$outdir/qemu.err" ]]; then
    echo "QEMU stderr:"
    tail -n 20 "$outdir/qemu.err"
  fi
  exit 1
fi

lines=$(wc -l <"$outdir/qemu.out")
if [[ -n "$tinysim" ]]; then
  echo "PASS: $(basename "$elf"): $lines lines and exit status $qrc identical on QEMU and tinysim"
else
  echo "PASS: $(basename "$elf"): QEMU exit status $qrc, $lines lines"
fi
if [[ $keep -eq 0 ]]; then
  rm -rf "$outdir"
fi
exit 0
