// System instructions: special registers, interrupts masks, hints, barriers,
// SVC, BKPT, UDF, IT.
#include <cstdio>

#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {

void exec_mrs(Cpu& c, const DecodedInsn& d) { c.r[d.rd] = c.read_special(d.imm); }
// d.extra: mask<1:0> of MSR (bit 1: NZCVQ, bit 0: GE) for the APSR forms.
void exec_msr(Cpu& c, const DecodedInsn& d) { c.write_special(d.imm, c.r[d.rn], d.extra); }

// CPS: d.extra bit 1 = I (PRIMASK), bit 0 = F (FAULTMASK); d.imm 1 = disable.
void exec_cps(Cpu& c, const DecodedInsn& d) {
  if (!c.privileged()) return;
  if (d.extra & 2) c.primask = d.imm;
  if (d.extra & 1) {
    // FAULTMASK cannot be set at priority -1 or above (NMI/HardFault).
    if (!d.imm || c.ipsr != kExcNmi) c.faultmask = d.imm;
  }
  c.update_pending();
}

void exec_nop(Cpu&, const DecodedInsn&) {}
void exec_wfi(Cpu& c, const DecodedInsn&) { c.wait_for_interrupt(); }
void exec_wfe(Cpu& c, const DecodedInsn&) { c.wait_for_event(); }
void exec_sev(Cpu& c, const DecodedInsn&) { c.send_event(); }
void exec_svc(Cpu& c, const DecodedInsn&) { c.svc_call(); }
void exec_udf(Cpu& c, const DecodedInsn&) { c.undefined("UDF (permanently undefined)"); }

void exec_bkpt(Cpu& c, const DecodedInsn& d) {
  if (d.imm == 0xAB) {
    c.semihosting_call();
    return;
  }
  throw StopRequest{StopReason::Breakpoint, 1,
                    "BKPT #" + std::to_string(d.imm) + " with no debugger attached"};
}

// IT: the block state becomes firstcond:mask; the executor applies it to the
// following instructions.
void exec_it(Cpu& c, const DecodedInsn& d) {
  c.itstate = static_cast<uint8_t>((d.cond << 4) | d.extra);
  c.leave_fast_path();  // the block runs in step_slow
}

// Instructions of a feature this model does not implement yet stop the run
// with a message naming the instruction, instead of executing wrongly.
void exec_unimplemented(Cpu& c, const DecodedInsn& d) {
  char where[64];
  if (d.len == 4) snprintf(where, sizeof where, " (encoding %04x %04x) at pc=0x%08x", d.raw >> 16, d.raw & 0xFFFF, c.pc);
  else snprintf(where, sizeof where, " (encoding %04x) at pc=0x%08x", d.raw & 0xFFFF, c.pc);
  throw StopRequest{StopReason::Error, 3,
                    "unimplemented instruction '" + c.disassemble(c.pc, d) + "'" + where};
}

}  // namespace tinysim::armv8m
