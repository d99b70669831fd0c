// Helium (MVE) integer data processing: see exec_mve_int.h. Each function
// follows the Operation pseudocode of its Arm ARM (DDI0553) page, computed
// with integers wide enough that the pseudocode's unbounded arithmetic gives
// the same result; comments say where the arithmetic needs care.
#include "cores/armv8m/exec_mve.h"

#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <type_traits>

namespace tinysim::armv8m {
namespace {

template <typename T> constexpr unsigned kBits = 8 * sizeof(T);
template <typename T> using Unsigned = std::make_unsigned_t<T>;

// A signed type wide enough for the exact result of an element operation
// (sum, difference, shift left by less than esize, negation, rounding
// constant): 8-bit elements in 16 bits, 16-bit in 32, 32-bit in 64. The
// narrowest type lets GCC vectorise the lane loops.
template <typename T>
using Wide = std::conditional_t<sizeof(T) == 1, int16_t, std::conditional_t<sizeof(T) == 2, int32_t, int64_t>>;

// Is element e of T active under the byte mask (the bit of its lowest byte)?
template <typename T>
constexpr bool lane_active(uint16_t mask, size_t e) { return (mask >> (e * sizeof(T))) & 1; }

// SatQ(v, esize, unsigned): v clamped to the range of T (branch-free, so
// that the lane loops vectorise); `sat` tells whether it had to be.
template <typename T, typename W>
inline T saturate(W v, uint8_t& sat) {
  constexpr W lo = static_cast<W>(std::numeric_limits<T>::min()), hi = static_cast<W>(std::numeric_limits<T>::max());
  const W c = v < lo ? lo : v > hi ? hi : v;
  sat = c != v;
  return static_cast<T>(c);
}

// Saturation flags of the lanes of T; FPSCR.QC is set when an active one is.
template <typename T> using SatFlags = std::array<uint8_t, 16 / sizeof(T)>;

template <typename T>
inline void qc_from(Cpu& c, const SatFlags<T>& sat, uint16_t mask) {
  uint8_t any = 0;
  if (mask == 0xFFFF) {
    for (uint8_t s : sat) any |= s;
  } else {
    for (size_t e = 0; e < sat.size(); ++e) any |= sat[e] & lane_active<T>(mask, e);
  }
  if (any) set_qc(c);
}

// Int(v) << s, exact, for 0 <= s < esize (fits Wide<T>).
template <typename T>
inline Wide<T> shift_left_exact(T v, unsigned s) {
  using W = Wide<T>;
  return static_cast<W>(static_cast<std::make_unsigned_t<W>>(static_cast<W>(v)) << s);
}

// Int(v) >> k rounded toward minus infinity, or (ROUND) Int(v) + 2^(k-1)
// first, for any k >= 1. Any k beyond esize + 1 gives what esize + 1 gives
// (0, or -1 for a negative v without rounding), which keeps v + 2^(k-1)
// within Wide<T>.
template <typename T>
inline Wide<T> shift_right(T v, unsigned k, bool round) {
  using W = Wide<T>;
  if (k > kBits<T> + 1) k = kBits<T> + 1;
  const W x = v;
  return static_cast<W>(round ? (x + (W{1} << (k - 1))) >> k : x >> k);
}

// VSHL/VQSHL/VRSHL/VQRSHL of one element by a signed amount (the lanes of a
// vector of shift counts): the low esize bits, or (SAT) the result
// saturated to T. A right shift never leaves the range; a non-zero value
// shifted left by esize or more always does.
template <typename T, bool SAT, bool ROUND>
inline T shift_lane(T v, int shift, uint8_t& sat) {
  if (shift < 0) return static_cast<T>(shift_right(v, static_cast<unsigned>(-shift), ROUND));
  if (shift >= static_cast<int>(kBits<T>)) {
    if (!SAT || v == 0) return 0;
    sat = 1;
    return v < 0 ? std::numeric_limits<T>::min() : std::numeric_limits<T>::max();
  }
  const Wide<T> x = shift_left_exact(v, static_cast<unsigned>(shift));
  return SAT ? saturate<T>(x, sat) : static_cast<T>(x);
}

// The same with one shift amount for all lanes (a core register or an
// immediate): the case is chosen once, the lane loops are branch-free.
template <typename T, bool SAT, bool ROUND>
inline void shift_lanes(const Lanes<T>& a, int shift, Lanes<T>& r, SatFlags<T>& sat) {
  sat.fill(0);
  if (shift < 0) {
    using W = Wide<T>;
    const unsigned k = static_cast<unsigned>(-shift) > kBits<T> + 1 ? kBits<T> + 1 : static_cast<unsigned>(-shift);
    const W round = ROUND ? static_cast<W>(W{1} << (k - 1)) : W{0};
    for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<T>((static_cast<W>(a[e]) + round) >> k);
  } else if (shift >= static_cast<int>(kBits<T>)) {
    for (size_t e = 0; e < r.size(); ++e) {
      r[e] = !SAT || a[e] == 0 ? T{0} : a[e] < 0 ? std::numeric_limits<T>::min() : std::numeric_limits<T>::max();
      sat[e] = SAT && a[e] != 0;
    }
  } else {
    for (size_t e = 0; e < r.size(); ++e) {
      const Wide<T> x = shift_left_exact(a[e], static_cast<unsigned>(shift));
      r[e] = SAT ? saturate<T>(x, sat[e]) : static_cast<T>(x);
    }
  }
}

// ---- element-wise drivers (lambdas inline: no per-element calls) ----------

// Qd = f(Qn, Qm)
template <typename T, typename F>
inline void map_nm(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = f(n[e], m[e]);
  q_write_masked(c, d.rd, r, mask);
}

// Qd = SatQ(f(Qn, Qm)), f giving the exact result in Wide<T>
template <typename T, typename F>
inline void map_nm_sat(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  SatFlags<T> sat;
  for (size_t e = 0; e < r.size(); ++e) r[e] = saturate<T>(f(n[e], m[e]), sat[e]);
  q_write_masked(c, d.rd, r, mask);
  qc_from<T>(c, sat, mask);
}

// Qd = f(Qn, Rm<esize-1:0>)
template <typename T, typename F>
inline void map_n_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto n = q_lanes<T>(c, d.rn);
  const T m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = f(n[e], m);
  q_write_masked(c, d.rd, r, mask);
}

template <typename T, typename F>
inline void map_n_scalar_sat(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto n = q_lanes<T>(c, d.rn);
  const T m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  SatFlags<T> sat;
  for (size_t e = 0; e < r.size(); ++e) r[e] = saturate<T>(f(n[e], m), sat[e]);
  q_write_masked(c, d.rd, r, mask);
  qc_from<T>(c, sat, mask);
}

// Qd = f(Qm)
template <typename T, typename F>
inline void map_m(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = f(m[e]);
  q_write_masked(c, d.rd, r, mask);
}

template <typename T, typename F>
inline void map_m_sat(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  SatFlags<T> sat;
  for (size_t e = 0; e < r.size(); ++e) r[e] = saturate<T>(f(m[e]), sat[e]);
  q_write_masked(c, d.rd, r, mask);
  qc_from<T>(c, sat, mask);
}

// Qd = f(Qd, Qm): the destination is also a source (VMAXA, VSLI, VSRI).
template <typename T, typename F>
inline void map_dm(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  const auto old = q_lanes<T>(c, d.rd), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = f(old[e], m[e]);
  q_write_masked(c, d.rd, r, mask);
}

// Qd = Qm shifted by one amount for all lanes (SRC: the register shifted,
// Qm for the immediate forms, Qda for the shifts by a core register).
template <typename T, bool SAT, bool ROUND>
inline void shift_uniform(Cpu& c, const DecodedInsn& d, uint16_t mask, unsigned src, int shift) {
  const auto a = q_lanes<T>(c, src);
  Lanes<T> r;
  SatFlags<T> sat;
  shift_lanes<T, SAT, ROUND>(a, shift, r, sat);
  q_write_masked(c, d.rd, r, mask);
  if (SAT) qc_from<T>(c, sat, mask);
}

// Shift of Qda by the signed Rm<7:0>.
template <typename T, bool SAT, bool ROUND>
inline void shift_by_register(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_uniform<T, SAT, ROUND>(c, d, mask, d.rd, static_cast<int8_t>(c.r[d.rm] & 0xFF));
}

// VSHL Qd, Qm, Qn: Qm's elements shifted by the signed low byte of Qn's.
template <typename T, bool SAT, bool ROUND>
inline void shift_by_vector(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const auto value = q_lanes<T>(c, d.rm), amount = q_lanes<T>(c, d.rn);
  Lanes<T> r;
  SatFlags<T> sat{};
  for (size_t e = 0; e < r.size(); ++e)
    r[e] = shift_lane<T, SAT, ROUND>(value[e], static_cast<int8_t>(amount[e] & 0xFF), sat[e]);
  q_write_masked(c, d.rd, r, mask);
  if (SAT) qc_from<T>(c, sat, mask);
}

// Whole-register logic, 64 bits at a time.
template <typename F>
inline void map_logic(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  map_nm<uint64_t>(c, d, mask, f);
}

// An immediate replicated over the lanes of T.
template <typename T>
inline Lanes<T> splat(T v) {
  Lanes<T> r;
  r.fill(v);
  return r;
}

// The bits of an unsigned element in reverse order.
template <typename T>
inline T reverse_bits(T v) {
  T r = 0;
  for (unsigned i = 0; i < kBits<T>; ++i) r = static_cast<T>(r << 1 | ((v >> i) & 1));
  return r;
}

// The element type twice as wide, same signedness (VSHLL, VMOVL).
template <typename N>
using Widened = std::conditional_t<
    sizeof(N) == 1, std::conditional_t<std::is_signed_v<N>, int16_t, uint16_t>,
    std::conditional_t<std::is_signed_v<N>, int32_t, uint32_t>>;

// Lane operations of both the two-vector and the vector-and-scalar forms.
// The halving forms add in Wide<T>, so no carry is lost before the shift;
// >> of a negative value rounds toward minus infinity as the pseudocode does.
template <typename T> constexpr auto kLaneAdd = [](T n, T m) { return static_cast<T>(n + m); };
template <typename T> constexpr auto kLaneSub = [](T n, T m) { return static_cast<T>(n - m); };
template <typename T> constexpr auto kLaneHalvingAdd = [](T n, T m) { return static_cast<T>((Wide<T>{n} + m) >> 1); };
template <typename T> constexpr auto kLaneHalvingSub = [](T n, T m) { return static_cast<T>((Wide<T>{n} - m) >> 1); };

}  // namespace

