#include "cores/armv8m/timing.h"

#include <string_view>

namespace tinysim::armv8m {

int op_class_from_name(std::string_view name) {
  for (int i = 0; i < kNumOpClasses; ++i)
    if (op_class_name(static_cast<OpClass>(i)) == name) return i;
  return -1;
}

// Sources:
//  [TRM]  Arm Cortex-M55 Processor Technical Reference Manual (101051), r1p0,
//         "Processor pipeline": 4-stage integer pipeline (Fetch, Decode,
//         Issue/Execute1, Execute2/Writeback), single-issue for scalar code,
//         dual 32-bit loads allowed.
//  [LLVM] LLVM's Arm-contributed scheduling model for the Cortex-M55,
//         llvm/lib/Target/ARM/ARMScheduleM55.td: single-issue, loads with a
//         2-cycle result latency (one load-use bubble), integer multiply
//         2-cycle latency fully pipelined, divide iterative.
//  [M4]   Where no M55 figure is public, the Cortex-M4/M7 Technical Reference
//         Manual instruction timing is used and marked as an assumption.
Timing::Timing() {
  auto set_c = [&](OpClass c, uint8_t v) { p_.issue[static_cast<int>(c)] = v; };
  set_c(OpClass::Alu, 1);          // [TRM] single-cycle ALU
  set_c(OpClass::AluShiftReg, 1);  // [LLVM] register-controlled shifts single issue
  set_c(OpClass::Mul, 1);          // [LLVM] MUL/MLA pipelined, 1 issue cycle
  set_c(OpClass::MulLong, 2);      // assumption [M4]: 64-bit results write two registers
  set_c(OpClass::Div, 8);          // assumption: iterative divider, mid-range of [M4] 2..12
  set_c(OpClass::Dsp, 1);          // [LLVM] SIMD32 arithmetic single cycle
  set_c(OpClass::DspMac, 1);       // [LLVM] pipelined MAC
  set_c(OpClass::Load, 1);         // [TRM] pipelined loads; result latency via load_use
  set_c(OpClass::Store, 1);        // [TRM]
  set_c(OpClass::LoadMulti, 1);    // + per_extra_register per additional register
  set_c(OpClass::StoreMulti, 1);
  set_c(OpClass::Branch, 1);       // + branch_taken when taken
  set_c(OpClass::BranchLink, 1);
  set_c(OpClass::LoopBranch, 1);   // assumption: LE predicted by the loop cache, no refill
  set_c(OpClass::System, 1);
  set_c(OpClass::Exclusive, 2);    // assumption
  set_c(OpClass::FpAlu, 1);        // [LLVM] FP add pipelined
  set_c(OpClass::FpMul, 1);
  set_c(OpClass::FpMac, 1);
  set_c(OpClass::FpDiv, 14);       // assumption [M4]: VDIV.F32 / VSQRT.F32 14 cycles
  set_c(OpClass::FpDivD, 28);      // assumption: double precision iterates twice as long
  set_c(OpClass::FpCvt, 1);
  set_c(OpClass::FpAluD, 2);       // assumption: double precision uses the 32-bit datapath twice
  set_c(OpClass::FpMulD, 4);       // assumption
  set_c(OpClass::FpLoad, 1);
  set_c(OpClass::FpStore, 1);
  set_c(OpClass::FpMove, 1);
  set_c(OpClass::Nop, 1);
  set_c(OpClass::Mve, 1);
  p_.branch_taken = 2;        // [TRM] pipeline refill of the 4-stage pipeline; assumption: 2 cycles with prefetch
  p_.load_use = 1;            // [LLVM] load result latency 2
  p_.per_extra_register = 1;  // [M4] LDM/STM: 1 + N
  p_.it_skipped = 1;
  p_.exception_entry = 12;    // [M4] 12-cycle interrupt latency with zero-wait-state memory
  p_.exception_return = 10;   // [M4] assumption: unstacking 10 cycles
}

bool Timing::set(const std::string& name, uint32_t cycles) {
  uint8_t v = static_cast<uint8_t>(cycles > 255 ? 255 : cycles);
  int c = op_class_from_name(name);
  if (c >= 0) { p_.issue[c] = v; return true; }
  if (name == "branch_taken") p_.branch_taken = v;
  else if (name == "load_use") p_.load_use = v;
  else if (name == "per_extra_register") p_.per_extra_register = v;
  else if (name == "it_skipped") p_.it_skipped = v;
  else if (name == "exception_entry") p_.exception_entry = v;
  else if (name == "exception_return") p_.exception_return = v;
  else return false;
  return true;
}

std::string Timing::known_names() {
  std::string s;
  for (int i = 0; i < kNumOpClasses; ++i) {
    s += std::string(op_class_name(static_cast<OpClass>(i)));
    s += ", ";
  }
  return s + "branch_taken, load_use, per_extra_register, it_skipped, exception_entry, exception_return";
}

}  // namespace tinysim::armv8m
