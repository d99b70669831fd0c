// DSP-extension semantics. Each function follows the Arm ARM (DDI0553)
// pseudocode of its instruction; the comments quote the decisive lines.
#include "cores/armv8m/exec_dsp.h"

namespace tinysim::armv8m {

namespace {

// Lane i (width W bits) of x, sign- or zero-extended.
template <unsigned W, bool SIGNED>
int64_t lane(uint32_t x, unsigned i) {
  uint32_t v = (x >> (i * W)) & ((1u << W) - 1);
  if constexpr (SIGNED) {
    const uint32_t sign = 1u << (W - 1);
    return static_cast<int64_t>(v ^ sign) - static_cast<int64_t>(sign);
  } else {
    return v;
  }
}

int64_t sint(uint32_t x) { return static_cast<int32_t>(x); }
int64_t sint16(uint32_t x) { return static_cast<int16_t>(x & 0xFFFF); }
int64_t top16(uint32_t x) { return static_cast<int16_t>(x >> 16); }

// result != SInt(result<31:0>)
bool overflows32(int64_t result) { return result != static_cast<int32_t>(static_cast<uint32_t>(result)); }

}  // namespace

// ---------------------------------------------------------------------------
// Parallel add/subtract
//
// ASX: lane 0 = Rn.lo - Rm.hi, lane 1 = Rn.hi + Rm.lo.
// SAX: lane 0 = Rn.lo + Rm.hi, lane 1 = Rn.hi - Rm.lo.
// GE (S and U prefixes only), per lane of the result: signed forms
// "sum/diff >= 0"; unsigned forms "sum >= 0x10000" (0x100 for bytes) for
// additions and "diff >= 0" for subtractions. GE bits of a halfword lane are
// both set or both clear. Q/UQ saturate without touching APSR.Q
// (SignedSat/UnsignedSat, not the Q forms); SH/UH take sum<16:1>.
template <ParKind K, ParOp OP>
void exec_parallel(Cpu& c, const DecodedInsn& d) {
  constexpr bool kBytes = OP == ParOp::Add8 || OP == ParOp::Sub8;
  constexpr unsigned W = kBytes ? 8 : 16;
  constexpr unsigned kLanes = 32 / W;
  constexpr bool kSigned = K == ParKind::S || K == ParKind::Q || K == ParKind::SH;
  constexpr uint32_t kMask = (1u << W) - 1;
  constexpr uint32_t kGeLane = kBytes ? 1u : 3u;   // GE bits per lane
  constexpr unsigned kGeStride = kBytes ? 1 : 2;

  const uint32_t n = c.r[d.rn], m = c.r[d.rm];
  uint32_t result = 0, ge = 0;
  for (unsigned i = 0; i < kLanes; ++i) {
    unsigned mi = i;
    bool sub;
    if constexpr (OP == ParOp::Asx) { mi = 1 - i; sub = i == 0; }
    else if constexpr (OP == ParOp::Sax) { mi = 1 - i; sub = i == 1; }
    else sub = OP == ParOp::Sub16 || OP == ParOp::Sub8;
    const int64_t a = lane<W, kSigned>(n, i), b = lane<W, kSigned>(m, mi);
    const int64_t v = sub ? a - b : a + b;
    int64_t r = v;
    bool sat = false;
    if constexpr (K == ParKind::Q) r = signed_sat_q(v, W, sat);
    else if constexpr (K == ParKind::UQ) r = unsigned_sat_q(v, W, sat);
    else if constexpr (K == ParKind::SH || K == ParKind::UH) r = v >> 1;   // arithmetic (C++20)
    result |= (static_cast<uint32_t>(r) & kMask) << (i * W);
    bool ge_lane = false;
    if constexpr (K == ParKind::S) ge_lane = v >= 0;
    else if constexpr (K == ParKind::U) ge_lane = sub ? v >= 0 : v >= (int64_t{1} << W);
    if (ge_lane) ge |= kGeLane << (i * kGeStride);
  }
  c.r[d.rd] = result;
  if constexpr (K == ParKind::S || K == ParKind::U) c.ge = ge;
}

#define TINYSIM_PAR_KIND(K)                                                   \
  template void exec_parallel<ParKind::K, ParOp::Add16>(Cpu&, const DecodedInsn&); \
  template void exec_parallel<ParKind::K, ParOp::Asx>(Cpu&, const DecodedInsn&);   \
  template void exec_parallel<ParKind::K, ParOp::Sax>(Cpu&, const DecodedInsn&);   \
  template void exec_parallel<ParKind::K, ParOp::Sub16>(Cpu&, const DecodedInsn&); \
  template void exec_parallel<ParKind::K, ParOp::Add8>(Cpu&, const DecodedInsn&);  \
  template void exec_parallel<ParKind::K, ParOp::Sub8>(Cpu&, const DecodedInsn&);
TINYSIM_PAR_KIND(S)
TINYSIM_PAR_KIND(Q)
TINYSIM_PAR_KIND(SH)
TINYSIM_PAR_KIND(U)
TINYSIM_PAR_KIND(UQ)
TINYSIM_PAR_KIND(UH)
#undef TINYSIM_PAR_KIND

// ---------------------------------------------------------------------------
// Saturating add/subtract
//
// QDADD: (doubled, sat1) = SignedSatQ(2 * SInt(R[n]), 32);
//        (R[d], sat2) = SignedSatQ(SInt(R[m]) + SInt(doubled), 32);
//        if sat1 || sat2 then APSR.Q = '1';
// QADD/QSUB are the same without the doubling; QSUB/QDSUB subtract from R[m].
template <bool SUB, bool DOUBLE>
void exec_qaddsub(Cpu& c, const DecodedInsn& d) {
  bool sat = false;
  int64_t op = sint(c.r[d.rn]);
  if constexpr (DOUBLE) op = signed_sat_q(2 * op, 32, sat);
  const int64_t m = sint(c.r[d.rm]);
  c.r[d.rd] = static_cast<uint32_t>(signed_sat_q(SUB ? m - op : m + op, 32, sat));
  if (sat) c.q = true;
}
template void exec_qaddsub<false, false>(Cpu&, const DecodedInsn&);
template void exec_qaddsub<true, false>(Cpu&, const DecodedInsn&);
template void exec_qaddsub<false, true>(Cpu&, const DecodedInsn&);
template void exec_qaddsub<true, true>(Cpu&, const DecodedInsn&);

// SEL: R[d]<8i+7:8i> = if APSR.GE<i> then R[n]<...> else R[m]<...>
void exec_sel(Cpu& c, const DecodedInsn& d) {
  uint32_t mask = 0;
  for (unsigned i = 0; i < 4; ++i)
    if (c.ge & (1u << i)) mask |= 0xFFu << (8 * i);
  c.r[d.rd] = (c.r[d.rn] & mask) | (c.r[d.rm] & ~mask);
}

// USADA8: result = Abs(UInt(n<7:0>) - UInt(m<7:0>)) + ... (4 bytes) + UInt(R[a])
template <bool ACC>
void exec_usad8(Cpu& c, const DecodedInsn& d) {
  const uint32_t n = c.r[d.rn], m = c.r[d.rm];
  uint32_t sum = ACC ? c.r[d.ra] : 0;
  for (unsigned i = 0; i < 4; ++i) {
    int a = static_cast<int>((n >> (8 * i)) & 0xFF), b = static_cast<int>((m >> (8 * i)) & 0xFF);
    sum += static_cast<uint32_t>(a > b ? a - b : b - a);
  }
  c.r[d.rd] = sum;
}
template void exec_usad8<false>(Cpu&, const DecodedInsn&);
template void exec_usad8<true>(Cpu&, const DecodedInsn&);

// ---------------------------------------------------------------------------
// Dual 16-bit multiplies
//
// operand2 = if m_swap then ROR(R[m],16) else R[m];
// product1 = SInt(R[n]<15:0>) * SInt(operand2<15:0>);
// product2 = SInt(R[n]<31:16>) * SInt(operand2<31:16>);
// result = product1 +/- product2 [+ SInt(R[a])];
// R[d] = result<31:0>; if result != SInt(result<31:0>) then APSR.Q = '1';
// (SMUSD cannot overflow; the check is then never true.)
template <bool SUB, bool X, bool ACC>
void exec_smlad(Cpu& c, const DecodedInsn& d) {
  const uint32_t n = c.r[d.rn];
  const uint32_t m = X ? shift(c.r[d.rm], kRor, 16, false) : c.r[d.rm];
  const int64_t p1 = sint16(n) * sint16(m), p2 = top16(n) * top16(m);
  int64_t result = SUB ? p1 - p2 : p1 + p2;
  if constexpr (ACC) result += sint(c.r[d.ra]);
  c.r[d.rd] = static_cast<uint32_t>(result);
  if (overflows32(result)) c.q = true;
}
template void exec_smlad<false, false, false>(Cpu&, const DecodedInsn&);
template void exec_smlad<false, true, false>(Cpu&, const DecodedInsn&);
template void exec_smlad<true, false, false>(Cpu&, const DecodedInsn&);
template void exec_smlad<true, true, false>(Cpu&, const DecodedInsn&);
template void exec_smlad<false, false, true>(Cpu&, const DecodedInsn&);
template void exec_smlad<false, true, true>(Cpu&, const DecodedInsn&);
template void exec_smlad<true, false, true>(Cpu&, const DecodedInsn&);
template void exec_smlad<true, true, true>(Cpu&, const DecodedInsn&);

// SMLALD/SMLSLD: result = product1 +/- product2 + SInt(R[dHi]:R[dLo]); no Q.
template <bool SUB, bool X>
void exec_smlald(Cpu& c, const DecodedInsn& d) {
  const uint32_t n = c.r[d.rn];
  const uint32_t m = X ? shift(c.r[d.rm], kRor, 16, false) : c.r[d.rm];
  const int64_t p1 = sint16(n) * sint16(m), p2 = top16(n) * top16(m);
  const uint64_t acc = static_cast<uint64_t>(c.r[d.ra]) << 32 | c.r[d.rd];
  const uint64_t result = acc + static_cast<uint64_t>(SUB ? p1 - p2 : p1 + p2);   // modulo 2^64
  c.r[d.rd] = static_cast<uint32_t>(result);
  c.r[d.ra] = static_cast<uint32_t>(result >> 32);
}
template void exec_smlald<false, false>(Cpu&, const DecodedInsn&);
template void exec_smlald<false, true>(Cpu&, const DecodedInsn&);
template void exec_smlald<true, false>(Cpu&, const DecodedInsn&);
template void exec_smlald<true, true>(Cpu&, const DecodedInsn&);

// ---------------------------------------------------------------------------
// Halfword multiplies

// SMLA<x><y>: result = SInt(operand1) * SInt(operand2) + SInt(R[a]);
// R[d] = result<31:0>; if result != SInt(result<31:0>) then APSR.Q = '1';
// SMUL<x><y> has no accumulate and cannot overflow.
template <bool NT, bool MT, bool ACC>
void exec_smlaxy(Cpu& c, const DecodedInsn& d) {
  const int64_t a = NT ? top16(c.r[d.rn]) : sint16(c.r[d.rn]);
  const int64_t b = MT ? top16(c.r[d.rm]) : sint16(c.r[d.rm]);
  int64_t result = a * b;
  if constexpr (ACC) {
    result += sint(c.r[d.ra]);
    if (overflows32(result)) c.q = true;
  }
  c.r[d.rd] = static_cast<uint32_t>(result);
}
#define TINYSIM_SMLAXY(ACC)                                                     \
  template void exec_smlaxy<false, false, ACC>(Cpu&, const DecodedInsn&);      \
  template void exec_smlaxy<false, true, ACC>(Cpu&, const DecodedInsn&);       \
  template void exec_smlaxy<true, false, ACC>(Cpu&, const DecodedInsn&);       \
  template void exec_smlaxy<true, true, ACC>(Cpu&, const DecodedInsn&);
TINYSIM_SMLAXY(false)
TINYSIM_SMLAXY(true)
#undef TINYSIM_SMLAXY

// SMLAL<x><y>: result = SInt(operand1) * SInt(operand2) + SInt(R[dHi]:R[dLo]).
template <bool NT, bool MT>
void exec_smlalxy(Cpu& c, const DecodedInsn& d) {
  const int64_t a = NT ? top16(c.r[d.rn]) : sint16(c.r[d.rn]);
  const int64_t b = MT ? top16(c.r[d.rm]) : sint16(c.r[d.rm]);
  const uint64_t acc = static_cast<uint64_t>(c.r[d.ra]) << 32 | c.r[d.rd];
  const uint64_t result = acc + static_cast<uint64_t>(a * b);
  c.r[d.rd] = static_cast<uint32_t>(result);
  c.r[d.ra] = static_cast<uint32_t>(result >> 32);
}
template void exec_smlalxy<false, false>(Cpu&, const DecodedInsn&);
template void exec_smlalxy<false, true>(Cpu&, const DecodedInsn&);
template void exec_smlalxy<true, false>(Cpu&, const DecodedInsn&);
template void exec_smlalxy<true, true>(Cpu&, const DecodedInsn&);

// SMLAW<y>: result = SInt(R[n]) * SInt(operand2) + (SInt(R[a]) << 16);
// R[d] = result<47:16>; if (result >> 16) != SInt(R[d]) then APSR.Q = '1';
// SMULW<y>: R[d] = product<47:16>, no Q.
template <bool MT, bool ACC>
void exec_smlawy(Cpu& c, const DecodedInsn& d) {
  const int64_t b = MT ? top16(c.r[d.rm]) : sint16(c.r[d.rm]);
  int64_t result = sint(c.r[d.rn]) * b;   // |result| <= 2^46
  if constexpr (ACC) result += sint(c.r[d.ra]) * 65536;
  const int64_t shifted = result >> 16;
  c.r[d.rd] = static_cast<uint32_t>(shifted);
  if (ACC && overflows32(shifted)) c.q = true;
}
template void exec_smlawy<false, false>(Cpu&, const DecodedInsn&);
template void exec_smlawy<true, false>(Cpu&, const DecodedInsn&);
template void exec_smlawy<false, true>(Cpu&, const DecodedInsn&);
template void exec_smlawy<true, true>(Cpu&, const DecodedInsn&);

// ---------------------------------------------------------------------------
// Most-significant-word multiplies
//
// SMMLA: result = (SInt(R[a]) << 32) + SInt(R[n]) * SInt(R[m]);
// SMMLS: result = (SInt(R[a]) << 32) - SInt(R[n]) * SInt(R[m]);
// if round then result = result + 0x80000000;  R[d] = result<63:32>;
// Only bits 63:32 are kept, so modulo-2^64 arithmetic gives the exact answer.
template <MostSig OP, bool ROUND>
void exec_smmul(Cpu& c, const DecodedInsn& d) {
  const uint64_t product = static_cast<uint64_t>(sint(c.r[d.rn]) * sint(c.r[d.rm]));
  uint64_t result;
  if constexpr (OP == MostSig::Mul) result = product;
  else if constexpr (OP == MostSig::Mla) result = (static_cast<uint64_t>(c.r[d.ra]) << 32) + product;
  else result = (static_cast<uint64_t>(c.r[d.ra]) << 32) - product;
  if constexpr (ROUND) result += 0x80000000u;
  c.r[d.rd] = static_cast<uint32_t>(result >> 32);
}
template void exec_smmul<MostSig::Mul, false>(Cpu&, const DecodedInsn&);
template void exec_smmul<MostSig::Mul, true>(Cpu&, const DecodedInsn&);
template void exec_smmul<MostSig::Mla, false>(Cpu&, const DecodedInsn&);
template void exec_smmul<MostSig::Mla, true>(Cpu&, const DecodedInsn&);
template void exec_smmul<MostSig::Mls, false>(Cpu&, const DecodedInsn&);
template void exec_smmul<MostSig::Mls, true>(Cpu&, const DecodedInsn&);

// ---------------------------------------------------------------------------
// Pack halfword
//
// operand2 = Shift(R[m], shift_t, shift_n, APSR.C);
// R[d]<15:0>  = if tbform then operand2<15:0> else R[n]<15:0>;
// R[d]<31:16> = if tbform then R[n]<31:16> else operand2<31:16>;
template <bool TB>
void exec_pkh(Cpu& c, const DecodedInsn& d) {
  const uint32_t op2 = shift(c.r[d.rm], TB ? kAsr : kLsl, d.shift_n, c.c);
  const uint32_t n = c.r[d.rn];
  c.r[d.rd] = TB ? (n & 0xFFFF0000u) | (op2 & 0xFFFFu) : (op2 & 0xFFFF0000u) | (n & 0xFFFFu);
}
template void exec_pkh<false>(Cpu&, const DecodedInsn&);
template void exec_pkh<true>(Cpu&, const DecodedInsn&);

}  // namespace tinysim::armv8m
