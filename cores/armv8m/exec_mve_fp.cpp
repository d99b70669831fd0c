// Helium floating-point semantics (see exec_mve_fp.h). Each instruction is
// one loop over the lanes of a Q register, calling the soft-float pseudocode
// functions of fp_arith.h with the standard FPSCR value; the whole result is
// built first and then written under the predicate mask, so a destination
// that is also a source reads its old value in every lane (the Arm ARM lets
// VCMUL/VCADD .f32 with Qd = Qm be UNPREDICTABLE; QEMU also computes first).
#include "cores/armv8m/exec_mve_fp.h"

#include <cfloat>
#include <cstring>
#include <type_traits>

#include "cores/armv8m/fp_arith.h"

namespace tinysim::armv8m {
namespace {

using namespace softfp;

template <int N> using Lane = std::conditional_t<N == 16, uint16_t, uint32_t>;
template <int N> constexpr unsigned kLanes = 128 / N;
template <int N> constexpr unsigned kLaneBytes = N / 8;
template <int N> constexpr uint16_t kLaneMaskBits = (1u << (N / 8)) - 1;  // mask bits of lane 0

template <int N> uint64_t lane(const QVec& v, unsigned e) { return v.lane<Lane<N>>(e); }

// Runs `fn(e, fpscr)` for every lane with at least one active byte, storing
// its result in lane e of `r`; `fpscr` starts as the standard FPSCR value
// and collects the lane's exceptions, which reach the FPSCR when the lane's
// lowest byte is active.
template <int N, typename Fn>
inline void for_each_lane(Cpu& c, uint16_t mask, QVec& r, Fn&& fn) {
  const uint32_t standard = standard_fpscr_value(c.fpscr);
  uint32_t raised = 0;
  for (unsigned e = 0; e < kLanes<N>; ++e) {
    const unsigned lane_mask = (mask >> (e * kLaneBytes<N>)) & kLaneMaskBits<N>;
    if (!lane_mask) continue;
    uint32_t fpscr = standard;
    r.lane<Lane<N>>(e) = static_cast<Lane<N>>(fn(e, fpscr));
    if (lane_mask & 1) raised |= fpscr;
  }
  c.fpscr |= raised & kCumulativeFlags;
}

template <int N, MveFpOp Op>
uint64_t apply(uint64_t acc, uint64_t a, uint64_t b, uint32_t& fpscr) {
  if constexpr (Op == MveFpOp::Add) return fp_add<N>(a, b, fpscr);
  else if constexpr (Op == MveFpOp::Sub) return fp_add<N>(a, b, fpscr, /*sub=*/true);
  else if constexpr (Op == MveFpOp::Mul) return fp_mul<N>(a, b, fpscr);
  else if constexpr (Op == MveFpOp::Abd) return fp_abs<N>(fp_add<N>(a, b, fpscr, /*sub=*/true));
  else if constexpr (Op == MveFpOp::MaxNm) return fp_max_min_num<N>(a, b, fpscr, true);
  else if constexpr (Op == MveFpOp::MinNm) return fp_max_min_num<N>(a, b, fpscr, false);
  else if constexpr (Op == MveFpOp::MaxNmA) return fp_max_min_num<N>(fp_abs<N>(a), fp_abs<N>(b), fpscr, true);
  else if constexpr (Op == MveFpOp::MinNmA) return fp_max_min_num<N>(fp_abs<N>(a), fp_abs<N>(b), fpscr, false);
  // FPMulAdd(addend, op1, op2); VFMS negates the first factor (FPNeg, NaNs
  // included), VFMAS adds the scalar to Qda * Qn.
  else if constexpr (Op == MveFpOp::Fma) return fp_mul_add<N>(acc, a, b, fpscr);
  else if constexpr (Op == MveFpOp::Fms) return fp_mul_add<N>(acc, fp_neg<N>(a), b, fpscr);
  else return fp_mul_add<N>(b, acc, a, fpscr);  // Fmas
}

constexpr bool accumulates(MveFpOp op) { return op == MveFpOp::Fma || op == MveFpOp::Fms || op == MveFpOp::Fmas; }

// ConditionHolds() on the NZCV of FPCompare, for the VCMP/VPT conditions:
// one bit per NZCV value, as Cpu::cond_passed.
bool condition_holds(unsigned cond, uint32_t nzcv) {
  static constexpr uint16_t kPass[16] = {
      0xF0F0, 0x0F0F, 0xCCCC, 0x3333, 0xFF00, 0x00FF, 0xAAAA, 0x5555,
      0x0C0C, 0xF3F3, 0xAA55, 0x55AA, 0x0A05, 0xF5FA, 0xFFFF, 0xFFFF,
  };
  return (kPass[cond & 15] >> nzcv) & 1;
}

// FPConvertNaN of a signalling NaN to the same size: quietened, Invalid
// Operation. VMAXNMV and friends quieten both inputs of every step.
template <int N>
uint64_t quiet_signalling(uint64_t x, uint32_t& fpscr) {
  if ((x & kExpMask<N>) == kExpMask<N> && (x & kFracMask<N>) && !((x >> (kF<N> - 1)) & 1)) {
    fpscr |= kIOC;
    return x | (uint64_t{1} << (kF<N> - 1));
  }
  return x;
}

Rounding rounding_of(MveFpRound r) {
  switch (r) {
    case MveFpRound::TieAway: return Rounding::TieAway;
    case MveFpRound::PosInf: return Rounding::PosInf;
    case MveFpRound::NegInf: return Rounding::NegInf;
    case MveFpRound::Zero: return Rounding::Zero;
    default: return Rounding::TieEven;  // TieEven, and Exact (the standard value rounds to nearest)
  }
}

// ---- fast path: .f32 add/subtract/multiply/fused multiply-add on the host --
//
// With every lane active and every operand normal or zero, the standard
// FPSCR value (round to nearest, flush-to-zero, default NaN) gives the IEEE
// result of the host's round-to-nearest arithmetic (SSE, no flush modes)
// whenever that result is normal or an exact zero: no NaN, infinity or
// denormal is involved, so DN and the Arm-specific rules never apply, and FZ
// only near the smallest normal (fast_result_ok). The only exception flag
// left is Inexact, found from the exact error: the sum's by TwoSum, the
// product's by computing it exactly in double (two 24-bit significands fit
// 53 bits), the fused result's by TwoSum in double of the addend and that
// exact product. Any other case (a special or denormal operand, a result
// that overflows, is denormal or underflows) runs the pseudocode for the
// whole instruction.

// TwoSum needs float and double arithmetic rounded to their own precision.
static_assert(FLT_EVAL_METHOD == 0, "the .f32 fast path needs float evaluated as float (no x87 excess precision)");

bool normal_or_zero(uint32_t x) {
  const uint32_t e = (x >> 23) & 0xFF;
  return (e - 1) < 254u || (x & 0x7FFFFFFFu) == 0;
}
// A host result the pseudocode would give too: normal and not in the lowest
// binade unless exact (FPRound flushes on the unrounded value, so an inexact
// result that rounded up to the smallest normal is zero under FZ), or an
// exact zero.
bool fast_result_ok(float r, bool exact) {
  uint32_t x;
  std::memcpy(&x, &r, 4);
  const uint32_t e = (x >> 23) & 0xFF;
  return (e - 2) < 253u || (exact && (e == 1 || (x & 0x7FFFFFFFu) == 0));
}
float as_float(uint32_t x) {
  float f;
  std::memcpy(&f, &x, 4);
  return f;
}
uint32_t as_bits(float f) {
  uint32_t x;
  std::memcpy(&x, &f, 4);
  return x;
}

// One lane: false when the pseudocode is needed. `acc` is the addend of the
// fused forms (Qda; VFMAS: the scalar), a and b the factors or the operands.
template <MveFpOp Op>
[[gnu::always_inline]] inline bool fast_lane_f32(uint32_t acc, uint32_t a, uint32_t b, uint32_t& out,
                                                 bool& inexact) {
  if constexpr (Op == MveFpOp::Add || Op == MveFpOp::Sub) {
    if (!normal_or_zero(a) || !normal_or_zero(b)) return false;
    const float x = as_float(a), y = Op == MveFpOp::Sub ? -as_float(b) : as_float(b);
    const float sum = x + y;  // TwoSum: sum + err == x + y exactly
    const float yv = sum - x;
    const float err = (x - (sum - yv)) + (y - yv);
    if (!fast_result_ok(sum, err == 0.0f)) return false;
    inexact |= err != 0.0f;
    out = as_bits(sum);
    return true;
  } else if constexpr (Op == MveFpOp::Mul) {
    if (!normal_or_zero(a) || !normal_or_zero(b)) return false;
    const double p = static_cast<double>(as_float(a)) * static_cast<double>(as_float(b));  // exact
    const float r = static_cast<float>(p);
    const bool exact = static_cast<double>(r) == p;
    if (!fast_result_ok(r, exact)) return false;
    inexact |= !exact;
    out = as_bits(r);
    return true;
  } else {  // Fma, Fms, Fmas: acc + a * b
    if (!normal_or_zero(acc) || !normal_or_zero(a) || !normal_or_zero(b)) return false;
    const double x = as_float(acc);
    const double p = static_cast<double>(Op == MveFpOp::Fms ? -as_float(a) : as_float(a)) * as_float(b);
    const double sum = x + p;  // TwoSum: sum + err == x + p exactly
    const double pv = sum - x;
    const double err = (x - (sum - pv)) + (p - pv);
    // No float rounding boundary lies strictly between x + p and sum (it
    // would be a double nearer to x + p), so rounding sum to float rounds
    // x + p, unless sum is itself halfway between two floats (its 29 bits
    // below float precision 100...0) and err != 0: then the pseudocode.
    uint64_t sum_bits;
    std::memcpy(&sum_bits, &sum, 8);
    if (err != 0.0 && (sum_bits & ((uint64_t{1} << 29) - 1)) == uint64_t{1} << 28) return false;
    const float r = static_cast<float>(sum);
    const bool exact = err == 0.0 && static_cast<double>(r) == sum;
    if (!fast_result_ok(r, exact)) return false;
    inexact |= !exact;
    out = as_bits(r);
    return true;
  }
}

constexpr bool has_fast_path(MveFpOp op) {
  return op == MveFpOp::Add || op == MveFpOp::Sub || op == MveFpOp::Mul || accumulates(op);
}

// All four lanes, or none: true when `r` holds the result and the FPSCR its
// flags.
template <MveFpOp Op>
[[gnu::always_inline]] inline bool fast_f32(Cpu& c, const QVec& acc, const QVec& a, const QVec& b, bool scalar_b,
                                            uint32_t s, QVec& r) {
  bool inexact = false;
  for (unsigned e = 0; e < 4; ++e) {
    const uint32_t bv = scalar_b ? s : b.w[e];
    const bool ok = Op == MveFpOp::Fmas ? fast_lane_f32<Op>(bv, acc.w[e], a.w[e], r.w[e], inexact)
                                        : fast_lane_f32<Op>(acc.w[e], a.w[e], bv, r.w[e], inexact);
    if (!ok) return false;
  }
  if (inexact) c.fpscr |= kIXC;
  return true;
}

}  // namespace

template <int N, MveFpOp Op>
void exec_mve_fp_vector(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec n = read_q(c, d.rn), m = read_q(c, d.rm), acc = read_q(c, d.rd);
  QVec r{};
  if constexpr (N == 32 && has_fast_path(Op)) {
    if (mask == 0xFFFF && fast_f32<Op>(c, acc, n, m, false, 0, r)) {
      write_q(c, d.rd, r);
      return;
    }
  }
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    if constexpr (Op == MveFpOp::MaxNmA || Op == MveFpOp::MinNmA)
      return apply<N, Op>(0, lane<N>(acc, e), lane<N>(m, e), fpscr);
    else
      return apply<N, Op>(lane<N>(acc, e), lane<N>(n, e), lane<N>(m, e), fpscr);
  });
  write_q_masked(c, d.rd, r, mask);
}

