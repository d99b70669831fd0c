#include "cores/armv8m/timing.h"

#include <string_view>

namespace tinysim::armv8m {

int op_class_from_name(std::string_view name) {
  for (int i = 0; i < kNumOpClasses; ++i)
    if (op_class_name(static_cast<OpClass>(i)) == name) return i;
  return -1;
}

// Sources:
//  [LLVM] LLVM's scheduling model for the Cortex-M55, contributed by Arm:
//         llvm/lib/Target/ARM/ARMScheduleM55.td. In-order, "a lot like the
//         M4/M33"; ALU results latency 1 (DX), loads, multiplies, MACs,
//         divides and shifted-operand ALU ops latency 2 (CX); VFP single
//         precision add/mul latency 2 (FloatE3), VFMA/VMLA single 4
//         (E3Plus2), VDIV/VSQRT single 16 (E3Plus14), double precision
//         add 15 (E3Plus13), mul 21 (E3Plus19), fused MAC 36 (E3Plus34),
//         divide/sqrt 30 (E3Plus28); VLDR latency 2, VSTR 1;
//         MispredictPenalty = 3.
//  [WIKICHIP] 4-stage integer pipeline (up from 3 in Cortex-M4).
//  [M4]   Cortex-M4 Technical Reference Manual, "Processor instructions":
//         LDM/STM take 1+N cycles, interrupt entry 12 cycles with zero-wait
//         memory. Used where the M55 publishes nothing, marked below.
Timing::Timing() {
  auto cls = [&](OpClass c, uint8_t issue, uint8_t latency, uint8_t taken = 0) {
    p_.issue[static_cast<int>(c)] = issue;
    p_.latency[static_cast<int>(c)] = latency;
    p_.taken[static_cast<int>(c)] = taken;
  };
  // Taken branches pay a pipeline refill: [LLVM] MispredictPenalty = 3,
  // assuming no dynamic branch prediction for ordinary branches (assumption).
  constexpr uint8_t kRefill = 3;
  //          class                 issue latency taken
  cls(OpClass::Alu,                 1, 1, kRefill);  // [LLVM] DX; ALU writes to PC refill too
  cls(OpClass::AluShiftReg,         1, 2);           // [LLVM] WriteALUsr latency 2
  cls(OpClass::Mul,                 1, 2);           // [LLVM] WriteMUL32/MAC32 latency 2, pipelined
  cls(OpClass::MulLong,             1, 2);           // [LLVM] WriteMUL64Lo/Hi latency 2
  cls(OpClass::Div,                 2, 2);           // [LLVM] WriteDIV latency 2 (data-independent in the model; assumption)
  cls(OpClass::Dsp,                 1, 2);           // [LLVM] t2Q*, t2[SU]ADD*, SSAT: CX latency 2
  cls(OpClass::DspMac,              1, 2);           // [LLVM] t2SM[LM]*: CX latency 2
  cls(OpClass::Load,                1, 2, kRefill);  // [LLVM] WriteLd latency 2; LDR PC refills
  cls(OpClass::Store,               1, 1);           // [LLVM] WriteST latency 1
  cls(OpClass::LoadMulti,           1, 2, kRefill);  // + per_extra_register per register; POP {pc} refills
  cls(OpClass::StoreMulti,          1, 1);
  cls(OpClass::Branch,              1, 1, kRefill);  // [LLVM] WriteBr + MispredictPenalty when taken
  cls(OpClass::BranchLink,          1, 1, kRefill);
  cls(OpClass::LoopBranch,          1, 1, 0);        // assumption: LE/WLS targets come from the loop cache, no refill
  cls(OpClass::System,              1, 1, kRefill);  // [LLVM] MRS/MSR/CPS single issue
  cls(OpClass::Exclusive,           1, 2);           // [LLVM] t2LDA*/t2STL*: CX latency 2
  cls(OpClass::FpAlu,               1, 2);           // [LLVM] WriteFPALU32 = FloatE3, latency 2
  cls(OpClass::FpMul,               1, 2);           // [LLVM] WriteFPMUL32 = FloatE3
  cls(OpClass::FpMac,               1, 4);           // [LLVM] WriteFPMAC32 = FloatE3Plus2, latency 4
  cls(OpClass::FpDiv,               14, 16);         // [LLVM] WriteFPDIV32/SQRT32 = E3Plus14; iterative, assumption: blocks issue
  cls(OpClass::FpDivD,              28, 30);         // [LLVM] WriteFPDIV64/SQRT64 = E3Plus28
  cls(OpClass::FpCvt,               1, 2);           // [LLVM] WriteFPCVT = FloatE3
  cls(OpClass::FpAluD,              13, 15);         // [LLVM] WriteFPALU64 = E3Plus13; double precision on the 32-bit FPU is iterative (assumption: blocks issue)
  cls(OpClass::FpMulD,              19, 21);         // [LLVM] WriteFPMUL64 = E3Plus19 (fused MAC double: 36, counted as mul_d + alu_d)
  cls(OpClass::FpLoad,              1, 2);           // [LLVM] VLD: LSE3, latency 2
  cls(OpClass::FpStore,             1, 1);           // [LLVM] VST: LSE2
  cls(OpClass::FpMove,              1, 2);           // [LLVM] VMOV core<->FP: FloatE3
  cls(OpClass::Nop,                 1, 1);
  cls(OpClass::LongShift,           1, 2);           // [LLVM] MVE_ASRL etc. on the scalar CX pipeline, latency 2
  // Helium: the Cortex-M55 executes 2 of the 4 beats of a vector instruction
  // per cycle (dual-beat), so a vector instruction holds its pipe for 2
  // cycles (issue); the next vector instruction of another pipe overlaps it
  // (cpu.h, vector_cycles). Latency: cycles from its start until a reader
  // of its Q result can start. [LLVM] ARMScheduleM55.td, "MVE": E2 writes
  // forward after 1 cycle, E3 after 2 ("M55Write2*E2/E3", ReleaseAtCycles=2).
  cls(OpClass::MveAlu,              2, 1);           // [LLVM] VADD/VAND/VSHL/VMAX... M55Write2IntE2 (VQMOVN/VSHRN: E4NoFwd 3, VRSHR E3: class uses 1, assumption)
  cls(OpClass::MveMul,              2, 2);           // [LLVM] VMUL/VQDMULH/VMLA: M55Write2FloatE3
  cls(OpClass::MveMac,              2, 2);           // [LLVM] VMLADAV/VMLALDAV: M55Write2FloatE3 (+1 for the high word)
  cls(OpClass::MveReduce,           2, 2);           // [LLVM] VADDV: M55Write2FloatE3 (VMAXV.32 E3Plus2 = 4: class uses 2, assumption)
  cls(OpClass::MvePred,             2, 1);           // [LLVM] VCMP/VPT: M55Write2FloatE2 (VPST/VCTP: SysE2)
  cls(OpClass::MveMove,             2, 1);           // [LLVM] VMOV lane: M55Write2FloatE2 / IntFPE2
  cls(OpClass::MveFpAlu,            2, 1);           // [LLVM] VADDf/VSUBf/VABDf/VMAXNM: M55Write2FloatE2
  cls(OpClass::MveFpMul,            2, 2);           // [LLVM] VMULf/VFMA/VCMUL/VCMLA: M55Write2FloatE3
  cls(OpClass::MveFpCvt,            2, 2);           // [LLVM] VCVT/VRINT: M55Write2FloatE3
  cls(OpClass::MveLoad,             2, 1);           // [LLVM] VLDR: M55Write2LSE2
  cls(OpClass::MveStore,            2, 1);           // [LLVM] VSTR: M55Write2LSE2
  cls(OpClass::MveGather,           2, 2);           // [LLVM] gathers: M55Write2LSE3; element rate: cpu.cpp decode_into (assumption)
  cls(OpClass::MveScatter,          2, 1);           // [LLVM] scatters: M55Write2LSE2
  cls(OpClass::MveLoadInterleave,   2, 1);           // [LLVM] VLD2x/VLD4x: M55Write2LSE2 per instruction
  cls(OpClass::MveStoreInterleave,  2, 1);           // [LLVM] VST2x/VST4x: M55Write2LSE2
  cls(OpClass::Unimplemented,       1, 1);
  p_.per_extra_register = 1;  // [M4] LDM/STM 1+N
  p_.it_skipped = 1;          // assumption: a failed-condition instruction still takes its issue slot
  p_.exception_entry = 12;    // [M4] 12-cycle interrupt latency, zero wait states
  p_.exception_return = 10;   // [M4] assumption: unstacking ~10 cycles
  // [LLVM] "Dual Issue": two 16-bit T1 instructions issue in one cycle when
  // one of them is a NOP, IT, branch, ADD/SUB immediate, MOV immediate or
  // register, UXTB/H or SXTB/H (flagged kInsnDualIssue in t16_table.cpp)
  // and the second does not read what the first writes (assumption).
  p_.dual_issue = 1;
}

bool Timing::set(const std::string& name, uint32_t cycles) {
  uint8_t v = static_cast<uint8_t>(cycles > 255 ? 255 : cycles);
  std::string base = name, field = "issue";
  if (auto dot = name.find('.'); dot != std::string::npos) {
    base = name.substr(0, dot);
    field = name.substr(dot + 1);
  }
  int c = op_class_from_name(base);
  if (c >= 0) {
    if (field == "issue") p_.issue[c] = v;
    else if (field == "latency") p_.latency[c] = v;
    else if (field == "taken") p_.taken[c] = v;
    else return false;
    return true;
  }
  if (name == "per_extra_register") p_.per_extra_register = v;
  else if (name == "it_skipped") p_.it_skipped = v;
  else if (name == "exception_entry") p_.exception_entry = v;
  else if (name == "exception_return") p_.exception_return = v;
  else if (name == "dual_issue") p_.dual_issue = v ? 1 : 0;
  else return false;
  return true;
}

std::string Timing::known_names() {
  std::string s;
  for (int i = 0; i < kNumOpClasses; ++i) {
    s += std::string(op_class_name(static_cast<OpClass>(i)));
    s += ", ";
  }
  return s + "each also as <class>.issue / <class>.latency / <class>.taken; per_extra_register, it_skipped, "
             "exception_entry, exception_return, dual_issue";
}

}  // namespace tinysim::armv8m
