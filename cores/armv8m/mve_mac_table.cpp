// Helium (MVE) integer multiplies, multiply-accumulates and across-vector
// reductions (semantics in exec_mve_mac.cpp). One line per mnemonic variant
// and element size, with the encoding diagram of the Armv8.1-M ARM (DDI0553);
// the disassembly is GNU objdump's (which prints VMLADAV, VMLALDAV and
// VRMLALDAVH without X as vmlav, vmlalv and vrmlalvh).
//
// Field letters:
//   q v w    Qd, Qn, Qm (3 bits); D N M their top bits (register numbers above
//            7, which are UNDEFINED: the format makes such an encoding raise
//            UsageFault instead of executing)
//   m        scalar Rm (SP and PC are UNPREDICTABLE: UNDEFINED here)
//   l h      Rda / RdaLo (2 * l) and RdaHi (2 * h + 1); e a 4-bit Rda
//   U T X A  unsigned, top half, exchange, accumulate: fixed per line where
//            they select different semantics, a letter where only the text
//            changes (VMLA's U)
// Element sizes 0b11 are left out everywhere: that space belongs to other
// instructions (VCVT, VSHL scalar, the floating-point forms), and where it is
// unallocated the encoding reaches the catch-all. The UNDEF lines at the end
// catch the exchange forms with unsigned elements, which the architecture
// defines as UNDEFINED.
//
// Order matters where encodings share space: VMLADAV/VMLSDAV are the
// RdaHi = 0b111 forms of VMLALDAV/VMLSLDAV, VADDV.32 is the RdaHi = 0b111
// form of VADDLV, and VMAXV/VMINV/VMAXAV/VMINAV (and the floating-point
// VMAXNMV family) are the RdaHi = 0b110 space of VRMLALDAVH, which is
// therefore split into RdaHi 0b0xx and 0b10x lines.
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec_mve.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;

constexpr unsigned U_ = kMacUnsigned, T_ = kMacTop, R_ = kMacRound, X_ = kMacExchange, S_ = kMacSubtract,
                   A_ = kMacAccumulate, MIN_ = kMacMin, SA_ = kMacScalarAdd;

uint16_t reg_bit(unsigned r) { return static_cast<uint16_t>(1u << r); }
bool accumulate_bit(const DecodedInsn& d) { return (d.raw >> 5) & 1; }   // A
unsigned rda_lo(const DecodedInsn& d) { return ((d.raw >> 13) & 7) * 2; }
unsigned rda_hi(const DecodedInsn& d) { return ((d.raw >> 20) & 7) * 2 + 1; }

void check_qregs(DecodedInsn& d, const Fields& f) {
  if (f['D'] | f['N'] | f['M']) d.exec = exec_mve_qreg_undefined;
}

// Qd, Qn, Qm.
template <unsigned SZ>
void f_qqq(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(f['q']);
  d.rn = static_cast<uint8_t>(f['v']);
  d.rm = static_cast<uint8_t>(f['w']);
  check_qregs(d, f);
}
// Qd, Qn, Qm of a 32 x 32 -> 64 VQDMULL: Qd may not be a source.
template <unsigned SZ>
void f_qqq_long(DecodedInsn& d, const Fields& f) {
  f_qqq<SZ>(d, f);
  if (SZ == 2 && (d.rd == d.rn || d.rd == d.rm)) d.exec = exec_mve_mac_overlap_undefined;
  check_qregs(d, f);
}
// Qd, Qn, Rm (Rm in d.rm from the letter m, which also marks it as read).
template <unsigned SZ>
void f_qqr(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(f['q']);
  d.rn = static_cast<uint8_t>(f['v']);
  if (d.rm == 13 || d.rm == 15) d.exec = exec_mve_reg_undefined;
  check_qregs(d, f);
}
template <unsigned SZ>
void f_qqr_long(DecodedInsn& d, const Fields& f) {
  f_qqr<SZ>(d, f);
  if (SZ == 2 && d.rd == d.rn) d.exec = exec_mve_mac_overlap_undefined;
  check_qregs(d, f);
}
// Rda (even, 2 * l), Qn, Qm: VMLADAV, VMLSDAV.
template <unsigned SZ>
void f_rqq(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(rda_lo(d));
  d.rn = static_cast<uint8_t>(f['v']);
  d.rm = static_cast<uint8_t>(f['w']);
  d.dst_mask = reg_bit(d.rd);
  d.src_mask = accumulate_bit(d) ? reg_bit(d.rd) : 0;
  check_qregs(d, f);
}
// RdaLo, RdaHi, Qn, Qm: VMLALDAV, VMLSLDAV, VRMLALDAVH, VRMLSLDAVH.
template <unsigned SZ>
void f_rrqq(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(rda_lo(d));
  d.ra = static_cast<uint8_t>(rda_hi(d));
  d.rn = static_cast<uint8_t>(f['v']);
  d.rm = static_cast<uint8_t>(f['w']);
  if (d.ra == 13) { d.exec = exec_mve_reg_undefined; return; }
  d.dst_mask = static_cast<uint16_t>(reg_bit(d.rd) | reg_bit(d.ra));
  d.src_mask = accumulate_bit(d) ? d.dst_mask : 0;
  check_qregs(d, f);
}
// Rda (4 bits, read and written), Qn, Qm: VABAV.
template <unsigned SZ>
void f_r4qq(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(f['e']);
  d.rn = static_cast<uint8_t>(f['v']);
  d.rm = static_cast<uint8_t>(f['w']);
  if (d.rd == 13 || d.rd == 15) { d.exec = exec_mve_reg_undefined; return; }
  d.dst_mask = d.src_mask = reg_bit(d.rd);
  check_qregs(d, f);
}
// Rda (even), Qm: VADDV.
template <unsigned SZ>
void f_rq(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(rda_lo(d));
  d.rm = static_cast<uint8_t>(f['w']);
  d.dst_mask = reg_bit(d.rd);
  d.src_mask = accumulate_bit(d) ? reg_bit(d.rd) : 0;
}
// RdaLo, RdaHi, Qm: VADDLV.
void f_rrq(DecodedInsn& d, const Fields& f) {
  d.sz = 2;
  d.rd = static_cast<uint8_t>(rda_lo(d));
  d.ra = static_cast<uint8_t>(rda_hi(d));
  d.rm = static_cast<uint8_t>(f['w']);
  if (d.ra == 13) { d.exec = exec_mve_reg_undefined; return; }
  d.dst_mask = static_cast<uint16_t>(reg_bit(d.rd) | reg_bit(d.ra));
  d.src_mask = accumulate_bit(d) ? d.dst_mask : 0;
}
// Rda (4 bits, read and written), Qm: VMAXV, VMINV, VMAXAV, VMINAV.
template <unsigned SZ>
void f_r4q(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  d.rd = static_cast<uint8_t>(f['e']);
  d.rm = static_cast<uint8_t>(f['w']);
  if (d.rd == 13 || d.rd == 15) { d.exec = exec_mve_reg_undefined; return; }
  d.dst_mask = d.src_mask = reg_bit(d.rd);
  check_qregs(d, f);
}