template <int N, MveFpOp Op>
void exec_mve_fp_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec n = read_q(c, d.rn);
  QVec acc{};
  if constexpr (accumulates(Op)) acc = read_q(c, d.rd);
  const uint64_t s = c.r[d.rm] & ((uint64_t{1} << N) - 1);
  QVec r{};
  if constexpr (N == 32 && has_fast_path(Op)) {
    if (mask == 0xFFFF && fast_f32<Op>(c, acc, n, n, true, static_cast<uint32_t>(s), r)) {
      write_q(c, d.rd, r);
      return;
    }
  }
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    return apply<N, Op>(lane<N>(acc, e), lane<N>(n, e), s, fpscr);
  });
  write_q_masked(c, d.rd, r, mask);
}

template <int N, bool Negate>
void exec_mve_fp_abs_neg(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec m = read_q(c, d.rm);
  QVec r;
  for (unsigned e = 0; e < kLanes<N>; ++e)
    r.lane<Lane<N>>(e) = static_cast<Lane<N>>(Negate ? fp_neg<N>(lane<N>(m, e)) : fp_abs<N>(lane<N>(m, e)));
  write_q_masked(c, d.rd, r, mask);
}

// Complex add, (re, im) pairs in even/odd lanes: rotation 90 adds i * Qm
// (re = n.re - m.im, im = n.im + m.re), 270 subtracts it.
template <int N, int Rot>
void exec_mve_fp_vcadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec n = read_q(c, d.rn), m = read_q(c, d.rm);
  QVec r{};
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    const bool odd = e & 1;
    const uint64_t other = lane<N>(m, odd ? e - 1 : e + 1);
    const bool sub = (Rot == 90) != odd;
    return fp_add<N>(lane<N>(n, e), other, fpscr, sub);
  });
  write_q_masked(c, d.rd, r, mask);
}

