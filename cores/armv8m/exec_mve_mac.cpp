// Helium (MVE) integer multiplies, multiply-accumulates and across-vector
// reductions: see exec_mve_mac.h. Each function follows the Operation
// pseudocode of its Arm ARM (DDI0553) page; comments say where the
// arithmetic needs care (widths of intermediates, rounding, saturation).
#include "cores/armv8m/exec_mve.h"

#include <array>
#include <cstring>
#include <type_traits>

namespace tinysim::armv8m {
namespace {

// Element types by size code (0..3 = 8..64 bits) and signedness.
template <unsigned SZ, bool U>
using Elem = std::conditional_t<
    SZ == 0, std::conditional_t<U, uint8_t, int8_t>,
    std::conditional_t<
        SZ == 1, std::conditional_t<U, uint16_t, int16_t>,
        std::conditional_t<SZ == 2, std::conditional_t<U, uint32_t, int32_t>,
                           std::conditional_t<U, uint64_t, int64_t>>>>;
template <unsigned SZ> using UElem = Elem<SZ, true>;
template <unsigned SZ> using SElem = Elem<SZ, false>;

constexpr unsigned esize_bits(unsigned sz) { return 8u << sz; }

// Clamps v to the range of a signed `bits`-bit integer; sets `sat` when it had to.
template <typename W>
inline W signed_sat(W v, unsigned bits, bool& sat) {
  const W max = (W(1) << (bits - 1)) - 1, min = -max - 1;
  if (v > max) { sat = true; return max; }
  if (v < min) { sat = true; return min; }
  return v;
}

// Integer wide enough for 2 * a * b + (c << esize) + rounding of SZ-sized
// signed elements: 64 bits up to 16-bit elements, 128 bits for 32-bit ones.
template <unsigned SZ> using Wide = std::conditional_t<SZ == 2, __int128, int64_t>;

}  // namespace

// ---------------------------------------------------------------------------
// Element-wise multiplies
// ---------------------------------------------------------------------------

template <unsigned SZ>
void exec_vmul_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = UElem<SZ>;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  // Products of the low esize bits: the same for signed and unsigned elements.
  for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<T>(uint32_t{n[e]} * uint32_t{m[e]});
  q_write_masked(c, d.rd, r, mask);
}

template <unsigned SZ>
void exec_vmul_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = UElem<SZ>;
  const auto n = q_lanes<T>(c, d.rn);
  const uint32_t m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<T>(uint32_t{n[e]} * m);
  q_write_masked(c, d.rd, r, mask);
}

template <unsigned SZ, unsigned F>
void exec_vmulh(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = Elem<SZ, (F & kMacUnsigned) != 0>;
  using P = std::conditional_t<(F & kMacUnsigned) != 0, uint64_t, int64_t>;
  constexpr unsigned bits = esize_bits(SZ);
  constexpr P round = (F & kMacRound) ? P(1) << (bits - 1) : 0;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  // The product of two esize-bit values plus half an ulp fits in 64 bits.
  for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<T>((P(n[e]) * P(m[e]) + round) >> bits);
  q_write_masked(c, d.rd, r, mask);
}

template <unsigned SZ, unsigned F>
void exec_vmull(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  constexpr bool u = (F & kMacUnsigned) != 0;
  using T = Elem<SZ, u>;
  using L = Elem<SZ + 1, u>;
  // Widen before multiplying (16 x 16 unsigned would overflow int).
  using Mul = std::conditional_t<SZ == 2, L, std::conditional_t<u, uint32_t, int32_t>>;
  constexpr unsigned top = (F & kMacTop) ? 1 : 0;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<L> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<L>(Mul(n[2 * e + top]) * Mul(m[2 * e + top]));
  q_write_masked(c, d.rd, r, mask);
}

