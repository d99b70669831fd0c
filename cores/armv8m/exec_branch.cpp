// Branches, low-overhead loops and branch future.
#include "cores/armv8m/exec.h"
#include "cores/armv8m/exec_mve_mem.h"
#include "cores/armv8m/scs.h"

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
  // With MVE, an LE while a tail-predicated loop is active (LTPSIZE() != 4)
  // is an INVSTATE UsageFault on the LE: such a loop must end with LETP
  // (Armv8.1-M ARM, LE; QEMU 7.2 and hardware agree).
  if (__builtin_expect(c.ltpsize != 4, 0) && c.config().mve && mve_ltpsize(c) != 4)
    throw GuestFault{kExcUsageFault, kCfsrInvstate, c.pc, false, "LE while FPSCR.LTPSIZE is not 4 (tail-predicated loop)"};
  if (!d.extra) { c.branch_to(c.r[15] - d.imm); return; }
  if (c.r[14] > 1) {
    c.r[14] -= 1;
    c.branch_to(c.r[15] - d.imm);
  }
  // LR <= 1: the loop ends and LR is left unchanged (Armv8.1-M ARM, LE pseudocode).
}

// ---- Tail-predicated loops (MVE) ----
//
// FPSCR.LTPSIZE (Cpu::ltpsize) is the log2 of the element size of the loop:
// while it is below 4, the last iteration's vector instructions only process
// the LR elements that are left (Cpu::mve_element_mask). DLSTP/WLSTP set
// it, LETP and LCTP reset it to 4. They are FP instructions: they check CP10
// access and activate the FP context (a new context sets LTPSIZE to 4).

namespace {
void require_mve(Cpu& c, const char* what) {
  if (!c.config().mve) c.undefined(what);
}
}  // namespace

unsigned mve_ltpsize(Cpu& c) {
  const uint32_t cp10 = (c.scs().cpacr() >> 20) & 3;
  const bool enabled = cp10 == 3 || (cp10 == 1 && c.privileged());
  const bool new_context_pending = (c.scs().fpccr() & (1u << 31)) && !(c.control & 4);   // ASPEN && !FPCA
  return enabled && !new_context_pending ? c.ltpsize : 4u;
}

void exec_dlstp(Cpu& c, const DecodedInsn& d) {
  require_mve(c, "DLSTP needs MVE");
  c.check_mve_enabled();
  c.r[14] = c.r[d.rn];
  c.ltpsize = d.sz;
}

void exec_wlstp(Cpu& c, const DecodedInsn& d) {
  require_mve(c, "WLSTP needs MVE");
  // CONSTRAINED UNPREDICTABLE in an IT block: QEMU 7.2 UNDEFs.
  if (c.itstate) c.undefined("WLSTP in an IT block");
  // CP10 access is checked even when the loop is skipped, but a skipped loop
  // does not activate the FP context.
  c.check_fp_enabled();
  const uint32_t n = c.r[d.rn];
  if (n == 0) {
    c.branch_to(c.r[15] + d.imm);
    return;
  }
  c.note_fp_use();
  c.r[14] = n;
  c.ltpsize = d.sz;
}

void exec_letp(Cpu& c, const DecodedInsn& d) {
  require_mve(c, "LETP needs MVE");
  if (c.itstate) c.undefined("LETP in an IT block");
  c.check_mve_enabled();
  const uint32_t per_vector = 1u << (4 - c.ltpsize);
  if (c.r[14] > per_vector) {
    c.r[14] -= per_vector;
    c.branch_to(c.r[15] + d.imm);   // d.imm is negative
  } else {
    c.ltpsize = 4;   // the loop ends; LR keeps the elements of the last iteration
  }
}

void exec_lctp(Cpu& c, const DecodedInsn&) {
  require_mve(c, "LCTP needs MVE");
  c.check_mve_enabled();
  c.ltpsize = 4;
}

// Branch future (BF, BFX, BFL, BFLX, BFCSEL) only primes the branch future
// cache; the branch at the branch point is still present in the code, so an
// implementation may treat them as NOP (Armv8.1-M ARM, "Branch future").
void exec_bf_hint(Cpu&, const DecodedInsn&) {}

}  // namespace tinysim::armv8m
