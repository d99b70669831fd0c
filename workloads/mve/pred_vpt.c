/*
 * Helium predication: VCMP (integer, every condition and element size, vector
 * and scalar second operands, ZR), VPT blocks of every mask shape (T, TT,
 * TE, TTE, TET, TEE, TTTT ... TEEE) with then/else lanes, a VCMP inside a VPT
 * block (its result ANDed into the active lanes), VPST, VPSEL, VPNOT, VCTP of
 * every element size, and the _m / _x / _z intrinsic forms GCC turns into
 * VPST blocks.
 */
#include <arm_mve.h>

#include "difftest.h"

static uint32_t seed = 0xBADC0DEu;

static int32x4_t s32x4(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
  const uint32_t t[4] = {a, b, c, d};
  return vreinterpretq_s32_u32(vld1q_u32(t));
}

/* Operands with edge values: equal lanes, signed/unsigned order flips. */
static void fill(uint8_t *a, uint8_t *b)
{
  for (int i = 0; i < 16; i++) {
    a[i] = (uint8_t)xorshift32(&seed);
    b[i] = (uint8_t)xorshift32(&seed);
  }
  a[0] = b[0];
  a[5] = 0x80; b[5] = 0x7F;
  a[6] = 0x7F; b[6] = 0x80;
  a[9] = 0xFF; b[9] = 0x00;
  a[12] = b[12] = 0x80;
}

static void test_vcmp(void)
{
  uint8_t ab[16], bb[16];
  uint32_t h = 2166136261u;
  for (int round = 0; round < 8; round++) {
    fill(ab, bb);
    uint8x16_t a8 = vld1q_u8(ab), b8 = vld1q_u8(bb);
    int8x16_t s8a = vreinterpretq_s8_u8(a8), s8b = vreinterpretq_s8_u8(b8);
    uint16x8_t a16 = vreinterpretq_u16_u8(a8), b16 = vreinterpretq_u16_u8(b8);
    int16x8_t s16a = vreinterpretq_s16_u8(a8), s16b = vreinterpretq_s16_u8(b8);
    uint32x4_t a32 = vreinterpretq_u32_u8(a8), b32 = vreinterpretq_u32_u8(b8);
    int32x4_t s32a = vreinterpretq_s32_u8(a8), s32b = vreinterpretq_s32_u8(b8);
    int8_t s8 = (int8_t)ab[3];
    int16_t s16 = (int16_t)(ab[2] | ab[3] << 8);
    int32_t s32 = (int32_t)(ab[4] | ab[5] << 8 | ab[6] << 16 | (uint32_t)ab[7] << 24);
    mve_pred16_t p[] = {
        vcmpeqq_u8(a8, b8), vcmpneq_u8(a8, b8), vcmpcsq_u8(a8, b8), vcmphiq_u8(a8, b8),
        vcmpgeq_s8(s8a, s8b), vcmpltq_s8(s8a, s8b), vcmpgtq_s8(s8a, s8b), vcmpleq_s8(s8a, s8b),
        vcmpeqq_u16(a16, b16), vcmpneq_u16(a16, b16), vcmpcsq_u16(a16, b16), vcmphiq_u16(a16, b16),
        vcmpgeq_s16(s16a, s16b), vcmpltq_s16(s16a, s16b), vcmpgtq_s16(s16a, s16b), vcmpleq_s16(s16a, s16b),
        vcmpeqq_u32(a32, b32), vcmpneq_u32(a32, b32), vcmpcsq_u32(a32, b32), vcmphiq_u32(a32, b32),
        vcmpgeq_s32(s32a, s32b), vcmpltq_s32(s32a, s32b), vcmpgtq_s32(s32a, s32b), vcmpleq_s32(s32a, s32b),
        vcmpeqq_n_s8(s8a, s8), vcmpneq_n_s8(s8a, s8), vcmpcsq_n_u8(a8, (uint8_t)s8), vcmphiq_n_u8(a8, (uint8_t)s8),
        vcmpgeq_n_s8(s8a, s8), vcmpltq_n_s8(s8a, s8), vcmpgtq_n_s8(s8a, s8), vcmpleq_n_s8(s8a, s8),
        vcmpeqq_n_s16(s16a, s16), vcmpcsq_n_u16(a16, (uint16_t)s16), vcmphiq_n_u16(a16, (uint16_t)s16),
        vcmpgeq_n_s16(s16a, s16), vcmpltq_n_s16(s16a, s16), vcmpleq_n_s16(s16a, s16),
        vcmpeqq_n_u32(a32, (uint32_t)s32), vcmpneq_n_u32(a32, OPAQUE(0u)), vcmphiq_n_u32(a32, (uint32_t)s32),
        vcmpcsq_n_u32(a32, OPAQUE(0u)), vcmpgtq_n_s32(s32a, s32), vcmpleq_n_s32(s32a, OPAQUE(0)), vcmpltq_n_s32(s32a, OPAQUE(0)),
        /* predicated compares: VPST + VCMPT, the result ANDed with the predicate */
        vcmpeqq_m_u8(a8, b8, 0x0FF0), vcmpgtq_m_s16(s16a, s16b, 0x5555), vcmphiq_m_u32(a32, b32, 0xFF00),
        vcmpltq_m_n_s8(s8a, s8, 0x3C3C), vcmpneq_m_n_u16(a16, (uint16_t)s16, OPAQUE((mve_pred16_t)0xAAAA)), vcmpgeq_m_n_s32(s32a, s32, 0x00FF),
    };
    for (unsigned i = 0; i < sizeof p / sizeof p[0]; i++) h = fnv1a_u32(h, p[i]);
    if (round == 0)
      for (unsigned i = 0; i < sizeof p / sizeof p[0]; i++) printf("%04x%c", p[i], i % 12 == 11 ? '\n' : ' ');
  }
  printf("\n");
  P32("vcmp hash", h);

  /* ZR as the scalar: vcmp.s32 gt, q, zr etc. in assembly. */
  int32x4_t z = s32x4(0, 0x80000000u, 1, 0x7FFFFFFFu);
  uint32_t r[4];
  __asm__("vcmp.i32 eq, %q4, zr\n\tvmrs %0, p0\n\t"
          "vcmp.s32 gt, %q4, zr\n\tvmrs %1, p0\n\t"
          "vcmp.u32 hi, %q4, zr\n\tvmrs %2, p0\n\t"
          "vcmp.s32 le, %q4, zr\n\tvmrs %3, p0"
          : "=&r"(r[0]), "=&r"(r[1]), "=&r"(r[2]), "=&r"(r[3]) : "w"(z));
  printf("zr: %04lx %04lx %04lx %04lx\n", (unsigned long)r[0], (unsigned long)r[1], (unsigned long)r[2],
         (unsigned long)r[3]);
}