template <unsigned SZ, unsigned F>
void exec_vmullp(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = UElem<SZ>;
  using L = UElem<SZ + 1>;
  constexpr unsigned top = (F & kMacTop) ? 1 : 0;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<L> r;
  for (size_t e = 0; e < r.size(); ++e) {
    // PolynomialMult: carry-less product (XOR of shifted copies).
    const uint32_t a = n[2 * e + top], b = m[2 * e + top];
    uint32_t p = 0;
    for (unsigned i = 0; i < esize_bits(SZ); ++i)
      if ((a >> i) & 1) p ^= b << i;
    r[e] = static_cast<L>(p);
  }
  q_write_masked(c, d.rd, r, mask);
}

namespace {

// (2 * a * b + round) >> esize, saturated: computed as (a * b + round / 2) >>
// (esize - 1) so that it fits in 64 bits for 32-bit elements.
template <unsigned SZ, unsigned F>
inline SElem<SZ> qdmulh(int64_t a, int64_t b, bool& sat) {
  constexpr unsigned bits = esize_bits(SZ);
  constexpr int64_t round = (F & kMacRound) ? int64_t{1} << (bits - 2) : 0;
  return static_cast<SElem<SZ>>(signed_sat<int64_t>((a * b + round) >> (bits - 1), bits, sat));
}

}  // namespace

template <unsigned SZ, unsigned F>
void exec_vqdmulh_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = SElem<SZ>;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r;
  bool qc = false;
  for (size_t e = 0; e < r.size(); ++e) {
    bool sat = false;
    r[e] = qdmulh<SZ, F>(n[e], m[e], sat);
    qc |= sat && elem_active(mask, 1u << SZ, static_cast<unsigned>(e));
  }
  q_write_masked(c, d.rd, r, mask);
  if (qc) set_qc(c);
}

template <unsigned SZ, unsigned F>
void exec_vqdmulh_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = SElem<SZ>;
  const auto n = q_lanes<T>(c, d.rn);
  const int64_t m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  bool qc = false;
  for (size_t e = 0; e < r.size(); ++e) {
    bool sat = false;
    r[e] = qdmulh<SZ, F>(n[e], m, sat);
    qc |= sat && elem_active(mask, 1u << SZ, static_cast<unsigned>(e));
  }
  q_write_masked(c, d.rd, r, mask);
  if (qc) set_qc(c);
}

namespace {

// The saturation of a widening doubling multiply counts when its source
// element is active: for 16-bit sources that is the mask bit of the B or T
// half; a 64-bit result spans two beats, each of which computes it and sets
// FPSCR.QC if its own 32-bit half is active.
template <unsigned SZ, unsigned F>
inline bool long_sat_active(uint16_t mask, unsigned e) {
  if constexpr (SZ == 1) return (mask >> (4 * e + ((F & kMacTop) ? 2 : 0))) & 1;
  else return (mask >> (8 * e)) & 0x11;
}

template <unsigned SZ>
inline Elem<SZ + 1, false> qdmull(int64_t a, int64_t b, bool& sat) {
  using L = Elem<SZ + 1, false>;
  if constexpr (SZ == 1) {
    return static_cast<L>(signed_sat<int64_t>(2 * a * b, 32, sat));
  } else {
    return static_cast<L>(signed_sat<__int128>(__int128{a * b} * 2, 64, sat));
  }
}

}  // namespace

template <unsigned SZ, unsigned F>
void exec_vqdmull_vec(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  static_assert(SZ == 1 || SZ == 2);
  using T = SElem<SZ>;
  using L = Elem<SZ + 1, false>;
  constexpr unsigned top = (F & kMacTop) ? 1 : 0;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<L> r;
  bool qc = false;
  for (size_t e = 0; e < r.size(); ++e) {
    bool sat = false;
    r[e] = qdmull<SZ>(n[2 * e + top], m[2 * e + top], sat);
    qc |= sat && long_sat_active<SZ, F>(mask, static_cast<unsigned>(e));
  }
  q_write_masked(c, d.rd, r, mask);
  if (qc) set_qc(c);
}

