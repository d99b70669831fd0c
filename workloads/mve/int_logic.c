/*
 * MVE integer logic and moves through the ACLE intrinsics: VAND, VBIC,
 * VORR, VORN, VEOR, VMVN (register), VORR/VBIC/VMVN (immediate), VDUP from
 * a core register, and the constant vectors GCC builds with VMOV
 * (immediate: .I8, .I16, .I32 in its shifted forms, .I64 byte masks,
 * .F32), plain and with the predicated _m and _x forms (for _x only the
 * active bytes are printed). Inputs as in int_addsub.c.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_SETS
#include "mve_harness.h"

/* VORR/VBIC (immediate) on Qda */
#define IMM_RMW(op, sfx, imm)                                                                 \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_n_##sfx(LD(sfx, in_a[s]), imm));                                              \
    show(#op "_n_" #sfx " " #imm, s, 0xffff);                                                 \
    ST(sfx, op##_m_n_##sfx(LD(sfx, in_a[s]), imm, preds[s]));                                  \
    show(#op "_m_n_" #sfx " " #imm, s, 0xffff);                                               \
  }

/* VMVN (immediate) */
#define MVN_IMM(sfx, imm)                                                                     \
  ST(sfx, vmvnq_n_##sfx(imm));                                                                \
  show("vmvnq_n_" #sfx " " #imm, 0, 0xffff);                                                  \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, vmvnq_m_n_##sfx(LD(sfx, in_c[s]), imm, preds[s]));                                 \
    show("vmvnq_m_n_" #sfx " " #imm, s, 0xffff);                                              \
    ST(sfx, vmvnq_x_n_##sfx(imm, preds[s]));                                                   \
    show("vmvnq_x_n_" #sfx " " #imm, s, preds[s]);                                            \
  }

/* VDUP from a core register (runtime scalars) */
#define DUP(sfx)                                                                              \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, vdupq_n_##sfx(SC(sfx, s)));                                                        \
    show("vdupq_n_" #sfx, s, 0xffff);                                                         \
    ST(sfx, vdupq_m_n_##sfx(LD(sfx, in_c[s]), SC(sfx, s), preds[s]));                          \
    show("vdupq_m_n_" #sfx, s, 0xffff);                                                       \
    ST(sfx, vdupq_x_n_##sfx(SC(sfx, s), preds[s]));                                            \
    show("vdupq_x_n_" #sfx, s, preds[s]);                                                     \
  }

/* Constant vectors: GCC materialises them with VMOV (immediate). The
 * asm keeps the constant in a register through the store. */
#define CONST(sfx, value)                                                                     \
  do {                                                                                        \
    __typeof__(vdupq_n_##sfx(0)) v_ = vdupq_n_##sfx(value);                                    \
    __asm__ volatile("" : "+w"(v_));                                                          \
    ST(sfx, v_);                                                                              \
    show("const_" #sfx " " #value, 0, 0xffff);                                                \
  } while (0)

int main(void)
{
  make_inputs(0x1234567u);
  ALL6(BIN, vandq)
  ALL6(BIN, vbicq)
  ALL6(BIN, vorrq)
  ALL6(BIN, vornq)
  ALL6(BIN, veorq)
  ALL6(UN, vmvnq)
  IMM_RMW(vorrq, u16, 0x5a)
  IMM_RMW(vorrq, s16, 0x3c00)
  IMM_RMW(vorrq, u32, 0x81)
  IMM_RMW(vorrq, s32, 0x7f0000)
  IMM_RMW(vorrq, u32, 0xa5000000)
  IMM_RMW(vbicq, u16, 0xff)
  IMM_RMW(vbicq, s16, 0x8000)
  IMM_RMW(vbicq, u32, 0xff00)
  IMM_RMW(vbicq, s32, 0x10000)
  MVN_IMM(s16, 0x7f)   /* not u16: GCC 12 rejects vmvnq_n_u16 at -O0 ("must be a constant immediate") */
  MVN_IMM(s16, 0x5500)
  MVN_IMM(u32, 0x80)
  MVN_IMM(s32, 0x3f000000)
  DUP(s8) DUP(s16) DUP(s32) DUP(u8) DUP(u16) DUP(u32)
  CONST(u8, 0x5a);
  CONST(u8, 0xff);
  CONST(u16, 0xab00);
  CONST(s16, -2);
  CONST(u32, 0x42);
  CONST(u32, 0x4200);
  CONST(u32, 0x420000);
  CONST(u32, 0x42000000);
  CONST(u32, 0x42ff);
  CONST(u32, 0x42ffff);
  CONST(u32, 0xffffffbd);
  CONST(u32, 0xff00ff00);
  CONST(u16, 0xff00);
  CONST(f32, 2.5f);
  CONST(f32, -0.1328125f);
  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
