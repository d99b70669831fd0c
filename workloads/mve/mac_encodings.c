/*
 * Every encoding form of the MVE multiply / multiply-accumulate / reduction
 * table (tinysim's cores/armv8m/mve_mac_table.cpp): 208 encodings (each
 * mnemonic, element size and signedness, some with Qd equal to a source),
 * each run on 8 machine states: Q0-Q7, R0-R12, LR, FPSCR (NZCV, QC) and
 * VPR.P0; states 4-7 run the instruction behind VPST (predicated on P0:
 * random, 0x0FF0, random, none active). The lanes mix random values with
 * saturation edge values (0, +-1, the signed extremes in every element
 * size). One line per encoding: the FNV-1a hash of the 8 states after the
 * instruction, and the number of words it changed.
 *
 * The instruction is patched into a stub in RAM (self-modifying code, DSB +
 * ISB), so the program runs every encoding, also those GCC never emits.
 * tests/unit/test_mve_mac.cpp replays the same states (make_case) on the ISS
 * and checks the words against values recorded from QEMU 7.2.
 *
 * EXPECT_EXIT: 0
 */
#include <stdint.h>

#include "difftest.h"

/* Register state in and out of the stub (offsets used by the assembly). */
struct state {
  uint32_t q[32];    /* Q0-Q7,            offset 0 */
  uint32_t r[14];    /* R0-R12, LR,       offset 128 */
  uint32_t p0;       /* VPR.P0,           offset 184 */
  uint32_t fpscr;    /* without LTPSIZE,  offset 188 */
};

/* The stub (in RAM, patched per encoding): saves the caller's registers,
 * loads the whole state (LTPSIZE = 4: no tail predication), runs VPST or
 * NOP.W and the instruction, and stores every register back. */
__asm__(
    "  .section .data.mac_stub,\"aw\",%progbits\n"
    "  .balign 4\n"
    "  .global mac_stub, mac_stub_slot\n"
    "  .type mac_stub, %function\n"
    "  .thumb_func\n"
    "mac_stub:\n"
    "  push {r4-r11, lr}\n"
    "  ldr r1, =mac_saved_sp\n"
    "  str sp, [r1]\n"
    "  ldr r1, =mac_state_ptr\n"
    "  str r0, [r1]\n"
    "  vldmia r0, {d0-d15}\n"
    "  ldr r1, [r0, #188]\n"
    "  orr r1, r1, #0x40000\n"
    "  vmsr fpscr, r1\n"
    "  ldr r1, [r0, #184]\n"
    "  vmsr p0, r1\n"
    "  add r0, r0, #128\n"
    "  ldr lr, [r0, #52]\n"
    "  ldmia r0, {r0-r12}\n"
    "mac_stub_slot:\n"
    "  nop.w\n"
    "  nop.w\n"
    "  push {r0-r12, lr}\n"
    "  ldr r4, =mac_state_ptr\n"
    "  ldr r4, [r4]\n"
    "  vstmia r4, {d0-d15}\n"
    "  vmrs r1, fpscr\n"
    "  bic r1, r1, #0x70000\n"
    "  str r1, [r4, #188]\n"
    "  add r4, r4, #128\n"
    "  pop {r0-r3}\n"
    "  stmia r4!, {r0-r3}\n"
    "  pop {r0-r3}\n"
    "  stmia r4!, {r0-r3}\n"
    "  pop {r0-r3}\n"
    "  stmia r4!, {r0-r3}\n"
    "  pop {r0-r1}\n"
    "  stmia r4!, {r0-r1}\n"
    "  ldr r1, =mac_saved_sp\n"
    "  ldr sp, [r1]\n"
    "  pop {r4-r11, pc}\n"
    "  .ltorg\n"
    "  .balign 4\n"
    "mac_saved_sp: .word 0\n"
    "mac_state_ptr: .word 0\n"
    "  .text\n");

extern void mac_stub(struct state *st);
extern uint16_t mac_stub_slot[4];

