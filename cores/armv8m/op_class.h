// Instruction classes of the Armv8.1-M ISS. Semantics never look at these: they
// exist for timing (cores/armv8m/timing.*) and energy (power/). Each decode-table
// entry names its class.
#pragma once

#include <cstdint>
#include <string_view>

namespace tinysim::armv8m {

#define TINYSIM_ARMV8M_OP_CLASSES(X) \
  X(Alu, "alu")               /* add, logic, moves, compares, extends, bit-field */ \
  X(AluShiftReg, "alu_shift_reg") /* data processing with register-controlled shift */ \
  X(Mul, "mul")               /* 32-bit multiply and multiply-accumulate */ \
  X(MulLong, "mul_long")      /* 64-bit result multiplies (UMULL, SMLAL, ...) */ \
  X(Div, "div")               /* SDIV, UDIV */ \
  X(Dsp, "dsp")               /* DSP extension: SIMD add/sub, saturating, SEL, USAD8 */ \
  X(DspMac, "dsp_mac")        /* DSP multiply-accumulate (SMLAD, SMULBB, SMMLA, ...) */ \
  X(Load, "load")             /* single loads */ \
  X(Store, "store")           /* single stores */ \
  X(LoadMulti, "load_multi")  /* LDM, POP, LDRD (per transfer cost added) */ \
  X(StoreMulti, "store_multi")/* STM, PUSH, STRD */ \
  X(Branch, "branch")         /* B, B<cond>, CBZ, TBB, BX */ \
  X(BranchLink, "branch_link")/* BL, BLX */ \
  X(LoopBranch, "loop")       /* DLS, WLS, LE, BF family */ \
  X(System, "system")         /* MSR, MRS, CPS, barriers, hints */ \
  X(Exclusive, "exclusive")   /* LDREX/STREX family, LDA/STL */ \
  X(FpAlu, "fp_alu")          /* VADD, VSUB, VABS, VNEG, VCMP, VSEL, VMAXNM, VMOV */ \
  X(FpMul, "fp_mul")          /* VMUL, VNMUL */ \
  X(FpMac, "fp_mac")          /* VMLA, VFMA, ... */ \
  X(FpDiv, "fp_div")          /* VDIV, VSQRT single precision */ \
  X(FpDivD, "fp_div_d")       /* VDIV, VSQRT double precision */ \
  X(FpCvt, "fp_cvt")          /* VCVT, VRINT */ \
  X(FpAluD, "fp_alu_d")       /* double-precision add/sub/compare */ \
  X(FpMulD, "fp_mul_d")       /* double-precision multiply and fused MAC */ \
  X(FpLoad, "fp_load")        /* VLDR, VLDM, VPOP */ \
  X(FpStore, "fp_store")      /* VSTR, VSTM, VPUSH */ \
  X(FpMove, "fp_move")        /* VMOV core<->FP, VMRS, VMSR */ \
  X(Nop, "nop")               /* NOP, YIELD, IT (folded) */ \
  X(Mve, "mve")               /* Helium, unimplemented until the Helium issue */

enum class OpClass : uint8_t {
#define TINYSIM_X(id, name) id,
  TINYSIM_ARMV8M_OP_CLASSES(TINYSIM_X)
#undef TINYSIM_X
  Count
};

constexpr int kNumOpClasses = static_cast<int>(OpClass::Count);

constexpr std::string_view op_class_name(OpClass c) {
  constexpr std::string_view names[] = {
#define TINYSIM_X(id, name) name,
      TINYSIM_ARMV8M_OP_CLASSES(TINYSIM_X)
#undef TINYSIM_X
  };
  return names[static_cast<int>(c)];
}

// -1 when unknown
int op_class_from_name(std::string_view name);

}  // namespace tinysim::armv8m
