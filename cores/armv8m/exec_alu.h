// Data-processing semantics. One template covers the sixteen ALU operations and
// their operand-2 kinds, so each encoding in the tables is a one-line
// instantiation instead of a copied function.
#pragma once

#include "cores/armv8m/exec_common.h"

namespace tinysim::armv8m {

enum class DpOp { And, Bic, Orr, Orn, Eor, Add, Adc, Sub, Sbc, Rsb, Mov, Mvn, Tst, Teq, Cmp, Cmn };

// How operand 2 is formed.
enum class Op2 {
  Imm,     // d.imm; carry unchanged unless d.extra (ThumbExpandImm rotated: carry = bit 31)
  Reg,     // r[rm] shifted by the decoded immediate shift
  RegReg,  // r[rm] shifted by r[ra][7:0], type d.shift_type (MOV with register shift)
  RegPlain,  // r[rm] unshifted (Reg with LSL #0; substituted by specialize_exec)
};

// How a data-processing instruction writes its result and flags: the decode
// table's generic form (write_reg: SP and PC rules; flags when d.setflags),
// or one of the forms specialize_exec() substitutes at decode for a
// destination that is neither SP nor PC, with the flag setting fixed.
enum class DpWrite { Generic, Plain, PlainFlags };

template <DpOp OP, Op2 K, DpWrite W = DpWrite::Generic>
void exec_dp(Cpu& c, const DecodedInsn& d) {
  uint32_t op2;
  bool carry = c.c;
  if constexpr (K == Op2::Imm) {
    op2 = d.imm;
    if (d.extra) carry = (op2 >> 31) != 0;
  } else if constexpr (K == Op2::Reg) {
    ResultC s = shift_c(c.r[d.rm], d.shift_type, d.shift_n, c.c);
    op2 = s.value;
    carry = s.carry;
  } else if constexpr (K == Op2::RegPlain) {
    op2 = c.r[d.rm];
  } else {
    ResultC s = shift_c(c.r[d.rm], d.shift_type, c.r[d.ra] & 0xFF, c.c);
    op2 = s.value;
    carry = s.carry;
  }
  const uint32_t a = c.r[d.rn];
  constexpr bool logical = OP == DpOp::And || OP == DpOp::Bic || OP == DpOp::Orr ||
                           OP == DpOp::Orn || OP == DpOp::Eor || OP == DpOp::Mov ||
                           OP == DpOp::Mvn || OP == DpOp::Tst || OP == DpOp::Teq;
  constexpr bool writes = OP != DpOp::Tst && OP != DpOp::Teq && OP != DpOp::Cmp && OP != DpOp::Cmn;
  uint32_t result;
  AddResult ar{};
  if constexpr (logical) {
    if constexpr (OP == DpOp::And || OP == DpOp::Tst) result = a & op2;
    else if constexpr (OP == DpOp::Bic) result = a & ~op2;
    else if constexpr (OP == DpOp::Orr) result = a | op2;
    else if constexpr (OP == DpOp::Orn) result = a | ~op2;
    else if constexpr (OP == DpOp::Eor || OP == DpOp::Teq) result = a ^ op2;
    else if constexpr (OP == DpOp::Mov) result = op2;
    else result = ~op2;
  } else {
    if constexpr (OP == DpOp::Add || OP == DpOp::Cmn) ar = add_with_carry(a, op2, false);
    else if constexpr (OP == DpOp::Adc) ar = add_with_carry(a, op2, c.c);
    else if constexpr (OP == DpOp::Sub || OP == DpOp::Cmp) ar = add_with_carry(a, ~op2, true);
    else if constexpr (OP == DpOp::Sbc) ar = add_with_carry(a, ~op2, c.c);
    else ar = add_with_carry(~a, op2, true);  // Rsb
    result = ar.value;
  }
  if constexpr (writes) {
    if constexpr (W == DpWrite::Generic) c.write_reg(d.rd, result);
    else c.r[d.rd] = result;
  }
  bool flags;
  if constexpr (!writes) flags = true;
  else if constexpr (W == DpWrite::Generic) flags = d.setflags != 0;
  else flags = W == DpWrite::PlainFlags;
  if (flags) {
    set_nz(c, result);
    if constexpr (logical) {
      c.c = carry;
    } else {
      c.c = ar.carry;
      c.v = ar.overflow;
    }
  }
}

}  // namespace tinysim::armv8m