#define VPST_T 0xfe710f4du   /* vpst: the next instruction predicated on P0 */
#define NOP_W 0xf3af8000u

static const struct {
  uint32_t enc;
  const char *text;
} kInsns[] = {
  {0xef020954, "vmul.i8 q0, q1, q2"},
  {0xef18695a, "vmul.i16 q3, q4, q5"},
  {0xef2ce95a, "vmul.i32 q7, q6, q5"},
  {0xef022952, "vmul.i8 q1, q1, q1"},
  {0xee031e62, "vmul.i8 q0, q1, r2"},
  {0xee175e69, "vmul.i16 q2, q3, r9"},
  {0xee299e6e, "vmul.i32 q4, q4, lr"},
  {0xee030e05, "vmulh.s8 q0, q1, q2"},
  {0xee196e0b, "vmulh.s16 q3, q4, q5"},
  {0xee2fce01, "vmulh.s32 q6, q7, q0"},
  {0xfe030e05, "vmulh.u8 q0, q1, q2"},
  {0xfe196e0b, "vmulh.u16 q3, q4, q5"},
  {0xfe2fce01, "vmulh.u32 q6, q7, q0"},
  {0xee031e05, "vrmulh.s8 q0, q1, q2"},
  {0xee197e0b, "vrmulh.s16 q3, q4, q5"},
  {0xee2fde01, "vrmulh.s32 q6, q7, q0"},
  {0xfe031e05, "vrmulh.u8 q0, q1, q2"},
  {0xfe197e0b, "vrmulh.u16 q3, q4, q5"},
  {0xfe2fde01, "vrmulh.u32 q6, q7, q0"},
  {0xee030e04, "vmullb.s8 q0, q1, q2"},
  {0xee196e0a, "vmullb.s16 q3, q4, q5"},
  {0xee2fce00, "vmullb.s32 q6, q7, q0"},
  {0xfe030e04, "vmullb.u8 q0, q1, q2"},
  {0xfe196e0a, "vmullb.u16 q3, q4, q5"},
  {0xfe2fce00, "vmullb.u32 q6, q7, q0"},
  {0xee031e04, "vmullt.s8 q0, q1, q2"},
  {0xee197e0a, "vmullt.s16 q3, q4, q5"},
  {0xee2fde00, "vmullt.s32 q6, q7, q0"},
  {0xfe031e04, "vmullt.u8 q0, q1, q2"},
  {0xfe197e0a, "vmullt.u16 q3, q4, q5"},
  {0xfe2fde00, "vmullt.u32 q6, q7, q0"},
  {0xee233e04, "vmullt.s32 q1, q1, q2"},
  {0xee330e04, "vmullb.p8 q0, q1, q2"},
  {0xfe396e0a, "vmullb.p16 q3, q4, q5"},
  {0xee3fde00, "vmullt.p8 q6, q7, q0"},
  {0xfe353e06, "vmullt.p16 q1, q2, q3"},
  {0xef020b44, "vqdmulh.s8 q0, q1, q2"},
  {0xef186b4a, "vqdmulh.s16 q3, q4, q5"},
  {0xef2ecb40, "vqdmulh.s32 q6, q7, q0"},
  {0xff020b44, "vqrdmulh.s8 q0, q1, q2"},
  {0xff186b4a, "vqrdmulh.s16 q3, q4, q5"},
  {0xff2ecb40, "vqrdmulh.s32 q6, q7, q0"},
  {0xee030e63, "vqdmulh.s8 q0, q1, r3"},
  {0xee174e6a, "vqdmulh.s16 q2, q3, sl"},
  {0xee2bae6c, "vqdmulh.s32 q5, q5, ip"},
  {0xfe030e63, "vqrdmulh.s8 q0, q1, r3"},
  {0xfe174e6a, "vqrdmulh.s16 q2, q3, sl"},
  {0xfe2bae6c, "vqrdmulh.s32 q5, q5, ip"},
  {0xee320f05, "vqdmullb.s16 q0, q1, q2"},
  {0xfe386f0b, "vqdmullb.s32 q3, q4, q5"},
  {0xee3edf01, "vqdmullt.s16 q6, q7, q0"},
  {0xfe343f07, "vqdmullt.s32 q1, q2, q3"},
  {0xee322f03, "vqdmullb.s16 q1, q1, q1"},
  {0xee320f65, "vqdmullb.s16 q0, q1, r5"},
  {0xfe364f6b, "vqdmullb.s32 q2, q3, fp"},
  {0xee389f60, "vqdmullt.s16 q4, q4, r0"},
  {0xfe3edf6e, "vqdmullt.s32 q6, q7, lr"},
  {0xee030e42, "vmla.s8 q0, q1, r2"},
  {0xfe196e48, "vmla.u16 q3, q4, r8"},
  {0xee2dae4c, "vmla.s32 q5, q6, ip"},
  {0xfe0fee41, "vmla.u8 q7, q7, r1"},
  {0xee031e42, "vmlas.s8 q0, q1, r2"},
  {0xfe197e48, "vmlas.u16 q3, q4, r8"},
  {0xee2dbe4c, "vmlas.s32 q5, q6, ip"},
  {0xfe2ffe41, "vmlas.u32 q7, q7, r1"},
  {0xee020e62, "vqdmlah.s8 q0, q1, r2"},
  {0xee186e68, "vqdmlah.s16 q3, q4, r8"},
  {0xee2cae6c, "vqdmlah.s32 q5, q6, ip"},
  {0xee020e42, "vqrdmlah.s8 q0, q1, r2"},
  {0xee186e48, "vqrdmlah.s16 q3, q4, r8"},
  {0xee2cae4c, "vqrdmlah.s32 q5, q6, ip"},
  {0xee021e62, "vqdmlash.s8 q0, q1, r2"},
  {0xee187e68, "vqdmlash.s16 q3, q4, r8"},
  {0xee2cbe6c, "vqdmlash.s32 q5, q6, ip"},
  {0xee021e42, "vqrdmlash.s8 q0, q1, r2"},
  {0xee187e48, "vqrdmlash.s16 q3, q4, r8"},
  {0xee2cbe4c, "vqrdmlash.s32 q5, q6, ip"},
  {0xee020e04, "vqdmladh.s8 q0, q1, q2"},
  {0xee186e0a, "vqdmladh.s16 q3, q4, q5"},
  {0xee2ece00, "vqdmladh.s32 q6, q7, q0"},
  {0xee021e04, "vqdmladhx.s8 q0, q1, q2"},
  {0xee187e0a, "vqdmladhx.s16 q3, q4, q5"},
  {0xee2ede00, "vqdmladhx.s32 q6, q7, q0"},
  {0xee020e05, "vqrdmladh.s8 q0, q1, q2"},
  {0xee186e0b, "vqrdmladh.s16 q3, q4, q5"},
  {0xee2ece01, "vqrdmladh.s32 q6, q7, q0"},
  {0xee021e05, "vqrdmladhx.s8 q0, q1, q2"},
  {0xee187e0b, "vqrdmladhx.s16 q3, q4, q5"},
  {0xee2ede01, "vqrdmladhx.s32 q6, q7, q0"},
  {0xfe020e04, "vqdmlsdh.s8 q0, q1, q2"},
  {0xfe186e0a, "vqdmlsdh.s16 q3, q4, q5"},
  {0xfe2ece00, "vqdmlsdh.s32 q6, q7, q0"},
  {0xfe021e04, "vqdmlsdhx.s8 q0, q1, q2"},
  {0xfe187e0a, "vqdmlsdhx.s16 q3, q4, q5"},
  {0xfe2ede00, "vqdmlsdhx.s32 q6, q7, q0"},
  {0xfe020e05, "vqrdmlsdh.s8 q0, q1, q2"},
  {0xfe186e0b, "vqrdmlsdh.s16 q3, q4, q5"},
  {0xfe2ece01, "vqrdmlsdh.s32 q6, q7, q0"},
  {0xfe021e05, "vqrdmlsdhx.s8 q0, q1, q2"},
  {0xfe187e0b, "vqrdmlsdhx.s16 q3, q4, q5"},
  {0xfe2ede01, "vqrdmlsdhx.s32 q6, q7, q0"},
  {0xee123e04, "vqdmladhx.s16 q1, q1, q2"},
  {0xeef20f04, "vmlav.s8 r0, q1, q2"},
  {0xeef62e08, "vmlav.s16 r2, q3, q4"},
  {0xeefb4e0c, "vmlav.s32 r4, q5, q6"},
  {0xfefe6f00, "vmlav.u8 r6, q7, q0"},
  {0xfef28e04, "vmlav.u16 r8, q1, q2"},
  {0xfef7ae08, "vmlav.u32 sl, q3, q4"},
  {0xeefacf2c, "vmlava.s8 ip, q5, q6"},
  {0xeefeee20, "vmlava.s16 lr, q7, q0"},
  {0xeef30e24, "vmlava.s32 r0, q1, q2"},
  {0xfef62f28, "vmlava.u8 r2, q3, q4"},
  {0xfefa4e2c, "vmlava.u16 r4, q5, q6"},
  {0xfeff6e20, "vmlava.u32 r6, q7, q0"},
  {0xeef29f04, "vmladavx.s8 r8, q1, q2"},
  {0xeef6be08, "vmladavx.s16 sl, q3, q4"},
  {0xeefbde0c, "vmladavx.s32 ip, q5, q6"},
  {0xeefeff20, "vmladavax.s8 lr, q7, q0"},
  {0xeef21e24, "vmladavax.s16 r0, q1, q2"},
  {0xeef73e28, "vmladavax.s32 r2, q3, q4"},
  {0xfefa4e0d, "vmlsdav.s8 r4, q5, q6"},
  {0xeefe6e01, "vmlsdav.s16 r6, q7, q0"},
  {0xeef38e05, "vmlsdav.s32 r8, q1, q2"},
  {0xfef6ae29, "vmlsdava.s8 sl, q3, q4"},
  {0xeeface2d, "vmlsdava.s16 ip, q5, q6"},
  {0xeeffee21, "vmlsdava.s32 lr, q7, q0"},
  {0xfef21e05, "vmlsdavx.s8 r0, q1, q2"},
  {0xeef63e09, "vmlsdavx.s16 r2, q3, q4"},
  {0xeefb5e0d, "vmlsdavx.s32 r4, q5, q6"},
  {0xfefe7e21, "vmlsdavax.s8 r6, q7, q0"},
  {0xeef29e25, "vmlsdavax.s16 r8, q1, q2"},
  {0xeef7be29, "vmlsdavax.s32 sl, q3, q4"},
  {0xee820e04, "vmlalv.s16 r0, r1, q1, q2"},
  {0xee972e08, "vmlalv.s32 r2, r3, q3, q4"},
  {0xfeaa4e0c, "vmlalv.u16 r4, r5, q5, q6"},
  {0xfebf6e00, "vmlalv.u32 r6, r7, q7, q0"},
  {0xeec28e24, "vmlalva.s16 r8, r9, q1, q2"},
  {0xeed7ae28, "vmlalva.s32 sl, fp, q3, q4"},
  {0xfe8ace2c, "vmlalva.u16 ip, r1, q5, q6"},
  {0xfe9fee20, "vmlalva.u32 lr, r3, q7, q0"},
  {0xeea21e04, "vmlaldavx.s16 r0, r5, q1, q2"},
  {0xeeb73e08, "vmlaldavx.s32 r2, r7, q3, q4"},
  {0xeeca5e2c, "vmlaldavax.s16 r4, r9, q5, q6"},
  {0xeedf7e20, "vmlaldavax.s32 r6, fp, q7, q0"},
  {0xee820e05, "vmlsldav.s16 r0, r1, q1, q2"},
  {0xee972e09, "vmlsldav.s32 r2, r3, q3, q4"},
  {0xeeaa4e2d, "vmlsldava.s16 r4, r5, q5, q6"},
  {0xeebf6e21, "vmlsldava.s32 r6, r7, q7, q0"},
  {0xeec29e05, "vmlsldavx.s16 r8, r9, q1, q2"},
  {0xeed7be09, "vmlsldavx.s32 sl, fp, q3, q4"},
  {0xee8ade2d, "vmlsldavax.s16 ip, r1, q5, q6"},
  {0xee9ffe21, "vmlsldavax.s32 lr, r3, q7, q0"},
  {0xee820f04, "vrmlalvh.s32 r0, r1, q1, q2"},
  {0xeec62f08, "vrmlalvh.s32 r2, r9, q3, q4"},
  {0xfeaa4f0c, "vrmlalvh.u32 r4, r5, q5, q6"},
  {0xfede6f00, "vrmlalvh.u32 r6, fp, q7, q0"},
  {0xeec28f24, "vrmlalvha.s32 r8, r9, q1, q2"},
  {0xeeb2af24, "vrmlalvha.s32 sl, r7, q1, q2"},
  {0xfe96cf28, "vrmlalvha.u32 ip, r3, q3, q4"},
  {0xfedaef2c, "vrmlalvha.u32 lr, fp, q5, q6"},
  {0xeeae1f00, "vrmlaldavhx.s32 r0, r5, q7, q0"},
  {0xeec23f04, "vrmlaldavhx.s32 r2, r9, q1, q2"},
  {0xee865f28, "vrmlaldavhax.s32 r4, r1, q3, q4"},
  {0xeeda7f2c, "vrmlaldavhax.s32 r6, fp, q5, q6"},
  {0xfe820e05, "vrmlsldavh.s32 r0, r1, q1, q2"},
  {0xfe962e29, "vrmlsldavha.s32 r2, r3, q3, q4"},
  {0xfeaa5e0d, "vrmlsldavhx.s32 r4, r5, q5, q6"},
  {0xfebe7e21, "vrmlsldavhax.s32 r6, r7, q7, q0"},
  {0xee820f05, "vabav.s8 r0, q1, q2"},
  {0xee961f09, "vabav.s16 r1, q3, q4"},
  {0xeeaacf0d, "vabav.s32 ip, q5, q6"},
  {0xfe8eef01, "vabav.u8 lr, q7, q0"},
  {0xfe923f03, "vabav.u16 r3, q1, q1"},
  {0xfea68f09, "vabav.u32 r8, q3, q4"},
  {0xeef10f02, "vaddv.s8 r0, q1"},
  {0xeef52f06, "vaddv.s16 r2, q3"},
  {0xeef94f0a, "vaddv.s32 r4, q5"},
  {0xfef16f0e, "vaddv.u8 r6, q7"},
  {0xfef58f00, "vaddv.u16 r8, q0"},
  {0xfef9af04, "vaddv.u32 sl, q2"},
  {0xeef1cf28, "vaddva.s8 ip, q4"},
  {0xeef5ef2c, "vaddva.s16 lr, q6"},
  {0xeef90f22, "vaddva.s32 r0, q1"},
  {0xfef12f26, "vaddva.u8 r2, q3"},
  {0xfef54f2a, "vaddva.u16 r4, q5"},
  {0xfef96f2e, "vaddva.u32 r6, q7"},
  {0xee890f02, "vaddlv.s32 r0, r1, q1"},
  {0xfed92f06, "vaddlv.u32 r2, fp, q3"},
  {0xeea94f2a, "vaddlva.s32 r4, r5, q5"},
  {0xfec9ef2e, "vaddlva.u32 lr, r9, q7"},
  {0xeee20f02, "vmaxv.s8 r0, q1"},
  {0xeee61f04, "vmaxv.s16 r1, q2"},
  {0xeeea2f06, "vmaxv.s32 r2, q3"},
  {0xfee23f08, "vmaxv.u8 r3, q4"},
  {0xfee64f0a, "vmaxv.u16 r4, q5"},
  {0xfeea5f0c, "vmaxv.u32 r5, q6"},
  {0xeee26f8e, "vminv.s8 r6, q7"},
  {0xeee67f80, "vminv.s16 r7, q0"},
  {0xeeea8f82, "vminv.s32 r8, q1"},
  {0xfee29f84, "vminv.u8 r9, q2"},
  {0xfee6af86, "vminv.u16 sl, q3"},
  {0xfeeabf88, "vminv.u32 fp, q4"},
  {0xeee0cf0a, "vmaxav.s8 ip, q5"},
  {0xeee4ef0c, "vmaxav.s16 lr, q6"},
  {0xeee80f0e, "vmaxav.s32 r0, q7"},
  {0xeee01f80, "vminav.s8 r1, q0"},
  {0xeee42f82, "vminav.s16 r2, q1"},
  {0xeee83f84, "vminav.s32 r3, q2"},
};

