// 32-bit T32 integer encodings (Armv8-M ARM DDI0553 "32-bit T32 instruction
// encoding", plus the Armv8.1-M additions: low-overhead loops, branch future,
// conditional select, CLRM). DSP-extension lines live in dsp_table.cpp, the FPU
// in fp_table.cpp. First match wins: special cases precede general ones.
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"
#include "cores/armv8m/exec_mve_mem.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;

int32_t sext(uint32_t v, unsigned bits) { return static_cast<int32_t>(v << (32 - bits)) >> (32 - bits); }

// Modified immediate: ThumbExpandImm; extra = 1 when the carry comes from bit 31.
void f_modimm(DecodedInsn& d, const Fields& f) {
  d.imm = thumb_expand_imm(f['i'], false, nullptr);
  d.extra = ((f['i'] >> 10) & 3) != 0;
}
void f_modimm_cmp(DecodedInsn& d, const Fields& f) { f_modimm(d, f); d.setflags = 1; }
void f_imm16(DecodedInsn& d, const Fields& f) { d.imm = f['j'] << 12 | f['i']; }
void f_adr(DecodedInsn& d, const Fields&) { d.add = 1; }
void f_adr_sub(DecodedInsn& d, const Fields&) { d.add = 0; }
// Register-controlled shift: Rd = Rn <type> Rm, i.e. Op2::RegReg with rm = value, ra = amount.
void f_shift_reg(DecodedInsn& d, const Fields& f) { d.ra = d.rm; d.rm = d.rn; d.shift_type = static_cast<uint8_t>(f['y']); }
void f_sat(DecodedInsn& d, const Fields& f) {
  decode_imm_shift(f['h'] << 1, f['k'], d.shift_type, d.shift_n);
}
void f_ssat(DecodedInsn& d, const Fields& f) { f_sat(d, f); d.ra = static_cast<uint8_t>(f['a'] + 1); d.src_mask &= ~(1u << d.ra); }
void f_usat(DecodedInsn& d, const Fields& f) { f_sat(d, f); d.ra = static_cast<uint8_t>(f['a']); d.src_mask &= ~(1u << d.ra); }
void f_ssat16(DecodedInsn& d, const Fields& f) { d.ra = static_cast<uint8_t>(f['a'] + 1); d.src_mask = 1u << d.rn; }
void f_usat16(DecodedInsn& d, const Fields& f) { d.ra = static_cast<uint8_t>(f['a']); d.src_mask = 1u << d.rn; }
void f_bitfield(DecodedInsn& d, const Fields& f) { d.imm = f['i']; d.ra = static_cast<uint8_t>(f['a']); d.src_mask = static_cast<uint16_t>(1u << d.rn | 1u << d.rd); }
// MOV (register) T3 split by shift type: DecodeImmShift(TYPE, imm3:imm2) (TYPE 3 with 0 = RRX).
template <uint8_t TYPE>
void f_shift_imm(DecodedInsn& d, const Fields& f) { decode_imm_shift(TYPE, f['k'], d.shift_type, d.shift_n); }
void f_rot(DecodedInsn& d, const Fields& f) { d.extra = static_cast<uint8_t>(f['o']); }
void f_b_t3(DecodedInsn& d, const Fields& f) {
  uint32_t v = f['s'] << 20 | f['K'] << 19 | f['J'] << 18 | f['i'] << 1;
  d.imm = static_cast<uint32_t>(sext(v, 21));
 
}
void f_b_t4(DecodedInsn& d, const Fields& f) {
  uint32_t s = f['s'], i1 = !(f['J'] ^ s), i2 = !(f['K'] ^ s);
  uint32_t v = s << 24 | i1 << 23 | i2 << 22 | f['i'] << 1;
  d.imm = static_cast<uint32_t>(sext(v, 25));
 
  d.dst_mask |= 1u << 14;
}
void f_lob(DecodedInsn& d, const Fields& f) { d.imm = (f['i'] << 1 | f['j']) << 1; }
void f_le(DecodedInsn& d, const Fields& f) { f_lob(d, f); d.extra = f['F'] ? 0 : 1; d.src_mask |= 1u << 14; }
void f_msr(DecodedInsn& d, const Fields& f) { d.extra = static_cast<uint8_t>(f['k']); }
void f_ldst_pos(DecodedInsn& d, const Fields&) { d.index = 1; d.add = 1; d.wback = 0; }
void f_ldst_neg(DecodedInsn& d, const Fields&) { d.index = 1; d.add = 0; d.wback = 0; }
void f_ldst_reg(DecodedInsn& d, const Fields& f) { d.shift_n = static_cast<uint8_t>(f['k']); }
void f_ldst_unpriv(DecodedInsn& d, const Fields&) { d.index = 1; d.add = 1; d.wback = 0; }
void f_dual(DecodedInsn& d, const Fields&) {
  d.imm *= 4;
  d.dst_mask |= 1u << d.ra;
  if (d.wback) d.dst_mask |= 1u << d.rn;
}
void f_dual_store(DecodedInsn& d, const Fields&) {
  d.imm *= 4;
  if (d.wback) d.dst_mask |= 1u << d.rn;
}
void f_wb(DecodedInsn& d, const Fields&) { if (d.wback) d.dst_mask |= 1u << d.rn; }
void f_ldm_ia(DecodedInsn& d, const Fields&) { d.add = 1; d.dst_mask |= d.reglist; if (d.wback) d.dst_mask |= 1u << d.rn; }
void f_ldm_db(DecodedInsn& d, const Fields&) { d.add = 0; d.dst_mask |= d.reglist; if (d.wback) d.dst_mask |= 1u << d.rn; }
void f_stm_ia(DecodedInsn& d, const Fields&) { d.add = 1; d.src_mask |= d.reglist; if (d.wback) d.dst_mask |= 1u << d.rn; }
void f_stm_db(DecodedInsn& d, const Fields&) { d.add = 0; d.src_mask |= d.reglist; if (d.wback) d.dst_mask |= 1u << d.rn; }
void f_ex_word(DecodedInsn& d, const Fields&) { d.imm *= 4; d.sz = 2; }
template <uint8_t SZ> void f_sz(DecodedInsn& d, const Fields&) { d.sz = SZ; }
template <uint8_t SZ> void f_sz_status(DecodedInsn& d, const Fields&) { d.sz = SZ; d.dst_mask |= 1u << d.ra; }
void f_strex(DecodedInsn& d, const Fields&) { d.imm *= 4; d.sz = 2; d.src_mask |= 1u << d.rd; d.dst_mask = 1u << d.ra; }
void f_tbh(DecodedInsn& d, const Fields&) { d.sz = 1; }
void f_tbb(DecodedInsn& d, const Fields&) { d.sz = 0; }
template <uint8_t OP> void f_csel(DecodedInsn& d, const Fields&) { d.extra = OP; }
void f_clrm(DecodedInsn& d, const Fields&) { d.dst_mask = d.reglist & 0x7FFF; }

