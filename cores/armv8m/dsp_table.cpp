// DSP-extension encodings (Armv8-M ARM DDI0553: the T32 instructions that
// exist only with the DSP extension, as implemented by the Cortex-M55).
// Decoded after t32_table.cpp and before fp_table.cpp: a line here is reached
// only if no T32 line matched. First match wins: the Ra == 1111 forms
// (SMUAD, SMULBB, USAD8, ...) precede their accumulating forms.
//
// SSAT16, USAT16 and the SXTB16/UXTB16/SXTAB16/UXTAB16 extends are DSP
// instructions too but live in t32_table.cpp.
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"
#include "cores/armv8m/exec_dsp.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;
using K = ParKind;
using P = ParOp;

// Long forms: RdLo (t -> rd) and RdHi (a -> ra) are both read and written.
void f_long(DecodedInsn& d, const Fields&) {
  d.src_mask |= 1u << d.rd;
  d.dst_mask |= 1u << d.ra;
}
// PKHBT: LSL #imm5 (0..31). PKHTB: ASR #imm5, imm5 == 0 meaning ASR #32
// (DecodeImmShift(tb:'0', imm3:imm2)). d.imm = the amount, for the disassembly.
void f_pkhbt(DecodedInsn& d, const Fields& f) {
  decode_imm_shift(0, f['k'], d.shift_type, d.shift_n);
  d.imm = d.shift_n;
}
void f_pkhtb(DecodedInsn& d, const Fields& f) {
  decode_imm_shift(2, f['k'], d.shift_type, d.shift_n);
  d.imm = d.shift_n;
}

