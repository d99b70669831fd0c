// Helium (MVE) integer data processing encodings (no multiplies, reductions,
// loads/stores or floating point): semantics in exec_mve_int.*. The layout
// follows the Armv8.1-M ARM (DDI0553) encoding diagrams; QEMU's mve.decode
// was used to check the overlaps inside the MVE space.
//
// Field letters (the decoder concatenates the bits of a letter, most
// significant bit first):
//   D     D:Qd  (bit 22, bits 15:13)          -> rd
//   N     Qn:N  (bits 19:17, bit 7)           -> rn = N:Qn
//   M     M:Qm  (bit 5, bits 3:1)             -> rm
//   Q     Qd:D of VDUP (bits 19:17, bit 7)    -> rd = D:Qd
//   m     core register Rm / Rt               -> rm (and the source mask)
//   a     core register Rdm of VSHLC          -> ra
//   G, H  Rn<3:1> and Rm<3:1> of the VIDUP family (Rn even, Rm odd)
//   i     immediate bits; h, l the VIDUP immediate
// A Q register number above 7 is UNDEFINED and SP or PC as a core register
// operand UNPREDICTABLE (QEMU 7.2 UNDEFs both): the formats then put an
// UNDEFINED exec in the decoded instruction, so these encodings are never
// taken for another instruction. No line takes element size 0b11: in those
// places the encoding space holds other instructions (VMULH, VCVT, VMAXNMA,
// VCMP ... of the other MVE tables) or nothing (left to the catch-all).
//
// One line per element size: the size code goes into d.sz for {esize} (for
// the narrowing and widening forms, the size of the element the assembler
// names: the wide source of VSHRN and VQMOVN, the narrow source of VSHLL).
// The disassembly is GNU objdump's (binutils 2.40) without its "@ 0x..."
// comments; tests/unit/test_mve_int.cpp lists where objdump itself is wrong.
#include <array>
#include <cstdio>
#include <vector>

#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec_mve.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;

// Qn:N / Qd:D fields with the top bit last (bits 19:17 then bit 7).
constexpr uint8_t q_top_last(uint32_t f) { return static_cast<uint8_t>(((f & 1) << 3) | (f >> 1)); }

// Q operands (D, N, M, Q) and the element size code SZ.
template <unsigned SZ>
void f_q(DecodedInsn& d, const Fields& f) {
  d.sz = SZ;
  if (f.has('D')) d.rd = static_cast<uint8_t>(f['D']);
  if (f.has('Q')) d.rd = q_top_last(f['Q']);
  if (f.has('N')) d.rn = q_top_last(f['N']);
  if (f.has('M')) d.rm = static_cast<uint8_t>(f['M']);
  if ((f.has('D') || f.has('Q')) && d.rd > 7) d.exec = exec_mve_qreg_undefined;
  if ((f.has('N') && d.rn > 7) || (f.has('M') && d.rm > 7)) d.exec = exec_mve_qreg_undefined;
}

// ... with a core register in rm (Rm of the vector-scalar forms, Rt of VDUP).
template <unsigned SZ>
void f_q_rm(DecodedInsn& d, const Fields& f) {
  f_q<SZ>(d, f);
  if (d.rm == 13 || d.rm == 15) d.exec = exec_mve_reg_undefined;
}

// Shifts by immediate. The size is in the position of the top set bit of
// imm6 (bits 21:16); the letters i are the bits below it. Left shifts are
// i (0..esize-1), right shifts esize - i (1..esize).
template <unsigned SZ>
void f_shl_imm(DecodedInsn& d, const Fields& f) {
  f_q<SZ>(d, f);
  d.imm = f['i'];
}
template <unsigned SZ>
void f_shr_imm(DecodedInsn& d, const Fields& f) {
  f_q<SZ>(d, f);
  d.imm = (8u << SZ) - f['i'];
}
// Narrowing right shifts: SZ is the size of the result; {esize} names the
// source (SZ + 1); the shift is 1..esize of the result.
template <unsigned SZ>
void f_shrn_imm(DecodedInsn& d, const Fields& f) {
  f_q<SZ + 1>(d, f);
  d.imm = (8u << SZ) - f['i'];
}
// VQMOVN / VMOVN: the assembler names the wide source.
template <unsigned SZ>
void f_narrow(DecodedInsn& d, const Fields& f) {
  f_q<SZ + 1>(d, f);
}
// VSHLL T2 (shift = esize): SZ is the narrow source size.
template <unsigned SZ>
void f_shll_esize(DecodedInsn& d, const Fields& f) {
  f_q<SZ>(d, f);
  d.imm = 8u << SZ;
}

// VSHLC Qd, Rdm, #imm (imm 0 encodes 32); Rdm is read and written.
void f_vshlc(DecodedInsn& d, const Fields& f) {
  f_q<2>(d, f);
  d.imm = f['i'] ? f['i'] : 32;
  d.dst_mask |= static_cast<uint16_t>(1u << d.ra);
  if (d.ra == 13 || d.ra == 15) d.exec = exec_mve_reg_undefined;
}

// VMOV Qd, Qm: the VORR lines whose Qn and Qm fields are equal (fixed bits).
void f_vmov_reg(DecodedInsn& d, const Fields& f) {
  f_q<0>(d, f);
  d.rn = d.rm = static_cast<uint8_t>((d.raw >> 1) & 7);
}

// VIDUP/VDDUP Qd, Rn, #imm and VIWDUP/VDWDUP Qd, Rn, Rm, #imm: Rn = G:0
// (read and written), Rm = H:1 (read; 13 is UNPREDICTABLE, 15 is VIDUP),
// imm = 1 << h:l.
template <unsigned SZ>
void f_vidup(DecodedInsn& d, const Fields& f) {
  f_q<SZ>(d, f);
  d.rn = static_cast<uint8_t>(f['G'] << 1);
  d.imm = 1u << (f['h'] << 1 | f['l']);
  d.src_mask |= static_cast<uint16_t>(1u << d.rn);
  d.dst_mask |= static_cast<uint16_t>(1u << d.rn);
  if (f.has('H')) {
    d.ra = static_cast<uint8_t>(f['H'] << 1 | 1);
    d.src_mask |= static_cast<uint16_t>(1u << d.ra);
    if (d.ra == 13) d.exec = exec_mve_reg_undefined;
  }
}

