#!/usr/bin/env bash
# Differential test of tinysim's Armv8.1-M ISS against QEMU with random
# programs from isagen.
#
#   run_isagen.sh <isagen> <tinysim-or-empty> <outdir> <seed> <count> [classes] [length]
#
# Generates <count> programs (isagen --seed <seed> --length <length, default 60>
# --classes <classes, default all>) into <outdir>/src, assembles and links each
# with arm-none-eabi-gcc (-mcpu=cortex-m55+nomve -mfloat-abi=hard, link.ld,
# runtime.S, dump.c; MVE programs enable MVE with .arch_extension; every
# assembler warning is an error, as GNU as warns about UNPREDICTABLE operand
# combinations), runs it on qemu-system-arm -M mps3-an547 and, if a
# tinysim path is given, on `tinysim run --config <repo>/configs/m55.yaml
# --firmware x.elf --quiet`, and compares the semihosting output and the exit
# code. Without tinysim a program passes if QEMU runs it to the final dump
# with exit code 0 (anything else is a generator bug).
# Failing programs are printed with a diff; the last line is
# "N passed, M failed"; the exit code is non-zero on any failure.
#
# QEMU results are cached by the hash of the stripped ELF, so reruns only run
# tinysim. Files: <outdir>/src/*.S, <outdir>/elf/*.elf, <outdir>/out/*.{qemu,tinysim}
#
# Environment:
#   ISAGEN_ARGS          more isagen arguments, e.g. "--exclude bfc,vscclrm"
#   ISAGEN_JOBS          parallel jobs (default 2)
#   ISAGEN_CACHE         QEMU result cache directory (default <outdir>/qemu-cache)
#   ISAGEN_NOCACHE=1     always run QEMU (and do not write the cache)
#   ISAGEN_QEMU_TIMEOUT  seconds per QEMU run (default 10)
#   ISAGEN_SIM_TIMEOUT   seconds per tinysim run (default 30)
#   ISAGEN_DIFF_LINES    diff lines shown per failure (default 40)
#   ISAGEN_SHOW_FAILS    failures shown in full (default 10; all are listed)
#   ARM_NONE_EABI_PREFIX toolchain prefix (default arm-none-eabi-)
#   QEMU_SYSTEM_ARM      QEMU binary (default qemu-system-arm)
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