// Complex multiply (VCMUL) and fused multiply-accumulate (VCMLA) of (re, im)
// pairs. Per rotation, the Qn part used and the Qm parts (negated where the
// rotation says) for the real and imaginary results:
//     0: n.re*m.re,    n.re*m.im       180: n.re*-m.re,   n.re*-m.im
//    90: n.im*-m.im,   n.im*m.re       270: n.im*m.im,    n.im*-m.re
template <int N, bool Accumulate>
void exec_mve_fp_vcmla(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec n = read_q(c, d.rn), m = read_q(c, d.rm), acc = read_q(c, d.rd);
  const unsigned rot = d.imm / 90;
  QVec r{};
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    const unsigned re = e & ~1u, im = re + 1;
    const bool odd = e & 1;
    const uint64_t nv = lane<N>(n, rot & 1 ? im : re);
    uint64_t mv;
    bool negate;
    switch (rot) {
      case 0: mv = lane<N>(m, odd ? im : re); negate = false; break;
      case 1: mv = lane<N>(m, odd ? re : im); negate = !odd; break;
      case 2: mv = lane<N>(m, odd ? im : re); negate = true; break;
      default: mv = lane<N>(m, odd ? re : im); negate = odd; break;
    }
    if (negate) mv = fp_neg<N>(mv);
    if constexpr (Accumulate) return fp_mul_add<N>(lane<N>(acc, e), nv, mv, fpscr);
    else return fp_mul<N>(nv, mv, fpscr);
  });
  write_q_masked(c, d.rd, r, mask);
}