// Armv8.1-M MVE. DLSTP/WLSTP/VCTP: element size in bits 21:20 (z); Rn = SP
// or PC is UNPREDICTABLE (QEMU 7.2 UNDEFs; the lines of LCTP and LE/LETP,
// which have Rn = 1111, come first).
void f_loop_tp(DecodedInsn& d, const Fields& f) {
  d.sz = static_cast<uint8_t>(f['z']);
  d.dst_mask |= 1u << 14;
  if (d.rn == 13 || d.rn == 15) d.exec = exec_mve_mem_undefined;
}
void f_wlstp(DecodedInsn& d, const Fields& f) { f_lob(d, f); f_loop_tp(d, f); }
void f_vctp(DecodedInsn& d, const Fields& f) {
  d.sz = static_cast<uint8_t>(f['z']);
  if (d.rn == 13 || d.rn == 15) d.exec = exec_mve_mem_undefined;
}
// LETP: imm = the negative offset back to the loop start, so that {target}
// shows it; F = 1 (loop forever) with TP is UNDEFINED.
void f_letp(DecodedInsn& d, const Fields& f) {
  f_lob(d, f);
  d.imm = 0u - d.imm;
  d.src_mask |= 1u << 14;
  d.dst_mask |= 1u << 14;
  if (f['F']) d.exec = exec_mve_mem_undefined;
}
// MVE scalar shifts. Register pair: RdaLo = L:0 (bits 19:17), RdaHi = H:1
// (bits 11:9), both read and written; RdaHi = SP is UNPREDICTABLE (UNDEF).
// One register: Rda (bits 19:16), SP/PC UNDEF. The immediate imm3:imm2 (k)
// is 1..32 with 0 meaning 32. A register amount Rm must differ from the
// data registers and not be SP/PC.
void f_long_shift(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['L'] << 1);
  d.ra = static_cast<uint8_t>(f['H'] << 1 | 1);
  d.imm = f['k'] ? f['k'] : 32;
  const uint16_t pair = static_cast<uint16_t>(1u << d.rd | 1u << d.ra);
  d.src_mask |= pair;
  d.dst_mask |= pair;
  bool bad = d.ra == 13;
  if (f.has('m')) bad = bad || d.rm == 13 || d.rm == 15 || d.rm == d.rd || d.rm == d.ra;
  if (bad) d.exec = exec_mve_mem_undefined;
}
void f_sat_shift(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['R']);
  d.imm = f['k'] ? f['k'] : 32;
  d.src_mask |= static_cast<uint16_t>(1u << d.rd);
  d.dst_mask |= static_cast<uint16_t>(1u << d.rd);
  bool bad = d.rd == 13 || d.rd == 15;
  if (f.has('m')) bad = bad || d.rm == 13 || d.rm == 15 || d.rm == d.rd;
  if (bad) d.exec = exec_mve_mem_undefined;
}

void exec_clrm(Cpu& c, const DecodedInsn& d) {
  for (unsigned i = 0; i < 15; ++i)
    if (d.reglist & (1u << i)) c.r[i] = 0;
  if (d.reglist & 0x8000u) { c.set_apsr_nzcvq(0); c.set_apsr_ge(0); }
}