// ---------------------------------------------------------------------------
// Two vectors
// ---------------------------------------------------------------------------

template <typename T>
void exec_vadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, kLaneAdd<T>);
}

template <typename T>
void exec_vsub(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, kLaneSub<T>);
}

template <typename T>
void exec_vhadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, kLaneHalvingAdd<T>);
}

template <typename T>
void exec_vrhadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, [](T n, T m) { return static_cast<T>((Wide<T>{n} + m + 1) >> 1); });
}

template <typename T>
void exec_vhsub(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, kLaneHalvingSub<T>);
}

template <typename T>
void exec_vqadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm_sat<T>(c, d, mask, [](T n, T m) { return static_cast<Wide<T>>(Wide<T>{n} + m); });
}

template <typename T>
void exec_vqsub(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm_sat<T>(c, d, mask, [](T n, T m) { return static_cast<Wide<T>>(Wide<T>{n} - m); });
}

template <typename T>
void exec_vmax(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, [](T n, T m) { return n >= m ? n : m; });
}

template <typename T>
void exec_vmin(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, [](T n, T m) { return n >= m ? m : n; });
}

// Abs(Int(n) - Int(m)), low esize bits (the difference of two signed
// elements can need esize + 1 bits: -128 - 127 gives 0xFF for .S8).
template <typename T>
void exec_vabd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_nm<T>(c, d, mask, [](T n, T m) {
    const Wide<T> diff = static_cast<Wide<T>>(Wide<T>{n} - m);
    return static_cast<T>(diff < 0 ? -diff : diff);
  });
}