// Starts from Rda<N-1:0>; each active lane (lowest byte) takes part, both
// inputs of every step quietened first (FPConvertNaN), so a signalling NaN
// raises Invalid Operation once and then loses against numbers like a quiet
// NaN. The result is written zero-extended to Rda.
template <int N, bool Max, bool Abs>
void exec_mve_fp_maxmin_across(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec m = read_q(c, d.rm);
  const uint32_t standard = standard_fpscr_value(c.fpscr);
  uint32_t raised = 0;
  uint64_t acc = c.r[d.ra] & ((uint64_t{1} << N) - 1);
  for (unsigned e = 0; e < kLanes<N>; ++e) {
    if (!elem_active(mask, kLaneBytes<N>, e)) continue;
    uint32_t fpscr = standard;
    acc = quiet_signalling<N>(acc, fpscr);
    uint64_t v = quiet_signalling<N>(lane<N>(m, e), fpscr);
    if (Abs) v = fp_abs<N>(v);
    acc = fp_max_min_num<N>(acc, v, fpscr, Max);
    raised |= fpscr;
  }
  c.fpscr |= raised & kCumulativeFlags;
  c.r[d.ra] = static_cast<uint32_t>(acc);
}

// FPCompare with quiet NaNs signalling too (every MVE float condition), then
// the condition on its NZCV: unordered makes eq/ge/gt false and ne/lt/le true.
template <int N, bool Scalar>
uint16_t exec_mve_fp_compare(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec n = read_q(c, d.rn);
  QVec m{};
  if constexpr (!Scalar) m = read_q(c, d.rm);
  const uint64_t s = Scalar && d.rm != 15 ? c.r[d.rm] & ((uint64_t{1} << N) - 1) : 0;
  const uint32_t standard = standard_fpscr_value(c.fpscr);
  uint32_t raised = 0;
  uint16_t p0 = 0;
  for (unsigned e = 0; e < kLanes<N>; ++e) {
    const uint16_t lane_bits = static_cast<uint16_t>(kLaneMaskBits<N> << (e * kLaneBytes<N>));
    if (!(mask & lane_bits)) continue;
    uint32_t fpscr = standard;
    const uint32_t nzcv = fp_compare<N>(lane<N>(n, e), Scalar ? s : lane<N>(m, e), /*quiet_nan_exc=*/true, fpscr);
    if (condition_holds(d.cond, nzcv)) p0 |= lane_bits;
    if (elem_active(mask, kLaneBytes<N>, e)) raised |= fpscr;
  }
  c.fpscr |= raised & kCumulativeFlags;
  return p0;
}