/* The state generator of tests/unit/test_mve_mac.cpp (make_case). */
static const uint32_t kSpecial[16] = {
  0x00000000, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0x80008000, 0x7FFF7FFF, 0x80808080, 0x7F7F7F7F,
  0x00000001, 0x00010001, 0x01010101, 0xFFFF8000, 0x8000FFFF, 0x807F7F80, 0x0000FFFF, 0x00FF00FF};

static uint32_t word(uint32_t *s)
{
  uint32_t r = xorshift32(s);
  if ((r & 3) == 0)
    return kSpecial[(r >> 8) & 15];
  return xorshift32(s);
}

static int make_case(unsigned insn, unsigned k, struct state *st)
{
  static const uint16_t kMasks[4] = {0, 0x0FF0, 0, 0x0000};
  uint32_t s = (0x9E3779B9u * (insn * 8 + k + 1)) ^ 0x2545F491u;
  if (!s)
    s = 1;
  for (int i = 0; i < 32; i++)
    st->q[i] = word(&s);
  for (int i = 0; i < 14; i++)
    st->r[i] = word(&s);
  st->p0 = (k == 4 || k == 6) ? (xorshift32(&s) & 0xFFFF) : kMasks[k & 3];
  st->fpscr = (k & 1) ? (xorshift32(&s) & 0xF8000000u) : 0;
  return k >= 4;
}