constexpr Pattern kMveMac[] = {
  // ---- VMUL (vector, scalar) ----
  {"1110 1111 0 D 00 vvv 0 qqq 0 1001 N 1 M 1 www 0", "VMUL_I8", mve_exec<exec_vmul_vec<0>>, O::MveMul, "vmul.i8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1111 0 D 01 vvv 0 qqq 0 1001 N 1 M 1 www 0", "VMUL_I16", mve_exec<exec_vmul_vec<1>>, O::MveMul, "vmul.i16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1111 0 D 10 vvv 0 qqq 0 1001 N 1 M 1 www 0", "VMUL_I32", mve_exec<exec_vmul_vec<2>>, O::MveMul, "vmul.i32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 1 qqq 1 1110 N 110 mmmm", "VMUL_I8_scalar", mve_exec<exec_vmul_scalar<0>>, O::MveMul, "vmul.i8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1110 1110 0 D 01 vvv 1 qqq 1 1110 N 110 mmmm", "VMUL_I16_scalar", mve_exec<exec_vmul_scalar<1>>, O::MveMul, "vmul.i16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1110 1110 0 D 10 vvv 1 qqq 1 1110 N 110 mmmm", "VMUL_I32_scalar", mve_exec<exec_vmul_scalar<2>>, O::MveMul, "vmul.i32 {qd}, {qn}, {m}", f_qqr<2>},

  // ---- VMULH, VRMULH ----
  {"1110 1110 0 D 00 vvv 1 qqq 0 1110 N 0 M 0 www 1", "VMULH_S8", mve_exec<exec_vmulh<0, 0>>, O::MveMul, "vmulh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 1 qqq 0 1110 N 0 M 0 www 1", "VMULH_S16", mve_exec<exec_vmulh<1, 0>>, O::MveMul, "vmulh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 1 qqq 0 1110 N 0 M 0 www 1", "VMULH_S32", mve_exec<exec_vmulh<2, 0>>, O::MveMul, "vmulh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 1 qqq 0 1110 N 0 M 0 www 1", "VMULH_U8", mve_exec<exec_vmulh<0, U_>>, O::MveMul, "vmulh.u8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 1 qqq 0 1110 N 0 M 0 www 1", "VMULH_U16", mve_exec<exec_vmulh<1, U_>>, O::MveMul, "vmulh.u16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 1 qqq 0 1110 N 0 M 0 www 1", "VMULH_U32", mve_exec<exec_vmulh<2, U_>>, O::MveMul, "vmulh.u32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 1 qqq 1 1110 N 0 M 0 www 1", "VRMULH_S8", mve_exec<exec_vmulh<0, R_>>, O::MveMul, "vrmulh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 1 qqq 1 1110 N 0 M 0 www 1", "VRMULH_S16", mve_exec<exec_vmulh<1, R_>>, O::MveMul, "vrmulh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 1 qqq 1 1110 N 0 M 0 www 1", "VRMULH_S32", mve_exec<exec_vmulh<2, R_>>, O::MveMul, "vrmulh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 1 qqq 1 1110 N 0 M 0 www 1", "VRMULH_U8", mve_exec<exec_vmulh<0, U_ | R_>>, O::MveMul, "vrmulh.u8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 1 qqq 1 1110 N 0 M 0 www 1", "VRMULH_U16", mve_exec<exec_vmulh<1, U_ | R_>>, O::MveMul, "vrmulh.u16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 1 qqq 1 1110 N 0 M 0 www 1", "VRMULH_U32", mve_exec<exec_vmulh<2, U_ | R_>>, O::MveMul, "vrmulh.u32 {qd}, {qn}, {qm}", f_qqq<2>},

  // ---- VMULL (integer: size 0b11 is the polynomial form) ----
  {"1110 1110 0 D 00 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_S8", mve_exec<exec_vmull<0, 0>>, O::MveMul, "vmullb.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_S16", mve_exec<exec_vmull<1, 0>>, O::MveMul, "vmullb.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_S32", mve_exec<exec_vmull<2, 0>>, O::MveMul, "vmullb.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_U8", mve_exec<exec_vmull<0, U_>>, O::MveMul, "vmullb.u8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_U16", mve_exec<exec_vmull<1, U_>>, O::MveMul, "vmullb.u16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_U32", mve_exec<exec_vmull<2, U_>>, O::MveMul, "vmullb.u32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_S8", mve_exec<exec_vmull<0, T_>>, O::MveMul, "vmullt.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_S16", mve_exec<exec_vmull<1, T_>>, O::MveMul, "vmullt.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_S32", mve_exec<exec_vmull<2, T_>>, O::MveMul, "vmullt.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_U8", mve_exec<exec_vmull<0, U_ | T_>>, O::MveMul, "vmullt.u8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_U16", mve_exec<exec_vmull<1, U_ | T_>>, O::MveMul, "vmullt.u16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_U32", mve_exec<exec_vmull<2, U_ | T_>>, O::MveMul, "vmullt.u32 {qd}, {qn}, {qm}", f_qqq<2>},
  // VMULL (polynomial): bit 28 is the size (0 = P8, 1 = P16).
  {"1110 1110 0 D 11 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_P8", mve_exec<exec_vmullp<0, 0>>, O::MveMul, "vmullb.p8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 11 vvv 1 qqq 0 1110 N 0 M 0 www 0", "VMULLB_P16", mve_exec<exec_vmullp<1, 0>>, O::MveMul, "vmullb.p16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 11 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_P8", mve_exec<exec_vmullp<0, T_>>, O::MveMul, "vmullt.p8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 11 vvv 1 qqq 1 1110 N 0 M 0 www 0", "VMULLT_P16", mve_exec<exec_vmullp<1, T_>>, O::MveMul, "vmullt.p16 {qd}, {qn}, {qm}", f_qqq<1>},

  // ---- VQDMULH, VQRDMULH (vector, scalar) ----
  {"1110 1111 0 D 00 vvv 0 qqq 0 1011 N 1 M 0 www 0", "VQDMULH_S8", mve_exec<exec_vqdmulh_vec<0, 0>>, O::MveMul, "vqdmulh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1111 0 D 01 vvv 0 qqq 0 1011 N 1 M 0 www 0", "VQDMULH_S16", mve_exec<exec_vqdmulh_vec<1, 0>>, O::MveMul, "vqdmulh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1111 0 D 10 vvv 0 qqq 0 1011 N 1 M 0 www 0", "VQDMULH_S32", mve_exec<exec_vqdmulh_vec<2, 0>>, O::MveMul, "vqdmulh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1111 0 D 00 vvv 0 qqq 0 1011 N 1 M 0 www 0", "VQRDMULH_S8", mve_exec<exec_vqdmulh_vec<0, R_>>, O::MveMul, "vqrdmulh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1111 0 D 01 vvv 0 qqq 0 1011 N 1 M 0 www 0", "VQRDMULH_S16", mve_exec<exec_vqdmulh_vec<1, R_>>, O::MveMul, "vqrdmulh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1111 0 D 10 vvv 0 qqq 0 1011 N 1 M 0 www 0", "VQRDMULH_S32", mve_exec<exec_vqdmulh_vec<2, R_>>, O::MveMul, "vqrdmulh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 1 qqq 0 1110 N 110 mmmm", "VQDMULH_S8_scalar", mve_exec<exec_vqdmulh_scalar<0, 0>>, O::MveMul, "vqdmulh.s8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1110 1110 0 D 01 vvv 1 qqq 0 1110 N 110 mmmm", "VQDMULH_S16_scalar", mve_exec<exec_vqdmulh_scalar<1, 0>>, O::MveMul, "vqdmulh.s16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1110 1110 0 D 10 vvv 1 qqq 0 1110 N 110 mmmm", "VQDMULH_S32_scalar", mve_exec<exec_vqdmulh_scalar<2, 0>>, O::MveMul, "vqdmulh.s32 {qd}, {qn}, {m}", f_qqr<2>},
  {"1111 1110 0 D 00 vvv 1 qqq 0 1110 N 110 mmmm", "VQRDMULH_S8_scalar", mve_exec<exec_vqdmulh_scalar<0, R_>>, O::MveMul, "vqrdmulh.s8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1111 1110 0 D 01 vvv 1 qqq 0 1110 N 110 mmmm", "VQRDMULH_S16_scalar", mve_exec<exec_vqdmulh_scalar<1, R_>>, O::MveMul, "vqrdmulh.s16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1111 1110 0 D 10 vvv 1 qqq 0 1110 N 110 mmmm", "VQRDMULH_S32_scalar", mve_exec<exec_vqdmulh_scalar<2, R_>>, O::MveMul, "vqrdmulh.s32 {qd}, {qn}, {m}", f_qqr<2>},

  // ---- VQDMULL (vector, scalar): bit 28 is the size (0 = S16, 1 = S32) ----
  {"1110 1110 0 D 11 vvv 0 qqq 0 1111 N 0 M 0 www 1", "VQDMULLB_S16", mve_exec<exec_vqdmull_vec<1, 0>>, O::MveMul, "vqdmullb.s16 {qd}, {qn}, {qm}", f_qqq_long<1>},
  {"1111 1110 0 D 11 vvv 0 qqq 0 1111 N 0 M 0 www 1", "VQDMULLB_S32", mve_exec<exec_vqdmull_vec<2, 0>>, O::MveMul, "vqdmullb.s32 {qd}, {qn}, {qm}", f_qqq_long<2>},
  {"1110 1110 0 D 11 vvv 0 qqq 1 1111 N 0 M 0 www 1", "VQDMULLT_S16", mve_exec<exec_vqdmull_vec<1, T_>>, O::MveMul, "vqdmullt.s16 {qd}, {qn}, {qm}", f_qqq_long<1>},
  {"1111 1110 0 D 11 vvv 0 qqq 1 1111 N 0 M 0 www 1", "VQDMULLT_S32", mve_exec<exec_vqdmull_vec<2, T_>>, O::MveMul, "vqdmullt.s32 {qd}, {qn}, {qm}", f_qqq_long<2>},
  {"1110 1110 0 D 11 vvv 0 qqq 0 1111 N 110 mmmm", "VQDMULLB_S16_scalar", mve_exec<exec_vqdmull_scalar<1, 0>>, O::MveMul, "vqdmullb.s16 {qd}, {qn}, {m}", f_qqr_long<1>},
  {"1111 1110 0 D 11 vvv 0 qqq 0 1111 N 110 mmmm", "VQDMULLB_S32_scalar", mve_exec<exec_vqdmull_scalar<2, 0>>, O::MveMul, "vqdmullb.s32 {qd}, {qn}, {m}", f_qqr_long<2>},
  {"1110 1110 0 D 11 vvv 0 qqq 1 1111 N 110 mmmm", "VQDMULLT_S16_scalar", mve_exec<exec_vqdmull_scalar<1, T_>>, O::MveMul, "vqdmullt.s16 {qd}, {qn}, {m}", f_qqr_long<1>},
  {"1111 1110 0 D 11 vvv 0 qqq 1 1111 N 110 mmmm", "VQDMULLT_S32_scalar", mve_exec<exec_vqdmull_scalar<2, T_>>, O::MveMul, "vqdmullt.s32 {qd}, {qn}, {m}", f_qqr_long<2>},

  // ---- VMLA, VMLAS (U only changes the text) ----
  {"111U 1110 0 D 00 vvv 1 qqq 0 1110 N 100 mmmm", "VMLA_8", mve_exec<exec_vmla_scalar<0>>, O::MveMul, "vmla.{dt} {qd}, {qn}, {m}", f_qqr<0>},
  {"111U 1110 0 D 01 vvv 1 qqq 0 1110 N 100 mmmm", "VMLA_16", mve_exec<exec_vmla_scalar<1>>, O::MveMul, "vmla.{dt} {qd}, {qn}, {m}", f_qqr<1>},
  {"111U 1110 0 D 10 vvv 1 qqq 0 1110 N 100 mmmm", "VMLA_32", mve_exec<exec_vmla_scalar<2>>, O::MveMul, "vmla.{dt} {qd}, {qn}, {m}", f_qqr<2>},
  {"111U 1110 0 D 00 vvv 1 qqq 1 1110 N 100 mmmm", "VMLAS_8", mve_exec<exec_vmlas_scalar<0>>, O::MveMul, "vmlas.{dt} {qd}, {qn}, {m}", f_qqr<0>},
  {"111U 1110 0 D 01 vvv 1 qqq 1 1110 N 100 mmmm", "VMLAS_16", mve_exec<exec_vmlas_scalar<1>>, O::MveMul, "vmlas.{dt} {qd}, {qn}, {m}", f_qqr<1>},
  {"111U 1110 0 D 10 vvv 1 qqq 1 1110 N 100 mmmm", "VMLAS_32", mve_exec<exec_vmlas_scalar<2>>, O::MveMul, "vmlas.{dt} {qd}, {qn}, {m}", f_qqr<2>},

  // ---- VQDMLAH, VQRDMLAH, VQDMLASH, VQRDMLASH ----
  {"1110 1110 0 D 00 vvv 0 qqq 0 1110 N 110 mmmm", "VQDMLAH_S8", mve_exec<exec_vqdmlah<0, 0>>, O::MveMul, "vqdmlah.s8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 0 1110 N 110 mmmm", "VQDMLAH_S16", mve_exec<exec_vqdmlah<1, 0>>, O::MveMul, "vqdmlah.s16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 0 1110 N 110 mmmm", "VQDMLAH_S32", mve_exec<exec_vqdmlah<2, 0>>, O::MveMul, "vqdmlah.s32 {qd}, {qn}, {m}", f_qqr<2>},
  {"1110 1110 0 D 00 vvv 0 qqq 0 1110 N 100 mmmm", "VQRDMLAH_S8", mve_exec<exec_vqdmlah<0, R_>>, O::MveMul, "vqrdmlah.s8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 0 1110 N 100 mmmm", "VQRDMLAH_S16", mve_exec<exec_vqdmlah<1, R_>>, O::MveMul, "vqrdmlah.s16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 0 1110 N 100 mmmm", "VQRDMLAH_S32", mve_exec<exec_vqdmlah<2, R_>>, O::MveMul, "vqrdmlah.s32 {qd}, {qn}, {m}", f_qqr<2>},
  {"1110 1110 0 D 00 vvv 0 qqq 1 1110 N 110 mmmm", "VQDMLASH_S8", mve_exec<exec_vqdmlah<0, SA_>>, O::MveMul, "vqdmlash.s8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 1 1110 N 110 mmmm", "VQDMLASH_S16", mve_exec<exec_vqdmlah<1, SA_>>, O::MveMul, "vqdmlash.s16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 1 1110 N 110 mmmm", "VQDMLASH_S32", mve_exec<exec_vqdmlah<2, SA_>>, O::MveMul, "vqdmlash.s32 {qd}, {qn}, {m}", f_qqr<2>},
  {"1110 1110 0 D 00 vvv 0 qqq 1 1110 N 100 mmmm", "VQRDMLASH_S8", mve_exec<exec_vqdmlah<0, SA_ | R_>>, O::MveMul, "vqrdmlash.s8 {qd}, {qn}, {m}", f_qqr<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 1 1110 N 100 mmmm", "VQRDMLASH_S16", mve_exec<exec_vqdmlah<1, SA_ | R_>>, O::MveMul, "vqrdmlash.s16 {qd}, {qn}, {m}", f_qqr<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 1 1110 N 100 mmmm", "VQRDMLASH_S32", mve_exec<exec_vqdmlah<2, SA_ | R_>>, O::MveMul, "vqrdmlash.s32 {qd}, {qn}, {m}", f_qqr<2>},

  // ---- VQDMLADH{X}, VQRDMLADH{X} (bit 28 = 0), VQDMLSDH{X}, VQRDMLSDH{X} (bit 28 = 1) ----
  {"1110 1110 0 D 00 vvv 0 qqq 0 1110 N 0 M 0 www 0", "VQDMLADH_S8", mve_exec<exec_vqdmladh<0, 0>>, O::MveMul, "vqdmladh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 0 1110 N 0 M 0 www 0", "VQDMLADH_S16", mve_exec<exec_vqdmladh<1, 0>>, O::MveMul, "vqdmladh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 0 1110 N 0 M 0 www 0", "VQDMLADH_S32", mve_exec<exec_vqdmladh<2, 0>>, O::MveMul, "vqdmladh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 0 qqq 1 1110 N 0 M 0 www 0", "VQDMLADHX_S8", mve_exec<exec_vqdmladh<0, X_>>, O::MveMul, "vqdmladhx.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 1 1110 N 0 M 0 www 0", "VQDMLADHX_S16", mve_exec<exec_vqdmladh<1, X_>>, O::MveMul, "vqdmladhx.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 1 1110 N 0 M 0 www 0", "VQDMLADHX_S32", mve_exec<exec_vqdmladh<2, X_>>, O::MveMul, "vqdmladhx.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 0 qqq 0 1110 N 0 M 0 www 1", "VQRDMLADH_S8", mve_exec<exec_vqdmladh<0, R_>>, O::MveMul, "vqrdmladh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 0 1110 N 0 M 0 www 1", "VQRDMLADH_S16", mve_exec<exec_vqdmladh<1, R_>>, O::MveMul, "vqrdmladh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 0 1110 N 0 M 0 www 1", "VQRDMLADH_S32", mve_exec<exec_vqdmladh<2, R_>>, O::MveMul, "vqrdmladh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1110 1110 0 D 00 vvv 0 qqq 1 1110 N 0 M 0 www 1", "VQRDMLADHX_S8", mve_exec<exec_vqdmladh<0, R_ | X_>>, O::MveMul, "vqrdmladhx.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1110 1110 0 D 01 vvv 0 qqq 1 1110 N 0 M 0 www 1", "VQRDMLADHX_S16", mve_exec<exec_vqdmladh<1, R_ | X_>>, O::MveMul, "vqrdmladhx.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1110 1110 0 D 10 vvv 0 qqq 1 1110 N 0 M 0 www 1", "VQRDMLADHX_S32", mve_exec<exec_vqdmladh<2, R_ | X_>>, O::MveMul, "vqrdmladhx.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 0 qqq 0 1110 N 0 M 0 www 0", "VQDMLSDH_S8", mve_exec<exec_vqdmladh<0, S_>>, O::MveMul, "vqdmlsdh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 0 qqq 0 1110 N 0 M 0 www 0", "VQDMLSDH_S16", mve_exec<exec_vqdmladh<1, S_>>, O::MveMul, "vqdmlsdh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 0 qqq 0 1110 N 0 M 0 www 0", "VQDMLSDH_S32", mve_exec<exec_vqdmladh<2, S_>>, O::MveMul, "vqdmlsdh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 0 qqq 1 1110 N 0 M 0 www 0", "VQDMLSDHX_S8", mve_exec<exec_vqdmladh<0, S_ | X_>>, O::MveMul, "vqdmlsdhx.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 0 qqq 1 1110 N 0 M 0 www 0", "VQDMLSDHX_S16", mve_exec<exec_vqdmladh<1, S_ | X_>>, O::MveMul, "vqdmlsdhx.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 0 qqq 1 1110 N 0 M 0 www 0", "VQDMLSDHX_S32", mve_exec<exec_vqdmladh<2, S_ | X_>>, O::MveMul, "vqdmlsdhx.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 0 qqq 0 1110 N 0 M 0 www 1", "VQRDMLSDH_S8", mve_exec<exec_vqdmladh<0, S_ | R_>>, O::MveMul, "vqrdmlsdh.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 0 qqq 0 1110 N 0 M 0 www 1", "VQRDMLSDH_S16", mve_exec<exec_vqdmladh<1, S_ | R_>>, O::MveMul, "vqrdmlsdh.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 0 qqq 0 1110 N 0 M 0 www 1", "VQRDMLSDH_S32", mve_exec<exec_vqdmladh<2, S_ | R_>>, O::MveMul, "vqrdmlsdh.s32 {qd}, {qn}, {qm}", f_qqq<2>},
  {"1111 1110 0 D 00 vvv 0 qqq 1 1110 N 0 M 0 www 1", "VQRDMLSDHX_S8", mve_exec<exec_vqdmladh<0, S_ | R_ | X_>>, O::MveMul, "vqrdmlsdhx.s8 {qd}, {qn}, {qm}", f_qqq<0>},
  {"1111 1110 0 D 01 vvv 0 qqq 1 1110 N 0 M 0 www 1", "VQRDMLSDHX_S16", mve_exec<exec_vqdmladh<1, S_ | R_ | X_>>, O::MveMul, "vqrdmlsdhx.s16 {qd}, {qn}, {qm}", f_qqq<1>},
  {"1111 1110 0 D 10 vvv 0 qqq 1 1110 N 0 M 0 www 1", "VQRDMLSDHX_S32", mve_exec<exec_vqdmladh<2, S_ | R_ | X_>>, O::MveMul, "vqrdmlsdhx.s32 {qd}, {qn}, {qm}", f_qqq<2>},

  // ---- VMLADAV{A}{X}: 8-bit (bits 11:8 = 1111), 16/32-bit (1110, bit 16 = size) ----
  // U = 1 with X = 1 is UNDEFINED (not listed).
  {"1110 1110 1111 vvv 0 lll 0 1111 N 0 0 0 www 0", "VMLADAV_S8", mve_exec<exec_vmladav<0, 0>>, O::MveMac, "vmlav.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1110 1110 1111 vvv 0 lll 0 1111 N 0 1 0 www 0", "VMLADAVA_S8", mve_exec<exec_vmladav<0, A_>>, O::MveMac, "vmlava.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1110 1110 1111 vvv 0 lll 1 1111 N 0 0 0 www 0", "VMLADAVX_S8", mve_exec<exec_vmladav<0, X_>>, O::MveMac, "vmladavx.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1110 1110 1111 vvv 0 lll 1 1111 N 0 1 0 www 0", "VMLADAVAX_S8", mve_exec<exec_vmladav<0, A_ | X_>>, O::MveMac, "vmladavax.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1111 1110 1111 vvv 0 lll 0 1111 N 0 0 0 www 0", "VMLADAV_U8", mve_exec<exec_vmladav<0, U_>>, O::MveMac, "vmlav.u8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1111 1110 1111 vvv 0 lll 0 1111 N 0 1 0 www 0", "VMLADAVA_U8", mve_exec<exec_vmladav<0, U_ | A_>>, O::MveMac, "vmlava.u8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1110 1110 1111 vvv 0 lll 0 1110 N 0 0 0 www 0", "VMLADAV_S16", mve_exec<exec_vmladav<1, 0>>, O::MveMac, "vmlav.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 0 lll 0 1110 N 0 1 0 www 0", "VMLADAVA_S16", mve_exec<exec_vmladav<1, A_>>, O::MveMac, "vmlava.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 0 lll 1 1110 N 0 0 0 www 0", "VMLADAVX_S16", mve_exec<exec_vmladav<1, X_>>, O::MveMac, "vmladavx.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 0 lll 1 1110 N 0 1 0 www 0", "VMLADAVAX_S16", mve_exec<exec_vmladav<1, A_ | X_>>, O::MveMac, "vmladavax.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1111 1110 1111 vvv 0 lll 0 1110 N 0 0 0 www 0", "VMLADAV_U16", mve_exec<exec_vmladav<1, U_>>, O::MveMac, "vmlav.u16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1111 1110 1111 vvv 0 lll 0 1110 N 0 1 0 www 0", "VMLADAVA_U16", mve_exec<exec_vmladav<1, U_ | A_>>, O::MveMac, "vmlava.u16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 1 lll 0 1110 N 0 0 0 www 0", "VMLADAV_S32", mve_exec<exec_vmladav<2, 0>>, O::MveMac, "vmlav.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1110 1110 1111 vvv 1 lll 0 1110 N 0 1 0 www 0", "VMLADAVA_S32", mve_exec<exec_vmladav<2, A_>>, O::MveMac, "vmlava.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1110 1110 1111 vvv 1 lll 1 1110 N 0 0 0 www 0", "VMLADAVX_S32", mve_exec<exec_vmladav<2, X_>>, O::MveMac, "vmladavx.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1110 1110 1111 vvv 1 lll 1 1110 N 0 1 0 www 0", "VMLADAVAX_S32", mve_exec<exec_vmladav<2, A_ | X_>>, O::MveMac, "vmladavax.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1111 1110 1111 vvv 1 lll 0 1110 N 0 0 0 www 0", "VMLADAV_U32", mve_exec<exec_vmladav<2, U_>>, O::MveMac, "vmlav.u32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1111 1110 1111 vvv 1 lll 0 1110 N 0 1 0 www 0", "VMLADAVA_U32", mve_exec<exec_vmladav<2, U_ | A_>>, O::MveMac, "vmlava.u32 {d}, {qn}, {qm}", f_rqq<2>},

  // ---- VMLSDAV{A}{X} (signed): 8-bit has bit 28 = 1, 16/32-bit bit 28 = 0 ----
  {"1111 1110 1111 vvv 0 lll 0 1110 N 0 0 0 www 1", "VMLSDAV_S8", mve_exec<exec_vmladav<0, S_>>, O::MveMac, "vmlsdav.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1111 1110 1111 vvv 0 lll 0 1110 N 0 1 0 www 1", "VMLSDAVA_S8", mve_exec<exec_vmladav<0, S_ | A_>>, O::MveMac, "vmlsdava.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1111 1110 1111 vvv 0 lll 1 1110 N 0 0 0 www 1", "VMLSDAVX_S8", mve_exec<exec_vmladav<0, S_ | X_>>, O::MveMac, "vmlsdavx.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1111 1110 1111 vvv 0 lll 1 1110 N 0 1 0 www 1", "VMLSDAVAX_S8", mve_exec<exec_vmladav<0, S_ | A_ | X_>>, O::MveMac, "vmlsdavax.s8 {d}, {qn}, {qm}", f_rqq<0>},
  {"1110 1110 1111 vvv 0 lll 0 1110 N 0 0 0 www 1", "VMLSDAV_S16", mve_exec<exec_vmladav<1, S_>>, O::MveMac, "vmlsdav.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 0 lll 0 1110 N 0 1 0 www 1", "VMLSDAVA_S16", mve_exec<exec_vmladav<1, S_ | A_>>, O::MveMac, "vmlsdava.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 0 lll 1 1110 N 0 0 0 www 1", "VMLSDAVX_S16", mve_exec<exec_vmladav<1, S_ | X_>>, O::MveMac, "vmlsdavx.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 0 lll 1 1110 N 0 1 0 www 1", "VMLSDAVAX_S16", mve_exec<exec_vmladav<1, S_ | A_ | X_>>, O::MveMac, "vmlsdavax.s16 {d}, {qn}, {qm}", f_rqq<1>},
  {"1110 1110 1111 vvv 1 lll 0 1110 N 0 0 0 www 1", "VMLSDAV_S32", mve_exec<exec_vmladav<2, S_>>, O::MveMac, "vmlsdav.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1110 1110 1111 vvv 1 lll 0 1110 N 0 1 0 www 1", "VMLSDAVA_S32", mve_exec<exec_vmladav<2, S_ | A_>>, O::MveMac, "vmlsdava.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1110 1110 1111 vvv 1 lll 1 1110 N 0 0 0 www 1", "VMLSDAVX_S32", mve_exec<exec_vmladav<2, S_ | X_>>, O::MveMac, "vmlsdavx.s32 {d}, {qn}, {qm}", f_rqq<2>},
  {"1110 1110 1111 vvv 1 lll 1 1110 N 0 1 0 www 1", "VMLSDAVAX_S32", mve_exec<exec_vmladav<2, S_ | A_ | X_>>, O::MveMac, "vmlsdavax.s32 {d}, {qn}, {qm}", f_rqq<2>},

  // ---- VADDV{A} (before VADDLV: VADDV.32 is its RdaHi = 0b111 form) ----
  {"1110 1110 1111 00 01 lll 0 1111 0 0 0 0 www 0", "VADDV_S8", mve_exec<exec_vaddv<0, 0>>, O::MveReduce, "vaddv.s8 {d}, {qm}", f_rq<0>},
  {"1110 1110 1111 01 01 lll 0 1111 0 0 0 0 www 0", "VADDV_S16", mve_exec<exec_vaddv<1, 0>>, O::MveReduce, "vaddv.s16 {d}, {qm}", f_rq<1>},
  {"1110 1110 1111 10 01 lll 0 1111 0 0 0 0 www 0", "VADDV_S32", mve_exec<exec_vaddv<2, 0>>, O::MveReduce, "vaddv.s32 {d}, {qm}", f_rq<2>},
  {"1111 1110 1111 00 01 lll 0 1111 0 0 0 0 www 0", "VADDV_U8", mve_exec<exec_vaddv<0, U_>>, O::MveReduce, "vaddv.u8 {d}, {qm}", f_rq<0>},
  {"1111 1110 1111 01 01 lll 0 1111 0 0 0 0 www 0", "VADDV_U16", mve_exec<exec_vaddv<1, U_>>, O::MveReduce, "vaddv.u16 {d}, {qm}", f_rq<1>},
  {"1111 1110 1111 10 01 lll 0 1111 0 0 0 0 www 0", "VADDV_U32", mve_exec<exec_vaddv<2, U_>>, O::MveReduce, "vaddv.u32 {d}, {qm}", f_rq<2>},
  {"1110 1110 1111 00 01 lll 0 1111 0 0 1 0 www 0", "VADDVA_S8", mve_exec<exec_vaddv<0, A_>>, O::MveReduce, "vaddva.s8 {d}, {qm}", f_rq<0>},
  {"1110 1110 1111 01 01 lll 0 1111 0 0 1 0 www 0", "VADDVA_S16", mve_exec<exec_vaddv<1, A_>>, O::MveReduce, "vaddva.s16 {d}, {qm}", f_rq<1>},
  {"1110 1110 1111 10 01 lll 0 1111 0 0 1 0 www 0", "VADDVA_S32", mve_exec<exec_vaddv<2, A_>>, O::MveReduce, "vaddva.s32 {d}, {qm}", f_rq<2>},
  {"1111 1110 1111 00 01 lll 0 1111 0 0 1 0 www 0", "VADDVA_U8", mve_exec<exec_vaddv<0, U_ | A_>>, O::MveReduce, "vaddva.u8 {d}, {qm}", f_rq<0>},
  {"1111 1110 1111 01 01 lll 0 1111 0 0 1 0 www 0", "VADDVA_U16", mve_exec<exec_vaddv<1, U_ | A_>>, O::MveReduce, "vaddva.u16 {d}, {qm}", f_rq<1>},
  {"1111 1110 1111 10 01 lll 0 1111 0 0 1 0 www 0", "VADDVA_U32", mve_exec<exec_vaddv<2, U_ | A_>>, O::MveReduce, "vaddva.u32 {d}, {qm}", f_rq<2>},

  // ---- VADDLV{A} (32-bit elements) ----
  {"1110 1110 1 hhh 1001 lll 0 1111 0 0 0 0 www 0", "VADDLV_S32", mve_exec<exec_vaddlv<0>>, O::MveReduce, "vaddlv.s32 {d}, {a}, {qm}", f_rrq},
  {"1111 1110 1 hhh 1001 lll 0 1111 0 0 0 0 www 0", "VADDLV_U32", mve_exec<exec_vaddlv<U_>>, O::MveReduce, "vaddlv.u32 {d}, {a}, {qm}", f_rrq},
  {"1110 1110 1 hhh 1001 lll 0 1111 0 0 1 0 www 0", "VADDLVA_S32", mve_exec<exec_vaddlv<A_>>, O::MveReduce, "vaddlva.s32 {d}, {a}, {qm}", f_rrq},
  {"1111 1110 1 hhh 1001 lll 0 1111 0 0 1 0 www 0", "VADDLVA_U32", mve_exec<exec_vaddlv<U_ | A_>>, O::MveReduce, "vaddlva.u32 {d}, {a}, {qm}", f_rrq},

  // ---- VMAXV, VMINV (bit 7 = 1), VMAXAV, VMINAV: the RdaHi = 0b110 space of VRMLALDAVH ----
  {"1110 1110 1110 00 10 eeee 1111 0 0 M 0 www 0", "VMAXV_S8", mve_exec<exec_vmaxv<0, 0>>, O::MveReduce, "vmaxv.s8 {d}, {qm}", f_r4q<0>},
  {"1110 1110 1110 01 10 eeee 1111 0 0 M 0 www 0", "VMAXV_S16", mve_exec<exec_vmaxv<1, 0>>, O::MveReduce, "vmaxv.s16 {d}, {qm}", f_r4q<1>},
  {"1110 1110 1110 10 10 eeee 1111 0 0 M 0 www 0", "VMAXV_S32", mve_exec<exec_vmaxv<2, 0>>, O::MveReduce, "vmaxv.s32 {d}, {qm}", f_r4q<2>},
  {"1111 1110 1110 00 10 eeee 1111 0 0 M 0 www 0", "VMAXV_U8", mve_exec<exec_vmaxv<0, U_>>, O::MveReduce, "vmaxv.u8 {d}, {qm}", f_r4q<0>},
  {"1111 1110 1110 01 10 eeee 1111 0 0 M 0 www 0", "VMAXV_U16", mve_exec<exec_vmaxv<1, U_>>, O::MveReduce, "vmaxv.u16 {d}, {qm}", f_r4q<1>},
  {"1111 1110 1110 10 10 eeee 1111 0 0 M 0 www 0", "VMAXV_U32", mve_exec<exec_vmaxv<2, U_>>, O::MveReduce, "vmaxv.u32 {d}, {qm}", f_r4q<2>},
  {"1110 1110 1110 00 10 eeee 1111 1 0 M 0 www 0", "VMINV_S8", mve_exec<exec_vmaxv<0, MIN_>>, O::MveReduce, "vminv.s8 {d}, {qm}", f_r4q<0>},
  {"1110 1110 1110 01 10 eeee 1111 1 0 M 0 www 0", "VMINV_S16", mve_exec<exec_vmaxv<1, MIN_>>, O::MveReduce, "vminv.s16 {d}, {qm}", f_r4q<1>},
  {"1110 1110 1110 10 10 eeee 1111 1 0 M 0 www 0", "VMINV_S32", mve_exec<exec_vmaxv<2, MIN_>>, O::MveReduce, "vminv.s32 {d}, {qm}", f_r4q<2>},
  {"1111 1110 1110 00 10 eeee 1111 1 0 M 0 www 0", "VMINV_U8", mve_exec<exec_vmaxv<0, U_ | MIN_>>, O::MveReduce, "vminv.u8 {d}, {qm}", f_r4q<0>},
  {"1111 1110 1110 01 10 eeee 1111 1 0 M 0 www 0", "VMINV_U16", mve_exec<exec_vmaxv<1, U_ | MIN_>>, O::MveReduce, "vminv.u16 {d}, {qm}", f_r4q<1>},
  {"1111 1110 1110 10 10 eeee 1111 1 0 M 0 www 0", "VMINV_U32", mve_exec<exec_vmaxv<2, U_ | MIN_>>, O::MveReduce, "vminv.u32 {d}, {qm}", f_r4q<2>},
  {"1110 1110 1110 00 00 eeee 1111 0 0 M 0 www 0", "VMAXAV_S8", mve_exec<exec_vmaxav<0, 0>>, O::MveReduce, "vmaxav.s8 {d}, {qm}", f_r4q<0>},
  {"1110 1110 1110 01 00 eeee 1111 0 0 M 0 www 0", "VMAXAV_S16", mve_exec<exec_vmaxav<1, 0>>, O::MveReduce, "vmaxav.s16 {d}, {qm}", f_r4q<1>},
  {"1110 1110 1110 10 00 eeee 1111 0 0 M 0 www 0", "VMAXAV_S32", mve_exec<exec_vmaxav<2, 0>>, O::MveReduce, "vmaxav.s32 {d}, {qm}", f_r4q<2>},
  {"1110 1110 1110 00 00 eeee 1111 1 0 M 0 www 0", "VMINAV_S8", mve_exec<exec_vmaxav<0, MIN_>>, O::MveReduce, "vminav.s8 {d}, {qm}", f_r4q<0>},
  {"1110 1110 1110 01 00 eeee 1111 1 0 M 0 www 0", "VMINAV_S16", mve_exec<exec_vmaxav<1, MIN_>>, O::MveReduce, "vminav.s16 {d}, {qm}", f_r4q<1>},
  {"1110 1110 1110 10 00 eeee 1111 1 0 M 0 www 0", "VMINAV_S32", mve_exec<exec_vmaxav<2, MIN_>>, O::MveReduce, "vminav.s32 {d}, {qm}", f_r4q<2>},

  // ---- VABAV ----
  {"1110 1110 10 00 vvv 0 eeee 1111 N 0 M 0 www 1", "VABAV_S8", mve_exec<exec_vabav<0, 0>>, O::MveMac, "vabav.s8 {d}, {qn}, {qm}", f_r4qq<0>},
  {"1110 1110 10 01 vvv 0 eeee 1111 N 0 M 0 www 1", "VABAV_S16", mve_exec<exec_vabav<1, 0>>, O::MveMac, "vabav.s16 {d}, {qn}, {qm}", f_r4qq<1>},
  {"1110 1110 10 10 vvv 0 eeee 1111 N 0 M 0 www 1", "VABAV_S32", mve_exec<exec_vabav<2, 0>>, O::MveMac, "vabav.s32 {d}, {qn}, {qm}", f_r4qq<2>},
  {"1111 1110 10 00 vvv 0 eeee 1111 N 0 M 0 www 1", "VABAV_U8", mve_exec<exec_vabav<0, U_>>, O::MveMac, "vabav.u8 {d}, {qn}, {qm}", f_r4qq<0>},
  {"1111 1110 10 01 vvv 0 eeee 1111 N 0 M 0 www 1", "VABAV_U16", mve_exec<exec_vabav<1, U_>>, O::MveMac, "vabav.u16 {d}, {qn}, {qm}", f_r4qq<1>},
  {"1111 1110 10 10 vvv 0 eeee 1111 N 0 M 0 www 1", "VABAV_U32", mve_exec<exec_vabav<2, U_>>, O::MveMac, "vabav.u32 {d}, {qn}, {qm}", f_r4qq<2>},

  // ---- VMLALDAV{A}{X} (after VMLADAV, its RdaHi = 0b111 form); bit 16 = size (16, 32) ----
  {"1110 1110 1 hhh vvv 0 lll 0 1110 N 0 0 0 www 0", "VMLALDAV_S16", mve_exec<exec_vmlaldav<1, 0>>, O::MveMac, "vmlalv.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 0 lll 0 1110 N 0 1 0 www 0", "VMLALDAVA_S16", mve_exec<exec_vmlaldav<1, A_>>, O::MveMac, "vmlalva.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 0 lll 1 1110 N 0 0 0 www 0", "VMLALDAVX_S16", mve_exec<exec_vmlaldav<1, X_>>, O::MveMac, "vmlaldavx.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 0 lll 1 1110 N 0 1 0 www 0", "VMLALDAVAX_S16", mve_exec<exec_vmlaldav<1, A_ | X_>>, O::MveMac, "vmlaldavax.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1111 1110 1 hhh vvv 0 lll 0 1110 N 0 0 0 www 0", "VMLALDAV_U16", mve_exec<exec_vmlaldav<1, U_>>, O::MveMac, "vmlalv.u16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1111 1110 1 hhh vvv 0 lll 0 1110 N 0 1 0 www 0", "VMLALDAVA_U16", mve_exec<exec_vmlaldav<1, U_ | A_>>, O::MveMac, "vmlalva.u16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 1 lll 0 1110 N 0 0 0 www 0", "VMLALDAV_S32", mve_exec<exec_vmlaldav<2, 0>>, O::MveMac, "vmlalv.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 hhh vvv 1 lll 0 1110 N 0 1 0 www 0", "VMLALDAVA_S32", mve_exec<exec_vmlaldav<2, A_>>, O::MveMac, "vmlalva.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 hhh vvv 1 lll 1 1110 N 0 0 0 www 0", "VMLALDAVX_S32", mve_exec<exec_vmlaldav<2, X_>>, O::MveMac, "vmlaldavx.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 hhh vvv 1 lll 1 1110 N 0 1 0 www 0", "VMLALDAVAX_S32", mve_exec<exec_vmlaldav<2, A_ | X_>>, O::MveMac, "vmlaldavax.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 hhh vvv 1 lll 0 1110 N 0 0 0 www 0", "VMLALDAV_U32", mve_exec<exec_vmlaldav<2, U_>>, O::MveMac, "vmlalv.u32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 hhh vvv 1 lll 0 1110 N 0 1 0 www 0", "VMLALDAVA_U32", mve_exec<exec_vmlaldav<2, U_ | A_>>, O::MveMac, "vmlalva.u32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},

  // ---- VMLSLDAV{A}{X} (signed; after VMLSDAV, its RdaHi = 0b111 form) ----
  {"1110 1110 1 hhh vvv 0 lll 0 1110 N 0 0 0 www 1", "VMLSLDAV_S16", mve_exec<exec_vmlaldav<1, S_>>, O::MveMac, "vmlsldav.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 0 lll 0 1110 N 0 1 0 www 1", "VMLSLDAVA_S16", mve_exec<exec_vmlaldav<1, S_ | A_>>, O::MveMac, "vmlsldava.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 0 lll 1 1110 N 0 0 0 www 1", "VMLSLDAVX_S16", mve_exec<exec_vmlaldav<1, S_ | X_>>, O::MveMac, "vmlsldavx.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 0 lll 1 1110 N 0 1 0 www 1", "VMLSLDAVAX_S16", mve_exec<exec_vmlaldav<1, S_ | A_ | X_>>, O::MveMac, "vmlsldavax.s16 {d}, {a}, {qn}, {qm}", f_rrqq<1>},
  {"1110 1110 1 hhh vvv 1 lll 0 1110 N 0 0 0 www 1", "VMLSLDAV_S32", mve_exec<exec_vmlaldav<2, S_>>, O::MveMac, "vmlsldav.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 hhh vvv 1 lll 0 1110 N 0 1 0 www 1", "VMLSLDAVA_S32", mve_exec<exec_vmlaldav<2, S_ | A_>>, O::MveMac, "vmlsldava.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 hhh vvv 1 lll 1 1110 N 0 0 0 www 1", "VMLSLDAVX_S32", mve_exec<exec_vmlaldav<2, S_ | X_>>, O::MveMac, "vmlsldavx.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 hhh vvv 1 lll 1 1110 N 0 1 0 www 1", "VMLSLDAVAX_S32", mve_exec<exec_vmlaldav<2, S_ | A_ | X_>>, O::MveMac, "vmlsldavax.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},

  // ---- VRMLALDAVH{A}{X} (RdaHi 0b110 and 0b111 belong to VMAXV and VMLADAV) ----
  {"1110 1110 1 0hh vvv 0 lll 0 1111 N 0 0 0 www 0", "VRMLALDAVH_S32", mve_exec<exec_vrmlaldavh<0>>, O::MveMac, "vrmlalvh.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 10h vvv 0 lll 0 1111 N 0 0 0 www 0", "VRMLALDAVH_S32", mve_exec<exec_vrmlaldavh<0>>, O::MveMac, "vrmlalvh.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 0hh vvv 0 lll 0 1111 N 0 1 0 www 0", "VRMLALDAVHA_S32", mve_exec<exec_vrmlaldavh<A_>>, O::MveMac, "vrmlalvha.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 10h vvv 0 lll 0 1111 N 0 1 0 www 0", "VRMLALDAVHA_S32", mve_exec<exec_vrmlaldavh<A_>>, O::MveMac, "vrmlalvha.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 0hh vvv 0 lll 1 1111 N 0 0 0 www 0", "VRMLALDAVHX_S32", mve_exec<exec_vrmlaldavh<X_>>, O::MveMac, "vrmlaldavhx.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 10h vvv 0 lll 1 1111 N 0 0 0 www 0", "VRMLALDAVHX_S32", mve_exec<exec_vrmlaldavh<X_>>, O::MveMac, "vrmlaldavhx.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 0hh vvv 0 lll 1 1111 N 0 1 0 www 0", "VRMLALDAVHAX_S32", mve_exec<exec_vrmlaldavh<A_ | X_>>, O::MveMac, "vrmlaldavhax.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1110 1110 1 10h vvv 0 lll 1 1111 N 0 1 0 www 0", "VRMLALDAVHAX_S32", mve_exec<exec_vrmlaldavh<A_ | X_>>, O::MveMac, "vrmlaldavhax.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 0hh vvv 0 lll 0 1111 N 0 0 0 www 0", "VRMLALDAVH_U32", mve_exec<exec_vrmlaldavh<U_>>, O::MveMac, "vrmlalvh.u32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 10h vvv 0 lll 0 1111 N 0 0 0 www 0", "VRMLALDAVH_U32", mve_exec<exec_vrmlaldavh<U_>>, O::MveMac, "vrmlalvh.u32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 0hh vvv 0 lll 0 1111 N 0 1 0 www 0", "VRMLALDAVHA_U32", mve_exec<exec_vrmlaldavh<U_ | A_>>, O::MveMac, "vrmlalvha.u32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 10h vvv 0 lll 0 1111 N 0 1 0 www 0", "VRMLALDAVHA_U32", mve_exec<exec_vrmlaldavh<U_ | A_>>, O::MveMac, "vrmlalvha.u32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},

  // ---- VRMLSLDAVH{A}{X} (signed; RdaHi 0b111 is VMLSDAV.S8) ----
  {"1111 1110 1 hhh vvv 0 lll 0 1110 N 0 0 0 www 1", "VRMLSLDAVH_S32", mve_exec<exec_vrmlaldavh<S_>>, O::MveMac, "vrmlsldavh.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 hhh vvv 0 lll 0 1110 N 0 1 0 www 1", "VRMLSLDAVHA_S32", mve_exec<exec_vrmlaldavh<S_ | A_>>, O::MveMac, "vrmlsldavha.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 hhh vvv 0 lll 1 1110 N 0 0 0 www 1", "VRMLSLDAVHX_S32", mve_exec<exec_vrmlaldavh<S_ | X_>>, O::MveMac, "vrmlsldavhx.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},
  {"1111 1110 1 hhh vvv 0 lll 1 1110 N 0 1 0 www 1", "VRMLSLDAVHAX_S32", mve_exec<exec_vrmlaldavh<S_ | A_ | X_>>, O::MveMac, "vrmlsldavhax.s32 {d}, {a}, {qn}, {qm}", f_rrqq<2>},

  // ---- UNDEFINED: the exchange forms do not exist for unsigned elements ----
  {"1111 1110 1111 --- 0 --- 1 1111 - 0 - 0 --- 0", "UNDEF_VMLADAVX_U8", exec_mve_mac_unsigned_exchange_undefined, O::MveMac, "undefined"},
  {"1111 1110 1111 --- - --- 1 1110 - 0 - 0 --- 0", "UNDEF_VMLADAVX_U16_U32", exec_mve_mac_unsigned_exchange_undefined, O::MveMac, "undefined"},
  {"1111 1110 1 --- --- - --- 1 1110 - 0 - 0 --- 0", "UNDEF_VMLALDAVX_U", exec_mve_mac_unsigned_exchange_undefined, O::MveMac, "undefined"},
  {"1111 1110 1 0-- --- 0 --- 1 1111 - 0 - 0 --- 0", "UNDEF_VRMLALDAVHX_U", exec_mve_mac_unsigned_exchange_undefined, O::MveMac, "undefined"},
  {"1111 1110 1 10- --- 0 --- 1 1111 - 0 - 0 --- 0", "UNDEF_VRMLALDAVHX_U", exec_mve_mac_unsigned_exchange_undefined, O::MveMac, "undefined"},
};

}  // namespace

std::span<const Pattern> mve_mac_patterns() { return kMveMac; }

}  // namespace tinysim::armv8m