template <unsigned SZ, unsigned F>
void exec_vqdmull_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  static_assert(SZ == 1 || SZ == 2);
  using T = SElem<SZ>;
  using L = Elem<SZ + 1, false>;
  constexpr unsigned top = (F & kMacTop) ? 1 : 0;
  const auto n = q_lanes<T>(c, d.rn);
  const int64_t m = static_cast<T>(c.r[d.rm]);
  Lanes<L> r;
  bool qc = false;
  for (size_t e = 0; e < r.size(); ++e) {
    bool sat = false;
    r[e] = qdmull<SZ>(n[2 * e + top], m, sat);
    qc |= sat && long_sat_active<SZ, F>(mask, static_cast<unsigned>(e));
  }
  q_write_masked(c, d.rd, r, mask);
  if (qc) set_qc(c);
}

// ---------------------------------------------------------------------------
// Multiply-accumulate into Qda
// ---------------------------------------------------------------------------

template <unsigned SZ>
void exec_vmla_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = UElem<SZ>;
  const auto acc = q_lanes<T>(c, d.rd), n = q_lanes<T>(c, d.rn);
  const uint32_t m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<T>(acc[e] + uint32_t{n[e]} * m);
  q_write_masked(c, d.rd, r, mask);
}

template <unsigned SZ>
void exec_vmlas_scalar(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = UElem<SZ>;
  const auto acc = q_lanes<T>(c, d.rd), n = q_lanes<T>(c, d.rn);
  const uint32_t m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  for (size_t e = 0; e < r.size(); ++e) r[e] = static_cast<T>(uint32_t{acc[e]} * n[e] + m);
  q_write_masked(c, d.rd, r, mask);
}

template <unsigned SZ, unsigned F>
void exec_vqdmlah(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = SElem<SZ>;
  using W = Wide<SZ>;
  constexpr unsigned bits = esize_bits(SZ);
  constexpr W round = (F & kMacRound) ? W(1) << (bits - 1) : 0;
  const auto acc = q_lanes<T>(c, d.rd), n = q_lanes<T>(c, d.rn);
  const W m = static_cast<T>(c.r[d.rm]);
  Lanes<T> r;
  bool qc = false;
  for (size_t e = 0; e < r.size(); ++e) {
    // VQDMLAH: 2 * Qn * Rm + (Qda << esize); VQDMLASH: 2 * Qn * Qda + (Rm << esize).
    const W product = (F & kMacScalarAdd) ? W(n[e]) * W(acc[e]) : W(n[e]) * m;
    const W addend = (F & kMacScalarAdd) ? m : W(acc[e]);
    bool sat = false;
    const W v = signed_sat<W>(2 * product + addend * (W(1) << bits) + round, 2 * bits, sat);
    r[e] = static_cast<T>(v >> bits);
    qc |= sat && elem_active(mask, 1u << SZ, static_cast<unsigned>(e));
  }
  q_write_masked(c, d.rd, r, mask);
  if (qc) set_qc(c);
}

template <unsigned SZ, unsigned F>
void exec_vqdmladh(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = SElem<SZ>;
  using W = Wide<SZ>;
  constexpr unsigned bits = esize_bits(SZ);
  constexpr W round = (F & kMacRound) ? W(1) << (bits - 1) : 0;
  constexpr bool x = (F & kMacExchange) != 0;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  Lanes<T> r{};
  bool qc = false;
  for (size_t p = 0; p < r.size(); p += 2) {
    // Pair (p, p + 1). Base: Qn[p]*Qm[p] +/- Qn[p+1]*Qm[p+1] into element p;
    // exchange: Qn[p+1]*Qm[p] +/- Qn[p]*Qm[p+1] into element p + 1.
    const W mul1 = x ? W(n[p + 1]) * m[p] : W(n[p]) * m[p];
    const W mul2 = x ? W(n[p]) * m[p + 1] : W(n[p + 1]) * m[p + 1];
    const W sum = (F & kMacSubtract) ? mul1 - mul2 : mul1 + mul2;
    bool sat = false;
    const size_t e = x ? p + 1 : p;
    r[e] = static_cast<T>(signed_sat<W>(2 * sum + round, 2 * bits, sat) >> bits);
    qc |= sat && elem_active(mask, 1u << SZ, static_cast<unsigned>(e));
  }
  // Only the written element of each pair changes.
  static constexpr uint16_t kEven[3] = {0x5555, 0x3333, 0x0F0F};
  const uint16_t written = x ? static_cast<uint16_t>(~kEven[SZ]) : kEven[SZ];
  q_write_masked(c, d.rd, r, static_cast<uint16_t>(mask & written));
  if (qc) set_qc(c);
}