// VMOV/VMVN/VORR/VBIC (immediate): AdvSIMDExpandImm(op, cmode, imm8) for the
// element size of the line. d.imm holds the element value before VMVN/VBIC
// invert it (the value the assembler shows); VMOV.F32 the single-precision
// bits (shown by {fimm}); VMOV.I64 keeps imm8 in d.extra.
void f_vimm(DecodedInsn& d, const Fields& f) {
  f_q<0>(d, f);
  const uint32_t imm8 = ((d.raw >> 28) & 1) << 7 | ((d.raw >> 16) & 7) << 4 | (d.raw & 15);   // i:imm3:imm4
  const uint32_t cmode = (d.raw >> 8) & 15;
  d.extra = static_cast<uint8_t>(imm8);
  switch (cmode >> 1) {
    case 0: case 1: case 2: case 3: d.imm = imm8 << (8 * (cmode >> 1)); break;     // .I32, shifted
    case 4: case 5: d.imm = imm8 << (8 * ((cmode >> 1) & 1)); break;               // .I16, shifted
    case 6: d.imm = cmode & 1 ? (imm8 << 16 | 0xFFFF) : (imm8 << 8 | 0xFF); break; // .I32, ones shifted in
    default:
      if (!(cmode & 1)) {
        d.imm = imm8;   // .I8 (op 0); .I64 (op 1) uses d.extra
      } else {          // .F32: imm8<7>:NOT(imm8<6>):Replicate(imm8<6>,5):imm8<5:0>:Zeros(19)
        const uint32_t b6 = (imm8 >> 6) & 1;
        d.imm = (imm8 >> 7) << 31 | (b6 ^ 1) << 30 | (b6 ? 0x1Fu << 25 : 0u) | (imm8 & 0x3F) << 19;
      }
  }
}

// Exec functions with more than one template argument, named for the macros.
template <typename T> constexpr MveExecFn kVcadd90 = exec_vcadd<T, false>;
template <typename T> constexpr MveExecFn kVcadd270 = exec_vcadd<T, true>;
template <typename T> constexpr MveExecFn kVhcadd90 = exec_vhcadd<T, false>;
template <typename T> constexpr MveExecFn kVhcadd270 = exec_vhcadd<T, true>;
template <typename T> constexpr MveExecFn kVidup = exec_vidup<T, false>;
template <typename T> constexpr MveExecFn kVddup = exec_vidup<T, true>;
template <typename T> constexpr MveExecFn kViwdup = exec_viwdup<T, false>;
template <typename T> constexpr MveExecFn kVdwdup = exec_viwdup<T, true>;
template <typename T> constexpr MveExecFn kVrev16 = exec_vrev<uint16_t, T>;
template <typename T> constexpr MveExecFn kVrev32 = exec_vrev<uint32_t, T>;
template <typename T> constexpr MveExecFn kVrev64 = exec_vrev<uint64_t, T>;

// One line per element size. PRE and POST are the bits before and after the
// two size bits; FN is instantiated with the element types T8, T16, T32.
#define MVE_SIZES(PRE, POST, NAME, FN, T8, T16, T32, DIS, FMT)              \
  {PRE "00" POST, NAME, mve_exec<FN<T8>>, O::MveAlu, DIS, FMT<0>},          \
  {PRE "01" POST, NAME, mve_exec<FN<T16>>, O::MveAlu, DIS, FMT<1>},         \
  {PRE "10" POST, NAME, mve_exec<FN<T32>>, O::MveAlu, DIS, FMT<2>}
#define MVE_S(PRE, POST, NAME, FN, DIS, FMT) MVE_SIZES(PRE, POST, NAME, FN, int8_t, int16_t, int32_t, DIS, FMT)
#define MVE_U(PRE, POST, NAME, FN, DIS, FMT) MVE_SIZES(PRE, POST, NAME, FN, uint8_t, uint16_t, uint32_t, DIS, FMT)
// Signed (U = 0) and unsigned (U = 1) lines; PRE follows the U bit (bit 28).
#define MVE_SU(PRE, POST, NAME, FN, DIS_S, DIS_U, FMT) \
  MVE_S("1110" PRE, POST, NAME "_S", FN, DIS_S, FMT), MVE_U("1111" PRE, POST, NAME "_U", FN, DIS_U, FMT)
// Shifts by immediate: the size is the position of imm6's top set bit.
#define MVE_SH(PRE, POST, NAME, FN, T8, T16, T32, DIS, FMT)                    \
  {PRE "001iii" POST, NAME, mve_exec<FN<T8>>, O::MveAlu, DIS, FMT<0>},         \
  {PRE "01iiii" POST, NAME, mve_exec<FN<T16>>, O::MveAlu, DIS, FMT<1>},        \
  {PRE "1iiiii" POST, NAME, mve_exec<FN<T32>>, O::MveAlu, DIS, FMT<2>}
#define MVE_SH_SU(PRE, POST, NAME, FN, DIS_S, DIS_U, FMT)                                  \
  MVE_SH("1110" PRE, POST, NAME "_S", FN, int8_t, int16_t, int32_t, DIS_S, FMT),           \
  MVE_SH("1111" PRE, POST, NAME "_U", FN, uint8_t, uint16_t, uint32_t, DIS_U, FMT)
// VMOV (register) is VORR Qd, Qm, Qm: one line per register so that Qn == Qm.
#define MVE_VMOV_REG(q) \
  {"1110 1111 0 D 10 " q " 0 DDD 0 0001 0 1 0 1 " q " 0", "VMOV_reg", mve_exec<exec_vorr>, O::MveAlu, "vmov {qd}, {qm}", f_vmov_reg}