template <typename T>
void exec_vshl_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_vector<T, false, false>(c, d, mask);
}

template <typename T>
void exec_vrshl_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_vector<T, false, true>(c, d, mask);
}

template <typename T>
void exec_vqshl_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_vector<T, true, false>(c, d, mask);
}

template <typename T>
void exec_vqrshl_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_vector<T, true, true>(c, d, mask);
}

// Complex add: each pair (even = real, odd = imaginary) of Qn gets the pair
// of Qm rotated by 90 degrees (re - m.im, im + m.re) or 270 (re + m.im,
// im - m.re). Elements of Qm are read from the other half of the pair, which
// for 32-bit elements is another beat: every result is computed before Qd is
// written (Qd == Qm is CONSTRAINED UNPREDICTABLE there; QEMU does the same).
template <typename T, bool ROT270>
void exec_vcadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); e += 2) {
    r[e] = static_cast<T>(ROT270 ? n[e] + m[e + 1] : n[e] - m[e + 1]);
    r[e + 1] = static_cast<T>(ROT270 ? n[e + 1] - m[e] : n[e + 1] + m[e]);
  }
  q_write_masked(c, d.rd, r, mask);
}

// VHCADD.S: the same sums in Wide<T>, halved (rounding toward minus infinity).
template <typename T, bool ROT270>
void exec_vhcadd(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); e += 2) {
    using W = Wide<T>;
    const W re = static_cast<W>(ROT270 ? W{n[e]} + m[e + 1] : W{n[e]} - m[e + 1]);
    const W im = static_cast<W>(ROT270 ? W{n[e + 1]} - m[e] : W{n[e + 1]} + m[e]);
    r[e] = static_cast<T>(re >> 1);
    r[e + 1] = static_cast<T>(im >> 1);
  }
  q_write_masked(c, d.rd, r, mask);
}