constexpr Pattern kDsp[] = {
  // ---- Parallel addition and subtraction: 1111 1010 1 op1 Rn | 1111 Rd 0 prefix Rm ----
  // op1: 001 ADD16, 010 ASX, 110 SAX, 101 SUB16, 000 ADD8, 100 SUB8
  // prefix: 000 S, 001 Q, 010 SH, 100 U, 101 UQ, 110 UH
  {"11111010 1001 nnnn 1111 dddd 0000 mmmm", "SADD16_T1",  exec_parallel<K::S, P::Add16>,    O::Dsp, "sadd16 {d}, {n}, {m}"},
  {"11111010 1010 nnnn 1111 dddd 0000 mmmm", "SASX_T1",    exec_parallel<K::S, P::Asx>,      O::Dsp, "sasx {d}, {n}, {m}"},
  {"11111010 1110 nnnn 1111 dddd 0000 mmmm", "SSAX_T1",    exec_parallel<K::S, P::Sax>,      O::Dsp, "ssax {d}, {n}, {m}"},
  {"11111010 1101 nnnn 1111 dddd 0000 mmmm", "SSUB16_T1",  exec_parallel<K::S, P::Sub16>,    O::Dsp, "ssub16 {d}, {n}, {m}"},
  {"11111010 1000 nnnn 1111 dddd 0000 mmmm", "SADD8_T1",   exec_parallel<K::S, P::Add8>,     O::Dsp, "sadd8 {d}, {n}, {m}"},
  {"11111010 1100 nnnn 1111 dddd 0000 mmmm", "SSUB8_T1",   exec_parallel<K::S, P::Sub8>,     O::Dsp, "ssub8 {d}, {n}, {m}"},
  {"11111010 1001 nnnn 1111 dddd 0001 mmmm", "QADD16_T1",  exec_parallel<K::Q, P::Add16>,    O::Dsp, "qadd16 {d}, {n}, {m}"},
  {"11111010 1010 nnnn 1111 dddd 0001 mmmm", "QASX_T1",    exec_parallel<K::Q, P::Asx>,      O::Dsp, "qasx {d}, {n}, {m}"},
  {"11111010 1110 nnnn 1111 dddd 0001 mmmm", "QSAX_T1",    exec_parallel<K::Q, P::Sax>,      O::Dsp, "qsax {d}, {n}, {m}"},
  {"11111010 1101 nnnn 1111 dddd 0001 mmmm", "QSUB16_T1",  exec_parallel<K::Q, P::Sub16>,    O::Dsp, "qsub16 {d}, {n}, {m}"},
  {"11111010 1000 nnnn 1111 dddd 0001 mmmm", "QADD8_T1",   exec_parallel<K::Q, P::Add8>,     O::Dsp, "qadd8 {d}, {n}, {m}"},
  {"11111010 1100 nnnn 1111 dddd 0001 mmmm", "QSUB8_T1",   exec_parallel<K::Q, P::Sub8>,     O::Dsp, "qsub8 {d}, {n}, {m}"},
  {"11111010 1001 nnnn 1111 dddd 0010 mmmm", "SHADD16_T1", exec_parallel<K::SH, P::Add16>,   O::Dsp, "shadd16 {d}, {n}, {m}"},
  {"11111010 1010 nnnn 1111 dddd 0010 mmmm", "SHASX_T1",   exec_parallel<K::SH, P::Asx>,     O::Dsp, "shasx {d}, {n}, {m}"},
  {"11111010 1110 nnnn 1111 dddd 0010 mmmm", "SHSAX_T1",   exec_parallel<K::SH, P::Sax>,     O::Dsp, "shsax {d}, {n}, {m}"},
  {"11111010 1101 nnnn 1111 dddd 0010 mmmm", "SHSUB16_T1", exec_parallel<K::SH, P::Sub16>,   O::Dsp, "shsub16 {d}, {n}, {m}"},
  {"11111010 1000 nnnn 1111 dddd 0010 mmmm", "SHADD8_T1",  exec_parallel<K::SH, P::Add8>,    O::Dsp, "shadd8 {d}, {n}, {m}"},
  {"11111010 1100 nnnn 1111 dddd 0010 mmmm", "SHSUB8_T1",  exec_parallel<K::SH, P::Sub8>,    O::Dsp, "shsub8 {d}, {n}, {m}"},
  {"11111010 1001 nnnn 1111 dddd 0100 mmmm", "UADD16_T1",  exec_parallel<K::U, P::Add16>,    O::Dsp, "uadd16 {d}, {n}, {m}"},
  {"11111010 1010 nnnn 1111 dddd 0100 mmmm", "UASX_T1",    exec_parallel<K::U, P::Asx>,      O::Dsp, "uasx {d}, {n}, {m}"},
  {"11111010 1110 nnnn 1111 dddd 0100 mmmm", "USAX_T1",    exec_parallel<K::U, P::Sax>,      O::Dsp, "usax {d}, {n}, {m}"},
  {"11111010 1101 nnnn 1111 dddd 0100 mmmm", "USUB16_T1",  exec_parallel<K::U, P::Sub16>,    O::Dsp, "usub16 {d}, {n}, {m}"},
  {"11111010 1000 nnnn 1111 dddd 0100 mmmm", "UADD8_T1",   exec_parallel<K::U, P::Add8>,     O::Dsp, "uadd8 {d}, {n}, {m}"},
  {"11111010 1100 nnnn 1111 dddd 0100 mmmm", "USUB8_T1",   exec_parallel<K::U, P::Sub8>,     O::Dsp, "usub8 {d}, {n}, {m}"},
  {"11111010 1001 nnnn 1111 dddd 0101 mmmm", "UQADD16_T1", exec_parallel<K::UQ, P::Add16>,   O::Dsp, "uqadd16 {d}, {n}, {m}"},
  {"11111010 1010 nnnn 1111 dddd 0101 mmmm", "UQASX_T1",   exec_parallel<K::UQ, P::Asx>,     O::Dsp, "uqasx {d}, {n}, {m}"},
  {"11111010 1110 nnnn 1111 dddd 0101 mmmm", "UQSAX_T1",   exec_parallel<K::UQ, P::Sax>,     O::Dsp, "uqsax {d}, {n}, {m}"},
  {"11111010 1101 nnnn 1111 dddd 0101 mmmm", "UQSUB16_T1", exec_parallel<K::UQ, P::Sub16>,   O::Dsp, "uqsub16 {d}, {n}, {m}"},
  {"11111010 1000 nnnn 1111 dddd 0101 mmmm", "UQADD8_T1",  exec_parallel<K::UQ, P::Add8>,    O::Dsp, "uqadd8 {d}, {n}, {m}"},
  {"11111010 1100 nnnn 1111 dddd 0101 mmmm", "UQSUB8_T1",  exec_parallel<K::UQ, P::Sub8>,    O::Dsp, "uqsub8 {d}, {n}, {m}"},
  {"11111010 1001 nnnn 1111 dddd 0110 mmmm", "UHADD16_T1", exec_parallel<K::UH, P::Add16>,   O::Dsp, "uhadd16 {d}, {n}, {m}"},
  {"11111010 1010 nnnn 1111 dddd 0110 mmmm", "UHASX_T1",   exec_parallel<K::UH, P::Asx>,     O::Dsp, "uhasx {d}, {n}, {m}"},
  {"11111010 1110 nnnn 1111 dddd 0110 mmmm", "UHSAX_T1",   exec_parallel<K::UH, P::Sax>,     O::Dsp, "uhsax {d}, {n}, {m}"},
  {"11111010 1101 nnnn 1111 dddd 0110 mmmm", "UHSUB16_T1", exec_parallel<K::UH, P::Sub16>,   O::Dsp, "uhsub16 {d}, {n}, {m}"},
  {"11111010 1000 nnnn 1111 dddd 0110 mmmm", "UHADD8_T1",  exec_parallel<K::UH, P::Add8>,    O::Dsp, "uhadd8 {d}, {n}, {m}"},
  {"11111010 1100 nnnn 1111 dddd 0110 mmmm", "UHSUB8_T1",  exec_parallel<K::UH, P::Sub8>,    O::Dsp, "uhsub8 {d}, {n}, {m}"},

  // ---- Saturating add/subtract, select: 1111 1010 1 op1 Rn | 1111 Rd 10 op2 Rm ----
  // Assembler operand order is Rd, Rm, Rn for the Q forms.
  {"11111010 1000 nnnn 1111 dddd 1000 mmmm", "QADD_T1",   exec_qaddsub<false, false>, O::Dsp, "qadd {d}, {m}, {n}"},
  {"11111010 1000 nnnn 1111 dddd 1001 mmmm", "QDADD_T1",  exec_qaddsub<false, true>,  O::Dsp, "qdadd {d}, {m}, {n}"},
  {"11111010 1000 nnnn 1111 dddd 1010 mmmm", "QSUB_T1",   exec_qaddsub<true, false>,  O::Dsp, "qsub {d}, {m}, {n}"},
  {"11111010 1000 nnnn 1111 dddd 1011 mmmm", "QDSUB_T1",  exec_qaddsub<true, true>,   O::Dsp, "qdsub {d}, {m}, {n}"},
  {"11111010 1010 nnnn 1111 dddd 1000 mmmm", "SEL_T1",    exec_sel,                   O::Dsp, "sel {d}, {n}, {m}"},

  // ---- Multiply, multiply-accumulate: 1111 1011 0 op1 Rn | Ra Rd 00 op2 Rm ----
  // op1 001: SMLA<x><y> (op2 = N:M), SMUL<x><y> when Ra == 1111
  {"11111011 0001 nnnn 1111 dddd 0000 mmmm", "SMULBB_T1", exec_smlaxy<false, false, false>, O::DspMac, "smulbb {d}, {n}, {m}"},
  {"11111011 0001 nnnn 1111 dddd 0001 mmmm", "SMULBT_T1", exec_smlaxy<false, true, false>,  O::DspMac, "smulbt {d}, {n}, {m}"},
  {"11111011 0001 nnnn 1111 dddd 0010 mmmm", "SMULTB_T1", exec_smlaxy<true, false, false>,  O::DspMac, "smultb {d}, {n}, {m}"},
  {"11111011 0001 nnnn 1111 dddd 0011 mmmm", "SMULTT_T1", exec_smlaxy<true, true, false>,   O::DspMac, "smultt {d}, {n}, {m}"},
  {"11111011 0001 nnnn aaaa dddd 0000 mmmm", "SMLABB_T1", exec_smlaxy<false, false, true>,  O::DspMac, "smlabb {d}, {n}, {m}, {a}"},
  {"11111011 0001 nnnn aaaa dddd 0001 mmmm", "SMLABT_T1", exec_smlaxy<false, true, true>,   O::DspMac, "smlabt {d}, {n}, {m}, {a}"},
  {"11111011 0001 nnnn aaaa dddd 0010 mmmm", "SMLATB_T1", exec_smlaxy<true, false, true>,   O::DspMac, "smlatb {d}, {n}, {m}, {a}"},
  {"11111011 0001 nnnn aaaa dddd 0011 mmmm", "SMLATT_T1", exec_smlaxy<true, true, true>,    O::DspMac, "smlatt {d}, {n}, {m}, {a}"},
  // op1 010: SMLAD{X}, SMUAD{X} when Ra == 1111
  {"11111011 0010 nnnn 1111 dddd 0000 mmmm", "SMUAD_T1",  exec_smlad<false, false, false>,  O::DspMac, "smuad {d}, {n}, {m}"},
  {"11111011 0010 nnnn 1111 dddd 0001 mmmm", "SMUADX_T1", exec_smlad<false, true, false>,   O::DspMac, "smuadx {d}, {n}, {m}"},
  {"11111011 0010 nnnn aaaa dddd 0000 mmmm", "SMLAD_T1",  exec_smlad<false, false, true>,   O::DspMac, "smlad {d}, {n}, {m}, {a}"},
  {"11111011 0010 nnnn aaaa dddd 0001 mmmm", "SMLADX_T1", exec_smlad<false, true, true>,    O::DspMac, "smladx {d}, {n}, {m}, {a}"},
  // op1 011: SMLAW<y>, SMULW<y> when Ra == 1111
  {"11111011 0011 nnnn 1111 dddd 0000 mmmm", "SMULWB_T1", exec_smlawy<false, false>, O::DspMac, "smulwb {d}, {n}, {m}"},
  {"11111011 0011 nnnn 1111 dddd 0001 mmmm", "SMULWT_T1", exec_smlawy<true, false>,  O::DspMac, "smulwt {d}, {n}, {m}"},
  {"11111011 0011 nnnn aaaa dddd 0000 mmmm", "SMLAWB_T1", exec_smlawy<false, true>,  O::DspMac, "smlawb {d}, {n}, {m}, {a}"},
  {"11111011 0011 nnnn aaaa dddd 0001 mmmm", "SMLAWT_T1", exec_smlawy<true, true>,   O::DspMac, "smlawt {d}, {n}, {m}, {a}"},
  // op1 100: SMLSD{X}, SMUSD{X} when Ra == 1111
  {"11111011 0100 nnnn 1111 dddd 0000 mmmm", "SMUSD_T1",  exec_smlad<true, false, false>,   O::DspMac, "smusd {d}, {n}, {m}"},
  {"11111011 0100 nnnn 1111 dddd 0001 mmmm", "SMUSDX_T1", exec_smlad<true, true, false>,    O::DspMac, "smusdx {d}, {n}, {m}"},
  {"11111011 0100 nnnn aaaa dddd 0000 mmmm", "SMLSD_T1",  exec_smlad<true, false, true>,    O::DspMac, "smlsd {d}, {n}, {m}, {a}"},
  {"11111011 0100 nnnn aaaa dddd 0001 mmmm", "SMLSDX_T1", exec_smlad<true, true, true>,     O::DspMac, "smlsdx {d}, {n}, {m}, {a}"},
  // op1 101: SMMLA{R}, SMMUL{R} when Ra == 1111; op1 110: SMMLS{R}
  {"11111011 0101 nnnn 1111 dddd 0000 mmmm", "SMMUL_T1",  exec_smmul<MostSig::Mul, false>, O::DspMac, "smmul {d}, {n}, {m}"},
  {"11111011 0101 nnnn 1111 dddd 0001 mmmm", "SMMULR_T1", exec_smmul<MostSig::Mul, true>,  O::DspMac, "smmulr {d}, {n}, {m}"},
  {"11111011 0101 nnnn aaaa dddd 0000 mmmm", "SMMLA_T1",  exec_smmul<MostSig::Mla, false>, O::DspMac, "smmla {d}, {n}, {m}, {a}"},
  {"11111011 0101 nnnn aaaa dddd 0001 mmmm", "SMMLAR_T1", exec_smmul<MostSig::Mla, true>,  O::DspMac, "smmlar {d}, {n}, {m}, {a}"},
  {"11111011 0110 nnnn aaaa dddd 0000 mmmm", "SMMLS_T1",  exec_smmul<MostSig::Mls, false>, O::DspMac, "smmls {d}, {n}, {m}, {a}"},
  {"11111011 0110 nnnn aaaa dddd 0001 mmmm", "SMMLSR_T1", exec_smmul<MostSig::Mls, true>,  O::DspMac, "smmlsr {d}, {n}, {m}, {a}"},
  // op1 111: USADA8, USAD8 when Ra == 1111
  {"11111011 0111 nnnn 1111 dddd 0000 mmmm", "USAD8_T1",  exec_usad8<false>, O::Dsp, "usad8 {d}, {n}, {m}"},
  {"11111011 0111 nnnn aaaa dddd 0000 mmmm", "USADA8_T1", exec_usad8<true>,  O::Dsp, "usada8 {d}, {n}, {m}, {a}"},

  // ---- Long multiply-accumulate: 1111 1011 1 op1 Rn | RdLo RdHi op2 Rm ----
  {"11111011 1100 nnnn tttt aaaa 1000 mmmm", "SMLALBB_T1", exec_smlalxy<false, false>, O::DspMac, "smlalbb {d}, {a}, {n}, {m}", f_long},
  {"11111011 1100 nnnn tttt aaaa 1001 mmmm", "SMLALBT_T1", exec_smlalxy<false, true>,  O::DspMac, "smlalbt {d}, {a}, {n}, {m}", f_long},
  {"11111011 1100 nnnn tttt aaaa 1010 mmmm", "SMLALTB_T1", exec_smlalxy<true, false>,  O::DspMac, "smlaltb {d}, {a}, {n}, {m}", f_long},
  {"11111011 1100 nnnn tttt aaaa 1011 mmmm", "SMLALTT_T1", exec_smlalxy<true, true>,   O::DspMac, "smlaltt {d}, {a}, {n}, {m}", f_long},
  {"11111011 1100 nnnn tttt aaaa 1100 mmmm", "SMLALD_T1",  exec_smlald<false, false>,  O::DspMac, "smlald {d}, {a}, {n}, {m}", f_long},
  {"11111011 1100 nnnn tttt aaaa 1101 mmmm", "SMLALDX_T1", exec_smlald<false, true>,   O::DspMac, "smlaldx {d}, {a}, {n}, {m}", f_long},
  {"11111011 1101 nnnn tttt aaaa 1100 mmmm", "SMLSLD_T1",  exec_smlald<true, false>,   O::DspMac, "smlsld {d}, {a}, {n}, {m}", f_long},
  {"11111011 1101 nnnn tttt aaaa 1101 mmmm", "SMLSLDX_T1", exec_smlald<true, true>,    O::DspMac, "smlsldx {d}, {a}, {n}, {m}", f_long},

  // ---- Pack halfword (data processing, shifted register, op 0110, S = 0, T = 0) ----
  // 1110 1010 110 S Rn | 0 imm3 Rd imm2 tb T Rm; S or T set is UNDEFINED (no line).
  {"11101010 110 0 nnnn 0 000 dddd 00 0 0 mmmm", "PKHBT_T1", exec_pkh<false>, O::Dsp, "pkhbt {d}, {n}, {m}", f_pkhbt},
  {"11101010 110 0 nnnn 0 kkk dddd kk 0 0 mmmm", "PKHBT_T1", exec_pkh<false>, O::Dsp, "pkhbt {d}, {n}, {m}, lsl {uimm}", f_pkhbt},
  {"11101010 110 0 nnnn 0 kkk dddd kk 1 0 mmmm", "PKHTB_T1", exec_pkh<true>,  O::Dsp, "pkhtb {d}, {n}, {m}, asr {uimm}", f_pkhtb},
};

}  // namespace

std::span<const Pattern> dsp_patterns() { return kDsp; }

}  // namespace tinysim::armv8m