/* VPT block shapes: lanes 0 and 2 compare equal; each instruction of the
 * block adds 1 << i to its active lanes of q2 (start 0). */
#define VPT_BLOCK(VPT, BODY)                                                 \
  do {                                                                       \
    uint32_t out[4];                                                         \
    __asm__ volatile("vmov.i32 q2, #0\n\t"                                   \
                     "vmov.i32 q3, #1\n\t"                                   \
                     VPT "\n\t" BODY "\n\t"                                  \
                     "vstrw.32 q2, [%2]\n\t"                                 \
                     "vmrs r0, vpr\n\t"                                      \
                     "str r0, [%3]"                                          \
                     :: "w"(a), "w"(b), "r"(out), "r"(&vpr_after)            \
                     : "q2", "q3", "r0", "memory");                          \
    printf("%-28s %08lx %08lx %08lx %08lx vpr %08lx\n", VPT, (unsigned long)out[0], \
           (unsigned long)out[1], (unsigned long)out[2], (unsigned long)out[3], \
           (unsigned long)vpr_after);                                        \
  } while (0)

static void test_vpt_shapes(void)
{
  uint32_t vpr_after;
  int32x4_t a = s32x4(5, 6, 7, 8);
  int32x4_t b = s32x4(5, 0, 7, 0);
  VPT_BLOCK("vpt.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3");
  VPT_BLOCK("vptt.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2");
  VPT_BLOCK("vpte.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2");
  VPT_BLOCK("vpttt.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3");
  VPT_BLOCK("vptte.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3");
  VPT_BLOCK("vptet.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3");
  VPT_BLOCK("vptee.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3");
  VPT_BLOCK("vptttt.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2");
  VPT_BLOCK("vpttte.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2");
  VPT_BLOCK("vpttet.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2");
  VPT_BLOCK("vpttee.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2");
  VPT_BLOCK("vptett.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2");
  VPT_BLOCK("vptete.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2");
  VPT_BLOCK("vpteet.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2");
  VPT_BLOCK("vpteee.i32 eq, %q0, %q1", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2");
  /* Scalar and ZR forms, other sizes, and a VCMP inside the block. */
  VPT_BLOCK("vptet.s16 gt, %q0, r0", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q2\n\tvaddt.i32 q2, q2, q3");
  VPT_BLOCK("vpte.u8 hi, %q0, zr", "vaddt.i32 q2, q2, q3\n\tvadde.i32 q2, q2, q3");
  VPT_BLOCK("vptt.i32 eq, %q0, %q1", "vcmpt.u32 cs, %q0, %q1\n\tvaddt.i32 q2, q2, q3");
  VPT_BLOCK("vpte.i32 ne, %q0, %q1", "vcmpt.s32 gt, %q0, zr\n\tvadde.i32 q2, q2, q3");
  VPT_BLOCK("vpstte", "vaddt.i32 q2, q2, q3\n\tvaddt.i32 q2, q2, q2\n\tvadde.i32 q2, q2, q3");
}

static void test_vpsel_vpnot_vctp(void)
{
  uint8_t ab[16], bb[16];
  fill(ab, bb);
  uint8x16_t a = vld1q_u8(ab), b = vld1q_u8(bb);
  uint32_t h = 2166136261u;
  const mve_pred16_t preds[] = {0x0000, 0xFFFF, 0x00FF, 0x5A5A, 0x8001, 0x0FF0};
  for (unsigned i = 0; i < sizeof preds / sizeof preds[0]; i++) {
    uint8x16_t s = vpselq_u8(a, b, preds[i]);
    uint16x8_t s16 = vpselq_u16(vreinterpretq_u16_u8(a), vreinterpretq_u16_u8(b), preds[i]);
    mve_pred16_t n = vpnot(preds[i]);
    h = fnv1a_u32(fnv1a_u32(h, fnv1a(&s, 16) ^ fnv1a(&s16, 16)), n);
    printf("vpsel/vpnot %04x -> %08lx %04x\n", preds[i], (unsigned long)fnv1a(&s, 16), n);
  }
  for (uint32_t n = 0; n <= 18; n++) {
    printf("vctp %2lu: %04x %04x %04x %04x | m %04x %04x\n", (unsigned long)n, vctp8q(n), vctp16q(n), vctp32q(n),
           vctp64q(n), vctp8q_m(n, 0x5A5A), vctp32q_m(n, 0xF0F0));
  }
  /* VPNOT and VPSEL inside VPT blocks (VPNOT under a predicate: inactive
   * lanes become 0). */
  uint32_t p1, p2;
  __asm__("vpt.i8 eq, %q2, %q2\n\tvpnott\n\tvmrs %0, p0\n\t"
          "vpte.u8 hi, %q2, %q3\n\tvpnott\n\tvpnote\n\tvmrs %1, p0"
          : "=&r"(p1), "=&r"(p2) : "w"(a), "w"(b));
  printf("vpnot in blocks: %04lx %04lx\n", (unsigned long)p1, (unsigned long)p2);
  P32("vpsel/vpnot hash", h);
}

/* _m, _x and _z forms: merge, don't-care (checked only on active lanes) and zeroing. */
static void test_predicated_forms(void)
{
  uint32_t h = 2166136261u;
  for (int round = 0; round < 16; round++) {
    uint8_t ab[16], bb[16];
    fill(ab, bb);
    int16x8_t a = vreinterpretq_s16_u8(vld1q_u8(ab)), b = vreinterpretq_s16_u8(vld1q_u8(bb));
    mve_pred16_t p = (mve_pred16_t)xorshift32(&seed);
    mve_pred16_t gt = vcmpgtq_s16(a, b);
    int16x8_t m = vaddq_m_s16(b, a, b, p);
    int16x8_t z = vsubq_x_s16(a, b, gt);
    int16x8_t zz = vpselq_s16(z, vdupq_n_s16(0), gt);   /* only the active lanes of _x are defined */
    int16x8_t mx = vmaxq_m_s16(a, a, b, vpnot(gt));
    h = fnv1a_u32(h, fnv1a(&m, 16));
    h = fnv1a_u32(h, fnv1a(&zz, 16));
    h = fnv1a_u32(h, fnv1a(&mx, 16));
    h = fnv1a_u32(h, p ^ gt);
  }
  P32("_m/_x forms hash", h);
}

int main(void)
{
  test_vcmp();
  test_vpt_shapes();
  test_vpsel_vpnot_vctp();
  test_predicated_forms();
  return 0;
}