// FPToFixed with the given rounding; out-of-range values saturate (Invalid
// Operation), NaNs give 0.
template <int N, bool Unsigned, MveFpRound Round>
void exec_mve_fp_to_int(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec m = read_q(c, d.rm);
  const int fbits = static_cast<int>(d.imm);
  QVec r{};
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    return fp_to_fixed<N>(lane<N>(m, e), fbits, Unsigned, N, rounding_of(Round), fpscr);
  });
  write_q_masked(c, d.rd, r, mask);
}

template <int N, bool Unsigned>
void exec_mve_fp_from_int(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec m = read_q(c, d.rm);
  const int fbits = static_cast<int>(d.imm);
  QVec r{};
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    return fixed_to_fp<N>(static_cast<uint32_t>(lane<N>(m, e)), N, fbits, Unsigned, fpscr_rounding(fpscr), fpscr);
  });
  write_q_masked(c, d.rd, r, mask);
}

template <int N, MveFpRound Round>
void exec_mve_fp_vrint(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec m = read_q(c, d.rm);
  QVec r{};
  for_each_lane<N>(c, mask, r, [&](unsigned e, uint32_t& fpscr) {
    return fp_round_int<N>(lane<N>(m, e), rounding_of(Round), Round == MveFpRound::Exact, fpscr);
  });
  write_q_masked(c, d.rd, r, mask);
}

// FPConvert between the 32-bit lanes and the bottom (VCVTB) or top (VCVTT)
// halves of them; the other halves of Qd keep their value. Flags: a
// narrowing lane counts as active by its 32-bit lane's lowest byte, a
// widening one by the byte of its source half (QEMU's choice; the Arm ARM
// text for partly predicated lanes was not available to check).
template <bool ToHalf, bool Top>
void exec_mve_fp_vcvt_half(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const QVec m = read_q(c, d.rm);
  QVec r = read_q(c, d.rd);
  const uint32_t standard = standard_fpscr_value(c.fpscr);
  uint32_t raised = 0;
  for (unsigned e = 0; e < 4; ++e) {
    if (!((mask >> (4 * e)) & 0xF)) continue;
    uint32_t fpscr = standard;
    if constexpr (ToHalf) {
      r.h[2 * e + Top] = static_cast<uint16_t>(fp_convert<32, 16>(m.w[e], fpscr));
      if ((mask >> (4 * e)) & 1) raised |= fpscr;
    } else {
      r.w[e] = static_cast<uint32_t>(fp_convert<16, 32>(m.h[2 * e + Top], fpscr));
      if ((mask >> (4 * e + 2 * Top)) & 1) raised |= fpscr;
    }
  }
  c.fpscr |= raised & kCumulativeFlags;
  write_q_masked(c, d.rd, r, mask);
}

// ---- explicit instantiations ----------------------------------------------

#define TINYSIM_MVEFP_BOTH(...) template void __VA_ARGS__(Cpu&, const DecodedInsn&, uint16_t);
#define TINYSIM_MVEFP_OP(fn, op) \
  template void fn<16, MveFpOp::op>(Cpu&, const DecodedInsn&, uint16_t); \
  template void fn<32, MveFpOp::op>(Cpu&, const DecodedInsn&, uint16_t);