// ---------------------------------------------------------------------------
// Across-vector reductions
// ---------------------------------------------------------------------------

namespace {

// Product of element e of Qm with its partner in Qn (the same element, or
// with X the other one of its pair), negated for odd e when subtracting.
// Everything wraps modulo 2^bits of the accumulator A, so the sum does not
// depend on the order of the additions.
template <unsigned SZ, unsigned F, typename A>
inline A dual_product(const Lanes<Elem<SZ, (F & kMacUnsigned) != 0>>& n,
                      const Lanes<Elem<SZ, (F & kMacUnsigned) != 0>>& m, size_t e) {
  using S = std::make_signed_t<A>;
  using Ext = std::conditional_t<(F & kMacUnsigned) != 0, A, S>;
  const size_t partner = (F & kMacExchange) ? (e ^ 1) : e;
  A p = static_cast<A>(static_cast<Ext>(n[partner])) * static_cast<A>(static_cast<Ext>(m[e]));
  if ((F & kMacSubtract) && (e & 1)) p = A(0) - p;
  return p;
}

template <unsigned SZ, unsigned F, typename A>
inline A sum_products(const Cpu& c, const DecodedInsn& d, uint16_t mask, A acc) {
  using T = Elem<SZ, (F & kMacUnsigned) != 0>;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  if (mask == 0xFFFF) {
    for (size_t e = 0; e < n.size(); ++e) acc += dual_product<SZ, F, A>(n, m, e);
  } else {
    for (size_t e = 0; e < n.size(); ++e)
      if (elem_active(mask, 1u << SZ, static_cast<unsigned>(e))) acc += dual_product<SZ, F, A>(n, m, e);
  }
  return acc;
}

inline uint64_t read_pair(const Cpu& c, const DecodedInsn& d) {
  return uint64_t{c.r[d.ra]} << 32 | c.r[d.rd];
}
inline void write_pair(Cpu& c, const DecodedInsn& d, uint64_t v) {
  c.r[d.rd] = static_cast<uint32_t>(v);
  c.r[d.ra] = static_cast<uint32_t>(v >> 32);
}

}  // namespace

template <unsigned SZ, unsigned F>
void exec_vmladav(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const uint32_t start = (F & kMacAccumulate) ? c.r[d.rd] : 0;
  c.r[d.rd] = sum_products<SZ, F, uint32_t>(c, d, mask, start);
}

template <unsigned SZ, unsigned F>
void exec_vmlaldav(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  const uint64_t start = (F & kMacAccumulate) ? read_pair(c, d) : 0;
  write_pair(c, d, sum_products<SZ, F, uint64_t>(c, d, mask, start));
}

template <unsigned F>
void exec_vrmlaldavh(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  // Each beat handles one 32-bit element: the 72-bit accumulator
  // RdaHi:RdaLo:Zeros(8) plus the product is rounded back to its top 64 bits
  // (RdaHi:RdaLo) at the end of the beat, so every active product adds
  // (product + 2^7) >> 8.
  constexpr bool u = (F & kMacUnsigned) != 0;
  using T = Elem<2, u>;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  uint64_t acc = (F & kMacAccumulate) ? read_pair(c, d) : 0;
  for (unsigned e = 0; e < 4; ++e) {
    if (!elem_active(mask, 4, e)) continue;
    const unsigned partner = (F & kMacExchange) ? (e ^ 1) : e;
    if constexpr (u) {
      const uint64_t p = uint64_t{n[partner]} * m[e];  // < 2^64 - 2^7: no wrap
      acc += (p + 128) >> 8;
    } else {
      int64_t p = int64_t{n[partner]} * m[e];
      if ((F & kMacSubtract) && (e & 1)) p = -p;      // |p| <= 2^62
      acc += static_cast<uint64_t>((p + 128) >> 8);
    }
  }
  write_pair(c, d, acc);
}

