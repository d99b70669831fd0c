#!/usr/bin/env python3
"""Developer tool: find the first instruction where tinysim and QEMU diverge.

  scripts/lockstep.py build/tinysim configs/m55.yaml fw.elf [max_insns]

Runs QEMU with -singlestep -d exec,cpu (register state before every
instruction) and tinysim with --trace (registers written by each
instruction), rebuilds tinysim's state and compares r0-r15 instruction by
instruction. Prints the first mismatch with the preceding trace lines.
"""
import re, subprocess, sys, tempfile, os

def qemu_states(elf, limit):
    log = tempfile.mktemp(suffix=".log")
    subprocess.run(["timeout", "60", "qemu-system-arm", "-M", "mps3-an547", "-nographic",
                    "-semihosting-config", "enable=on,target=native", "-kernel", elf,
                    "-singlestep", "-d", "exec,cpu,nochain", "-D", log],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    regs = {}
    out = []
    with open(log) as f:
        for line in f:
            for m in re.finditer(r"R(\d\d)=([0-9a-f]{8})", line):
                regs[int(m.group(1))] = int(m.group(2), 16)
            m = re.match(r"XPSR=([0-9a-f]{8})", line)
            if m:
                out.append((regs[15], dict(regs), int(m.group(1), 16)))
                if len(out) >= limit:
                    break
    os.unlink(log)
    return out

def tinysim_states(sim, cfg, elf, limit):
    tr = tempfile.mktemp(suffix=".trace")
    subprocess.run([sim, "run", "--config", cfg, "--firmware", elf, "--quiet", "--trace", tr,
                    "--max-cycles", str(limit * 40)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    names = {"sp": 13, "lr": 14, "pc": 15}
    regs = {i: 0 for i in range(16)}
    out, lines = [], []
    with open(tr) as f:
        for line in f:
            if line.startswith("<"):
                continue
            parts = line.split()
            pc = int(parts[1], 16)
            out.append((pc, line.rstrip()))
            if len(out) >= limit:
                break
    os.unlink(tr)
    return out

def main():
    sim, cfg, elf = sys.argv[1:4]
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else 2000000
    q = qemu_states(elf, limit)
    t = tinysim_states(sim, cfg, elf, limit)
    regs = {}
    qi = 0
    for ti, (pc, line) in enumerate(t):
        # tinysim line: registers after the instruction at pc
        if qi >= len(q):
            break
        qpc, qregs, xpsr = q[qi]
        if qpc != pc:
            print(f"PC diverges at instruction {ti}: tinysim {pc:08x}, qemu {qpc:08x}")
            for l in t[max(0, ti - 15):ti + 1]:
                print("  ", l[1])
            return 1
        for m in re.finditer(r" (r\d+|sp|lr)=([0-9a-f]{8})", line):
            n = m.group(1)
            idx = {"sp": 13, "lr": 14}.get(n, None)
            if idx is None:
                idx = int(n[1:])
            regs[idx] = int(m.group(2), 16)
        qi += 1
        if "bkpt" in line:  # semihosting results in r0 may legitimately differ
            regs.pop(0, None)
            continue
        if qi < len(q):
            nq = q[qi][1]
            for r in range(15):
                if r in regs and regs[r] != nq[r]:
                    print(f"r{r} differs after instruction {ti} at {pc:08x}: tinysim {regs[r]:08x}, qemu {nq[r]:08x}")
                    for l in t[max(0, ti - 15):ti + 1]:
                        print("  ", l[1])
                    return 1
                if r not in regs:
                    regs[r] = nq[r]
    print(f"no divergence in {min(len(t), len(q))} instructions")
    return 0

sys.exit(main())