void exec_vand(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_logic(c, d, mask, [](uint64_t n, uint64_t m) { return n & m; });
}
void exec_vbic(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_logic(c, d, mask, [](uint64_t n, uint64_t m) { return n & ~m; });
}
void exec_vorr(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_logic(c, d, mask, [](uint64_t n, uint64_t m) { return n | m; });
}
void exec_vorn(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_logic(c, d, mask, [](uint64_t n, uint64_t m) { return n | ~m; });
}
void exec_veor(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_logic(c, d, mask, [](uint64_t n, uint64_t m) { return n ^ m; });
}

// Carry chain across the four 32-bit elements. An element that is not
// active keeps Qd and passes the carry on unchanged (FPSCR.C is not updated
// for beats disabled by predication). FPSCR.C (N, Z, V cleared) is written
// when an element was active, and always by the I forms, whose initial carry
// then stands for the whole chain (QEMU 7.2 does the same).
template <bool SUB, bool INIT>
void exec_vadc(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const auto n = q_lanes<uint32_t>(c, d.rn), m = q_lanes<uint32_t>(c, d.rm);
  uint64_t carry = INIT ? (SUB ? 1 : 0) : (c.fpscr >> 29) & 1;
  Lanes<uint32_t> r;
  for (size_t e = 0; e < r.size(); ++e) {
    const uint64_t sum = uint64_t{n[e]} + (SUB ? ~m[e] : m[e]) + carry;
    r[e] = static_cast<uint32_t>(sum);
    if (lane_active<uint32_t>(mask, e)) carry = sum >> 32;
  }
  q_write_masked(c, d.rd, r, mask);
  if (INIT || (mask & 0x1111)) c.fpscr = (c.fpscr & 0x0FFFFFFFu) | static_cast<uint32_t>(carry) << 29;
}

// ---------------------------------------------------------------------------
// Vector and core register
// ---------------------------------------------------------------------------

template <typename T>
void exec_vadd_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_n_scalar<T>(c, d, mask, kLaneAdd<T>);
}

template <typename T>
void exec_vsub_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_n_scalar<T>(c, d, mask, kLaneSub<T>);
}

template <typename T>
void exec_vhadd_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_n_scalar<T>(c, d, mask, kLaneHalvingAdd<T>);
}

template <typename T>
void exec_vhsub_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_n_scalar<T>(c, d, mask, kLaneHalvingSub<T>);
}

template <typename T>
void exec_vqadd_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_n_scalar_sat<T>(c, d, mask, [](T n, T m) { return static_cast<Wide<T>>(Wide<T>{n} + m); });
}

template <typename T>
void exec_vqsub_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_n_scalar_sat<T>(c, d, mask, [](T n, T m) { return static_cast<Wide<T>>(Wide<T>{n} - m); });
}

// VBRSR: the element bit-reversed, then shifted right by esize - Rm<7:0>
// (Rm<7:0> >= esize: the whole reversal; 0: nothing left).
template <typename T>
void exec_vbrsr(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const unsigned keep = c.r[d.rm] & 0xFF;
  const auto n = q_lanes<T>(c, d.rn);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) {
    const T rev = reverse_bits(n[e]);
    r[e] = keep == 0 ? T{0} : keep < kBits<T> ? static_cast<T>(rev >> (kBits<T> - keep)) : rev;
  }
  q_write_masked(c, d.rd, r, mask);
}

template <typename T>
void exec_vshl_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_register<T, false, false>(c, d, mask);
}

template <typename T>
void exec_vrshl_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_register<T, false, true>(c, d, mask);
}

template <typename T>
void exec_vqshl_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_register<T, true, false>(c, d, mask);
}

template <typename T>
void exec_vqrshl_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_by_register<T, true, true>(c, d, mask);
}

template <typename T>
void exec_vdup(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  q_write_masked(c, d.rd, splat(static_cast<T>(c.r[d.rm])), mask);
}

// ---------------------------------------------------------------------------
// One vector
// ---------------------------------------------------------------------------

// Abs/Neg of the most negative value wrap to itself (low esize bits).
template <typename T>
void exec_vabs(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m<T>(c, d, mask, [](T v) { return static_cast<T>(v < 0 ? -Wide<T>{v} : Wide<T>{v}); });
}

template <typename T>
void exec_vneg(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m<T>(c, d, mask, [](T v) { return static_cast<T>(-Wide<T>{v}); });
}