template <unsigned SZ, unsigned F>
void exec_vabav(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = Elem<SZ, (F & kMacUnsigned) != 0>;
  const auto n = q_lanes<T>(c, d.rn), m = q_lanes<T>(c, d.rm);
  uint32_t acc = c.r[d.rd];
  for (size_t e = 0; e < n.size(); ++e) {
    if (!elem_active(mask, 1u << SZ, static_cast<unsigned>(e))) continue;
    const int64_t diff = int64_t{n[e]} - int64_t{m[e]};
    acc += static_cast<uint32_t>(diff < 0 ? -diff : diff);
  }
  c.r[d.rd] = acc;
}

template <unsigned SZ, unsigned F>
void exec_vaddv(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = Elem<SZ, (F & kMacUnsigned) != 0>;
  using Ext = std::conditional_t<(F & kMacUnsigned) != 0, uint32_t, int32_t>;
  const auto m = q_lanes<T>(c, d.rm);
  uint32_t acc = (F & kMacAccumulate) ? c.r[d.rd] : 0;
  for (size_t e = 0; e < m.size(); ++e)
    if (elem_active(mask, 1u << SZ, static_cast<unsigned>(e))) acc += static_cast<uint32_t>(Ext{m[e]});
  c.r[d.rd] = acc;
}

template <unsigned F>
void exec_vaddlv(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  using T = Elem<2, (F & kMacUnsigned) != 0>;
  using Ext = std::conditional_t<(F & kMacUnsigned) != 0, uint64_t, int64_t>;
  const auto m = q_lanes<T>(c, d.rm);
  uint64_t acc = (F & kMacAccumulate) ? read_pair(c, d) : 0;
  for (unsigned e = 0; e < 4; ++e)
    if (elem_active(mask, 4, e)) acc += static_cast<uint64_t>(Ext{m[e]});
  write_pair(c, d, acc);
}

template <unsigned SZ, unsigned F>
void exec_vmaxv(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  // The running value starts as the low esize bits of Rda, read with the
  // signedness of the elements; the result is extended back to 32 bits.
  using T = Elem<SZ, (F & kMacUnsigned) != 0>;
  const auto m = q_lanes<T>(c, d.rm);
  T best = static_cast<T>(c.r[d.rd]);
  for (size_t e = 0; e < m.size(); ++e) {
    if (!elem_active(mask, 1u << SZ, static_cast<unsigned>(e))) continue;
    if ((F & kMacMin) ? m[e] < best : m[e] > best) best = m[e];
  }
  c.r[d.rd] = static_cast<uint32_t>(static_cast<std::conditional_t<(F & kMacUnsigned) != 0, uint32_t, int32_t>>(best));
}

template <unsigned SZ, unsigned F>
void exec_vmaxav(Cpu& c, const DecodedInsn& d, uint16_t mask) {
  // Rda<esize-1:0> unsigned against the absolute values of the signed
  // elements (|-2^(esize-1)| = 2^(esize-1) still fits the unsigned range).
  using S = SElem<SZ>;
  using U = UElem<SZ>;
  const auto m = q_lanes<S>(c, d.rm);
  U best = static_cast<U>(c.r[d.rd]);
  for (size_t e = 0; e < m.size(); ++e) {
    if (!elem_active(mask, 1u << SZ, static_cast<unsigned>(e))) continue;
    const U a = static_cast<U>(m[e] < 0 ? U(0) - static_cast<U>(m[e]) : static_cast<U>(m[e]));
    if ((F & kMacMin) ? a < best : a > best) best = a;
  }
  c.r[d.rd] = best;
}

