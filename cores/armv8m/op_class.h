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
  X(LongShift, "long_shift")  /* MVE scalar long shifts on a register pair (ASRL, SQRSHRL, ...) */ \
  /* Helium (MVE) vector instructions: 4 beats each. */ \
  X(MveAlu, "mve_alu")        /* integer add/sub/logic/min/max/abs, shifts, moves, VDUP, VREV, narrow/widen */ \
  X(MveMul, "mve_mul")        /* integer multiplies: VMUL, VMULH, VMULL, VQDMULH, VMLA/VMLAS, VQDMLAH */ \
  X(MveMac, "mve_mac")        /* multiply-accumulate across the vector: VMLADAV, VMLALDAV, VRMLALDAVH, VABAV */ \
  X(MveReduce, "mve_reduce")  /* across-vector without multiply: VADDV, VADDLV, VMAXV, VMINV */ \
  X(MvePred, "mve_pred")      /* VCMP, VPT, VPST, VPSEL, VPNOT, VCTP */ \
  X(MveMove, "mve_move")      /* transfers with core registers: VMOV lane, VMOV pair, VMRS/VMSR VPR */ \
  X(MveFpAlu, "mve_fp_alu")   /* VADD/VSUB/VABD/VABS/VNEG/VMAXNM/VCMP .f16/.f32, VCADD */ \
  X(MveFpMul, "mve_fp_mul")   /* VMUL, VFMA, VFMS, VCMUL, VCMLA .f16/.f32 */ \
  X(MveFpCvt, "mve_fp_cvt")   /* VCVT, VRINT */ \
  X(MveLoad, "mve_load")      /* contiguous VLDR (incl. widening) */ \
  X(MveStore, "mve_store")    /* contiguous VSTR (incl. narrowing) */ \
  X(MveGather, "mve_gather")  /* gather loads (offset vector or vector of bases) */ \
  X(MveScatter, "mve_scatter")/* scatter stores */ \
  X(MveLoadInterleave, "mve_load_interleave")   /* VLD2x, VLD4x */ \
  X(MveStoreInterleave, "mve_store_interleave") /* VST2x, VST4x */ \
  X(Unimplemented, "unimplemented") /* instructions that stop the run (coprocessors, MVE when disabled) */

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

constexpr bool is_vector_class(OpClass c) { return c >= OpClass::MveAlu && c <= OpClass::MveStoreInterleave; }

// Cortex-M55 vector pipelines (LLVM ARMScheduleM55.td: the EPU has
// "load/store", "integer", "float/mul" and "control" pipes; a vector
// instruction holds its pipe for two beat-pairs).
enum class VectorPipe : uint8_t { LoadStore, Integer, FloatMul, Control };
constexpr VectorPipe vector_pipe(OpClass c) {
  switch (c) {
    case OpClass::MveLoad: case OpClass::MveStore: case OpClass::MveGather: case OpClass::MveScatter:
    case OpClass::MveLoadInterleave: case OpClass::MveStoreInterleave:
      return VectorPipe::LoadStore;
    case OpClass::MveAlu:
      return VectorPipe::Integer;
    case OpClass::MveMove:
      return VectorPipe::Control;
    default:  // multiplies, MACs, reductions (VADDV), compares (VCMP/VPT), float
      return VectorPipe::FloatMul;
  }
}

}  // namespace tinysim::armv8m
