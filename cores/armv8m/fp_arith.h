// Soft-float arithmetic of the Arm ARM floating-point pseudocode (DDI0553
// "Floating-point" shared pseudocode: FPUnpack, FPRound, FPAdd, FPMulAdd,
// FPProcessNaNs, FPToFixed, ...), one function per pseudocode function with
// the same name. Shared by the scalar FPU (exec_fp.cpp) and the Helium
// floating-point instructions (exec_mve_fp.cpp), which differ only in the
// FPSCR value they pass (the FPSCR itself, or the "standard FPSCR value").
//
// No host floating point is used: results, NaN propagation and the
// cumulative FPSCR exception flags follow the architecture, including the
// Arm-specific points (tininess detected before rounding, flush-to-zero on
// the unrounded value, default NaN for an invalid fused multiply-add with a
// quiet NaN addend, Alternative Half-Precision).
//
// Every function takes the FPSCR value that controls it by reference and
// ORs the exception flags it raises into it (FPProcessException without
// traps: the trap enables are RAZ on M-profile).
//
// A real value is kept exactly as (-1)^sign * mant * 2^exp with a 128-bit
// mantissa. Where an exact result does not fit (sums of far-apart operands,
// quotients, square roots) the bits below the kept ones are "jammed" into the
// least significant bit (sticky), with enough kept bits that FPRound takes the
// same decisions as on the exact value.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>

