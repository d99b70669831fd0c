// Branches, low-overhead loops and branch future.
#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {

// d.imm holds the sign-extended byte offset from PC (= instruction address + 4).
void exec_b(Cpu& c, const DecodedInsn& d) { c.branch_to(c.r[15] + d.imm); }
void exec_bcond(Cpu& c, const DecodedInsn& d) {
  if (c.cond_passed(d.cond)) c.branch_to(c.r[15] + d.imm);
}
void exec_cbz(Cpu& c, const DecodedInsn& d) {
  bool zero = c.r[d.rn] == 0;
  if (zero != (d.extra != 0)) c.branch_to(c.r[15] + d.imm);  // extra: 1 = CBNZ
}
void exec_bl(Cpu& c, const DecodedInsn& d) {
  c.r[14] = c.next_pc | 1u;
  c.branch_to(c.r[15] + d.imm);
}
void exec_bx(Cpu& c, const DecodedInsn& d) { c.bx_write_pc(c.r[d.rm]); }
void exec_blx(Cpu& c, const DecodedInsn& d) {
  uint32_t target = c.r[d.rm];
  c.r[14] = c.next_pc | 1u;
  c.bx_write_pc(target);
}

// Low-overhead loops (Armv8.1-M). LE/LETP branch backwards while LR > 1.
void exec_dls(Cpu& c, const DecodedInsn& d) { c.r[14] = c.r[d.rn]; }
void exec_wls(Cpu& c, const DecodedInsn& d) {
  uint32_t n = c.r[d.rn];
  if (n == 0) c.branch_to(c.r[15] + d.imm);
  else c.r[14] = n;
}
// d.extra: 1 = "LE LR, label" (decrementing); 0 = "LE label" (unconditional).
void exec_le(Cpu& c, const DecodedInsn& d) {
  if (!d.extra) { c.branch_to(c.r[15] - d.imm); return; }
  if (c.r[14] > 1) {
    c.r[14] -= 1;
    c.branch_to(c.r[15] - d.imm);
  }
  // LR <= 1: the loop ends and LR is left unchanged (Armv8.1-M ARM, LE pseudocode).
}

// Branch future (BF, BFX, BFL, BFLX, BFCSEL) only primes the branch future
// cache; the branch at the branch point is still present in the code, so an
// implementation may treat them as NOP (Armv8.1-M ARM, "Branch future").
void exec_bf_hint(Cpu&, const DecodedInsn&) {}

}  // namespace tinysim::armv8m
