#!/usr/bin/env bash
# Find the first item of an isagen program after which tinysim and QEMU
# disagree, and print that item's code with the state diff.
#
#   bisect_isagen.sh <prog.S> <tinysim> [workdir]
#
# Variant k of the program ends right after item k (a `b.w isagen_epilogue`
# is inserted before the "@ [k+1]" marker; the rest of the file is kept, so
# labels, literal pools and leaf functions stay where they were). Binary
# search for the smallest k whose final states differ, assuming that a
# divergence, once it happens, persists (usually true; the script verifies
# k-1 matches and k differs).
# Environment: as run_isagen.sh (ARM_NONE_EABI_PREFIX, QEMU_SYSTEM_ARM).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [[ $# -lt 2 ]]; then
  sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
prog="$1"; sim="$2"; work="${3:-$(mktemp -d /tmp/isagen-bisect.XXXXXX)}"
mkdir -p "$work"
prefix="${ARM_NONE_EABI_PREFIX:-arm-none-eabi-}"
qemu="${QEMU_SYSTEM_ARM:-qemu-system-arm}"
cflags="-mcpu=cortex-m55+nomve -mfloat-abi=hard -mthumb"
"${prefix}gcc" $cflags -c "$here/runtime.S" -o "$work/runtime.o" || exit 2
"${prefix}gcc" $cflags -O2 -ffreestanding -fno-builtin -mgeneral-regs-only \
  -c "$here/dump.c" -o "$work/dump.o" || exit 2

n=$(grep -c '^@ \[[0-9]*\]' "$prog")

# run variant k (k = number of items kept; n = the whole program):
# prints "same" or "diff", leaves $work/k.{qemu,sim}
run() {
  local k=$1 s="$work/v$1.S"
  if [[ $k -ge $n ]]; then
    cp "$prog" "$s"
  else
    awk -v k="$k" '
      /^@ \[[0-9]+\]/ { i = substr($2, 2) + 0; if (i == k) print "        b.w isagen_epilogue" }
      { print }' "$prog" >"$s"
  fi
  "${prefix}gcc" $cflags -Wa,--fatal-warnings -c "$s" -o "$work/v$k.o" &&
    "${prefix}gcc" $cflags -nostdlib -nostartfiles -T "$here/link.ld" "$work/runtime.o" \
      "$work/dump.o" "$work/v$k.o" -o "$work/v$k.elf" || { echo error; return; }
  local qrc=0 src=0
  timeout 10 "$qemu" -M mps3-an547 -display none -monitor none -parallel none -serial null \
    -chardev stdio,id=sh,signal=off -semihosting-config enable=on,target=native,chardev=sh \
    -kernel "$work/v$k.elf" </dev/null >"$work/$k.qemu" 2>/dev/null || qrc=$?
  timeout 30 "$sim" run --config "$repo/configs/m55.yaml" --firmware "$work/v$k.elf" --quiet \
    </dev/null >"$work/$k.sim" 2>"$work/$k.sim.err" || src=$?
  if [[ $qrc == "$src" ]] && cmp -s "$work/$k.qemu" "$work/$k.sim"; then echo same; else echo diff; fi
}

if [[ "$(run "$n")" != diff ]]; then
  echo "the whole program agrees (or does not build): nothing to bisect"
  exit 1
fi
lo=0 hi=$n   # invariant: variant lo agrees (checked below), variant hi differs
if [[ "$(run 0)" != same ]]; then
  echo "even the prologue alone differs"
  diff -u --label qemu --label tinysim "$work/0.qemu" "$work/0.sim"
  exit 0
fi
while [[ $((hi - lo)) -gt 1 ]]; do
  mid=$(((lo + hi) / 2))
  if [[ "$(run "$mid")" == same ]]; then lo=$mid; else hi=$mid; fi
done
item=$((hi - 1))
echo "first divergence: item [$item] ($work/v$hi.S, $work/v$hi.elf)"
awk -v i="$item" '
  BEGIN { cur = -1 }
  /^@ \[[0-9]+\]/ { cur = substr($2, 2) + 0 }
  /^@ ---- end/ { cur = -1 }
  cur == i' "$prog"
diff -u --label "qemu (after item $item)" --label "tinysim" "$work/$hi.qemu" "$work/$hi.sim"
[[ -s "$work/$hi.sim.err" ]] && { echo "tinysim stderr:"; head -5 "$work/$hi.sim.err"; }
exit 0