int main(void)
{
  const unsigned n = sizeof kInsns / sizeof kInsns[0];
  uint32_t all = 2166136261u;
  for (unsigned i = 0; i < n; i++) {
    uint32_t h = 2166136261u;
    unsigned changed = 0;
    for (unsigned k = 0; k < 8; k++) {
      struct state in, out;
      int predicated = make_case(i, k, &in);
      uint32_t pre = predicated ? VPST_T : NOP_W;
      out = in;
      mac_stub_slot[0] = (uint16_t)(pre >> 16);
      mac_stub_slot[1] = (uint16_t)pre;
      mac_stub_slot[2] = (uint16_t)(kInsns[i].enc >> 16);
      mac_stub_slot[3] = (uint16_t)kInsns[i].enc;
      __asm__ volatile("dsb\n\tisb" ::: "memory");
      mac_stub(&out);
      const uint32_t *a = (const uint32_t *)&in, *b = (const uint32_t *)&out;
      for (unsigned w = 0; w < sizeof out / 4; w++)
        changed += a[w] != b[w];
      h = fnv1a_u32(h, 0);
      for (unsigned w = 0; w < sizeof out / 4; w++)
        h = fnv1a_u32(h, b[w]);
    }
    all = fnv1a_u32(all, h);
    printf("%08lx %-36s %08lx %3u\n", (unsigned long)kInsns[i].enc, kInsns[i].text, (unsigned long)h, changed);
  }
  printf("%u encodings, 8 states each: %08lx\n", n, (unsigned long)all);
  return 0;
}
