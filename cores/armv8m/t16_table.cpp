// 16-bit Thumb encodings (Armv8-M ARM DDI0553, "16-bit T32 instruction
// encoding"). One line per encoding; first match wins.
#include "cores/armv8m/decoder.h"
#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {
namespace {

using O = OpClass;

// kInsnDualIssue marks the 16-bit instructions the Cortex-M55 can issue
// together with another 16-bit instruction (LLVM ARMScheduleM55.td, "Dual
// Issue": NOPs, ITs, branches, ADD/SUB immediate, MOV immediate and register,
// UXTB/H, SXTB/H).
// Formats: small, named operand fix-ups. `its` marks the 16-bit forms that set
// flags outside an IT block only.
void its(DecodedInsn& d) { d.setflags = 1; d.flags |= kInsnItSensitive; }
void offset_addr(DecodedInsn& d, unsigned scale) { d.imm *= scale; d.index = 1; d.add = 1; d.wback = 0; }
int32_t sext(uint32_t v, unsigned bits) { return static_cast<int32_t>(v << (32 - bits)) >> (32 - bits); }

void f_its(DecodedInsn& d, const Fields&) { its(d); }
void f_rdn_its(DecodedInsn& d, const Fields&) { d.rn = d.rd; d.src_mask |= 1u << d.rd; its(d); }
void f_lsl_imm(DecodedInsn& d, const Fields& f) { decode_imm_shift(0, f['i'], d.shift_type, d.shift_n); its(d); }
void f_lsr_imm(DecodedInsn& d, const Fields& f) { decode_imm_shift(1, f['i'], d.shift_type, d.shift_n); its(d); }
void f_asr_imm(DecodedInsn& d, const Fields& f) { decode_imm_shift(2, f['i'], d.shift_type, d.shift_n); its(d); }
// Shift by register: Rdn = Rdn <shift> Rm, expressed as Op2::RegReg (rm shifted by ra).
template <uint8_t TYPE>
void f_shift_reg(DecodedInsn& d, const Fields&) {
  d.ra = d.rm; d.rm = d.rd; d.shift_type = TYPE; d.src_mask |= 1u << d.rd; its(d);
}
void f_rsb0(DecodedInsn& d, const Fields&) { d.imm = 0; its(d); }
// MULS Rdm, Rn, Rdm: the destination is also the second operand.
void f_mul(DecodedInsn& d, const Fields&) { d.rm = d.rd; d.src_mask |= 1u << d.rd; its(d); }
// High-register forms: D:Rdn.
void f_hi_rdn(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D'] << 3 | f['d']); d.rn = d.rd;
  d.src_mask = static_cast<uint16_t>(1u << d.rd | 1u << d.rm); d.dst_mask = 1u << d.rd;
}
void f_hi_cmp(DecodedInsn& d, const Fields& f) {
  d.rn = static_cast<uint8_t>(f['N'] << 3 | f['n']); d.src_mask = static_cast<uint16_t>(1u << d.rn | 1u << d.rm);
}
void f_hi_mov(DecodedInsn& d, const Fields& f) {
  d.rd = static_cast<uint8_t>(f['D'] << 3 | f['d']); d.dst_mask = 1u << d.rd;
}
void f_ls_w(DecodedInsn& d, const Fields&) { offset_addr(d, 4); }
void f_ls_h(DecodedInsn& d, const Fields&) { offset_addr(d, 2); }
void f_ls_b(DecodedInsn& d, const Fields&) { offset_addr(d, 1); }
void f_ls_sp(DecodedInsn& d, const Fields&) { d.rn = 13; d.src_mask |= 1u << 13; offset_addr(d, 4); }
void f_ls_reg(DecodedInsn& d, const Fields&) { d.shift_n = 0; }
void f_lit(DecodedInsn& d, const Fields&) { d.imm *= 4; d.add = 1; }
void f_add_sp(DecodedInsn& d, const Fields&) { d.rn = 13; d.imm *= 4; d.src_mask |= 1u << 13; }
void f_sp_sp(DecodedInsn& d, const Fields&) {
  d.rd = 13; d.rn = 13; d.imm *= 4; d.src_mask |= 1u << 13; d.dst_mask |= 1u << 13;
}
void f_cbz(DecodedInsn& d, const Fields& f) { d.imm = f['i'] << 1; d.extra = static_cast<uint8_t>(f['o']); }
void f_push(DecodedInsn& d, const Fields& f) {
  d.reglist = static_cast<uint16_t>(f['r'] | f['M'] << 14); d.rn = 13; d.add = 0; d.wback = 1;
  d.src_mask = d.reglist | 1u << 13; d.dst_mask = 1u << 13;
}
void f_pop(DecodedInsn& d, const Fields& f) {
  d.reglist = static_cast<uint16_t>(f['r'] | f['P'] << 15); d.rn = 13; d.add = 1; d.wback = 1;
  d.src_mask = 1u << 13; d.dst_mask = d.reglist | 1u << 13;
}
void f_stm(DecodedInsn& d, const Fields&) { d.add = 1; d.wback = 1; d.src_mask |= d.reglist; }
void f_ldm(DecodedInsn& d, const Fields&) {
  d.add = 1; d.wback = !(d.reglist & (1u << d.rn)); d.dst_mask |= d.reglist;
}
void f_bcond(DecodedInsn& d, const Fields& f) { d.imm = static_cast<uint32_t>(sext(f['i'] << 1, 9)); }
void f_b(DecodedInsn& d, const Fields& f) { d.imm = static_cast<uint32_t>(sext(f['i'] << 1, 12)); }
void f_it(DecodedInsn& d, const Fields& f) { d.extra = static_cast<uint8_t>(f['k']); d.flags |= kInsnIsIt; }

constexpr Pattern kT16[] = {
  // Shift (immediate), add, subtract, move and compare.
  {"000 00 00000 mmm ddd", "MOVS_reg_T2", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "movs {d}, {m}", +[](DecodedInsn& d, const Fields&) { d.setflags = 1; }},
  {"000 00 iiiii mmm ddd", "LSL_imm_T1", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "lsl{s} {d}, {m}, {shiftn}", f_lsl_imm},
  {"000 01 iiiii mmm ddd", "LSR_imm_T1", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "lsr{s} {d}, {m}, {shiftn}", f_lsr_imm},
  {"000 10 iiiii mmm ddd", "ASR_imm_T1", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "asr{s} {d}, {m}, {shiftn}", f_asr_imm},
  {"0001100 mmm nnn ddd", "ADD_reg_T1", exec_dp<DpOp::Add, Op2::Reg>, O::Alu, "add{s} {d}, {n}, {m}", f_its},
  {"0001101 mmm nnn ddd", "SUB_reg_T1", exec_dp<DpOp::Sub, Op2::Reg>, O::Alu, "sub{s} {d}, {n}, {m}", f_its},
  {"0001110 iii nnn ddd", "ADD_imm_T1", exec_dp<DpOp::Add, Op2::Imm>, O::Alu, "add{s} {d}, {n}, {imm}", f_its, kInsnDualIssue},
  {"0001111 iii nnn ddd", "SUB_imm_T1", exec_dp<DpOp::Sub, Op2::Imm>, O::Alu, "sub{s} {d}, {n}, {imm}", f_its, kInsnDualIssue},
  {"00100 ddd iiiiiiii", "MOV_imm_T1", exec_dp<DpOp::Mov, Op2::Imm>, O::Alu, "mov{s} {d}, {imm}", f_its, kInsnDualIssue},
  {"00101 nnn iiiiiiii", "CMP_imm_T1", exec_dp<DpOp::Cmp, Op2::Imm>, O::Alu, "cmp {n}, {imm}"},
  {"00110 ddd iiiiiiii", "ADD_imm_T2", exec_dp<DpOp::Add, Op2::Imm>, O::Alu, "add{s} {d}, {imm}", f_rdn_its, kInsnDualIssue},
  {"00111 ddd iiiiiiii", "SUB_imm_T2", exec_dp<DpOp::Sub, Op2::Imm>, O::Alu, "sub{s} {d}, {imm}", f_rdn_its, kInsnDualIssue},
  // Data processing (register).
  {"010000 0000 mmm ddd", "AND_reg_T1", exec_dp<DpOp::And, Op2::Reg>, O::Alu, "and{s} {d}, {m}", f_rdn_its},
  {"010000 0001 mmm ddd", "EOR_reg_T1", exec_dp<DpOp::Eor, Op2::Reg>, O::Alu, "eor{s} {d}, {m}", f_rdn_its},
  {"010000 0010 mmm ddd", "LSL_reg_T1", exec_dp<DpOp::Mov, Op2::RegReg>, O::Alu, "lsl{s} {d}, {a}", f_shift_reg<0>},
  {"010000 0011 mmm ddd", "LSR_reg_T1", exec_dp<DpOp::Mov, Op2::RegReg>, O::Alu, "lsr{s} {d}, {a}", f_shift_reg<1>},
  {"010000 0100 mmm ddd", "ASR_reg_T1", exec_dp<DpOp::Mov, Op2::RegReg>, O::Alu, "asr{s} {d}, {a}", f_shift_reg<2>},
  {"010000 0101 mmm ddd", "ADC_reg_T1", exec_dp<DpOp::Adc, Op2::Reg>, O::Alu, "adc{s} {d}, {m}", f_rdn_its},
  {"010000 0110 mmm ddd", "SBC_reg_T1", exec_dp<DpOp::Sbc, Op2::Reg>, O::Alu, "sbc{s} {d}, {m}", f_rdn_its},
  {"010000 0111 mmm ddd", "ROR_reg_T1", exec_dp<DpOp::Mov, Op2::RegReg>, O::Alu, "ror{s} {d}, {a}", f_shift_reg<3>},
  {"010000 1000 mmm nnn", "TST_reg_T1", exec_dp<DpOp::Tst, Op2::Reg>, O::Alu, "tst {n}, {m}"},
  {"010000 1001 nnn ddd", "RSB_imm_T1", exec_dp<DpOp::Rsb, Op2::Imm>, O::Alu, "rsb{s} {d}, {n}, #0", f_rsb0},
  {"010000 1010 mmm nnn", "CMP_reg_T1", exec_dp<DpOp::Cmp, Op2::Reg>, O::Alu, "cmp {n}, {m}"},
  {"010000 1011 mmm nnn", "CMN_reg_T1", exec_dp<DpOp::Cmn, Op2::Reg>, O::Alu, "cmn {n}, {m}"},
  {"010000 1100 mmm ddd", "ORR_reg_T1", exec_dp<DpOp::Orr, Op2::Reg>, O::Alu, "orr{s} {d}, {m}", f_rdn_its},
  {"010000 1101 nnn ddd", "MUL_T1", exec_mul, O::Mul, "mul{s} {d}, {n}, {d}", f_mul},
  {"010000 1110 mmm ddd", "BIC_reg_T1", exec_dp<DpOp::Bic, Op2::Reg>, O::Alu, "bic{s} {d}, {m}", f_rdn_its},
  {"010000 1111 mmm ddd", "MVN_reg_T1", exec_dp<DpOp::Mvn, Op2::Reg>, O::Alu, "mvn{s} {d}, {m}", f_its},
  // Special data instructions and branch and exchange.
  // ADD (SP plus register) T1: Rdm = SP + Rdm, written "add rdm, sp, rdm".
  {"01000100 D 1101 ddd", "ADD_sp_reg_T1", exec_dp<DpOp::Add, Op2::Reg>, O::Alu, "add {d}, sp, {d}", +[](DecodedInsn& d, const Fields& f) { d.rm = 13; f_hi_rdn(d, f); }},
  {"01000100 D mmmm ddd", "ADD_reg_T2", exec_dp<DpOp::Add, Op2::Reg>, O::Alu, "add {d}, {m}", f_hi_rdn},
  {"01000101 N mmmm nnn", "CMP_reg_T2", exec_dp<DpOp::Cmp, Op2::Reg>, O::Alu, "cmp {n}, {m}", f_hi_cmp},
  {"01000110 D mmmm ddd", "MOV_reg_T1", exec_dp<DpOp::Mov, Op2::Reg>, O::Alu, "mov {d}, {m}", f_hi_mov, kInsnDualIssue},
  {"010001110 mmmm 000", "BX_T1", exec_bx, O::Branch, "bx {m}"},
  {"010001111 mmmm 000", "BLX_reg_T1", exec_blx, O::BranchLink, "blx {m}"},
  {"01001 ttt iiiiiiii", "LDR_lit_T1", exec_load<4, false, Addr::Lit>, O::Load, "ldr {d}, {lit}", f_lit},
  // Load/store single data item.
  {"0101 000 mmm nnn ttt", "STR_reg_T1", exec_store<4, Addr::Reg>, O::Store, "str {d}, {memreg}", f_ls_reg, kPatStore},
  {"0101 001 mmm nnn ttt", "STRH_reg_T1", exec_store<2, Addr::Reg>, O::Store, "strh {d}, {memreg}", f_ls_reg, kPatStore},
  {"0101 010 mmm nnn ttt", "STRB_reg_T1", exec_store<1, Addr::Reg>, O::Store, "strb {d}, {memreg}", f_ls_reg, kPatStore},
  {"0101 011 mmm nnn ttt", "LDRSB_reg_T1", exec_load<1, true, Addr::Reg>, O::Load, "ldrsb {d}, {memreg}", f_ls_reg},
  {"0101 100 mmm nnn ttt", "LDR_reg_T1", exec_load<4, false, Addr::Reg>, O::Load, "ldr {d}, {memreg}", f_ls_reg},
  {"0101 101 mmm nnn ttt", "LDRH_reg_T1", exec_load<2, false, Addr::Reg>, O::Load, "ldrh {d}, {memreg}", f_ls_reg},
  {"0101 110 mmm nnn ttt", "LDRB_reg_T1", exec_load<1, false, Addr::Reg>, O::Load, "ldrb {d}, {memreg}", f_ls_reg},
  {"0101 111 mmm nnn ttt", "LDRSH_reg_T1", exec_load<2, true, Addr::Reg>, O::Load, "ldrsh {d}, {memreg}", f_ls_reg},
  {"01100 iiiii nnn ttt", "STR_imm_T1", exec_store<4, Addr::Imm>, O::Store, "str {d}, {mem}", f_ls_w, kPatStore},
  {"01101 iiiii nnn ttt", "LDR_imm_T1", exec_load<4, false, Addr::Imm>, O::Load, "ldr {d}, {mem}", f_ls_w},
  {"01110 iiiii nnn ttt", "STRB_imm_T1", exec_store<1, Addr::Imm>, O::Store, "strb {d}, {mem}", f_ls_b, kPatStore},
  {"01111 iiiii nnn ttt", "LDRB_imm_T1", exec_load<1, false, Addr::Imm>, O::Load, "ldrb {d}, {mem}", f_ls_b},
  {"10000 iiiii nnn ttt", "STRH_imm_T1", exec_store<2, Addr::Imm>, O::Store, "strh {d}, {mem}", f_ls_h, kPatStore},
  {"10001 iiiii nnn ttt", "LDRH_imm_T1", exec_load<2, false, Addr::Imm>, O::Load, "ldrh {d}, {mem}", f_ls_h},
  {"10010 ttt iiiiiiii", "STR_imm_T2", exec_store<4, Addr::Imm>, O::Store, "str {d}, {mem}", f_ls_sp, kPatStore},
  {"10011 ttt iiiiiiii", "LDR_imm_T2", exec_load<4, false, Addr::Imm>, O::Load, "ldr {d}, {mem}", f_ls_sp},
  // PC- and SP-relative addresses.
  {"10100 ddd iiiiiiii", "ADR_T1", exec_adr, O::Alu, "adr {d}, {imm}", +[](DecodedInsn& d, const Fields&) { d.imm *= 4; d.add = 1; }},
  {"10101 ddd iiiiiiii", "ADD_sp_imm_T1", exec_dp<DpOp::Add, Op2::Imm>, O::Alu, "add {d}, sp, {imm}", f_add_sp},
  // Miscellaneous 16-bit instructions.
  {"1011 0000 0 iiiiiii", "ADD_sp_imm_T2", exec_dp<DpOp::Add, Op2::Imm>, O::Alu, "add sp, {imm}", f_sp_sp},
  {"1011 0000 1 iiiiiii", "SUB_sp_imm_T1", exec_dp<DpOp::Sub, Op2::Imm>, O::Alu, "sub sp, {imm}", f_sp_sp},
  {"1011 0 0 i 1 iiiii nnn", "CBZ_T1", exec_cbz, O::Branch, "cbz {n}, {target}", f_cbz},
  {"1011 1 0 i 1 iiiii nnn", "CBNZ_T1", exec_cbz, O::Branch, "cbnz {n}, {target}", +[](DecodedInsn& d, const Fields& f) { f_cbz(d, f); d.extra = 1; }},
  {"1011 0010 00 mmm ddd", "SXTH_T1", exec_extend<true, 1, false>, O::Alu, "sxth {d}, {m}", nullptr, kInsnDualIssue},
  {"1011 0010 01 mmm ddd", "SXTB_T1", exec_extend<true, 0, false>, O::Alu, "sxtb {d}, {m}", nullptr, kInsnDualIssue},
  {"1011 0010 10 mmm ddd", "UXTH_T1", exec_extend<false, 1, false>, O::Alu, "uxth {d}, {m}", nullptr, kInsnDualIssue},
  {"1011 0010 11 mmm ddd", "UXTB_T1", exec_extend<false, 0, false>, O::Alu, "uxtb {d}, {m}", nullptr, kInsnDualIssue},
  {"1011 010 M rrrrrrrr", "PUSH_T1", exec_stm, O::StoreMulti, "push {list}", f_push},
  {"1011 0110 011 0 0 0 1 0", "CPSIE_i_T1", exec_cps, O::System, "cpsie i", +[](DecodedInsn& d, const Fields&) { d.imm = 0; d.extra = 2; }},
  {"1011 0110 011 1 0 0 1 0", "CPSID_i_T1", exec_cps, O::System, "cpsid i", +[](DecodedInsn& d, const Fields&) { d.imm = 1; d.extra = 2; }},
  {"1011 0110 011 0 0 0 0 1", "CPSIE_f_T1", exec_cps, O::System, "cpsie f", +[](DecodedInsn& d, const Fields&) { d.imm = 0; d.extra = 1; }},
  {"1011 0110 011 1 0 0 0 1", "CPSID_f_T1", exec_cps, O::System, "cpsid f", +[](DecodedInsn& d, const Fields&) { d.imm = 1; d.extra = 1; }},
  {"1011 0110 011 0 0 0 1 1", "CPSIE_if_T1", exec_cps, O::System, "cpsie if", +[](DecodedInsn& d, const Fields&) { d.imm = 0; d.extra = 3; }},
  {"1011 0110 011 1 0 0 1 1", "CPSID_if_T1", exec_cps, O::System, "cpsid if", +[](DecodedInsn& d, const Fields&) { d.imm = 1; d.extra = 3; }},
  {"1011 1010 00 mmm ddd", "REV_T1", exec_rev, O::Alu, "rev {d}, {m}"},
  {"1011 1010 01 mmm ddd", "REV16_T1", exec_rev16, O::Alu, "rev16 {d}, {m}"},
  {"1011 1010 11 mmm ddd", "REVSH_T1", exec_revsh, O::Alu, "revsh {d}, {m}"},
  {"1011 110 P rrrrrrrr", "POP_T1", exec_ldm, O::LoadMulti, "pop {list}", f_pop},
  {"1011 1110 iiiiiiii", "BKPT_T1", exec_bkpt, O::System, "bkpt {imm}"},
  {"1011 1111 0000 0000", "NOP_T1", exec_nop, O::Nop, "nop", nullptr, kInsnDualIssue},
  {"1011 1111 0001 0000", "YIELD_T1", exec_nop, O::Nop, "yield", nullptr, kInsnDualIssue},
  {"1011 1111 0010 0000", "WFE_T1", exec_wfe, O::System, "wfe"},
  {"1011 1111 0011 0000", "WFI_T1", exec_wfi, O::System, "wfi"},
  {"1011 1111 0100 0000", "SEV_T1", exec_sev, O::System, "sev"},
  {"1011 1111 iiii 0000", "HINT_T1", exec_nop, O::Nop, "hint {imm}", nullptr, kInsnDualIssue},
  {"1011 1111 cccc kkkk", "IT_T1", exec_it, O::Nop, "it{it}", f_it, kInsnDualIssue},
  // Load/store multiple.
  {"11000 nnn rrrrrrrr", "STM_T1", exec_stm, O::StoreMulti, "stm {n}!, {list}", f_stm},
  {"11001 nnn rrrrrrrr", "LDM_T1", exec_ldm, O::LoadMulti, "ldm {n}{wb}, {list}", f_ldm},
  // Conditional branch, UDF, SVC.
  {"1101 1110 iiiiiiii", "UDF_T1", exec_udf, O::System, "udf {imm}"},
  {"1101 1111 iiiiiiii", "SVC_T1", exec_svc, O::System, "svc {imm}"},
  {"1101 cccc iiiiiiii", "B_T1", exec_bcond, O::Branch, "b{c} {target}", f_bcond, kInsnDualIssue},
  {"11100 iiiiiiiiiii", "B_T2", exec_b, O::Branch, "b {target}", f_b, kInsnDualIssue},
};

}  // namespace

std::span<const Pattern> t16_patterns() { return kT16; }

}  // namespace tinysim::armv8m