template <typename T>
void exec_vqabs(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m_sat<T>(c, d, mask, [](T v) { return static_cast<Wide<T>>(v < 0 ? -Wide<T>{v} : Wide<T>{v}); });
}

template <typename T>
void exec_vqneg(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m_sat<T>(c, d, mask, [](T v) { return static_cast<Wide<T>>(-Wide<T>{v}); });
}

// Leading bits equal to the sign bit, the sign bit not counted.
template <typename T>
void exec_vcls(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m<T>(c, d, mask, [](T v) {
    const auto u = static_cast<Unsigned<T>>(v < 0 ? ~v : v);
    return static_cast<T>(std::countl_zero(u) - 1);
  });
}

template <typename T>
void exec_vclz(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m<T>(c, d, mask, [](T v) { return static_cast<T>(std::countl_zero(static_cast<Unsigned<T>>(v))); });
}

// Elements of T in reverse order inside each container of C. Containers of
// 64 bits span two beats: the result is computed before Qd is written
// (Qd == Qm is CONSTRAINED UNPREDICTABLE there; QEMU does the same).
template <typename C, typename T>
void exec_vrev(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  constexpr size_t per = sizeof(C) / sizeof(T);
  const auto m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = m[(e / per) * per + (per - 1 - e % per)];
  q_write_masked(c, d.rd, r, mask);
}

void exec_vmvn(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  map_m<uint64_t>(c, d, mask, [](uint64_t v) { return ~v; });
}

// Qda is unsigned, Qm signed: |Qm| of the most negative value still fits
// the unsigned range (|-128| = 128 for .S8).
template <typename T>
void exec_vmaxa(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using U = Unsigned<T>;
  map_dm<U>(c, d, mask, [](U a, U mu) {
    const T m = static_cast<T>(mu);
    const U abs_m = m < 0 ? static_cast<U>(U{0} - mu) : mu;
    return a >= abs_m ? a : abs_m;
  });
}

template <typename T>
void exec_vmina(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using U = Unsigned<T>;
  map_dm<U>(c, d, mask, [](U a, U mu) {
    const T m = static_cast<T>(mu);
    const U abs_m = m < 0 ? static_cast<U>(U{0} - mu) : mu;
    return a >= abs_m ? abs_m : a;
  });
}

// ---------------------------------------------------------------------------
// Shifts by immediate
// ---------------------------------------------------------------------------

template <typename T>
void exec_vshl_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_uniform<T, false, false>(c, d, mask, d.rm, static_cast<int>(d.imm));
}

template <typename T>
void exec_vshr_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_uniform<T, false, false>(c, d, mask, d.rm, -static_cast<int>(d.imm));
}

template <typename T>
void exec_vrshr_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_uniform<T, false, true>(c, d, mask, d.rm, -static_cast<int>(d.imm));
}

template <typename T>
void exec_vqshl_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  shift_uniform<T, true, false>(c, d, mask, d.rm, static_cast<int>(d.imm));
}

// Signed elements, unsigned results: negative values saturate to 0.
template <typename T>
void exec_vqshlu_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using U = Unsigned<T>;
  const auto m = q_lanes<T>(c, d.rm);
  const unsigned sh = d.imm;   // 0..esize-1
  Lanes<U> r;
  SatFlags<U> sat;
  for (size_t e = 0; e < r.size(); ++e) r[e] = saturate<U>(shift_left_exact(m[e], sh), sat[e]);
  q_write_masked(c, d.rd, r, mask);
  qc_from<U>(c, sat, mask);
}

// Qm << n into Qd, keeping Qd's low n bits.
template <typename T>
void exec_vsli(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using U = Unsigned<T>;
  const unsigned sh = d.imm;
  const U insert = static_cast<U>(uint64_t{std::numeric_limits<U>::max()} << sh);
  map_dm<U>(c, d, mask, [sh, insert](U old, U m) {
    return static_cast<U>((static_cast<U>(m << sh) & insert) | (old & ~insert));   // sh < esize
  });
}

// Qm >> n (logical) into Qd, keeping Qd's top n bits (n = esize: Qd unchanged).
template <typename T>
void exec_vsri(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using U = Unsigned<T>;
  const unsigned sh = d.imm;
  const U insert = static_cast<U>(uint64_t{std::numeric_limits<U>::max()} >> sh);
  map_dm<U>(c, d, mask, [sh, insert](U old, U m) {
    return static_cast<U>((static_cast<U>(uint64_t{m} >> sh) & insert) | (old & ~insert));
  });
}