// Narrowing shifts: one line per result size (imm6 001xxx: 16 -> 8 bits,
// 01xxxx: 32 -> 16 bits) and per half (B: bit 12 = 0, T: 1).
#define MVE_SHRN(U, BIT7, BIT0, NAME, EXEC16, EXEC32, MNEMONIC, OPERANDS)                                                      \
  {U " 1110 1 D 001iii DDD 0 1111 " BIT7 " 1 M 0 MMM " BIT0, NAME, mve_exec<EXEC16<false>>, O::MveAlu, MNEMONIC "b" OPERANDS, f_shrn_imm<0>}, \
  {U " 1110 1 D 001iii DDD 1 1111 " BIT7 " 1 M 0 MMM " BIT0, NAME, mve_exec<EXEC16<true>>, O::MveAlu, MNEMONIC "t" OPERANDS, f_shrn_imm<0>},  \
  {U " 1110 1 D 01iiii DDD 0 1111 " BIT7 " 1 M 0 MMM " BIT0, NAME, mve_exec<EXEC32<false>>, O::MveAlu, MNEMONIC "b" OPERANDS, f_shrn_imm<1>}, \
  {U " 1110 1 D 01iiii DDD 1 1111 " BIT7 " 1 M 0 MMM " BIT0, NAME, mve_exec<EXEC32<true>>, O::MveAlu, MNEMONIC "t" OPERANDS, f_shrn_imm<1>}
template <bool TOP> constexpr MveExecFn kVshrn16 = exec_vshrn<uint16_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVshrn32 = exec_vshrn<uint32_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVrshrn16 = exec_vshrn<uint16_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVrshrn32 = exec_vshrn<uint32_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVqshrnS16 = exec_vqshrn<int16_t, int8_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVqshrnS32 = exec_vqshrn<int32_t, int16_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVqshrnU16 = exec_vqshrn<uint16_t, uint8_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVqshrnU32 = exec_vqshrn<uint32_t, uint16_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVqrshrnS16 = exec_vqshrn<int16_t, int8_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVqrshrnS32 = exec_vqshrn<int32_t, int16_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVqrshrnU16 = exec_vqshrn<uint16_t, uint8_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVqrshrnU32 = exec_vqshrn<uint32_t, uint16_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVqshrun16 = exec_vqshrn<int16_t, uint8_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVqshrun32 = exec_vqshrn<int32_t, uint16_t, TOP, false>;
template <bool TOP> constexpr MveExecFn kVqrshrun16 = exec_vqshrn<int16_t, uint8_t, TOP, true>;
template <bool TOP> constexpr MveExecFn kVqrshrun32 = exec_vqshrn<int32_t, uint16_t, TOP, true>;

