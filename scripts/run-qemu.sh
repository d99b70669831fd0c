#!/usr/bin/env bash
# Run a bare-metal firmware ELF on QEMU's mps3-an547 (Corstone-300, Cortex-M55),
# the reference platform of tinysim's differential tests.
#
#   scripts/run-qemu.sh [options] <firmware.elf> [firmware args...]
#
# The firmware's semihosting console output goes to stdout (nothing else does),
# and the script exits with the firmware's exit code (picolibc's exit(n) uses
# semihosting SYS_EXIT_EXTENDED, which QEMU turns into its own exit status n).
# QEMU's own diagnostics go to stderr.
#
# Options:
#   --timeout SEC     kill QEMU after SEC seconds (default 10, env QEMU_TIMEOUT);
#                     exit code 124 on timeout
#   --uart            also show the CMSDK UART0 output (0x49303000 / Secure
#                     alias 0x59303000) on stderr
#   --qemu-arg ARG    pass ARG to qemu-system-arm (repeatable), e.g.
#                     --qemu-arg -d --qemu-arg in_asm,int
#   -h, --help
# Firmware args are passed as the semihosting command line (argv[1..] in main;
# picolibc's crt0 makes argv[0] "program-name" and argv[1] QEMU's kernel path).
#
# Environment: QEMU_SYSTEM_ARM (default qemu-system-arm).
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

timeout_s="${QEMU_TIMEOUT:-10}"
uart=0
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --timeout) timeout_s="$2"; shift 2 ;;
    --timeout=*) timeout_s="${1#*=}"; shift ;;
    --uart) uart=1; shift ;;
    --qemu-arg) extra+=("$2"); shift 2 ;;
    --qemu-arg=*) extra+=("${1#*=}"); shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) echo "run-qemu.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [[ $# -lt 1 ]]; then
  usage >&2
  exit 2
fi
elf="$1"; shift
if [[ ! -f "$elf" ]]; then
  echo "run-qemu.sh: no such file: $elf" >&2
  exit 2
fi
qemu="${QEMU_SYSTEM_ARM:-qemu-system-arm}"
if ! command -v "$qemu" >/dev/null 2>&1; then
  echo "run-qemu.sh: $qemu not found" >&2
  exit 127
fi

# No display, no monitor, no default serial on stdio: stdout carries only the
# semihosting console (a stdio chardev; without `chardev=` QEMU 7.2 would write
# semihosting output to stderr). -nographic is not used because it would put
# the serial port and monitor on stdio too.
# (-nodefaults is not used either: the board's LAN9118 then warns that it has no
# network peer.)
args=(-M mps3-an547 -display none -monitor none -parallel none
      -chardev stdio,id=semihost,signal=off
      -semihosting-config enable=on,target=native,chardev=semihost)
if [[ $uart -eq 1 ]]; then
  args+=(-chardev file,id=uart0,path=/dev/stderr -serial chardev:uart0)
else
  args+=(-serial null)
fi
args+=(-kernel "$elf")
if [[ $# -gt 0 ]]; then
  args+=(-append "$*")
fi

# stdin from /dev/null: QEMU's stdio chardev would otherwise put an interactive
# terminal into raw mode (and leave it so if the timeout kills QEMU).
rc=0
timeout --kill-after=2 "$timeout_s" "$qemu" "${args[@]}" ${extra[@]+"${extra[@]}"} </dev/null || rc=$?
if [[ $rc -eq 124 ]]; then
  echo "run-qemu.sh: timed out after ${timeout_s}s: $elf" >&2
fi
exit $rc