// Narrow element 2*le + TOP of Qm, extended and shifted into wide lane le
// (the source half lies in the same beat as the result: no ordering issue).
template <typename N, bool TOP>
void exec_vshll(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using W = Widened<N>;
  const auto m = q_lanes<N>(c, d.rm);
  const unsigned sh = d.imm;   // 0..esize: Int(element) << sh always fits W
  Lanes<W> r;
  for (size_t le = 0; le < r.size(); ++le)
    r[le] = static_cast<W>(static_cast<uint64_t>(int64_t{m[2 * le + TOP]}) << sh);
  q_write_masked(c, d.rd, r, mask);
}

namespace {

template <typename W> using NarrowOf = std::conditional_t<sizeof(W) == 2, uint8_t, uint16_t>;

// Narrow results f(element of W) into lanes 2*le + TOP of Qd, the other lanes
// kept; SAT: saturated to N, counted where the destination lane is active.
template <typename W, typename N, bool TOP, bool SAT, typename F>
inline void narrow_into(Cpu& c, const DecodedInsn& d, uint16_t mask, F f) {
  using NU = std::make_unsigned_t<N>;
  const auto m = q_lanes<W>(c, d.rm);
  auto r = q_lanes<NU>(c, d.rd);
  SatFlags<W> sat{};
  for (size_t le = 0; le < m.size(); ++le)
    r[2 * le + TOP] = static_cast<NU>(SAT ? saturate<N>(f(m[le]), sat[le]) : static_cast<N>(f(m[le])));
  q_write_masked(c, d.rd, r, mask);
  if (SAT) qc_from<W>(c, sat, static_cast<uint16_t>(mask >> (TOP * sizeof(N))));
}

}  // namespace

// Truncating narrow shift: the sign of W does not reach the kept bits.
template <typename W, bool TOP, bool ROUND>
void exec_vshrn(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const unsigned sh = d.imm;
  narrow_into<W, NarrowOf<W>, TOP, false>(c, d, mask, [sh](W v) { return shift_right(v, sh, ROUND); });
}

template <typename W, typename N, bool TOP, bool ROUND>
void exec_vqshrn(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const unsigned sh = d.imm;
  narrow_into<W, N, TOP, true>(c, d, mask, [sh](W v) { return shift_right(v, sh, ROUND); });
}

template <typename W, bool TOP>
void exec_vmovn(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  narrow_into<W, NarrowOf<W>, TOP, false>(c, d, mask, [](W v) { return v; });
}

template <typename W, typename N, bool TOP>
void exec_vqmovn(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  narrow_into<W, N, TOP, true>(c, d, mask, [](W v) { return Wide<W>{v}; });
}

// Beat by beat, low element first: each active element takes the carry bits
// (Rdm's low bits, then the previous active element's top bits) and hands its
// own top bits on; an inactive element keeps its value and the carry.
void exec_vshlc(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const unsigned sh = d.imm;   // 1..32
  auto q = q_lanes<uint32_t>(c, d.rd);
  uint32_t carry = c.r[d.ra];
  const uint32_t low = sh == 32 ? ~0u : (1u << sh) - 1;
  Lanes<uint32_t> r;
  for (size_t e = 0; e < r.size(); ++e) {
    r[e] = static_cast<uint32_t>(uint64_t{q[e]} << sh) | (carry & low);
    if (lane_active<uint32_t>(mask, e)) carry = static_cast<uint32_t>(uint64_t{q[e]} >> (32 - sh));
  }
  q_write_masked(c, d.rd, r, mask);
  c.r[d.ra] = carry;
}

// ---------------------------------------------------------------------------
// Immediates
// ---------------------------------------------------------------------------

template <typename T>
void exec_vmov_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  q_write_masked(c, d.rd, splat(static_cast<T>(d.imm)), mask);
}

template <typename T>
void exec_vmvn_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  q_write_masked(c, d.rd, splat(static_cast<T>(~d.imm)), mask);
}

template <typename T>
void exec_vorr_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const T imm = static_cast<T>(d.imm);
  auto r = q_lanes<T>(c, d.rd);
  for (auto& v : r) v = static_cast<T>(v | imm);
  q_write_masked(c, d.rd, r, mask);
}

template <typename T>
void exec_vbic_imm(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const T keep = static_cast<T>(~d.imm);
  auto r = q_lanes<T>(c, d.rd);
  for (auto& v : r) v = static_cast<T>(v & keep);
  q_write_masked(c, d.rd, r, mask);
}

void exec_vmov_imm64(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  uint64_t v = 0;
  for (unsigned i = 0; i < 8; ++i)
    if ((d.extra >> i) & 1) v |= uint64_t{0xFF} << (8 * i);
  q_write_masked(c, d.rd, splat(v), mask);
}