void exec_mve_mac_overlap_undefined(Cpu& c, const DecodedInsn&) {
  c.undefined("MVE 32-bit VQDMULL with Qd equal to a source register (UNPREDICTABLE)");
}
void exec_mve_mac_unsigned_exchange_undefined(Cpu& c, const DecodedInsn&) {
  c.undefined("MVE VMLADAV/VMLALDAV/VRMLALDAVH exchange form with unsigned elements (UNDEFINED)");
}

// ---------------------------------------------------------------------------
// Instantiations used by mve_mac_table.cpp
// ---------------------------------------------------------------------------

#define TINYSIM_MAC_SIG (Cpu&, const DecodedInsn&, uint16_t)
#define TINYSIM_MAC_SZ(fn) \
  template void fn<0> TINYSIM_MAC_SIG; template void fn<1> TINYSIM_MAC_SIG; template void fn<2> TINYSIM_MAC_SIG;
#define TINYSIM_MAC_SZF(fn, f) \
  template void fn<0, f> TINYSIM_MAC_SIG; template void fn<1, f> TINYSIM_MAC_SIG; template void fn<2, f> TINYSIM_MAC_SIG;

namespace {
constexpr unsigned U_ = kMacUnsigned, T_ = kMacTop, R_ = kMacRound, X_ = kMacExchange, S_ = kMacSubtract,
                   A_ = kMacAccumulate, MIN_ = kMacMin, SA_ = kMacScalarAdd;
}  // namespace

