#!/usr/bin/env bash
# expect.sh <exit-code> <stderr-regex> <command> [args...]
# Runs the command and checks its exit status and that stderr matches the
# extended regex ("-": stderr not checked); a crash (signal) never matches an expected status below 128.
set -u
want=$1; pattern=$2; shift 2
err=$(mktemp); out=$(mktemp)
"$@" >"$out" 2>"$err"
got=$?
ok=1
if [ "$got" != "$want" ]; then echo "exit status $got, expected $want"; ok=0; fi
if [ "$pattern" != "-" ] && ! grep -Eq -- "$pattern" "$err"; then echo "stderr does not match /$pattern/"; ok=0; fi
if [ $ok = 0 ]; then
  echo "--- command: $*"; echo "--- stderr:"; cat "$err"; echo "--- stdout (head):"; head -20 "$out"
fi
rm -f "$err" "$out"
[ $ok = 1 ]