// ---------------------------------------------------------------------------
// VIDUP family: the offset advances for every element, active or not, and
// its final value goes back to Rn.
// ---------------------------------------------------------------------------

template <typename T, bool DEC>
void exec_vidup(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  uint32_t offset = c.r[d.rn];
  Lanes<T> r;
  for (auto& v : r) {
    v = static_cast<T>(offset);
    offset = DEC ? offset - d.imm : offset + d.imm;
  }
  q_write_masked(c, d.rd, r, mask);
  c.r[d.rn] = offset;
}

// Incrementing: offset + imm, 0 when it reaches Rm. Decrementing: an offset
// of 0 first becomes Rm, then imm is taken off.
template <typename T, bool DEC>
void exec_viwdup(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  uint32_t offset = c.r[d.rn];
  const uint32_t wrap = c.r[d.ra];
  Lanes<T> r;
  for (auto& v : r) {
    v = static_cast<T>(offset);
    if (DEC) {
      if (offset == 0) offset = wrap;
      offset -= d.imm;
    } else {
      offset += d.imm;
      if (offset == wrap) offset = 0;
    }
  }
  q_write_masked(c, d.rd, r, mask);
  c.r[d.rn] = offset;
}

void exec_mve_int_unallocated(Cpu& c, const DecodedInsn&) {
  c.undefined("unallocated MVE encoding");
}

// ---------------------------------------------------------------------------
// Instantiations used by mve_int_table.cpp
// ---------------------------------------------------------------------------

#define TINYSIM_INT_SIG (Cpu&, const DecodedInsn&, uint16_t)
#define TINYSIM_INT_S(fn) \
  template void fn<int8_t> TINYSIM_INT_SIG; template void fn<int16_t> TINYSIM_INT_SIG; template void fn<int32_t> TINYSIM_INT_SIG;
#define TINYSIM_INT_U(fn) \
  template void fn<uint8_t> TINYSIM_INT_SIG; template void fn<uint16_t> TINYSIM_INT_SIG; template void fn<uint32_t> TINYSIM_INT_SIG;
#define TINYSIM_INT_SU(fn) TINYSIM_INT_S(fn) TINYSIM_INT_U(fn)

TINYSIM_INT_U(exec_vadd) TINYSIM_INT_U(exec_vsub)
TINYSIM_INT_SU(exec_vhadd) TINYSIM_INT_SU(exec_vrhadd) TINYSIM_INT_SU(exec_vhsub)
TINYSIM_INT_SU(exec_vqadd) TINYSIM_INT_SU(exec_vqsub)
TINYSIM_INT_SU(exec_vmax) TINYSIM_INT_SU(exec_vmin) TINYSIM_INT_SU(exec_vabd)
TINYSIM_INT_SU(exec_vshl_vec) TINYSIM_INT_SU(exec_vrshl_vec) TINYSIM_INT_SU(exec_vqshl_vec) TINYSIM_INT_SU(exec_vqrshl_vec)
#define TINYSIM_INT_ROT(fn, T) template void fn<T, false> TINYSIM_INT_SIG; template void fn<T, true> TINYSIM_INT_SIG;
TINYSIM_INT_ROT(exec_vcadd, uint8_t) TINYSIM_INT_ROT(exec_vcadd, uint16_t) TINYSIM_INT_ROT(exec_vcadd, uint32_t)
TINYSIM_INT_ROT(exec_vhcadd, int8_t) TINYSIM_INT_ROT(exec_vhcadd, int16_t) TINYSIM_INT_ROT(exec_vhcadd, int32_t)
template void exec_vadc<false, false> TINYSIM_INT_SIG; template void exec_vadc<false, true> TINYSIM_INT_SIG;
template void exec_vadc<true, false> TINYSIM_INT_SIG; template void exec_vadc<true, true> TINYSIM_INT_SIG;

TINYSIM_INT_U(exec_vadd_scalar) TINYSIM_INT_U(exec_vsub_scalar)
TINYSIM_INT_SU(exec_vhadd_scalar) TINYSIM_INT_SU(exec_vhsub_scalar)
TINYSIM_INT_SU(exec_vqadd_scalar) TINYSIM_INT_SU(exec_vqsub_scalar)
TINYSIM_INT_U(exec_vbrsr)
TINYSIM_INT_SU(exec_vshl_scalar) TINYSIM_INT_SU(exec_vrshl_scalar)
TINYSIM_INT_SU(exec_vqshl_scalar) TINYSIM_INT_SU(exec_vqrshl_scalar)
TINYSIM_INT_U(exec_vdup)