constexpr Pattern kMveIntPatterns[] = {
  // ---- two vectors (T1 encodings: 111U 1111 0 D size Qn 0 Qd 0 opc N 1 M b Qm 0)
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0000 N 1 M 0 MMM 0", "VHADD", exec_vhadd,
         "vhadd.s{esize} {qd}, {qn}, {qm}", "vhadd.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0000 N 1 M 1 MMM 0", "VQADD", exec_vqadd,
         "vqadd.s{esize} {qd}, {qn}, {qm}", "vqadd.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0001 N 1 M 0 MMM 0", "VRHADD", exec_vrhadd,
         "vrhadd.s{esize} {qd}, {qn}, {qm}", "vrhadd.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0010 N 1 M 0 MMM 0", "VHSUB", exec_vhsub,
         "vhsub.s{esize} {qd}, {qn}, {qm}", "vhsub.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0010 N 1 M 1 MMM 0", "VQSUB", exec_vqsub,
         "vqsub.s{esize} {qd}, {qn}, {qm}", "vqsub.u{esize} {qd}, {qn}, {qm}", f_q),
  // Shifts: Qm is shifted by Qn, written "Qd, Qm, Qn".
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0100 N 1 M 0 MMM 0", "VSHL_vec", exec_vshl_vec,
         "vshl.s{esize} {qd}, {qm}, {qn}", "vshl.u{esize} {qd}, {qm}, {qn}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0100 N 1 M 1 MMM 0", "VQSHL_vec", exec_vqshl_vec,
         "vqshl.s{esize} {qd}, {qm}, {qn}", "vqshl.u{esize} {qd}, {qm}, {qn}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0101 N 1 M 0 MMM 0", "VRSHL_vec", exec_vrshl_vec,
         "vrshl.s{esize} {qd}, {qm}, {qn}", "vrshl.u{esize} {qd}, {qm}, {qn}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0101 N 1 M 1 MMM 0", "VQRSHL_vec", exec_vqrshl_vec,
         "vqrshl.s{esize} {qd}, {qm}, {qn}", "vqrshl.u{esize} {qd}, {qm}, {qn}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0110 N 1 M 0 MMM 0", "VMAX", exec_vmax,
         "vmax.s{esize} {qd}, {qn}, {qm}", "vmax.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0110 N 1 M 1 MMM 0", "VMIN", exec_vmin,
         "vmin.s{esize} {qd}, {qn}, {qm}", "vmin.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_SU(" 1111 0 D ", " NNN 0 DDD 0 0111 N 1 M 0 MMM 0", "VABD", exec_vabd,
         "vabd.s{esize} {qd}, {qn}, {qm}", "vabd.u{esize} {qd}, {qn}, {qm}", f_q),
  MVE_U("1110 1111 0 D ", " NNN 0 DDD 0 1000 N 1 M 0 MMM 0", "VADD", exec_vadd, "vadd.i{esize} {qd}, {qn}, {qm}", f_q),
  MVE_U("1111 1111 0 D ", " NNN 0 DDD 0 1000 N 1 M 0 MMM 0", "VSUB", exec_vsub, "vsub.i{esize} {qd}, {qn}, {qm}", f_q),
  // Logic: the size field selects the operation.
  MVE_VMOV_REG("000"), MVE_VMOV_REG("001"), MVE_VMOV_REG("010"), MVE_VMOV_REG("011"),
  MVE_VMOV_REG("100"), MVE_VMOV_REG("101"), MVE_VMOV_REG("110"), MVE_VMOV_REG("111"),
  {"1110 1111 0 D 00 NNN 0 DDD 0 0001 N 1 M 1 MMM 0", "VAND", mve_exec<exec_vand>, O::MveAlu, "vand {qd}, {qn}, {qm}", f_q<0>},
  {"1110 1111 0 D 01 NNN 0 DDD 0 0001 N 1 M 1 MMM 0", "VBIC", mve_exec<exec_vbic>, O::MveAlu, "vbic {qd}, {qn}, {qm}", f_q<0>},
  {"1110 1111 0 D 10 NNN 0 DDD 0 0001 N 1 M 1 MMM 0", "VORR", mve_exec<exec_vorr>, O::MveAlu, "vorr {qd}, {qn}, {qm}", f_q<0>},
  {"1110 1111 0 D 11 NNN 0 DDD 0 0001 N 1 M 1 MMM 0", "VORN", mve_exec<exec_vorn>, O::MveAlu, "vorn {qd}, {qn}, {qm}", f_q<0>},
  {"1111 1111 0 D 00 NNN 0 DDD 0 0001 N 1 M 1 MMM 0", "VEOR", mve_exec<exec_veor>, O::MveAlu, "veor {qd}, {qn}, {qm}", f_q<0>},

  // ---- one vector (1111 1111 1 D 11 size xx Qd 0 opc M 0 Qm 0)
  MVE_S("1111 1111 1 D 11 ", " 00 DDD 0 0100 01 M 0 MMM 0", "VCLS", exec_vcls, "vcls.s{esize} {qd}, {qm}", f_q),
  MVE_U("1111 1111 1 D 11 ", " 00 DDD 0 0100 11 M 0 MMM 0", "VCLZ", exec_vclz, "vclz.i{esize} {qd}, {qm}", f_q),
  MVE_S("1111 1111 1 D 11 ", " 01 DDD 0 0011 01 M 0 MMM 0", "VABS", exec_vabs, "vabs.s{esize} {qd}, {qm}", f_q),
  MVE_S("1111 1111 1 D 11 ", " 01 DDD 0 0011 11 M 0 MMM 0", "VNEG", exec_vneg, "vneg.s{esize} {qd}, {qm}", f_q),
  MVE_S("1111 1111 1 D 11 ", " 00 DDD 0 0111 01 M 0 MMM 0", "VQABS", exec_vqabs, "vqabs.s{esize} {qd}, {qm}", f_q),
  MVE_S("1111 1111 1 D 11 ", " 00 DDD 0 0111 11 M 0 MMM 0", "VQNEG", exec_vqneg, "vqneg.s{esize} {qd}, {qm}", f_q),
  MVE_U("1111 1111 1 D 11 ", " 00 DDD 0 0000 01 M 0 MMM 0", "VREV64", kVrev64, "vrev64.{esize} {qd}, {qm}", f_q),
  {"1111 1111 1 D 11 00 00 DDD 0 0000 11 M 0 MMM 0", "VREV32", mve_exec<kVrev32<uint8_t>>, O::MveAlu, "vrev32.{esize} {qd}, {qm}", f_q<0>},
  {"1111 1111 1 D 11 01 00 DDD 0 0000 11 M 0 MMM 0", "VREV32", mve_exec<kVrev32<uint16_t>>, O::MveAlu, "vrev32.{esize} {qd}, {qm}", f_q<1>},
  {"1111 1111 1 D 11 00 00 DDD 0 0001 01 M 0 MMM 0", "VREV16", mve_exec<kVrev16<uint8_t>>, O::MveAlu, "vrev16.{esize} {qd}, {qm}", f_q<0>},
  {"1111 1111 1 D 11 00 00 DDD 0 0101 11 M 0 MMM 0", "VMVN", mve_exec<exec_vmvn>, O::MveAlu, "vmvn {qd}, {qm}", f_q<0>},

  // ---- 111U 1110 0 D 11 size xx Qd T 1110 x 0 M 0 Qm 1: narrowing moves,
  // VSHLL by esize, VMAXA/VMINA (size 0b11: VCVTB/VCVTT and VMAXNMA/VMINNMA)
  {"1110 1110 0 D 11 00 11 DDD 0 1110 0 0 M 0 MMM 1", "VQMOVNB_S", mve_exec<exec_vqmovn<int16_t, int8_t, false>>, O::MveAlu, "vqmovnb.s{esize} {qd}, {qm}", f_narrow<0>},
  {"1110 1110 0 D 11 01 11 DDD 0 1110 0 0 M 0 MMM 1", "VQMOVNB_S", mve_exec<exec_vqmovn<int32_t, int16_t, false>>, O::MveAlu, "vqmovnb.s{esize} {qd}, {qm}", f_narrow<1>},
  {"1110 1110 0 D 11 00 11 DDD 1 1110 0 0 M 0 MMM 1", "VQMOVNT_S", mve_exec<exec_vqmovn<int16_t, int8_t, true>>, O::MveAlu, "vqmovnt.s{esize} {qd}, {qm}", f_narrow<0>},
  {"1110 1110 0 D 11 01 11 DDD 1 1110 0 0 M 0 MMM 1", "VQMOVNT_S", mve_exec<exec_vqmovn<int32_t, int16_t, true>>, O::MveAlu, "vqmovnt.s{esize} {qd}, {qm}", f_narrow<1>},
  {"1111 1110 0 D 11 00 11 DDD 0 1110 0 0 M 0 MMM 1", "VQMOVNB_U", mve_exec<exec_vqmovn<uint16_t, uint8_t, false>>, O::MveAlu, "vqmovnb.u{esize} {qd}, {qm}", f_narrow<0>},
  {"1111 1110 0 D 11 01 11 DDD 0 1110 0 0 M 0 MMM 1", "VQMOVNB_U", mve_exec<exec_vqmovn<uint32_t, uint16_t, false>>, O::MveAlu, "vqmovnb.u{esize} {qd}, {qm}", f_narrow<1>},
  {"1111 1110 0 D 11 00 11 DDD 1 1110 0 0 M 0 MMM 1", "VQMOVNT_U", mve_exec<exec_vqmovn<uint16_t, uint8_t, true>>, O::MveAlu, "vqmovnt.u{esize} {qd}, {qm}", f_narrow<0>},
  {"1111 1110 0 D 11 01 11 DDD 1 1110 0 0 M 0 MMM 1", "VQMOVNT_U", mve_exec<exec_vqmovn<uint32_t, uint16_t, true>>, O::MveAlu, "vqmovnt.u{esize} {qd}, {qm}", f_narrow<1>},
  {"1110 1110 0 D 11 00 01 DDD 0 1110 1 0 M 0 MMM 1", "VQMOVUNB", mve_exec<exec_vqmovn<int16_t, uint8_t, false>>, O::MveAlu, "vqmovunb.s{esize} {qd}, {qm}", f_narrow<0>},
  {"1110 1110 0 D 11 01 01 DDD 0 1110 1 0 M 0 MMM 1", "VQMOVUNB", mve_exec<exec_vqmovn<int32_t, uint16_t, false>>, O::MveAlu, "vqmovunb.s{esize} {qd}, {qm}", f_narrow<1>},
  {"1110 1110 0 D 11 00 01 DDD 1 1110 1 0 M 0 MMM 1", "VQMOVUNT", mve_exec<exec_vqmovn<int16_t, uint8_t, true>>, O::MveAlu, "vqmovunt.s{esize} {qd}, {qm}", f_narrow<0>},
  {"1110 1110 0 D 11 01 01 DDD 1 1110 1 0 M 0 MMM 1", "VQMOVUNT", mve_exec<exec_vqmovn<int32_t, uint16_t, true>>, O::MveAlu, "vqmovunt.s{esize} {qd}, {qm}", f_narrow<1>},
  {"1111 1110 0 D 11 00 01 DDD 0 1110 1 0 M 0 MMM 1", "VMOVNB", mve_exec<exec_vmovn<uint16_t, false>>, O::MveAlu, "vmovnb.i{esize} {qd}, {qm}", f_narrow<0>},
  {"1111 1110 0 D 11 01 01 DDD 0 1110 1 0 M 0 MMM 1", "VMOVNB", mve_exec<exec_vmovn<uint32_t, false>>, O::MveAlu, "vmovnb.i{esize} {qd}, {qm}", f_narrow<1>},
  {"1111 1110 0 D 11 00 01 DDD 1 1110 1 0 M 0 MMM 1", "VMOVNT", mve_exec<exec_vmovn<uint16_t, true>>, O::MveAlu, "vmovnt.i{esize} {qd}, {qm}", f_narrow<0>},
  {"1111 1110 0 D 11 01 01 DDD 1 1110 1 0 M 0 MMM 1", "VMOVNT", mve_exec<exec_vmovn<uint32_t, true>>, O::MveAlu, "vmovnt.i{esize} {qd}, {qm}", f_narrow<1>},
  {"1110 1110 0 D 11 00 01 DDD 0 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<int8_t, false>>, O::MveAlu, "vshllb.s{esize} {qd}, {qm}, #{esize}", f_shll_esize<0>},
  {"1110 1110 0 D 11 01 01 DDD 0 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<int16_t, false>>, O::MveAlu, "vshllb.s{esize} {qd}, {qm}, #{esize}", f_shll_esize<1>},
  {"1110 1110 0 D 11 00 01 DDD 1 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<int8_t, true>>, O::MveAlu, "vshllt.s{esize} {qd}, {qm}, #{esize}", f_shll_esize<0>},
  {"1110 1110 0 D 11 01 01 DDD 1 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<int16_t, true>>, O::MveAlu, "vshllt.s{esize} {qd}, {qm}, #{esize}", f_shll_esize<1>},
  {"1111 1110 0 D 11 00 01 DDD 0 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<uint8_t, false>>, O::MveAlu, "vshllb.u{esize} {qd}, {qm}, #{esize}", f_shll_esize<0>},
  {"1111 1110 0 D 11 01 01 DDD 0 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<uint16_t, false>>, O::MveAlu, "vshllb.u{esize} {qd}, {qm}, #{esize}", f_shll_esize<1>},
  {"1111 1110 0 D 11 00 01 DDD 1 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<uint8_t, true>>, O::MveAlu, "vshllt.u{esize} {qd}, {qm}, #{esize}", f_shll_esize<0>},
  {"1111 1110 0 D 11 01 01 DDD 1 1110 0 0 M 0 MMM 1", "VSHLL_esize", mve_exec<exec_vshll<uint16_t, true>>, O::MveAlu, "vshllt.u{esize} {qd}, {qm}, #{esize}", f_shll_esize<1>},
  MVE_S("1110 1110 0 D 11 ", " 11 DDD 0 1110 1 0 M 0 MMM 1", "VMAXA", exec_vmaxa, "vmaxa.s{esize} {qd}, {qm}", f_q),
  MVE_S("1110 1110 0 D 11 ", " 11 DDD 1 1110 1 0 M 0 MMM 1", "VMINA", exec_vmina, "vmina.s{esize} {qd}, {qm}", f_q),

  // ---- vector and core register (111U 1110 0 D size Qn x Qd x 111x N 1x0 Rm)
  MVE_U("1110 1110 0 D ", " NNN 1 DDD 0 1111 N 100 mmmm", "VADD_scalar", exec_vadd_scalar, "vadd.i{esize} {qd}, {qn}, {m}", f_q_rm),
  MVE_U("1110 1110 0 D ", " NNN 1 DDD 1 1111 N 100 mmmm", "VSUB_scalar", exec_vsub_scalar, "vsub.i{esize} {qd}, {qn}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D ", " NNN 0 DDD 0 1111 N 100 mmmm", "VHADD_scalar", exec_vhadd_scalar,
         "vhadd.s{esize} {qd}, {qn}, {m}", "vhadd.u{esize} {qd}, {qn}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D ", " NNN 0 DDD 1 1111 N 100 mmmm", "VHSUB_scalar", exec_vhsub_scalar,
         "vhsub.s{esize} {qd}, {qn}, {m}", "vhsub.u{esize} {qd}, {qn}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D ", " NNN 0 DDD 0 1111 N 110 mmmm", "VQADD_scalar", exec_vqadd_scalar,
         "vqadd.s{esize} {qd}, {qn}, {m}", "vqadd.u{esize} {qd}, {qn}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D ", " NNN 0 DDD 1 1111 N 110 mmmm", "VQSUB_scalar", exec_vqsub_scalar,
         "vqsub.s{esize} {qd}, {qn}, {m}", "vqsub.u{esize} {qd}, {qn}, {m}", f_q_rm),
  MVE_U("1111 1110 0 D ", " NNN 1 DDD 1 1110 N 110 mmmm", "VBRSR", exec_vbrsr, "vbrsr.{esize} {qd}, {qn}, {m}", f_q_rm),
  // Shifts of Qda by Rm (111U 1110 0 D 11 size R1 Qda 1 1110 Q110 Rm)
  MVE_SU(" 1110 0 D 11 ", " 01 DDD 1 1110 0110 mmmm", "VSHL_scalar", exec_vshl_scalar,
         "vshl.s{esize} {qd}, {m}", "vshl.u{esize} {qd}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D 11 ", " 11 DDD 1 1110 0110 mmmm", "VRSHL_scalar", exec_vrshl_scalar,
         "vrshl.s{esize} {qd}, {m}", "vrshl.u{esize} {qd}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D 11 ", " 01 DDD 1 1110 1110 mmmm", "VQSHL_scalar", exec_vqshl_scalar,
         "vqshl.s{esize} {qd}, {m}", "vqshl.u{esize} {qd}, {m}", f_q_rm),
  MVE_SU(" 1110 0 D 11 ", " 11 DDD 1 1110 1110 mmmm", "VQRSHL_scalar", exec_vqrshl_scalar,
         "vqrshl.s{esize} {qd}, {m}", "vqrshl.u{esize} {qd}, {m}", f_q_rm),
  // VDUP Qd, Rt: size in B:E (bits 22, 5); Qd in bits 19:17 and 7.
  {"1110 1110 1 1 1 0 QQQ 0 mmmm 1011 Q 0 0 1 0000", "VDUP", mve_exec<exec_vdup<uint8_t>>, O::MveAlu, "vdup.{esize} {qd}, {m}", f_q_rm<0>},
  {"1110 1110 1 0 1 0 QQQ 0 mmmm 1011 Q 0 1 1 0000", "VDUP", mve_exec<exec_vdup<uint16_t>>, O::MveAlu, "vdup.{esize} {qd}, {m}", f_q_rm<1>},
  {"1110 1110 1 0 1 0 QQQ 0 mmmm 1011 Q 0 0 1 0000", "VDUP", mve_exec<exec_vdup<uint32_t>>, O::MveAlu, "vdup.{esize} {qd}, {m}", f_q_rm<2>},

  // ---- add/subtract with carry and complex adds (111U 1110 0 D size Qn 0 Qd x 1111 N 0 M 0 Qm 0)
  {"1110 1110 0 D 11 NNN 0 DDD 0 1111 N 0 M 0 MMM 0", "VADC", mve_exec<exec_vadc<false, false>>, O::MveAlu, "vadc.i32 {qd}, {qn}, {qm}", f_q<2>},
  {"1110 1110 0 D 11 NNN 0 DDD 1 1111 N 0 M 0 MMM 0", "VADCI", mve_exec<exec_vadc<false, true>>, O::MveAlu, "vadci.i32 {qd}, {qn}, {qm}", f_q<2>},
  {"1111 1110 0 D 11 NNN 0 DDD 0 1111 N 0 M 0 MMM 0", "VSBC", mve_exec<exec_vadc<true, false>>, O::MveAlu, "vsbc.i32 {qd}, {qn}, {qm}", f_q<2>},
  {"1111 1110 0 D 11 NNN 0 DDD 1 1111 N 0 M 0 MMM 0", "VSBCI", mve_exec<exec_vadc<true, true>>, O::MveAlu, "vsbci.i32 {qd}, {qn}, {qm}", f_q<2>},
  MVE_U("1111 1110 0 D ", " NNN 0 DDD 0 1111 N 0 M 0 MMM 0", "VCADD90", kVcadd90, "vcadd.i{esize} {qd}, {qn}, {qm}, #90", f_q),
  MVE_U("1111 1110 0 D ", " NNN 0 DDD 1 1111 N 0 M 0 MMM 0", "VCADD270", kVcadd270, "vcadd.i{esize} {qd}, {qn}, {qm}, #270", f_q),
  MVE_S("1110 1110 0 D ", " NNN 0 DDD 0 1111 N 0 M 0 MMM 0", "VHCADD90", kVhcadd90, "vhcadd.s{esize} {qd}, {qn}, {qm}, #90", f_q),
  MVE_S("1110 1110 0 D ", " NNN 0 DDD 1 1111 N 0 M 0 MMM 0", "VHCADD270", kVhcadd270, "vhcadd.s{esize} {qd}, {qn}, {qm}, #270", f_q),

  // ---- VIDUP family (1110 1110 0 D size Rn:1 Qd x 1111 imm 110 Rm imm)
  MVE_U("1110 1110 0 D ", " GGG 1 DDD 0 1111 h 110 111 l", "VIDUP", kVidup, "vidup.u{esize} {qd}, {n}, {uimm}", f_vidup),
  MVE_U("1110 1110 0 D ", " GGG 1 DDD 1 1111 h 110 111 l", "VDDUP", kVddup, "vddup.u{esize} {qd}, {n}, {uimm}", f_vidup),
  MVE_U("1110 1110 0 D ", " GGG 1 DDD 0 1111 h 110 HHH l", "VIWDUP", kViwdup, "viwdup.u{esize} {qd}, {n}, {a}, {uimm}", f_vidup),
  MVE_U("1110 1110 0 D ", " GGG 1 DDD 1 1111 h 110 HHH l", "VDWDUP", kVdwdup, "vdwdup.u{esize} {qd}, {n}, {a}, {uimm}", f_vidup),

  // ---- one register and a modified immediate (111i 1111 1 D 000 imm3 Qd 0 cmode 0 1 op 1 imm4)
  {"111i 1111 1 D 000 iii DDD 0 0--1 0 1 0 1 iiii", "VORR_imm", mve_exec<exec_vorr_imm<uint32_t>>, O::MveAlu, "vorr.i32 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 10-1 0 1 0 1 iiii", "VORR_imm", mve_exec<exec_vorr_imm<uint16_t>>, O::MveAlu, "vorr.i16 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 0--1 0 1 1 1 iiii", "VBIC_imm", mve_exec<exec_vbic_imm<uint32_t>>, O::MveAlu, "vbic.i32 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 10-1 0 1 1 1 iiii", "VBIC_imm", mve_exec<exec_vbic_imm<uint16_t>>, O::MveAlu, "vbic.i16 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 0--0 0 1 0 1 iiii", "VMOV_imm", mve_exec<exec_vmov_imm<uint32_t>>, O::MveAlu, "vmov.i32 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 110- 0 1 0 1 iiii", "VMOV_imm", mve_exec<exec_vmov_imm<uint32_t>>, O::MveAlu, "vmov.i32 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 10-0 0 1 0 1 iiii", "VMOV_imm", mve_exec<exec_vmov_imm<uint16_t>>, O::MveAlu, "vmov.i16 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 1110 0 1 0 1 iiii", "VMOV_imm", mve_exec<exec_vmov_imm<uint8_t>>, O::MveAlu, "vmov.i8 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 1111 0 1 0 1 iiii", "VMOV_imm", mve_exec<exec_vmov_imm<uint32_t>>, O::MveAlu, "vmov.f32 {qd}, {fimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 0--0 0 1 1 1 iiii", "VMVN_imm", mve_exec<exec_vmvn_imm<uint32_t>>, O::MveAlu, "vmvn.i32 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 110- 0 1 1 1 iiii", "VMVN_imm", mve_exec<exec_vmvn_imm<uint32_t>>, O::MveAlu, "vmvn.i32 {qd}, {uimm}", f_vimm},
  {"111i 1111 1 D 000 iii DDD 0 10-0 0 1 1 1 iiii", "VMVN_imm", mve_exec<exec_vmvn_imm<uint16_t>>, O::MveAlu, "vmvn.i16 {qd}, {uimm}", f_vimm},
  // cmode 1110 op 1 (VMOV.I64): the generated lines below; cmode 1111 op 1 is unallocated.
  {"111- 1111 1 - 000 --- --- 0 1111 0 1 1 1 ----", "UNDEF_vmov_imm", exec_mve_int_unallocated, O::MveAlu, "undefined"},

  // ---- shifts by immediate (111U 1111 1 D imm6 Qd 0 opc 0 1 M 1 Qm 0)
  MVE_SH_SU(" 1111 1 D ", " DDD 0 0000 0 1 M 1 MMM 0", "VSHR_imm", exec_vshr_imm,
            "vshr.s{esize} {qd}, {qm}, {uimm}", "vshr.u{esize} {qd}, {qm}, {uimm}", f_shr_imm),
  MVE_SH_SU(" 1111 1 D ", " DDD 0 0010 0 1 M 1 MMM 0", "VRSHR_imm", exec_vrshr_imm,
            "vrshr.s{esize} {qd}, {qm}, {uimm}", "vrshr.u{esize} {qd}, {qm}, {uimm}", f_shr_imm),
  MVE_SH("1111 1111 1 D ", " DDD 0 0100 0 1 M 1 MMM 0", "VSRI", exec_vsri, uint8_t, uint16_t, uint32_t,
         "vsri.{esize} {qd}, {qm}, {uimm}", f_shr_imm),
  MVE_SH("1110 1111 1 D ", " DDD 0 0101 0 1 M 1 MMM 0", "VSHL_imm", exec_vshl_imm, uint8_t, uint16_t, uint32_t,
         "vshl.i{esize} {qd}, {qm}, {uimm}", f_shl_imm),
  MVE_SH("1111 1111 1 D ", " DDD 0 0101 0 1 M 1 MMM 0", "VSLI", exec_vsli, uint8_t, uint16_t, uint32_t,
         "vsli.{esize} {qd}, {qm}, {uimm}", f_shl_imm),
  MVE_SH("1111 1111 1 D ", " DDD 0 0110 0 1 M 1 MMM 0", "VQSHLU_imm", exec_vqshlu_imm, int8_t, int16_t, int32_t,
         "vqshlu.s{esize} {qd}, {qm}, {uimm}", f_shl_imm),
  MVE_SH_SU(" 1111 1 D ", " DDD 0 0111 0 1 M 1 MMM 0", "VQSHL_imm", exec_vqshl_imm,
            "vqshl.s{esize} {qd}, {qm}, {uimm}", "vqshl.u{esize} {qd}, {qm}, {uimm}", f_shl_imm),

  // ---- VMOVL / VSHLL (T1: 111U 1110 1 D 1 size:imm Qd T 1111 0 1 M 0 Qm 0); shift 0 is VMOVL
  {"1110 1110 1 D 1 01000 DDD 0 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<int8_t, false>>, O::MveAlu, "vmovlb.s{esize} {qd}, {qm}", f_shl_imm<0>},
  {"1110 1110 1 D 1 01000 DDD 1 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<int8_t, true>>, O::MveAlu, "vmovlt.s{esize} {qd}, {qm}", f_shl_imm<0>},
  {"1110 1110 1 D 1 10000 DDD 0 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<int16_t, false>>, O::MveAlu, "vmovlb.s{esize} {qd}, {qm}", f_shl_imm<1>},
  {"1110 1110 1 D 1 10000 DDD 1 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<int16_t, true>>, O::MveAlu, "vmovlt.s{esize} {qd}, {qm}", f_shl_imm<1>},
  {"1111 1110 1 D 1 01000 DDD 0 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<uint8_t, false>>, O::MveAlu, "vmovlb.u{esize} {qd}, {qm}", f_shl_imm<0>},
  {"1111 1110 1 D 1 01000 DDD 1 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<uint8_t, true>>, O::MveAlu, "vmovlt.u{esize} {qd}, {qm}", f_shl_imm<0>},
  {"1111 1110 1 D 1 10000 DDD 0 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<uint16_t, false>>, O::MveAlu, "vmovlb.u{esize} {qd}, {qm}", f_shl_imm<1>},
  {"1111 1110 1 D 1 10000 DDD 1 1111 0 1 M 0 MMM 0", "VMOVL", mve_exec<exec_vshll<uint16_t, true>>, O::MveAlu, "vmovlt.u{esize} {qd}, {qm}", f_shl_imm<1>},
  {"1110 1110 1 D 1 01iii DDD 0 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<int8_t, false>>, O::MveAlu, "vshllb.s{esize} {qd}, {qm}, {uimm}", f_shl_imm<0>},
  {"1110 1110 1 D 1 01iii DDD 1 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<int8_t, true>>, O::MveAlu, "vshllt.s{esize} {qd}, {qm}, {uimm}", f_shl_imm<0>},
  {"1110 1110 1 D 1 1iiii DDD 0 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<int16_t, false>>, O::MveAlu, "vshllb.s{esize} {qd}, {qm}, {uimm}", f_shl_imm<1>},
  {"1110 1110 1 D 1 1iiii DDD 1 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<int16_t, true>>, O::MveAlu, "vshllt.s{esize} {qd}, {qm}, {uimm}", f_shl_imm<1>},
  {"1111 1110 1 D 1 01iii DDD 0 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<uint8_t, false>>, O::MveAlu, "vshllb.u{esize} {qd}, {qm}, {uimm}", f_shl_imm<0>},
  {"1111 1110 1 D 1 01iii DDD 1 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<uint8_t, true>>, O::MveAlu, "vshllt.u{esize} {qd}, {qm}, {uimm}", f_shl_imm<0>},
  {"1111 1110 1 D 1 1iiii DDD 0 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<uint16_t, false>>, O::MveAlu, "vshllb.u{esize} {qd}, {qm}, {uimm}", f_shl_imm<1>},
  {"1111 1110 1 D 1 1iiii DDD 1 1111 0 1 M 0 MMM 0", "VSHLL", mve_exec<exec_vshll<uint16_t, true>>, O::MveAlu, "vshllt.u{esize} {qd}, {qm}, {uimm}", f_shl_imm<1>},

  // ---- narrowing shifts (111U 1110 1 D imm6 Qd T 1111 x 1 M 0 Qm x), imm6 001xxx: 16 -> 8, 01xxxx: 32 -> 16
  MVE_SHRN("1110", "1", "1", "VSHRN", kVshrn16, kVshrn32, "vshrn", ".i{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1111", "1", "1", "VRSHRN", kVrshrn16, kVrshrn32, "vrshrn", ".i{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1110", "0", "0", "VQSHRN_S", kVqshrnS16, kVqshrnS32, "vqshrn", ".s{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1111", "0", "0", "VQSHRN_U", kVqshrnU16, kVqshrnU32, "vqshrn", ".u{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1110", "0", "1", "VQRSHRN_S", kVqrshrnS16, kVqrshrnS32, "vqrshrn", ".s{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1111", "0", "1", "VQRSHRN_U", kVqrshrnU16, kVqrshrnU32, "vqrshrn", ".u{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1110", "1", "0", "VQSHRUN", kVqshrun16, kVqshrun32, "vqshrun", ".s{esize} {qd}, {qm}, {uimm}"),
  MVE_SHRN("1111", "1", "0", "VQRSHRUN", kVqrshrun16, kVqrshrun32, "vqrshrun", ".s{esize} {qd}, {qm}, {uimm}"),

  // ---- VSHLC Qd, Rdm, #imm (1110 1110 1 D 1 imm5 Qd 0 1111 1100 Rdm)
  {"1110 1110 1 D 1 iiiii DDD 0 1111 1100 aaaa", "VSHLC", mve_exec<exec_vshlc>, O::MveAlu, "vshlc {qd}, {a}, {uimm}", f_vshlc},
};

}  // namespace

// VMOV.I64: GNU objdump shows the 64-bit value ("#0xff00ff0000ff00ff"),
// which no disassembly placeholder can form from one field, so each of the
// 256 values of imm8 gets its own line.
namespace {

struct Vmov64Line {
  char bits[48];
  char disasm[48];
};

const std::array<Vmov64Line, 256>& vmov64_lines() {
  static const std::array<Vmov64Line, 256> lines = [] {
    std::array<Vmov64Line, 256> l{};
    for (unsigned imm8 = 0; imm8 < 256; ++imm8) {
      uint64_t value = 0;
      for (unsigned i = 0; i < 8; ++i)
        if ((imm8 >> i) & 1) value |= uint64_t{0xFF} << (8 * i);
      std::snprintf(l[imm8].bits, sizeof l[imm8].bits, "111%u 1111 1 D 000 %u%u%u DDD 0 1110 0 1 1 1 %u%u%u%u",
                    imm8 >> 7, (imm8 >> 6) & 1, (imm8 >> 5) & 1, (imm8 >> 4) & 1,
                    (imm8 >> 3) & 1, (imm8 >> 2) & 1, (imm8 >> 1) & 1, imm8 & 1);
      std::snprintf(l[imm8].disasm, sizeof l[imm8].disasm, "vmov.i64 {qd}, #0x%016llx",
                    static_cast<unsigned long long>(value));
    }
    return l;
  }();
  return lines;
}

}  // namespace

std::span<const Pattern> mve_int_patterns() {
  static const std::vector<Pattern> patterns = [] {
    std::vector<Pattern> p(std::begin(kMveIntPatterns), std::end(kMveIntPatterns));
    for (const Vmov64Line& line : vmov64_lines())
      p.push_back({line.bits, "VMOV_imm64", mve_exec<exec_vmov_imm64>, O::MveAlu, line.disasm, f_vimm});
    return p;
  }();
  return patterns;
}

#undef MVE_SIZES
#undef MVE_S
#undef MVE_U
#undef MVE_SU
#undef MVE_SH
#undef MVE_SH_SU
#undef MVE_VMOV_REG
#undef MVE_SHRN

}  // namespace tinysim::armv8m