TINYSIM_MVEFP_OP(exec_mve_fp_vector, Add)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, Sub)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, Mul)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, Abd)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, MaxNm)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, MinNm)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, MaxNmA)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, MinNmA)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, Fma)
TINYSIM_MVEFP_OP(exec_mve_fp_vector, Fms)
TINYSIM_MVEFP_OP(exec_mve_fp_scalar, Add)
TINYSIM_MVEFP_OP(exec_mve_fp_scalar, Sub)
TINYSIM_MVEFP_OP(exec_mve_fp_scalar, Mul)
TINYSIM_MVEFP_OP(exec_mve_fp_scalar, Fma)
TINYSIM_MVEFP_OP(exec_mve_fp_scalar, Fmas)
#undef TINYSIM_MVEFP_OP

#define TINYSIM_MVEFP_N(fn, ...) \
  template void fn<16, __VA_ARGS__>(Cpu&, const DecodedInsn&, uint16_t); \
  template void fn<32, __VA_ARGS__>(Cpu&, const DecodedInsn&, uint16_t);
TINYSIM_MVEFP_N(exec_mve_fp_abs_neg, false)
TINYSIM_MVEFP_N(exec_mve_fp_abs_neg, true)
TINYSIM_MVEFP_N(exec_mve_fp_vcadd, 90)
TINYSIM_MVEFP_N(exec_mve_fp_vcadd, 270)
TINYSIM_MVEFP_N(exec_mve_fp_vcmla, false)
TINYSIM_MVEFP_N(exec_mve_fp_vcmla, true)
TINYSIM_MVEFP_N(exec_mve_fp_maxmin_across, true, false)
TINYSIM_MVEFP_N(exec_mve_fp_maxmin_across, false, false)
TINYSIM_MVEFP_N(exec_mve_fp_maxmin_across, true, true)
TINYSIM_MVEFP_N(exec_mve_fp_maxmin_across, false, true)
template uint16_t exec_mve_fp_compare<16, false>(Cpu&, const DecodedInsn&, uint16_t);
template uint16_t exec_mve_fp_compare<32, false>(Cpu&, const DecodedInsn&, uint16_t);
template uint16_t exec_mve_fp_compare<16, true>(Cpu&, const DecodedInsn&, uint16_t);
template uint16_t exec_mve_fp_compare<32, true>(Cpu&, const DecodedInsn&, uint16_t);
TINYSIM_MVEFP_N(exec_mve_fp_to_int, false, MveFpRound::Zero)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, true, MveFpRound::Zero)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, false, MveFpRound::TieAway)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, true, MveFpRound::TieAway)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, false, MveFpRound::TieEven)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, true, MveFpRound::TieEven)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, false, MveFpRound::PosInf)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, true, MveFpRound::PosInf)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, false, MveFpRound::NegInf)
TINYSIM_MVEFP_N(exec_mve_fp_to_int, true, MveFpRound::NegInf)
TINYSIM_MVEFP_N(exec_mve_fp_from_int, false)
TINYSIM_MVEFP_N(exec_mve_fp_from_int, true)
TINYSIM_MVEFP_N(exec_mve_fp_vrint, MveFpRound::TieEven)
TINYSIM_MVEFP_N(exec_mve_fp_vrint, MveFpRound::Exact)
TINYSIM_MVEFP_N(exec_mve_fp_vrint, MveFpRound::TieAway)
TINYSIM_MVEFP_N(exec_mve_fp_vrint, MveFpRound::Zero)
TINYSIM_MVEFP_N(exec_mve_fp_vrint, MveFpRound::NegInf)
TINYSIM_MVEFP_N(exec_mve_fp_vrint, MveFpRound::PosInf)
#undef TINYSIM_MVEFP_N
TINYSIM_MVEFP_BOTH(exec_mve_fp_vcvt_half<true, false>)
TINYSIM_MVEFP_BOTH(exec_mve_fp_vcvt_half<true, true>)
TINYSIM_MVEFP_BOTH(exec_mve_fp_vcvt_half<false, false>)
TINYSIM_MVEFP_BOTH(exec_mve_fp_vcvt_half<false, true>)
#undef TINYSIM_MVEFP_BOTH

}  // namespace tinysim::armv8m