TINYSIM_INT_S(exec_vabs) TINYSIM_INT_S(exec_vneg) TINYSIM_INT_S(exec_vqabs) TINYSIM_INT_S(exec_vqneg)
TINYSIM_INT_S(exec_vcls) TINYSIM_INT_U(exec_vclz)
template void exec_vrev<uint16_t, uint8_t> TINYSIM_INT_SIG;
template void exec_vrev<uint32_t, uint8_t> TINYSIM_INT_SIG; template void exec_vrev<uint32_t, uint16_t> TINYSIM_INT_SIG;
template void exec_vrev<uint64_t, uint8_t> TINYSIM_INT_SIG; template void exec_vrev<uint64_t, uint16_t> TINYSIM_INT_SIG;
template void exec_vrev<uint64_t, uint32_t> TINYSIM_INT_SIG;
TINYSIM_INT_S(exec_vmaxa) TINYSIM_INT_S(exec_vmina)

TINYSIM_INT_U(exec_vshl_imm) TINYSIM_INT_SU(exec_vshr_imm) TINYSIM_INT_SU(exec_vrshr_imm)
TINYSIM_INT_SU(exec_vqshl_imm) TINYSIM_INT_S(exec_vqshlu_imm)
TINYSIM_INT_U(exec_vsli) TINYSIM_INT_U(exec_vsri)
#define TINYSIM_INT_BT(fn, ...) template void fn<__VA_ARGS__, false> TINYSIM_INT_SIG; template void fn<__VA_ARGS__, true> TINYSIM_INT_SIG;
TINYSIM_INT_BT(exec_vshll, int8_t) TINYSIM_INT_BT(exec_vshll, uint8_t)
TINYSIM_INT_BT(exec_vshll, int16_t) TINYSIM_INT_BT(exec_vshll, uint16_t)
#define TINYSIM_INT_BTR(fn, ...) \
  template void fn<__VA_ARGS__, false, false> TINYSIM_INT_SIG; template void fn<__VA_ARGS__, true, false> TINYSIM_INT_SIG; \
  template void fn<__VA_ARGS__, false, true> TINYSIM_INT_SIG; template void fn<__VA_ARGS__, true, true> TINYSIM_INT_SIG;
TINYSIM_INT_BTR(exec_vshrn, uint16_t) TINYSIM_INT_BTR(exec_vshrn, uint32_t)
TINYSIM_INT_BTR(exec_vqshrn, int16_t, int8_t) TINYSIM_INT_BTR(exec_vqshrn, int32_t, int16_t)
TINYSIM_INT_BTR(exec_vqshrn, uint16_t, uint8_t) TINYSIM_INT_BTR(exec_vqshrn, uint32_t, uint16_t)
TINYSIM_INT_BTR(exec_vqshrn, int16_t, uint8_t) TINYSIM_INT_BTR(exec_vqshrn, int32_t, uint16_t)
TINYSIM_INT_BT(exec_vmovn, uint16_t) TINYSIM_INT_BT(exec_vmovn, uint32_t)
TINYSIM_INT_BT(exec_vqmovn, int16_t, int8_t) TINYSIM_INT_BT(exec_vqmovn, int32_t, int16_t)
TINYSIM_INT_BT(exec_vqmovn, uint16_t, uint8_t) TINYSIM_INT_BT(exec_vqmovn, uint32_t, uint16_t)
TINYSIM_INT_BT(exec_vqmovn, int16_t, uint8_t) TINYSIM_INT_BT(exec_vqmovn, int32_t, uint16_t)

TINYSIM_INT_U(exec_vmov_imm) TINYSIM_INT_U(exec_vmvn_imm) TINYSIM_INT_U(exec_vorr_imm) TINYSIM_INT_U(exec_vbic_imm)
#define TINYSIM_INT_DEC(fn, T) template void fn<T, false> TINYSIM_INT_SIG; template void fn<T, true> TINYSIM_INT_SIG;
TINYSIM_INT_DEC(exec_vidup, uint8_t) TINYSIM_INT_DEC(exec_vidup, uint16_t) TINYSIM_INT_DEC(exec_vidup, uint32_t)
TINYSIM_INT_DEC(exec_viwdup, uint8_t) TINYSIM_INT_DEC(exec_viwdup, uint16_t) TINYSIM_INT_DEC(exec_viwdup, uint32_t)

#undef TINYSIM_INT_SIG
#undef TINYSIM_INT_S
#undef TINYSIM_INT_U
#undef TINYSIM_INT_SU
#undef TINYSIM_INT_ROT
#undef TINYSIM_INT_BT
#undef TINYSIM_INT_BTR
#undef TINYSIM_INT_DEC

}  // namespace tinysim::armv8m