namespace tinysim::armv8m::softfp {

using u128 = unsigned __int128;

// FPSCR fields.
constexpr uint32_t kIOC = 1u << 0, kDZC = 1u << 1, kOFC = 1u << 2, kUFC = 1u << 3, kIXC = 1u << 4,
                   kIDC = 1u << 7;
constexpr uint32_t kFZ16 = 1u << 19, kFZ = 1u << 24, kDN = 1u << 25, kAHP = 1u << 26;
constexpr uint32_t kNZCV = 0xF0000000u, kQC = 1u << 27;
// The cumulative exception flags (IOC, DZC, OFC, UFC, IXC, IDC).
constexpr uint32_t kCumulativeFlags = kIOC | kDZC | kOFC | kUFC | kIXC | kIDC;

// StandardFPSCRValue: default NaN, flush-to-zero, round to nearest, with
// AHP and FZ16 taken from the FPSCR. The controlling value of the Helium
// floating-point instructions (their exception flags still accumulate into
// the FPSCR).
inline uint32_t standard_fpscr_value(uint32_t fpscr) { return (fpscr & (kAHP | kFZ16)) | kDN | kFZ; }

enum class FPType : uint8_t { Zero, Nonzero, Infinity, QNaN, SNaN };
enum class Rounding : uint8_t { TieEven = 0, PosInf = 1, NegInf = 2, Zero = 3, TieAway = 4 };

template <int N> constexpr int kE = N == 16 ? 5 : N == 32 ? 8 : 11;       // exponent bits
template <int N> constexpr int kF = N - kE<N> - 1;                         // fraction bits
template <int N> constexpr int kBias = (1 << (kE<N> - 1)) - 1;
template <int N> constexpr int kMinExp = 1 - kBias<N>;                     // minimum_exp
template <int N> constexpr uint64_t kSign = uint64_t{1} << (N - 1);
template <int N> constexpr uint64_t kFracMask = (uint64_t{1} << kF<N>) - 1;
template <int N> constexpr uint64_t kExpMask = ((uint64_t{1} << kE<N>) - 1) << kF<N>;

template <int N> uint64_t fp_zero(bool s) { return s ? kSign<N> : 0; }
template <int N> uint64_t fp_infinity(bool s) { return fp_zero<N>(s) | kExpMask<N>; }
template <int N> uint64_t fp_max_normal(bool s) {
  return fp_zero<N>(s) | (kExpMask<N> - (uint64_t{1} << kF<N>)) | kFracMask<N>;
}
template <int N> uint64_t fp_default_nan() { return kExpMask<N> | (uint64_t{1} << (kF<N> - 1)); }
template <int N> uint64_t fp_neg(uint64_t x) { return x ^ kSign<N>; }
template <int N> uint64_t fp_abs(uint64_t x) { return x & ~kSign<N>; }

inline bool is_nan(FPType t) { return t == FPType::QNaN || t == FPType::SNaN; }

inline int msb128(u128 x) {
  uint64_t hi = static_cast<uint64_t>(x >> 64);
  return hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll(static_cast<uint64_t>(x));
}

inline Rounding fpscr_rounding(uint32_t fpscr) { return static_cast<Rounding>((fpscr >> 22) & 3); }

// Value of a non-NaN operand: (-1)^sign * mant * 2^exp (mant = 0 for zeros).
struct Unpacked {
  FPType type;
  bool sign;
  int exp;
  uint64_t mant;
};

// FPUnpack (cv = false) and FPUnpackCV (cv = true). Single and double flush
// denormal inputs when FPSCR.FZ is set, raising Input Denormal. Half precision:
// the data-processing form observes FZ16 (no Input Denormal, as the Arm ARM
// FPUnpackBase) and ignores AHP; the conversion form ignores FZ16 and observes AHP.
template <int N>
Unpacked fp_unpack(uint64_t x, uint32_t& fpscr, bool cv = false) {
  constexpr int E = kE<N>, F = kF<N>;
  Unpacked u{FPType::Nonzero, ((x >> (N - 1)) & 1) != 0, 0, 0};
  const uint64_t e = (x >> F) & ((uint64_t{1} << E) - 1);
  const uint64_t f = x & kFracMask<N>;
  if (e == 0) {
    bool flush;
    if constexpr (N == 16) flush = !cv && (fpscr & kFZ16);
    else flush = (fpscr & kFZ) != 0;
    if (f == 0 || flush) {
      u.type = FPType::Zero;
      if (f != 0 && N != 16) fpscr |= kIDC;
    } else {
      u.mant = f;
      u.exp = 1 - kBias<N> - F;
    }
  } else if (e == (uint64_t{1} << E) - 1 && !(N == 16 && cv && (fpscr & kAHP))) {
    if (f == 0) u.type = FPType::Infinity;
    else u.type = ((f >> (F - 1)) & 1) ? FPType::QNaN : FPType::SNaN;
  } else {
    u.mant = f | (uint64_t{1} << F);
    u.exp = static_cast<int>(e) - kBias<N> - F;
  }
  return u;
}

// Integer part of m / 2^shift and the class of the fraction ("error" in the
// pseudocode): 0 exact, 1 below one half, 2 exactly one half, 3 above.
struct Split {
  u128 q;
  int err;
};
inline Split split(u128 m, int shift) {
  if (shift <= 0) return {m << -shift, 0};
  if (shift > 128) return {0, m ? 1 : 0};
  const u128 half = u128{1} << (shift - 1);
  const u128 rem = shift == 128 ? m : m & ((half << 1) - 1);
  const u128 q = shift == 128 ? 0 : m >> shift;
  return {q, rem == 0 ? 0 : rem < half ? 1 : rem == half ? 2 : 3};
}

// FPRound (cv = false) and FPRoundCV (cv = true) of a nonzero value
// (-1)^sign * mant * 2^exp. A mantissa with a sticky bit must have at least 54
// significant bits (see the file comment).
template <int N>
uint64_t fp_round(bool sign, int exp, u128 mant, uint32_t& fpscr, Rounding rounding, bool cv = false) {
  constexpr int E = kE<N>, F = kF<N>, minimum_exp = kMinExp<N>;
  int p = msb128(mant);
  if (p < 120) {
    mant <<= 120 - p;
    exp -= 120 - p;
    p = 120;
  }
  const int exponent = exp + p;  // 2^exponent <= |value| < 2^(exponent+1)
  bool fz;
  if constexpr (N == 16) fz = !cv && (fpscr & kFZ16);
  else fz = (fpscr & kFZ) != 0;
  if (fz && exponent < minimum_exp) {
    fpscr |= kUFC;  // flush-to-zero of the unrounded result
    return fp_zero<N>(sign);
  }
  int biased_exp = std::max(exponent - minimum_exp + 1, 0);
  const int lsb_exp = (biased_exp > 0 ? exponent : minimum_exp) - F;
  auto [q, err] = split(mant, lsb_exp - exp);
  uint64_t int_mant = static_cast<uint64_t>(q);
  // Underflow: tiny before rounding and inexact.
  if (biased_exp == 0 && err != 0) fpscr |= kUFC;
  bool round_up = false, overflow_to_inf = false;
  switch (rounding) {
    case Rounding::TieEven:
      round_up = err == 3 || (err == 2 && (int_mant & 1));
      overflow_to_inf = true;
      break;
    case Rounding::PosInf:
      round_up = err != 0 && !sign;
      overflow_to_inf = !sign;
      break;
    case Rounding::NegInf:
      round_up = err != 0 && sign;
      overflow_to_inf = sign;
      break;
    case Rounding::Zero:
      break;
    case Rounding::TieAway:
      round_up = err >= 2;
      overflow_to_inf = true;
      break;
  }
  if (round_up) {
    int_mant++;
    if (int_mant == uint64_t{1} << F) biased_exp = 1;  // denormal rounded up to normal
    if (int_mant == uint64_t{2} << F) {                 // rounded up to the next exponent
      biased_exp++;
      int_mant >>= 1;
    }
  }
  bool inexact = err != 0;
  uint64_t result;
  if (!(N == 16 && cv && (fpscr & kAHP))) {
    if (biased_exp >= (1 << E) - 1) {
      result = overflow_to_inf ? fp_infinity<N>(sign) : fp_max_normal<N>(sign);
      fpscr |= kOFC;
      inexact = true;
    } else {
      result = fp_zero<N>(sign) | static_cast<uint64_t>(biased_exp) << F | (int_mant & kFracMask<N>);
    }
  } else {  // Alternative Half-Precision: no infinities, overflow is Invalid Operation
    if (biased_exp >= (1 << E)) {
      result = fp_zero<N>(sign) | (kSign<N> - 1);
      fpscr |= kIOC;
      inexact = false;
    } else {
      result = fp_zero<N>(sign) | static_cast<uint64_t>(biased_exp) << F | (int_mant & kFracMask<N>);
    }
  }
  if (inexact) fpscr |= kIXC;
  return result;
}

// FPProcessNaN
template <int N>
uint64_t fp_process_nan(FPType type, uint64_t op, uint32_t& fpscr) {
  uint64_t result = op;
  if (type == FPType::SNaN) {
    result |= uint64_t{1} << (kF<N> - 1);
    fpscr |= kIOC;
  }
  if (fpscr & kDN) result = fp_default_nan<N>();
  return result;
}

// FPProcessNaNs: signalling NaNs first, then quiet ones, in operand order.
template <int N>
bool fp_process_nans(FPType t1, FPType t2, uint64_t op1, uint64_t op2, uint32_t& fpscr, uint64_t& result) {
  if (t1 == FPType::SNaN) result = fp_process_nan<N>(t1, op1, fpscr);
  else if (t2 == FPType::SNaN) result = fp_process_nan<N>(t2, op2, fpscr);
  else if (t1 == FPType::QNaN) result = fp_process_nan<N>(t1, op1, fpscr);
  else if (t2 == FPType::QNaN) result = fp_process_nan<N>(t2, op2, fpscr);
  else return false;
  return true;
}

// FPProcessNaNs3
template <int N>
bool fp_process_nans3(FPType t1, FPType t2, FPType t3, uint64_t op1, uint64_t op2, uint64_t op3,
                      uint32_t& fpscr, uint64_t& result) {
  if (t1 == FPType::SNaN) result = fp_process_nan<N>(t1, op1, fpscr);
  else if (t2 == FPType::SNaN) result = fp_process_nan<N>(t2, op2, fpscr);
  else if (t3 == FPType::SNaN) result = fp_process_nan<N>(t3, op3, fpscr);
  else if (t1 == FPType::QNaN) result = fp_process_nan<N>(t1, op1, fpscr);
  else if (t2 == FPType::QNaN) result = fp_process_nan<N>(t2, op2, fpscr);
  else if (t3 == FPType::QNaN) result = fp_process_nan<N>(t3, op3, fpscr);
  else return false;
  return true;
}

// Exact sum of two nonzero values; mantissas of at most 106 bits. The smaller
// one is jammed when it does not fit, which only happens when it is more than
// 2^20 times smaller than the larger one (no cancellation then).
struct Exact {
  bool sign;
  int exp;
  u128 mant;  // 0: the exact sum is zero
};
inline Exact exact_add(bool sa, int ea, u128 ma, bool sb, int eb, u128 mb) {
  if (eb + msb128(mb) > ea + msb128(ma)) {
    std::swap(sa, sb);
    std::swap(ea, eb);
    std::swap(ma, mb);
  }
  const int sha = 125 - msb128(ma);
  const u128 a = ma << sha;
  const int e = ea - sha;
  const int shb = eb - e;
  u128 b;
  if (shb >= 0) {
    b = mb << shb;
  } else if (-shb >= 128) {
    b = 1;
  } else {
    b = mb >> -shb;
    if (mb & ((u128{1} << -shb) - 1)) b |= 1;
  }
  if (sa == sb) return {sa, e, a + b};
  if (a >= b) return {sa, e, a - b};
  return {sb, e, b - a};
}

// FPAdd / FPSub (sub: the value of op2 is negated; NaNs keep their bits).
template <int N>
uint64_t fp_add(uint64_t op1, uint64_t op2, uint32_t& fpscr, bool sub = false) {
  const Rounding rounding = fpscr_rounding(fpscr);
  Unpacked a = fp_unpack<N>(op1, fpscr), b = fp_unpack<N>(op2, fpscr);
  uint64_t result;
  if (fp_process_nans<N>(a.type, b.type, op1, op2, fpscr, result)) return result;
  if (sub) b.sign = !b.sign;
  const bool inf1 = a.type == FPType::Infinity, inf2 = b.type == FPType::Infinity;
  const bool zero1 = a.type == FPType::Zero, zero2 = b.type == FPType::Zero;
  if (inf1 && inf2 && a.sign != b.sign) {
    fpscr |= kIOC;
    return fp_default_nan<N>();
  }
  if ((inf1 && !a.sign) || (inf2 && !b.sign)) return fp_infinity<N>(false);
  if ((inf1 && a.sign) || (inf2 && b.sign)) return fp_infinity<N>(true);
  if (zero1 && zero2 && a.sign == b.sign) return fp_zero<N>(a.sign);
  Exact r;
  if (zero1) r = {b.sign, b.exp, b.mant};
  else if (zero2) r = {a.sign, a.exp, a.mant};
  else r = exact_add(a.sign, a.exp, a.mant, b.sign, b.exp, b.mant);
  if (r.mant == 0) return fp_zero<N>(rounding == Rounding::NegInf);
  return fp_round<N>(r.sign, r.exp, r.mant, fpscr, rounding);
}

// FPMul
template <int N>
uint64_t fp_mul(uint64_t op1, uint64_t op2, uint32_t& fpscr) {
  Unpacked a = fp_unpack<N>(op1, fpscr), b = fp_unpack<N>(op2, fpscr);
  uint64_t result;
  if (fp_process_nans<N>(a.type, b.type, op1, op2, fpscr, result)) return result;
  const bool inf1 = a.type == FPType::Infinity, inf2 = b.type == FPType::Infinity;
  const bool zero1 = a.type == FPType::Zero, zero2 = b.type == FPType::Zero;
  const bool sign = a.sign != b.sign;
  if ((inf1 && zero2) || (zero1 && inf2)) {
    fpscr |= kIOC;
    return fp_default_nan<N>();
  }
  if (inf1 || inf2) return fp_infinity<N>(sign);
  if (zero1 || zero2) return fp_zero<N>(sign);
  return fp_round<N>(sign, a.exp + b.exp, u128{a.mant} * b.mant, fpscr, fpscr_rounding(fpscr));
}

// FPMulAdd: addend + op1 * op2 with a single rounding.
template <int N>
uint64_t fp_mul_add(uint64_t addend, uint64_t op1, uint64_t op2, uint32_t& fpscr) {
  const Rounding rounding = fpscr_rounding(fpscr);
  Unpacked ua = fp_unpack<N>(addend, fpscr), u1 = fp_unpack<N>(op1, fpscr), u2 = fp_unpack<N>(op2, fpscr);
  const bool inf1 = u1.type == FPType::Infinity, inf2 = u2.type == FPType::Infinity;
  const bool zero1 = u1.type == FPType::Zero, zero2 = u2.type == FPType::Zero;
  uint64_t result = 0;
  bool done = fp_process_nans3<N>(ua.type, u1.type, u2.type, addend, op1, op2, fpscr, result);
  if (ua.type == FPType::QNaN && ((inf1 && zero2) || (zero1 && inf2))) {
    result = fp_default_nan<N>();
    fpscr |= kIOC;
  }
  if (done) return result;
  const bool infA = ua.type == FPType::Infinity, zeroA = ua.type == FPType::Zero;
  const bool signP = u1.sign != u2.sign, infP = inf1 || inf2, zeroP = zero1 || zero2;
  if ((inf1 && zero2) || (zero1 && inf2) || (infA && infP && ua.sign != signP)) {
    fpscr |= kIOC;
    return fp_default_nan<N>();
  }
  if ((infA && !ua.sign) || (infP && !signP)) return fp_infinity<N>(false);
  if ((infA && ua.sign) || (infP && signP)) return fp_infinity<N>(true);
  if (zeroA && zeroP && ua.sign == signP) return fp_zero<N>(ua.sign);
  Exact r;
  if (zeroP && zeroA) r = {false, 0, 0};
  else if (zeroP) r = {ua.sign, ua.exp, ua.mant};
  else if (zeroA) r = {signP, u1.exp + u2.exp, u128{u1.mant} * u2.mant};
  else r = exact_add(ua.sign, ua.exp, ua.mant, signP, u1.exp + u2.exp, u128{u1.mant} * u2.mant);
  if (r.mant == 0) return fp_zero<N>(rounding == Rounding::NegInf);
  return fp_round<N>(r.sign, r.exp, r.mant, fpscr, rounding);
}

// FPDiv
template <int N>
uint64_t fp_div(uint64_t op1, uint64_t op2, uint32_t& fpscr) {
  Unpacked a = fp_unpack<N>(op1, fpscr), b = fp_unpack<N>(op2, fpscr);
  uint64_t result;
  if (fp_process_nans<N>(a.type, b.type, op1, op2, fpscr, result)) return result;
  const bool inf1 = a.type == FPType::Infinity, inf2 = b.type == FPType::Infinity;
  const bool zero1 = a.type == FPType::Zero, zero2 = b.type == FPType::Zero;
  const bool sign = a.sign != b.sign;
  if ((inf1 && inf2) || (zero1 && zero2)) {
    fpscr |= kIOC;
    return fp_default_nan<N>();
  }
  if (inf1 || zero2) {
    if (!inf1) fpscr |= kDZC;
    return fp_infinity<N>(sign);
  }
  if (zero1 || inf2) return fp_zero<N>(sign);
  // At least 63 quotient bits, the remainder jammed into the last one.
  const int sh = 116 - msb128(a.mant);
  const u128 num = u128{a.mant} << sh;
  u128 q = num / b.mant;
  if (num % b.mant) q |= 1;
  return fp_round<N>(sign, a.exp - sh - b.exp, q, fpscr, fpscr_rounding(fpscr));
}

// Integer square root of a 128-bit value, with "inexact" when not a square.
inline uint64_t isqrt128(u128 x, bool& inexact) {
  u128 res = 0, bit = u128{1} << 126, v = x;
  while (bit > v) bit >>= 2;
  while (bit) {
    if (v >= res + bit) {
      v -= res + bit;
      res = (res >> 1) + bit;
    } else {
      res >>= 1;
    }
    bit >>= 2;
  }
  inexact = v != 0;
  return static_cast<uint64_t>(res);
}

// FPSqrt
template <int N>
uint64_t fp_sqrt(uint64_t op, uint32_t& fpscr) {
  Unpacked u = fp_unpack<N>(op, fpscr);
  if (is_nan(u.type)) return fp_process_nan<N>(u.type, op, fpscr);
  if (u.type == FPType::Zero) return fp_zero<N>(u.sign);
  if (u.type == FPType::Infinity && !u.sign) return fp_infinity<N>(false);
  if (u.sign) {
    fpscr |= kIOC;
    return fp_default_nan<N>();
  }
  // Scale to an even exponent and about 124 bits: the root has about 62 bits.
  int sh = 124 - msb128(u.mant);
  if ((u.exp - sh) & 1) sh++;
  bool inexact;
  u128 r = isqrt128(u128{u.mant} << sh, inexact);
  if (inexact) r |= 1;
  return fp_round<N>(false, (u.exp - sh) / 2, r, fpscr, fpscr_rounding(fpscr));
}

// Sort key of a non-NaN operand (after flushing), from its encoding without
// the sign: ordered like the values.
inline int64_t fp_order_key(const Unpacked& u, uint64_t magnitude_bits) {
  if (u.type == FPType::Zero) return 0;
  const int64_t mag = static_cast<int64_t>(magnitude_bits);
  return u.sign ? -mag : mag;
}

// FPCompare: NZCV.
template <int N>
uint32_t fp_compare(uint64_t op1, uint64_t op2, bool quiet_nan_exc, uint32_t& fpscr) {
  Unpacked a = fp_unpack<N>(op1, fpscr), b = fp_unpack<N>(op2, fpscr);
  if (is_nan(a.type) || is_nan(b.type)) {
    if (a.type == FPType::SNaN || b.type == FPType::SNaN || quiet_nan_exc) fpscr |= kIOC;
    return 0x3;
  }
  const int64_t k1 = fp_order_key(a, op1 & ~kSign<N>), k2 = fp_order_key(b, op2 & ~kSign<N>);
  if (k1 == k2) return 0x6;
  if (k1 < k2) return 0x8;
  return 0x2;
}

// FPMax / FPMin
template <int N>
uint64_t fp_max_min(uint64_t op1, uint64_t op2, uint32_t& fpscr, bool is_max) {
  Unpacked a = fp_unpack<N>(op1, fpscr), b = fp_unpack<N>(op2, fpscr);
  uint64_t result;
  if (fp_process_nans<N>(a.type, b.type, op1, op2, fpscr, result)) return result;
  const int64_t k1 = fp_order_key(a, op1 & ~kSign<N>), k2 = fp_order_key(b, op2 & ~kSign<N>);
  const bool first = is_max ? k1 > k2 : k1 < k2;
  const Unpacked& u = first ? a : b;
  const uint64_t bits = first ? op1 : op2;
  if (u.type == FPType::Infinity) return fp_infinity<N>(u.sign);
  if (u.type == FPType::Zero) return fp_zero<N>(is_max ? (a.sign && b.sign) : (a.sign || b.sign));
  return bits;  // FPRound of an operand's own value: exact, the same encoding
}

// FPMaxNum / FPMinNum: a single quiet NaN loses against a number.
template <int N>
uint64_t fp_max_min_num(uint64_t op1, uint64_t op2, uint32_t& fpscr, bool is_max) {
  const FPType t1 = fp_unpack<N>(op1, fpscr).type, t2 = fp_unpack<N>(op2, fpscr).type;
  if (t1 == FPType::QNaN && t2 != FPType::QNaN) op1 = fp_infinity<N>(is_max);
  else if (t1 != FPType::QNaN && t2 == FPType::QNaN) op2 = fp_infinity<N>(is_max);
  return fp_max_min<N>(op1, op2, fpscr, is_max);
}

// RoundDown of a scaled magnitude, signed, and the rounding increment of
// FPRoundInt/FPToFixed. Returns the rounded integer (saturated far outside the
// 32-bit range) and the error class of the unrounded value.
inline int64_t round_to_integer(const Unpacked& u, int scale, Rounding rounding, int& err_out) {
  uint64_t mag;
  int err = 0;
  const int e = u.exp + scale;
  if (u.type == FPType::Infinity) {
    mag = uint64_t{1} << 62;
  } else if (u.type != FPType::Nonzero) {
    mag = 0;
  } else if (e >= 0) {
    mag = (e + msb128(u.mant) >= 62) ? uint64_t{1} << 62 : u.mant << e;
  } else {
    Split s = split(u.mant, -e);
    mag = static_cast<uint64_t>(s.q);
    err = s.err;
  }
  int64_t int_result;
  int error;  // of the signed value against RoundDown of it
  if (!u.sign) {
    int_result = static_cast<int64_t>(mag);
    error = err;
  } else if (err == 0) {
    int_result = -static_cast<int64_t>(mag);
    error = 0;
  } else {
    int_result = -static_cast<int64_t>(mag) - 1;
    error = 4 - err;  // 1 - fraction
  }
  bool round_up = false;
  switch (rounding) {
    case Rounding::TieEven: round_up = error == 3 || (error == 2 && (int_result & 1)); break;
    case Rounding::PosInf: round_up = error != 0; break;
    case Rounding::NegInf: round_up = false; break;
    case Rounding::Zero: round_up = error != 0 && int_result < 0; break;
    case Rounding::TieAway: round_up = error == 3 || (error == 2 && int_result >= 0); break;
  }
  if (round_up) int_result++;
  err_out = error;
  return int_result;
}

// FPToFixed: M-bit result (M = 16 or 32) in the low bits.
template <int N>
uint32_t fp_to_fixed(uint64_t op, int fbits, bool is_unsigned, int M, Rounding rounding, uint32_t& fpscr) {
  Unpacked u = fp_unpack<N>(op, fpscr);
  if (is_nan(u.type)) {
    fpscr |= kIOC;
    return 0;  // NaNs convert to 0
  }
  int error;
  int64_t v = round_to_integer(u, fbits, rounding, error);
  const int64_t hi = is_unsigned ? (int64_t{1} << M) - 1 : (int64_t{1} << (M - 1)) - 1;
  const int64_t lo = is_unsigned ? 0 : -(int64_t{1} << (M - 1));
  bool overflow = false;
  if (v > hi) { v = hi; overflow = true; }
  if (v < lo) { v = lo; overflow = true; }
  if (overflow) fpscr |= kIOC;
  else if (error != 0) fpscr |= kIXC;
  return static_cast<uint32_t>(v) & (M == 32 ? 0xFFFFFFFFu : 0xFFFFu);
}

// FixedToFP: operand is the low `size` bits.
template <int N>
uint64_t fixed_to_fp(uint32_t op, int size, int fbits, bool is_unsigned, Rounding rounding, uint32_t& fpscr) {
  int64_t v;
  if (size == 16) v = is_unsigned ? int64_t{op & 0xFFFF} : int64_t{static_cast<int16_t>(op)};
  else v = is_unsigned ? int64_t{op} : int64_t{static_cast<int32_t>(op)};
  if (v == 0) return fp_zero<N>(false);
  const bool sign = v < 0;
  return fp_round<N>(sign, -fbits, static_cast<uint64_t>(sign ? -v : v), fpscr, rounding);
}

// FPRoundInt
template <int N>
uint64_t fp_round_int(uint64_t op, Rounding rounding, bool exact, uint32_t& fpscr) {
  Unpacked u = fp_unpack<N>(op, fpscr);
  if (is_nan(u.type)) return fp_process_nan<N>(u.type, op, fpscr);
  if (u.type == FPType::Infinity) return fp_infinity<N>(u.sign);
  if (u.type == FPType::Zero) return fp_zero<N>(u.sign);
  if (u.exp >= 0) return op;  // already an integer
  int error;
  const int64_t v = round_to_integer(u, 0, rounding, error);
  uint64_t result;
  if (v == 0) {
    result = fp_zero<N>(u.sign);
  } else {
    // Re-encode: exact, so no exception.
    result = fp_round<N>(v < 0, 0, static_cast<uint64_t>(v < 0 ? -v : v), fpscr, Rounding::Zero);
  }
  if (error != 0 && exact) fpscr |= kIXC;
  return result;
}

// FPConvertNaN: keeps the sign and the top of the payload, quietens.
template <int N, int M>
uint64_t fp_convert_nan(uint64_t op) {
  const uint64_t sign = (op >> (N - 1)) & 1;
  uint64_t frac;  // 51 bits
  if constexpr (N == 64) frac = op & ((uint64_t{1} << 51) - 1);
  else if constexpr (N == 32) frac = (op & 0x3FFFFF) << 29;
  else frac = (op & 0x1FF) << 42;
  if constexpr (M == 64) return sign << 63 | uint64_t{0xFFF} << 51 | frac;
  else if constexpr (M == 32) return sign << 31 | 0x7FC00000u | (frac >> 29);
  else return sign << 15 | 0x7E00u | (frac >> 42);
}

// FPConvert (N-bit to M-bit), rounding per FPSCR.
template <int N, int M>
uint64_t fp_convert(uint64_t op, uint32_t& fpscr) {
  Unpacked u = fp_unpack<N>(op, fpscr, /*cv=*/true);
  const bool alt_hp = M == 16 && (fpscr & kAHP);
  if (is_nan(u.type)) {
    uint64_t result;
    if (alt_hp) result = fp_zero<M>(u.sign);
    else if (fpscr & kDN) result = fp_default_nan<M>();
    else result = fp_convert_nan<N, M>(op);
    if (u.type == FPType::SNaN || alt_hp) fpscr |= kIOC;
    return result;
  }
  if (u.type == FPType::Infinity) {
    if (alt_hp) {
      fpscr |= kIOC;
      return fp_zero<M>(u.sign) | (kSign<M> - 1);
    }
    return fp_infinity<M>(u.sign);
  }
  if (u.type == FPType::Zero) return fp_zero<M>(u.sign);
  return fp_round<M>(u.sign, u.exp, u.mant, fpscr, fpscr_rounding(fpscr), /*cv=*/true);
}

// VFPExpandImm
template <int N>
uint64_t vfp_expand_imm(uint8_t imm8) {
  constexpr int E = kE<N>, F = kF<N>;
  const uint64_t sign = imm8 >> 7, b6 = (imm8 >> 6) & 1;
  uint64_t exp = (b6 ^ 1) << (E - 1);
  if (b6) exp |= ((uint64_t{1} << (E - 3)) - 1) << 2;
  exp |= (imm8 >> 4) & 3;
  return sign << (N - 1) | exp << F | uint64_t{imm8 & 0xFu} << (F - 4);
}

}  // namespace tinysim::armv8m::softfp