# ---------------------------------------------------------------- one program
if [[ "${1:-}" == "--worker" ]]; then
  src="$2"
  name="$(basename "$src" .S)"
  elf="$W_OUT/elf/$name.elf"
  res="$W_OUT/res/$name.res"
  qout="$W_OUT/out/$name.qemu"
  sout="$W_OUT/out/$name.tinysim"
  fail() { printf 'FAIL %s %s\n' "$name" "$*" >"$res"; exit 0; }
  if ! log=$("${W_CC}" $W_CFLAGS -Wa,--fatal-warnings -c "$src" -o "$W_OUT/elf/$name.o" 2>&1); then
    printf '%s\n' "$log" >"$W_OUT/out/$name.asm"
    fail "assembler error (see out/$name.asm)"
  fi
  if ! log=$("${W_CC}" $W_CFLAGS $W_LDFLAGS "$W_OUT/rt/runtime.o" "$W_OUT/rt/dump.o" \
             "$W_OUT/elf/$name.o" -o "$elf" 2>&1); then
    printf '%s\n' "$log" >"$W_OUT/out/$name.asm"
    fail "link error (see out/$name.asm)"
  fi
  rm -f "$W_OUT/elf/$name.o"
  "${W_PREFIX}strip" -o "$elf.stripped" "$elf"
  hash=$(sha256sum "$elf.stripped" | cut -c1-32)
  rm -f "$elf.stripped"
  cached="$W_CACHE/$hash"
  if [[ "${ISAGEN_NOCACHE:-0}" != 1 && -f "$cached.rc" ]]; then
    cp "$cached.out" "$qout"
    qrc=$(cat "$cached.rc")
  else
    qrc=0
    timeout --kill-after=2 "$W_QEMU_TIMEOUT" "$W_QEMU" -M mps3-an547 -display none \
      -monitor none -parallel none -serial null -chardev stdio,id=semihost,signal=off \
      -semihosting-config enable=on,target=native,chardev=semihost \
      -kernel "$elf" </dev/null >"$qout" 2>"$qout.err" || qrc=$?
    if [[ "${ISAGEN_NOCACHE:-0}" != 1 && $qrc != 124 && $qrc != 137 ]]; then
      cp "$qout" "$cached.out.$$" && mv "$cached.out.$$" "$cached.out"
      echo "$qrc" >"$cached.rc.$$" && mv "$cached.rc.$$" "$cached.rc"
    fi
  fi
  if [[ $qrc != 0 ]] || ! tail -n 1 "$qout" | grep -qx end; then
    what="exit code $qrc"
    [[ $qrc == 124 || $qrc == 137 ]] && what="timeout after ${W_QEMU_TIMEOUT}s"
    fail "qemu: $what: $(head -c 200 "$qout" | grep FAULT || true) (generator bug?)"
  fi
  if [[ -n "$W_SIM" ]]; then
    src_rc=0
    timeout --kill-after=2 "$W_SIM_TIMEOUT" "$W_SIM" run --config "$W_CONFIG" \
      --firmware "$elf" --quiet </dev/null >"$sout" 2>"$sout.err" || src_rc=$?
    if [[ $src_rc != "$qrc" ]] || ! cmp -s "$qout" "$sout"; then
      what="tinysim exit code $src_rc, qemu $qrc"
      [[ $src_rc == 124 || $src_rc == 137 ]] && what="tinysim timeout after ${W_SIM_TIMEOUT}s"
      cmp -s "$qout" "$sout" || what="$what; outputs differ"
      fail "$what"
    fi
  fi
  printf 'PASS %s\n' "$name" >"$res"
  exit 0
fi