TINYSIM_MAC_SZ(exec_vmul_vec)
TINYSIM_MAC_SZ(exec_vmul_scalar)
TINYSIM_MAC_SZF(exec_vmulh, 0) TINYSIM_MAC_SZF(exec_vmulh, U_)
TINYSIM_MAC_SZF(exec_vmulh, R_) TINYSIM_MAC_SZF(exec_vmulh, U_ | R_)
TINYSIM_MAC_SZF(exec_vmull, 0) TINYSIM_MAC_SZF(exec_vmull, U_)
TINYSIM_MAC_SZF(exec_vmull, T_) TINYSIM_MAC_SZF(exec_vmull, U_ | T_)
template void exec_vmullp<0, 0> TINYSIM_MAC_SIG; template void exec_vmullp<0, T_> TINYSIM_MAC_SIG;
template void exec_vmullp<1, 0> TINYSIM_MAC_SIG; template void exec_vmullp<1, T_> TINYSIM_MAC_SIG;
TINYSIM_MAC_SZF(exec_vqdmulh_vec, 0) TINYSIM_MAC_SZF(exec_vqdmulh_vec, R_)
TINYSIM_MAC_SZF(exec_vqdmulh_scalar, 0) TINYSIM_MAC_SZF(exec_vqdmulh_scalar, R_)
template void exec_vqdmull_vec<1, 0> TINYSIM_MAC_SIG; template void exec_vqdmull_vec<1, T_> TINYSIM_MAC_SIG;
template void exec_vqdmull_vec<2, 0> TINYSIM_MAC_SIG; template void exec_vqdmull_vec<2, T_> TINYSIM_MAC_SIG;
template void exec_vqdmull_scalar<1, 0> TINYSIM_MAC_SIG; template void exec_vqdmull_scalar<1, T_> TINYSIM_MAC_SIG;
template void exec_vqdmull_scalar<2, 0> TINYSIM_MAC_SIG; template void exec_vqdmull_scalar<2, T_> TINYSIM_MAC_SIG;
TINYSIM_MAC_SZ(exec_vmla_scalar)
TINYSIM_MAC_SZ(exec_vmlas_scalar)
TINYSIM_MAC_SZF(exec_vqdmlah, 0) TINYSIM_MAC_SZF(exec_vqdmlah, R_)
TINYSIM_MAC_SZF(exec_vqdmlah, SA_) TINYSIM_MAC_SZF(exec_vqdmlah, SA_ | R_)
TINYSIM_MAC_SZF(exec_vqdmladh, 0) TINYSIM_MAC_SZF(exec_vqdmladh, X_)
TINYSIM_MAC_SZF(exec_vqdmladh, R_) TINYSIM_MAC_SZF(exec_vqdmladh, R_ | X_)
TINYSIM_MAC_SZF(exec_vqdmladh, S_) TINYSIM_MAC_SZF(exec_vqdmladh, S_ | X_)
TINYSIM_MAC_SZF(exec_vqdmladh, S_ | R_) TINYSIM_MAC_SZF(exec_vqdmladh, S_ | R_ | X_)
// VMLADAV: signed with every A/X combination, unsigned without X; VMLSDAV signed.
TINYSIM_MAC_SZF(exec_vmladav, 0) TINYSIM_MAC_SZF(exec_vmladav, A_)
TINYSIM_MAC_SZF(exec_vmladav, X_) TINYSIM_MAC_SZF(exec_vmladav, A_ | X_)
TINYSIM_MAC_SZF(exec_vmladav, U_) TINYSIM_MAC_SZF(exec_vmladav, U_ | A_)
TINYSIM_MAC_SZF(exec_vmladav, S_) TINYSIM_MAC_SZF(exec_vmladav, S_ | A_)
TINYSIM_MAC_SZF(exec_vmladav, S_ | X_) TINYSIM_MAC_SZF(exec_vmladav, S_ | A_ | X_)
#define TINYSIM_MAC_LONG(f) template void exec_vmlaldav<1, f> TINYSIM_MAC_SIG; template void exec_vmlaldav<2, f> TINYSIM_MAC_SIG;
TINYSIM_MAC_LONG(0) TINYSIM_MAC_LONG(A_) TINYSIM_MAC_LONG(X_) TINYSIM_MAC_LONG(A_ | X_)
TINYSIM_MAC_LONG(U_) TINYSIM_MAC_LONG(U_ | A_)
TINYSIM_MAC_LONG(S_) TINYSIM_MAC_LONG(S_ | A_) TINYSIM_MAC_LONG(S_ | X_) TINYSIM_MAC_LONG(S_ | A_ | X_)
#define TINYSIM_MAC_H(f) template void exec_vrmlaldavh<f> TINYSIM_MAC_SIG;
TINYSIM_MAC_H(0) TINYSIM_MAC_H(A_) TINYSIM_MAC_H(X_) TINYSIM_MAC_H(A_ | X_)
TINYSIM_MAC_H(U_) TINYSIM_MAC_H(U_ | A_)
TINYSIM_MAC_H(S_) TINYSIM_MAC_H(S_ | A_) TINYSIM_MAC_H(S_ | X_) TINYSIM_MAC_H(S_ | A_ | X_)
TINYSIM_MAC_SZF(exec_vabav, 0) TINYSIM_MAC_SZF(exec_vabav, U_)
TINYSIM_MAC_SZF(exec_vaddv, 0) TINYSIM_MAC_SZF(exec_vaddv, U_)
TINYSIM_MAC_SZF(exec_vaddv, A_) TINYSIM_MAC_SZF(exec_vaddv, U_ | A_)
template void exec_vaddlv<0> TINYSIM_MAC_SIG; template void exec_vaddlv<U_> TINYSIM_MAC_SIG;
template void exec_vaddlv<A_> TINYSIM_MAC_SIG; template void exec_vaddlv<U_ | A_> TINYSIM_MAC_SIG;
TINYSIM_MAC_SZF(exec_vmaxv, 0) TINYSIM_MAC_SZF(exec_vmaxv, U_)
TINYSIM_MAC_SZF(exec_vmaxv, MIN_) TINYSIM_MAC_SZF(exec_vmaxv, U_ | MIN_)
TINYSIM_MAC_SZF(exec_vmaxav, 0) TINYSIM_MAC_SZF(exec_vmaxav, MIN_)

#undef TINYSIM_MAC_SIG
#undef TINYSIM_MAC_SZ
#undef TINYSIM_MAC_SZF
#undef TINYSIM_MAC_LONG
#undef TINYSIM_MAC_H

}  // namespace tinysim::armv8m