constexpr Pattern kT32[] = {
  // ---- Data processing (modified immediate) ----
  {"11110 i 0 0000 1 nnnn 0 iii 1111 iiiiiiii", "TST_imm_T1", exec_dp<DpOp::Tst, Op2::Imm>, O::Alu, "tst {n}, {imm}", f_modimm_cmp},
  {"11110 i 0 0000 S nnnn 0 iii dddd iiiiiiii", "AND_imm_T1", exec_dp<DpOp::And, Op2::Imm>, O::Alu, "and{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 0001 S nnnn 0 iii dddd iiiiiiii", "BIC_imm_T1", exec_dp<DpOp::Bic, Op2::Imm>, O::Alu, "bic{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 0010 S 1111 0 iii dddd iiiiiiii", "MOV_imm_T2", exec_dp<DpOp::Mov, Op2::Imm>, O::Alu, "mov{s}.w {d}, {imm}", f_modimm},
  {"11110 i 0 0010 S nnnn 0 iii dddd iiiiiiii", "ORR_imm_T1", exec_dp<DpOp::Orr, Op2::Imm>, O::Alu, "orr{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 0011 S 1111 0 iii dddd iiiiiiii", "MVN_imm_T1", exec_dp<DpOp::Mvn, Op2::Imm>, O::Alu, "mvn{s} {d}, {imm}", f_modimm},
  {"11110 i 0 0011 S nnnn 0 iii dddd iiiiiiii", "ORN_imm_T1", exec_dp<DpOp::Orn, Op2::Imm>, O::Alu, "orn{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 0100 1 nnnn 0 iii 1111 iiiiiiii", "TEQ_imm_T1", exec_dp<DpOp::Teq, Op2::Imm>, O::Alu, "teq {n}, {imm}", f_modimm_cmp},
  {"11110 i 0 0100 S nnnn 0 iii dddd iiiiiiii", "EOR_imm_T1", exec_dp<DpOp::Eor, Op2::Imm>, O::Alu, "eor{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 1000 1 nnnn 0 iii 1111 iiiiiiii", "CMN_imm_T1", exec_dp<DpOp::Cmn, Op2::Imm>, O::Alu, "cmn {n}, {imm}", f_modimm_cmp},
  {"11110 i 0 1000 S nnnn 0 iii dddd iiiiiiii", "ADD_imm_T3", exec_dp<DpOp::Add, Op2::Imm>, O::Alu, "add{s}.w {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 1010 S nnnn 0 iii dddd iiiiiiii", "ADC_imm_T1", exec_dp<DpOp::Adc, Op2::Imm>, O::Alu, "adc{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 1011 S nnnn 0 iii dddd iiiiiiii", "SBC_imm_T1", exec_dp<DpOp::Sbc, Op2::Imm>, O::Alu, "sbc{s} {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 1101 1 nnnn 0 iii 1111 iiiiiiii", "CMP_imm_T2", exec_dp<DpOp::Cmp, Op2::Imm>, O::Alu, "cmp.w {n}, {imm}", f_modimm_cmp},
  {"11110 i 0 1101 S nnnn 0 iii dddd iiiiiiii", "SUB_imm_T3", exec_dp<DpOp::Sub, Op2::Imm>, O::Alu, "sub{s}.w {d}, {n}, {imm}", f_modimm},
  {"11110 i 0 1110 S nnnn 0 iii dddd iiiiiiii", "RSB_imm_T2", exec_dp<DpOp::Rsb, Op2::Imm>, O::Alu, "rsb{s}.w {d}, {n}, {imm}", f_modimm},

  // ---- Data processing (plain binary immediate) ----
  {"11110 i 1 0000 0 1111 0 iii dddd iiiiiiii", "ADR_T3", exec_adr, O::Alu, "addw {d}, pc, {imm}", f_adr},
  {"11110 i 1 0000 0 nnnn 0 iii dddd iiiiiiii", "ADDW_T4", exec_dp<DpOp::Add, Op2::Imm>, O::Alu, "addw {d}, {n}, {imm}"},
  {"11110 i 1 0010 0 jjjj 0 iii dddd iiiiiiii", "MOVW_T3", exec_movw, O::Alu, "movw {d}, {imm}", f_imm16},
  {"11110 i 1 0101 0 1111 0 iii dddd iiiiiiii", "ADR_T2", exec_adr, O::Alu, "subw {d}, pc, {imm}", f_adr_sub},
  {"11110 i 1 0101 0 nnnn 0 iii dddd iiiiiiii", "SUBW_T4", exec_dp<DpOp::Sub, Op2::Imm>, O::Alu, "subw {d}, {n}, {imm}"},
  {"11110 i 1 0110 0 jjjj 0 iii dddd iiiiiiii", "MOVT_T1", exec_movt, O::Alu, "movt {d}, {imm}", +[](DecodedInsn& d, const Fields& f) { f_imm16(d, f); d.src_mask |= 1u << d.rd; }},
  {"11110 0 1100 1 0 nnnn 0000 dddd 00 00 aaaa", "SSAT16_T1", exec_ssat16, O::Dsp, "ssat16 {d}, {uimm}, {n}", +[](DecodedInsn& d, const Fields& f) { f_ssat16(d, f); d.imm = d.ra; }},
  {"11110 0 1100 h 0 nnnn 0 kkk dddd kk 0 aaaaa", "SSAT_T1", exec_ssat, O::Alu, "ssat {d}, {uimm}, {n}{shift}", +[](DecodedInsn& d, const Fields& f) { f_ssat(d, f); d.imm = d.ra; }},
  {"11110 0 1101 0 0 nnnn 0 iii dddd ii 0 aaaaa", "SBFX_T1", exec_sbfx, O::Alu, "sbfx {d}, {n}, {uimm}, {width}", f_bitfield},
  {"11110 0 1101 1 0 1111 0 iii dddd ii 0 aaaaa", "BFC_T1", exec_bfi, O::Alu, "bfc {d}, {uimm}, {bfwidth}", +[](DecodedInsn& d, const Fields& f) { d.rn = 15; f_bitfield(d, f); d.src_mask = static_cast<uint16_t>(1u << d.rd); }},
  {"11110 0 1101 1 0 nnnn 0 iii dddd ii 0 aaaaa", "BFI_T1", exec_bfi, O::Alu, "bfi {d}, {n}, {uimm}, {bfwidth}", f_bitfield},
  {"11110 0 1110 1 0 nnnn 0000 dddd 00 00 aaaa", "USAT16_T1", exec_usat16, O::Dsp, "usat16 {d}, {uimm}, {n}", +[](DecodedInsn& d, const Fields& f) { f_usat16(d, f); d.imm = d.ra; }},
  {"11110 0 1110 h 0 nnnn 0 kkk dddd kk 0 aaaaa", "USAT_T1", exec_usat, O::Alu, "usat {d}, {uimm}, {n}{shift}", +[](DecodedInsn& d, const Fields& f) { f_usat(d, f); d.imm = d.ra; }},
  {"11110 0 1111 0 0 nnnn 0 iii dddd ii 0 aaaaa", "UBFX_T1", exec_ubfx, O::Alu, "ubfx {d}, {n}, {uimm}, {width}", f_bitfield},

  // ---- Branches, loops and miscellaneous control ----
  {"11110 0000 100 nnnn 1110 0000 0000 0001", "DLS_T1", exec_dls, O::LoopBranch, "dls lr, {n}", +[](DecodedInsn& d, const Fields&) { d.dst_mask |= 1u << 14; }},
  {"11110 0000 100 nnnn 1100 j iiiiiiiiii 1", "WLS_T1", exec_wls, O::LoopBranch, "wls lr, {n}, {target}", +[](DecodedInsn& d, const Fields& f) { f_lob(d, f); d.dst_mask |= 1u << 14; }},
  {"11110 0000 0 F 0 1111 1100 j iiiiiiiiii 1", "LE_T1", exec_le, O::LoopBranch, "le {target}", f_le},
  {"11110 0000 0 F 1 1111 1100 j iiiiiiiiii 1", "LETP_T1", exec_letp, O::LoopBranch, "letp lr, {target}", f_letp},
  {"11110 0000 0 zz nnnn 1100 j iiiiiiiiii 1", "WLSTP_T1", exec_wlstp, O::LoopBranch, "wlstp.{esize} lr, {n}, {target}", f_wlstp},
  {"11110 0000 000 1111 1110 0000 0000 0001", "LCTP_T1", exec_lctp, O::LoopBranch, "lctp"},
  {"11110 0000 0 zz nnnn 1110 0000 0000 0001", "DLSTP_T1", exec_dlstp, O::LoopBranch, "dlstp.{esize} lr, {n}", f_loop_tp},
  {"11110 0000 0 zz nnnn 1110 1000 0000 0001", "VCTP_T1", mve_exec<exec_mve_vctp>, O::MvePred, "vctp.{esize} {n}", f_vctp},
  {"11110 ----------- 11-0 ----------- 1", "BF_T1", exec_bf_hint, O::Nop, "bf (branch future hint)"},
  {"11110 0 11100 0 nnnn 1000 kk 00 iiiiiiii", "MSR_T1", exec_msr, O::System, "msr {msrreg}, {n}", f_msr},
  {"11110 0 11111 0 1111 1000 dddd iiiiiiii", "MRS_T1", exec_mrs, O::System, "mrs {d}, {sysreg}"},
  {"11110 0 11101 0 1111 1000 0000 00000000", "NOP_T2", exec_nop, O::Nop, "nop.w"},
  {"11110 0 11101 0 1111 1000 0000 00000001", "YIELD_T2", exec_nop, O::Nop, "yield.w"},
  {"11110 0 11101 0 1111 1000 0000 00000010", "WFE_T2", exec_wfe, O::System, "wfe.w"},
  {"11110 0 11101 0 1111 1000 0000 00000011", "WFI_T2", exec_wfi, O::System, "wfi.w"},
  {"11110 0 11101 0 1111 1000 0000 00000100", "SEV_T2", exec_sev, O::System, "sev.w"},
  {"11110 0 11101 0 1111 1000 0000 iiiiiiii", "HINT_T2", exec_nop, O::Nop, "hint.w {imm}"},
  {"11110 0 11101 1 1111 1000 1111 0010 ----", "CLREX_T1", exec_clrex, O::System, "clrex"},
  {"11110 0 11101 1 1111 1000 1111 0100 iiii", "DSB_T1", exec_nop, O::System, "dsb {barrier}"},
  {"11110 0 11101 1 1111 1000 1111 0101 iiii", "DMB_T1", exec_nop, O::System, "dmb {barrier}"},
  {"11110 0 11101 1 1111 1000 1111 0110 iiii", "ISB_T1", exec_nop, O::System, "isb {barrier}"},
  {"11110 1 1111 1 1 iiii 1010 iiiiiiiiiiii", "UDF_T2", exec_udf, O::System, "udf.w {imm}"},
  {"11110 - 111- ------ 10 - 0 - -----------", "UNDEF_misc_ctl", exec_udf, O::System, "undefined"},
  {"11110 s cccc iiiiii 10 J 0 K iiiiiiiiiii", "B_T3", exec_bcond, O::Branch, "b{c}.w {target}", f_b_t3},
  {"11110 s iiiiiiiiii 10 J 1 K iiiiiiiiiii", "B_T4", exec_b, O::Branch, "b.w {target}", f_b_t4},
  {"11110 s iiiiiiiiii 11 J 1 K iiiiiiiiiii", "BL_T1", exec_bl, O::BranchLink, "bl {target}", f_b_t4},

  // ---- Load/store multiple ----
  {"1110100010 W 0 nnnn rrrrrrrrrrrrrrrr", "STM_T2", exec_stm, O::StoreMulti, "stm.w {n}{wb}, {list}", f_stm_ia},
  {"1110100010 0 1 1111 rrrrrrrrrrrrrrrr", "CLRM_T1", exec_clrm, O::Alu, "clrm {list}", f_clrm},
  {"1110100010 1 1 1101 rrrrrrrrrrrrrrrr", "POP_T2", exec_ldm, O::LoadMulti, "pop.w {list}", +[](DecodedInsn& d, const Fields& f) { d.rn = 13; d.wback = 1; d.src_mask |= 1u << 13; f_ldm_ia(d, f); }},
  {"1110100010 W 1 nnnn rrrrrrrrrrrrrrrr", "LDM_T2", exec_ldm, O::LoadMulti, "ldm.w {n}{wb}, {list}", f_ldm_ia},
  {"1110100100 1 0 1101 rrrrrrrrrrrrrrrr", "PUSH_T2", exec_stm, O::StoreMulti, "push.w {list}", +[](DecodedInsn& d, const Fields& f) { d.rn = 13; d.wback = 1; d.src_mask |= 1u << 13; f_stm_db(d, f); }},
  {"1110100100 W 0 nnnn rrrrrrrrrrrrrrrr", "STMDB_T1", exec_stm, O::StoreMulti, "stmdb {n}{wb}, {list}", f_stm_db},
  {"1110100100 W 1 nnnn rrrrrrrrrrrrrrrr", "LDMDB_T1", exec_ldm, O::LoadMulti, "ldmdb {n}{wb}, {list}", f_ldm_db},

  // ---- Load/store dual, exclusive, acquire/release, table branch ----
  // Armv8-M TT, TTT, TTA, TTAT (in the STREX encoding with Rt = 1111): not
  // modelled; they stop the run naming the instruction instead of executing
  // as a STREX of the PC.
  {"111010000100 nnnn 1111 dddd 0 0 000000", "TT_T1", exec_unimplemented, O::System, "tt {d}, {n}"},
  {"111010000100 nnnn 1111 dddd 0 1 000000", "TTT_T1", exec_unimplemented, O::System, "ttt {d}, {n}"},
  {"111010000100 nnnn 1111 dddd 1 0 000000", "TTA_T1", exec_unimplemented, O::System, "tta {d}, {n}"},
  {"111010000100 nnnn 1111 dddd 1 1 000000", "TTAT_T1", exec_unimplemented, O::System, "ttat {d}, {n}"},
  {"111010000100 nnnn tttt aaaa iiiiiiii", "STREX_T1", exec_strex, O::Exclusive, "strex {a}, {d}, [{n}, {imm}]", f_strex},
  {"111010000101 nnnn tttt 1111 iiiiiiii", "LDREX_T1", exec_ldrex, O::Exclusive, "ldrex {d}, [{n}, {imm}]", f_ex_word},
  {"111010001100 nnnn tttt 1111 0100 aaaa", "STREXB_T1", exec_strex, O::Exclusive, "strexb {a}, {d}, [{n}]", +[](DecodedInsn& d, const Fields&) { d.sz = 0; d.src_mask |= 1u << d.rd; d.dst_mask = 1u << d.ra; }},
  {"111010001100 nnnn tttt 1111 0101 aaaa", "STREXH_T1", exec_strex, O::Exclusive, "strexh {a}, {d}, [{n}]", +[](DecodedInsn& d, const Fields&) { d.sz = 1; d.src_mask |= 1u << d.rd; d.dst_mask = 1u << d.ra; }},
  {"111010001100 nnnn tttt 1111 1110 aaaa", "STLEX_T1", exec_strex, O::Exclusive, "stlex {a}, {d}, [{n}]", +[](DecodedInsn& d, const Fields&) { d.sz = 2; d.src_mask |= 1u << d.rd; d.dst_mask = 1u << d.ra; }},
  {"111010001100 nnnn tttt 1111 1100 aaaa", "STLEXB_T1", exec_strex, O::Exclusive, "stlexb {a}, {d}, [{n}]", +[](DecodedInsn& d, const Fields&) { d.sz = 0; d.src_mask |= 1u << d.rd; d.dst_mask = 1u << d.ra; }},
  {"111010001100 nnnn tttt 1111 1101 aaaa", "STLEXH_T1", exec_strex, O::Exclusive, "stlexh {a}, {d}, [{n}]", +[](DecodedInsn& d, const Fields&) { d.sz = 1; d.src_mask |= 1u << d.rd; d.dst_mask = 1u << d.ra; }},
  {"111010001100 nnnn tttt 1111 1010 1111", "STL_T1", exec_stl, O::Exclusive, "stl {d}, [{n}]", f_sz<2>, kPatStore},
  {"111010001100 nnnn tttt 1111 1000 1111", "STLB_T1", exec_stl, O::Exclusive, "stlb {d}, [{n}]", f_sz<0>, kPatStore},
  {"111010001100 nnnn tttt 1111 1001 1111", "STLH_T1", exec_stl, O::Exclusive, "stlh {d}, [{n}]", f_sz<1>, kPatStore},
  {"111010001101 nnnn tttt 1111 0100 1111", "LDREXB_T1", exec_ldrex, O::Exclusive, "ldrexb {d}, [{n}]", f_sz<0>},
  {"111010001101 nnnn tttt 1111 0101 1111", "LDREXH_T1", exec_ldrex, O::Exclusive, "ldrexh {d}, [{n}]", f_sz<1>},
  {"111010001101 nnnn tttt 1111 1110 1111", "LDAEX_T1", exec_ldrex, O::Exclusive, "ldaex {d}, [{n}]", f_sz<2>},
  {"111010001101 nnnn tttt 1111 1100 1111", "LDAEXB_T1", exec_ldrex, O::Exclusive, "ldaexb {d}, [{n}]", f_sz<0>},
  {"111010001101 nnnn tttt 1111 1101 1111", "LDAEXH_T1", exec_ldrex, O::Exclusive, "ldaexh {d}, [{n}]", f_sz<1>},
  {"111010001101 nnnn tttt 1111 1010 1111", "LDA_T1", exec_lda, O::Exclusive, "lda {d}, [{n}]", f_sz<2>},
  {"111010001101 nnnn tttt 1111 1000 1111", "LDAB_T1", exec_lda, O::Exclusive, "ldab {d}, [{n}]", f_sz<0>},
  {"111010001101 nnnn tttt 1111 1001 1111", "LDAH_T1", exec_lda, O::Exclusive, "ldah {d}, [{n}]", f_sz<1>},
  {"111010001101 nnnn 1111 0000 0000 mmmm", "TBB_T1", exec_tbb, O::Branch, "tbb [{n}, {m}]", f_tbb},
  {"111010001101 nnnn 1111 0000 0001 mmmm", "TBH_T1", exec_tbb, O::Branch, "tbh [{n}, {m}, lsl #1]", f_tbh},
  {"1110100 1 U 1 0 1 1111 tttt aaaa iiiiiiii", "LDRD_lit_T1", exec_ldrd<Addr::Lit>, O::LoadMulti, "ldrd {d}, {a}, {lit}", f_dual},
  // P = W = 0 is the exclusive / table-branch space: what the lines above do not claim is UNDEFINED.
  {"1110100 0 - 1 0 - ---- ---- ---- --------", "UNDEF_ldst_excl", exec_udf, O::System, "undefined"},
  {"1110100 P U 1 W 0 nnnn tttt aaaa iiiiiiii", "STRD_imm_T1", exec_strd, O::StoreMulti, "strd {d}, {a}, {mem}", f_dual_store, kPatStore},
  {"1110100 P U 1 W 1 nnnn tttt aaaa iiiiiiii", "LDRD_imm_T1", exec_ldrd<Addr::Imm>, O::LoadMulti, "ldrd {d}, {a}, {mem}", f_dual},

  // ---- Data processing (shifted register) ----
  {"1110101 0000 1 nnnn 0 kkk 1111 kk yy mmmm", "TST_reg_T2", exec_dp<DpOp::Tst, Op2::Reg>, O::Alu, "tst.w {n}, {m}{shift}"},
  {"1110101 0000 S nnnn 0 kkk dddd kk yy mmmm", "AND_reg_T2", exec_dp<DpOp::And, Op2::Reg>, O::Alu, "and{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 0001 S nnnn 0 kkk dddd kk yy mmmm", "BIC_reg_T2", exec_dp<DpOp::Bic, Op2::Reg>, O::Alu, "bic{s}.w {d}, {n}, {m}{shift}"},
  // Armv8.1-M MVE scalar shifts live in the ORRS space with Rm = PC
  // (immediate amount) or SP (register amount). One register when bits 11:8
  // are 1111 (RdaHi would be PC), else the pair RdaLo:RdaHi.
  {"1110101 0010 1 RRRR 0 kkk 1111 kk 00 1111", "UQSHL", exec_long_shift_imm<LongShiftOp::Uqshl>, O::LongShift, "uqshl {d}, {uimm}", f_sat_shift},
  {"1110101 0010 1 RRRR 0 kkk 1111 kk 01 1111", "URSHR", exec_long_shift_imm<LongShiftOp::Urshr>, O::LongShift, "urshr {d}, {uimm}", f_sat_shift},
  {"1110101 0010 1 RRRR 0 kkk 1111 kk 10 1111", "SRSHR", exec_long_shift_imm<LongShiftOp::Srshr>, O::LongShift, "srshr {d}, {uimm}", f_sat_shift},
  {"1110101 0010 1 RRRR 0 kkk 1111 kk 11 1111", "SQSHL", exec_long_shift_imm<LongShiftOp::Sqshl>, O::LongShift, "sqshl {d}, {uimm}", f_sat_shift},
  {"1110101 0010 1 RRRR mmmm 1111 0000 1101", "UQRSHL", exec_long_shift_reg<LongShiftOp::Uqrshl>, O::LongShift, "uqrshl {d}, {m}", f_sat_shift},
  {"1110101 0010 1 RRRR mmmm 1111 0010 1101", "SQRSHR", exec_long_shift_reg<LongShiftOp::Sqrshr>, O::LongShift, "sqrshr {d}, {m}", f_sat_shift},
  {"1110101 0010 1 LLL 0 0 kkk HHH 1 kk 00 1111", "LSLL_imm", exec_long_shift_imm<LongShiftOp::Lsll>, O::LongShift, "lsll {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 0 0 kkk HHH 1 kk 01 1111", "LSRL_imm", exec_long_shift_imm<LongShiftOp::Lsrl>, O::LongShift, "lsrl {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 0 0 kkk HHH 1 kk 10 1111", "ASRL_imm", exec_long_shift_imm<LongShiftOp::Asrl>, O::LongShift, "asrl {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 1 0 kkk HHH 1 kk 00 1111", "UQSHLL", exec_long_shift_imm<LongShiftOp::Uqshll>, O::LongShift, "uqshll {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 1 0 kkk HHH 1 kk 01 1111", "URSHRL", exec_long_shift_imm<LongShiftOp::Urshrl>, O::LongShift, "urshrl {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 1 0 kkk HHH 1 kk 10 1111", "SRSHRL", exec_long_shift_imm<LongShiftOp::Srshrl>, O::LongShift, "srshrl {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 1 0 kkk HHH 1 kk 11 1111", "SQSHLL", exec_long_shift_imm<LongShiftOp::Sqshll>, O::LongShift, "sqshll {d}, {a}, {uimm}", f_long_shift},
  {"1110101 0010 1 LLL 0 mmmm HHH 1 0000 1101", "LSLL_reg", exec_long_shift_reg<LongShiftOp::Lsll>, O::LongShift, "lsll {d}, {a}, {m}", f_long_shift},
  {"1110101 0010 1 LLL 0 mmmm HHH 1 0010 1101", "ASRL_reg", exec_long_shift_reg<LongShiftOp::Asrl>, O::LongShift, "asrl {d}, {a}, {m}", f_long_shift},
  {"1110101 0010 1 LLL 1 mmmm HHH 1 0000 1101", "UQRSHLL", exec_long_shift_reg<LongShiftOp::Uqrshll64>, O::LongShift, "uqrshll {d}, {a}, #64, {m}", f_long_shift},
  {"1110101 0010 1 LLL 1 mmmm HHH 1 1000 1101", "UQRSHLL48", exec_long_shift_reg<LongShiftOp::Uqrshll48>, O::LongShift, "uqrshll {d}, {a}, #48, {m}", f_long_shift},
  {"1110101 0010 1 LLL 1 mmmm HHH 1 0010 1101", "SQRSHRL", exec_long_shift_reg<LongShiftOp::Sqrshrl64>, O::LongShift, "sqrshrl {d}, {a}, #64, {m}", f_long_shift},
  {"1110101 0010 1 LLL 1 mmmm HHH 1 1010 1101", "SQRSHRL48", exec_long_shift_reg<LongShiftOp::Sqrshrl48>, O::LongShift, "sqrshrl {d}, {a}, #48, {m}", f_long_shift},
  // The rest of this space is unallocated (an UNPREDICTABLE ORRS before MVE).
  {"1110101 0010 1 nnnn 0 --- ---- ---- 1111", "MVE_shift_unallocated", exec_mve_mem_undefined, O::LongShift, "undefined"},
  {"1110101 0010 1 nnnn - --- ---- ---- 1101", "MVE_shift_unallocated", exec_mve_mem_undefined, O::LongShift, "undefined"},
  // MOV (register) T3 with a shift is shown as its preferred alias (LSL/LSR/ASR/ROR immediate, RRX).
  {"1110101 0010 S 1111 0 000 dddd 00 00 mmmm", "MOV_reg_T3", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "mov{s}.w {d}, {m}"},
  {"1110101 0010 S 1111 0 000 dddd 00 11 mmmm", "RRX_T1", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "rrx{s} {d}, {m}", f_shift_imm<3>},
  {"1110101 0010 S 1111 0 kkk dddd kk 00 mmmm", "LSL_imm_T2", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "lsl{s}.w {d}, {m}, {shiftn}", f_shift_imm<0>},
  {"1110101 0010 S 1111 0 kkk dddd kk 01 mmmm", "LSR_imm_T2", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "lsr{s}.w {d}, {m}, {shiftn}", f_shift_imm<1>},
  {"1110101 0010 S 1111 0 kkk dddd kk 10 mmmm", "ASR_imm_T2", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "asr{s}.w {d}, {m}, {shiftn}", f_shift_imm<2>},
  {"1110101 0010 S 1111 0 kkk dddd kk 11 mmmm", "ROR_imm_T1", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "ror{s} {d}, {m}, {shiftn}", f_shift_imm<3>},
  {"1110101 0010 S nnnn 0 kkk dddd kk yy mmmm", "ORR_reg_T2", exec_dp<DpOp::Orr, Op2::Reg>, O::Alu, "orr{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 0011 S 1111 0 kkk dddd kk yy mmmm", "MVN_reg_T2", exec_dp<DpOp::Mvn, Op2::Reg>, O::Alu, "mvn{s}.w {d}, {m}{shift}"},
  {"1110101 0011 S nnnn 0 kkk dddd kk yy mmmm", "ORN_reg_T1", exec_dp<DpOp::Orn, Op2::Reg>, O::Alu, "orn{s} {d}, {n}, {m}{shift}"},
  {"1110101 0100 1 nnnn 0 kkk 1111 kk yy mmmm", "TEQ_reg_T1", exec_dp<DpOp::Teq, Op2::Reg>, O::Alu, "teq {n}, {m}{shift}"},
  {"1110101 0100 S nnnn 0 kkk dddd kk yy mmmm", "EOR_reg_T2", exec_dp<DpOp::Eor, Op2::Reg>, O::Alu, "eor{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 1000 1 nnnn 0 kkk 1111 kk yy mmmm", "CMN_reg_T2", exec_dp<DpOp::Cmn, Op2::Reg>, O::Alu, "cmn.w {n}, {m}{shift}"},
  {"1110101 1000 S nnnn 0 kkk dddd kk yy mmmm", "ADD_reg_T3", exec_dp<DpOp::Add, Op2::Reg>, O::Alu, "add{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 1010 S nnnn 0 kkk dddd kk yy mmmm", "ADC_reg_T2", exec_dp<DpOp::Adc, Op2::Reg>, O::Alu, "adc{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 1011 S nnnn 0 kkk dddd kk yy mmmm", "SBC_reg_T2", exec_dp<DpOp::Sbc, Op2::Reg>, O::Alu, "sbc{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 1101 1 nnnn 0 kkk 1111 kk yy mmmm", "CMP_reg_T3", exec_dp<DpOp::Cmp, Op2::Reg>, O::Alu, "cmp.w {n}, {m}{shift}"},
  {"1110101 1101 S nnnn 0 kkk dddd kk yy mmmm", "SUB_reg_T2", exec_dp<DpOp::Sub, Op2::Reg>, O::Alu, "sub{s}.w {d}, {n}, {m}{shift}"},
  {"1110101 1110 S nnnn 0 kkk dddd kk yy mmmm", "RSB_reg_T1", exec_dp<DpOp::Rsb, Op2::Reg>, O::Alu, "rsb{s} {d}, {n}, {m}{shift}"},

  // ---- Data processing (register) ----
  {"11111010 0 yy S nnnn 1111 dddd 0000 mmmm", "SHIFT_reg_T2", exec_dp<DpOp::Mov, Op2::RegReg>, O::AluShiftReg, "{shiftop}{s}.w {d}, {m}, {a}", f_shift_reg},
  {"11111010 0000 1111 1111 dddd 10 oo mmmm", "SXTH_T2", exec_extend<true, 1, false>, O::Alu, "sxth.w {d}, {m}{rot}", f_rot},
  {"11111010 0000 nnnn 1111 dddd 10 oo mmmm", "SXTAH_T1", exec_extend<true, 1, true>, O::Alu, "sxtah {d}, {n}, {m}{rot}", f_rot},
  {"11111010 0001 1111 1111 dddd 10 oo mmmm", "UXTH_T2", exec_extend<false, 1, false>, O::Alu, "uxth.w {d}, {m}{rot}", f_rot},
  {"11111010 0001 nnnn 1111 dddd 10 oo mmmm", "UXTAH_T1", exec_extend<false, 1, true>, O::Alu, "uxtah {d}, {n}, {m}{rot}", f_rot},
  {"11111010 0010 1111 1111 dddd 10 oo mmmm", "SXTB16_T1", exec_extend<true, 2, false>, O::Dsp, "sxtb16 {d}, {m}{rot}", f_rot},
  {"11111010 0010 nnnn 1111 dddd 10 oo mmmm", "SXTAB16_T1", exec_extend<true, 2, true>, O::Dsp, "sxtab16 {d}, {n}, {m}{rot}", f_rot},
  {"11111010 0011 1111 1111 dddd 10 oo mmmm", "UXTB16_T1", exec_extend<false, 2, false>, O::Dsp, "uxtb16 {d}, {m}{rot}", f_rot},
  {"11111010 0011 nnnn 1111 dddd 10 oo mmmm", "UXTAB16_T1", exec_extend<false, 2, true>, O::Dsp, "uxtab16 {d}, {n}, {m}{rot}", f_rot},
  {"11111010 0100 1111 1111 dddd 10 oo mmmm", "SXTB_T2", exec_extend<true, 0, false>, O::Alu, "sxtb.w {d}, {m}{rot}", f_rot},
  {"11111010 0100 nnnn 1111 dddd 10 oo mmmm", "SXTAB_T1", exec_extend<true, 0, true>, O::Alu, "sxtab {d}, {n}, {m}{rot}", f_rot},
  {"11111010 0101 1111 1111 dddd 10 oo mmmm", "UXTB_T2", exec_extend<false, 0, false>, O::Alu, "uxtb.w {d}, {m}{rot}", f_rot},
  {"11111010 0101 nnnn 1111 dddd 10 oo mmmm", "UXTAB_T1", exec_extend<false, 0, true>, O::Alu, "uxtab {d}, {n}, {m}{rot}", f_rot},
  {"11111010 1001 ---- 1111 dddd 1000 mmmm", "REV_T2", exec_rev, O::Alu, "rev.w {d}, {m}"},
  {"11111010 1001 ---- 1111 dddd 1001 mmmm", "REV16_T2", exec_rev16, O::Alu, "rev16.w {d}, {m}"},
  {"11111010 1001 ---- 1111 dddd 1010 mmmm", "RBIT_T1", exec_rbit, O::Alu, "rbit {d}, {m}"},
  {"11111010 1001 ---- 1111 dddd 1011 mmmm", "REVSH_T2", exec_revsh, O::Alu, "revsh.w {d}, {m}"},
  {"11111010 1011 ---- 1111 dddd 1000 mmmm", "CLZ_T1", exec_clz, O::Alu, "clz {d}, {m}"},
  // Armv8.1-M conditional select: 1110 1010 0101 Rn | 10 op Rd cond Rm.
  {"11101010 0101 nnnn 1000 dddd cccc mmmm", "CSEL_T1", exec_csel, O::Alu, "csel {d}, {nz}, {mz}, {fc}", f_csel<0>},
  {"11101010 0101 nnnn 1001 dddd cccc mmmm", "CSINC_T1", exec_csel, O::Alu, "csinc {d}, {nz}, {mz}, {fc}", f_csel<1>},
  {"11101010 0101 nnnn 1010 dddd cccc mmmm", "CSINV_T1", exec_csel, O::Alu, "csinv {d}, {nz}, {mz}, {fc}", f_csel<2>},
  {"11101010 0101 nnnn 1011 dddd cccc mmmm", "CSNEG_T1", exec_csel, O::Alu, "csneg {d}, {nz}, {mz}, {fc}", f_csel<3>},

  // ---- Multiply, multiply-accumulate, divide ----
  {"111110110000 nnnn 1111 dddd 0000 mmmm", "MUL_T2", exec_mul, O::Mul, "mul {d}, {n}, {m}"},
  {"111110110000 nnnn aaaa dddd 0000 mmmm", "MLA_T1", exec_mla, O::Mul, "mla {d}, {n}, {m}, {a}"},
  {"111110110000 nnnn aaaa dddd 0001 mmmm", "MLS_T1", exec_mls, O::Mul, "mls {d}, {n}, {m}, {a}"},
  {"111110111000 nnnn tttt aaaa 0000 mmmm", "SMULL_T1", exec_smull, O::MulLong, "smull {d}, {a}, {n}, {m}", +[](DecodedInsn& d, const Fields&) { d.src_mask &= ~(1u << d.ra); d.dst_mask |= 1u << d.ra; }},
  {"111110111001 nnnn 1111 dddd 1111 mmmm", "SDIV_T1", exec_sdiv, O::Div, "sdiv {d}, {n}, {m}"},
  {"111110111010 nnnn tttt aaaa 0000 mmmm", "UMULL_T1", exec_umull, O::MulLong, "umull {d}, {a}, {n}, {m}", +[](DecodedInsn& d, const Fields&) { d.src_mask &= ~(1u << d.ra); d.dst_mask |= 1u << d.ra; }},
  {"111110111011 nnnn 1111 dddd 1111 mmmm", "UDIV_T1", exec_udiv, O::Div, "udiv {d}, {n}, {m}"},
  {"111110111100 nnnn tttt aaaa 0000 mmmm", "SMLAL_T1", exec_smlal, O::MulLong, "smlal {d}, {a}, {n}, {m}", +[](DecodedInsn& d, const Fields&) { d.src_mask |= 1u << d.rd; d.dst_mask |= 1u << d.ra; }},
  {"111110111110 nnnn tttt aaaa 0000 mmmm", "UMLAL_T1", exec_umlal, O::MulLong, "umlal {d}, {a}, {n}, {m}", +[](DecodedInsn& d, const Fields&) { d.src_mask |= 1u << d.rd; d.dst_mask |= 1u << d.ra; }},
  {"111110111110 nnnn tttt aaaa 0110 mmmm", "UMAAL_T1", exec_umaal, O::MulLong, "umaal {d}, {a}, {n}, {m}", +[](DecodedInsn& d, const Fields&) { d.src_mask |= 1u << d.rd; d.dst_mask |= 1u << d.ra; }},

  // ---- Load/store single (literal forms and hints first) ----
  {"11111000 U 001 1111 1111 iiiiiiiiiiii", "PLD_lit_T1", exec_pld, O::Nop, "pld {lit}"},
  {"11111001 U 001 1111 1111 iiiiiiiiiiii", "PLI_lit_T1", exec_pld, O::Nop, "pli {lit}"},
  {"111110001001 nnnn 1111 iiiiiiiiiiii", "PLD_imm_T1", exec_pld, O::Nop, "pld {mem}", f_ldst_pos},
  {"111110000001 nnnn 1111 1100 iiiiiiii", "PLD_imm_T2", exec_pld, O::Nop, "pld {mem}", f_ldst_neg},
  {"111110000001 nnnn 1111 000000 kk mmmm", "PLD_reg_T1", exec_pld, O::Nop, "pld {memreg}", f_ldst_reg},
  {"111110011001 nnnn 1111 iiiiiiiiiiii", "PLI_imm_T1", exec_pld, O::Nop, "pli {mem}", f_ldst_pos},
  {"111110010001 nnnn 1111 1100 iiiiiiii", "PLI_imm_T2", exec_pld, O::Nop, "pli {mem}", f_ldst_neg},
  {"111110010001 nnnn 1111 000000 kk mmmm", "PLI_reg_T1", exec_pld, O::Nop, "pli {memreg}", f_ldst_reg},
  {"11111000 - 011 1111 1111 ------------", "NOP_hint_lit", exec_pld, O::Nop, "nop (memory hint)"},
  {"111110001011 nnnn 1111 ------------", "NOP_hint_h1", exec_pld, O::Nop, "nop (memory hint)"},
  {"111110000011 nnnn 1111 1100 --------", "NOP_hint_h2", exec_pld, O::Nop, "nop (memory hint)"},
  {"111110000011 nnnn 1111 000000 -- ----", "NOP_hint_h3", exec_pld, O::Nop, "nop (memory hint)"},
  {"11111001 - 011 1111 1111 ------------", "NOP_hint_lit2", exec_pld, O::Nop, "nop (memory hint)"},
  {"111110011011 nnnn 1111 ------------", "NOP_hint_h4", exec_pld, O::Nop, "nop (memory hint)"},
  {"111110010011 nnnn 1111 1100 --------", "NOP_hint_h5", exec_pld, O::Nop, "nop (memory hint)"},
  {"111110010011 nnnn 1111 000000 -- ----", "NOP_hint_h6", exec_pld, O::Nop, "nop (memory hint)"},

  {"11111000 U 101 1111 tttt iiiiiiiiiiii", "LDR_lit_T2", exec_load<4, false, Addr::Lit>, O::Load, "ldr.w {d}, {lit}"},
  {"11111000 U 001 1111 tttt iiiiiiiiiiii", "LDRB_lit_T1", exec_load<1, false, Addr::Lit>, O::Load, "ldrb.w {d}, {lit}"},
  {"11111000 U 011 1111 tttt iiiiiiiiiiii", "LDRH_lit_T1", exec_load<2, false, Addr::Lit>, O::Load, "ldrh.w {d}, {lit}"},
  {"11111001 U 001 1111 tttt iiiiiiiiiiii", "LDRSB_lit_T1", exec_load<1, true, Addr::Lit>, O::Load, "ldrsb.w {d}, {lit}"},
  {"11111001 U 011 1111 tttt iiiiiiiiiiii", "LDRSH_lit_T1", exec_load<2, true, Addr::Lit>, O::Load, "ldrsh.w {d}, {lit}"},

  // UNDEFINED: P = W = 0 in the imm8 forms ("1 P U W imm8"), and stores with Rn = PC
  // (after the literal and hint lines above, which own Rn = 1111 / Rt = 1111).
  {"11111000 0 -- - ---- ---- 1 0 - 0 --------", "UNDEF_ldst_imm8_pw", exec_udf, O::System, "undefined"},
  {"11111001 0 -- 1 ---- ---- 1 0 - 0 --------", "UNDEF_lds_imm8_pw", exec_udf, O::System, "undefined"},
  {"11111000 - -- 0 1111 ---- ---- --------", "UNDEF_store_pc", exec_udf, O::System, "undefined"},
  // Loads: imm12 (positive offset), imm8 with P/U/W, unprivileged (LDRT), register.
  {"111110001101 nnnn tttt iiiiiiiiiiii", "LDR_imm_T3", exec_load<4, false, Addr::Imm>, O::Load, "ldr.w {d}, {mem}", f_ldst_pos},
  {"111110000101 nnnn tttt 1110 iiiiiiii", "LDRT_T1", exec_load<4, false, Addr::Imm>, O::Load, "ldrt {d}, {mem}", f_ldst_unpriv},
  {"111110000101 nnnn tttt 1 P U W iiiiiiii", "LDR_imm_T4", exec_load<4, false, Addr::Imm>, O::Load, "ldr {d}, {mem}", f_wb},
  {"111110000101 nnnn tttt 000000 kk mmmm", "LDR_reg_T2", exec_load<4, false, Addr::Reg>, O::Load, "ldr.w {d}, {memreg}", f_ldst_reg},
  {"111110001001 nnnn tttt iiiiiiiiiiii", "LDRB_imm_T2", exec_load<1, false, Addr::Imm>, O::Load, "ldrb.w {d}, {mem}", f_ldst_pos},
  {"111110000001 nnnn tttt 1110 iiiiiiii", "LDRBT_T1", exec_load<1, false, Addr::Imm>, O::Load, "ldrbt {d}, {mem}", f_ldst_unpriv},
  {"111110000001 nnnn tttt 1 P U W iiiiiiii", "LDRB_imm_T3", exec_load<1, false, Addr::Imm>, O::Load, "ldrb {d}, {mem}", f_wb},
  {"111110000001 nnnn tttt 000000 kk mmmm", "LDRB_reg_T2", exec_load<1, false, Addr::Reg>, O::Load, "ldrb.w {d}, {memreg}", f_ldst_reg},
  {"111110001011 nnnn tttt iiiiiiiiiiii", "LDRH_imm_T2", exec_load<2, false, Addr::Imm>, O::Load, "ldrh.w {d}, {mem}", f_ldst_pos},
  {"111110000011 nnnn tttt 1110 iiiiiiii", "LDRHT_T1", exec_load<2, false, Addr::Imm>, O::Load, "ldrht {d}, {mem}", f_ldst_unpriv},
  {"111110000011 nnnn tttt 1 P U W iiiiiiii", "LDRH_imm_T3", exec_load<2, false, Addr::Imm>, O::Load, "ldrh {d}, {mem}", f_wb},
  {"111110000011 nnnn tttt 000000 kk mmmm", "LDRH_reg_T2", exec_load<2, false, Addr::Reg>, O::Load, "ldrh.w {d}, {memreg}", f_ldst_reg},
  {"111110011001 nnnn tttt iiiiiiiiiiii", "LDRSB_imm_T1", exec_load<1, true, Addr::Imm>, O::Load, "ldrsb.w {d}, {mem}", f_ldst_pos},
  {"111110010001 nnnn tttt 1110 iiiiiiii", "LDRSBT_T1", exec_load<1, true, Addr::Imm>, O::Load, "ldrsbt {d}, {mem}", f_ldst_unpriv},
  {"111110010001 nnnn tttt 1 P U W iiiiiiii", "LDRSB_imm_T2", exec_load<1, true, Addr::Imm>, O::Load, "ldrsb {d}, {mem}", f_wb},
  {"111110010001 nnnn tttt 000000 kk mmmm", "LDRSB_reg_T2", exec_load<1, true, Addr::Reg>, O::Load, "ldrsb.w {d}, {memreg}", f_ldst_reg},
  {"111110011011 nnnn tttt iiiiiiiiiiii", "LDRSH_imm_T1", exec_load<2, true, Addr::Imm>, O::Load, "ldrsh.w {d}, {mem}", f_ldst_pos},
  {"111110010011 nnnn tttt 1110 iiiiiiii", "LDRSHT_T1", exec_load<2, true, Addr::Imm>, O::Load, "ldrsht {d}, {mem}", f_ldst_unpriv},
  {"111110010011 nnnn tttt 1 P U W iiiiiiii", "LDRSH_imm_T2", exec_load<2, true, Addr::Imm>, O::Load, "ldrsh {d}, {mem}", f_wb},
  {"111110010011 nnnn tttt 000000 kk mmmm", "LDRSH_reg_T2", exec_load<2, true, Addr::Reg>, O::Load, "ldrsh.w {d}, {memreg}", f_ldst_reg},
  // Stores.
  {"111110001100 nnnn tttt iiiiiiiiiiii", "STR_imm_T3", exec_store<4, Addr::Imm>, O::Store, "str.w {d}, {mem}", f_ldst_pos, kPatStore},
  {"111110000100 nnnn tttt 1110 iiiiiiii", "STRT_T1", exec_store<4, Addr::Imm>, O::Store, "strt {d}, {mem}", f_ldst_unpriv, kPatStore},
  {"111110000100 nnnn tttt 1 P U W iiiiiiii", "STR_imm_T4", exec_store<4, Addr::Imm>, O::Store, "str {d}, {mem}", f_wb, kPatStore},
  {"111110000100 nnnn tttt 000000 kk mmmm", "STR_reg_T2", exec_store<4, Addr::Reg>, O::Store, "str.w {d}, {memreg}", f_ldst_reg, kPatStore},
  {"111110001000 nnnn tttt iiiiiiiiiiii", "STRB_imm_T2", exec_store<1, Addr::Imm>, O::Store, "strb.w {d}, {mem}", f_ldst_pos, kPatStore},
  {"111110000000 nnnn tttt 1110 iiiiiiii", "STRBT_T1", exec_store<1, Addr::Imm>, O::Store, "strbt {d}, {mem}", f_ldst_unpriv, kPatStore},
  {"111110000000 nnnn tttt 1 P U W iiiiiiii", "STRB_imm_T3", exec_store<1, Addr::Imm>, O::Store, "strb {d}, {mem}", f_wb, kPatStore},
  {"111110000000 nnnn tttt 000000 kk mmmm", "STRB_reg_T2", exec_store<1, Addr::Reg>, O::Store, "strb.w {d}, {memreg}", f_ldst_reg, kPatStore},
  {"111110001010 nnnn tttt iiiiiiiiiiii", "STRH_imm_T2", exec_store<2, Addr::Imm>, O::Store, "strh.w {d}, {mem}", f_ldst_pos, kPatStore},
  {"111110000010 nnnn tttt 1110 iiiiiiii", "STRHT_T1", exec_store<2, Addr::Imm>, O::Store, "strht {d}, {mem}", f_ldst_unpriv, kPatStore},
  {"111110000010 nnnn tttt 1 P U W iiiiiiii", "STRH_imm_T3", exec_store<2, Addr::Imm>, O::Store, "strh {d}, {mem}", f_wb, kPatStore},
  {"111110000010 nnnn tttt 000000 kk mmmm", "STRH_reg_T2", exec_store<2, Addr::Reg>, O::Store, "strh.w {d}, {memreg}", f_ldst_reg, kPatStore},
};

// Encodings in the coprocessor / vector space that no table above claims: the
// Helium (MVE) space and coprocessors this core does not have. They stop the
// run with the instruction named instead of executing as something else.
constexpr Pattern kT32Unallocated[] = {
  {"111- 11-- ---- ---- ---- ---- ---- ----", "COPROC_or_MVE", exec_unimplemented, O::Unimplemented, "vector (MVE; is core.mve enabled?) or coprocessor instruction"},
};

}  // namespace

std::span<const Pattern> t32_patterns() { return kT32; }
std::span<const Pattern> t32_unallocated_patterns() { return kT32Unallocated; }

}  // namespace tinysim::armv8m