# ---------------------------------------------------------------- driver
if [[ $# -lt 5 ]]; then
  sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
isagen="$1"; sim="$2"; out="$3"; seed="$4"; count="$5"
classes="${6:-all}"; length="${7:-60}"
[[ -z "$classes" ]] && classes=all

prefix="${ARM_NONE_EABI_PREFIX:-arm-none-eabi-}"
qemu="${QEMU_SYSTEM_ARM:-qemu-system-arm}"
for tool in "${prefix}gcc" "${prefix}strip" "$qemu" timeout sha256sum xargs; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "run_isagen.sh: $tool not found" >&2
    exit 2
  fi
done
if [[ ! -x "$isagen" ]]; then
  echo "run_isagen.sh: isagen not executable: $isagen" >&2
  exit 2
fi
if [[ -n "$sim" && ! -x "$sim" ]]; then
  echo "run_isagen.sh: tinysim not executable: $sim" >&2
  exit 2
fi

mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -rf "$out/src" "$out/res"
mkdir -p "$out/src" "$out/elf" "$out/out" "$out/res" "$out/rt"
export W_OUT="$out"
export W_CACHE="${ISAGEN_CACHE:-$out/qemu-cache}"
mkdir -p "$W_CACHE"
export W_PREFIX="$prefix" W_CC="${prefix}gcc" W_QEMU="$qemu" W_SIM="$sim"
export W_CONFIG="$repo/configs/m55.yaml"
export W_CFLAGS="-mcpu=cortex-m55+nomve -mfloat-abi=hard -mthumb"
export W_LDFLAGS="-nostdlib -nostartfiles -T $here/link.ld"
export W_QEMU_TIMEOUT="${ISAGEN_QEMU_TIMEOUT:-10}" W_SIM_TIMEOUT="${ISAGEN_SIM_TIMEOUT:-30}"

# the runtime, once
if ! "${prefix}gcc" $W_CFLAGS -c "$here/runtime.S" -o "$out/rt/runtime.o" ||
   ! "${prefix}gcc" $W_CFLAGS -O2 -ffreestanding -fno-builtin -mgeneral-regs-only \
       -Wall -Wextra -c "$here/dump.c" -o "$out/rt/dump.o"; then
  echo "run_isagen.sh: cannot build the runtime" >&2
  exit 2
fi

if ! "$isagen" --seed "$seed" --count "$count" --length "$length" --classes "$classes" \
     ${ISAGEN_ARGS:-} --out "$out/src"; then
  echo "run_isagen.sh: isagen failed" >&2
  exit 2
fi

ls "$out/src"/prog_*.S | sort -V |
  xargs -P "${ISAGEN_JOBS:-2}" -n 1 bash "$here/run_isagen.sh" --worker

passed=0; failed=0; shown=0
show="${ISAGEN_SHOW_FAILS:-10}"; dl="${ISAGEN_DIFF_LINES:-40}"
while read -r res; do
  line="$(cat "$res")"
  if [[ "$line" == PASS* ]]; then
    passed=$((passed + 1))
    continue
  fi
  failed=$((failed + 1))
  name="$(echo "$line" | cut -d' ' -f2)"
  echo "$line"
  echo "  program: $out/src/$name.S   elf: $out/elf/$name.elf"
  if [[ $shown -lt $show ]]; then
    shown=$((shown + 1))
    if [[ -f "$out/out/$name.asm" ]]; then
      head -n "$dl" "$out/out/$name.asm" | sed 's/^/  /'
    elif [[ -n "$sim" && -f "$out/out/$name.tinysim" ]] &&
         ! tail -n 1 "$out/out/$name.tinysim" | grep -qx end; then
      if [[ -s "$out/out/$name.tinysim" ]]; then
        echo "  tinysim did not reach the final dump; its output ends with:"
        tail -n 3 "$out/out/$name.tinysim" | sed 's/^/    /'
      else
        echo "  tinysim did not reach the final dump (no output)"
      fi
      if [[ -s "$out/out/$name.tinysim.err" ]]; then
        echo "  tinysim stderr:"
        head -n 10 "$out/out/$name.tinysim.err" | sed 's/^/    /'
      fi
    elif [[ -n "$sim" && -f "$out/out/$name.tinysim" ]]; then
      # first differing checkpoint hash = first item whose effect differs
      k=$(paste -d' ' <(awk '$1 == "ck" { for (i = 3; i <= NF; i++) print $i }' "$out/out/$name.qemu") \
                      <(awk '$1 == "ck" { for (i = 3; i <= NF; i++) print $i }' "$out/out/$name.tinysim") |
          awk '$1 != $2 { print NR - 1; exit }')
      if [[ -n "$k" ]]; then
        echo "  first differing checkpoint: $k, i.e. item [$k]:"
        awk -v k="$k" '/^@ \[[0-9]+\]/ { on = (substr($2, 2) + 0 == k) }
                       /^@ (checkpoint|---- end)/ { on = 0 } on' "$out/src/$name.S" |
          head -n 30 | sed 's/^/    /'
        echo "  (state right after it: $here/bisect_isagen.sh $out/src/$name.S $sim)"
      fi
      diff -u --label qemu --label tinysim <(grep -v '^ck' "$out/out/$name.qemu") \
        <(grep -v '^ck' "$out/out/$name.tinysim") | head -n "$dl" | sed 's/^/  /'
      if [[ -s "$out/out/$name.tinysim.err" ]]; then
        echo "  tinysim stderr:"
        head -n 10 "$out/out/$name.tinysim.err" | sed 's/^/    /'
      fi
    else
      head -n 5 "$out/out/$name.qemu" "$out/out/$name.qemu.err" 2>/dev/null | sed 's/^/  /'
    fi
  fi
done < <(ls "$out/res"/*.res 2>/dev/null | sort -V)

total=$((passed + failed))
if [[ $total -ne $count ]]; then
  echo "run_isagen.sh: only $total of $count programs produced a result"
  failed=$((failed + count - total))
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
