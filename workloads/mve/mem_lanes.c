/*
 * Moves between Helium vector lanes and core registers, and the predicate
 * register as a system register:
 *   - VMOV.8/.16/.32 Qd[x], Rt and VMOV.s8/u8/s16/u16/32 Rt, Qn[x] for
 *     every lane (vgetq_lane / vsetq_lane, sign and zero extension);
 *   - VMOV of two 32-bit lanes to/from two core registers, checked through
 *     round trips and symmetric sums only: QEMU 7.2 pairs the registers with
 *     the lanes the other way round from the assembler syntax (see
 *     tests/unit/test_mve_mem.cpp);
 *   - VMRS/VMSR of VPR and P0, and VLDR/VSTR of VPR, P0 and FPSCR_nzcvqc
 *     (written with .inst: binutils 2.40 has no syntax for them).
 */
#include <arm_mve.h>

#include "difftest.h"

static uint32_t seed = 4242;

static void test_lanes(void)
{
  uint8_t b[16];
  for (int i = 0; i < 16; i++) b[i] = (uint8_t)xorshift32(&seed);
  b[3] = 0x80;
  b[6] = 0x7F;
  b[9] = 0xFF;
  uint8x16_t v8 = vld1q_u8(b);
  int8x16_t s8 = vreinterpretq_s8_u8(v8);
  uint16x8_t v16 = vreinterpretq_u16_u8(v8);
  int16x8_t s16 = vreinterpretq_s16_u8(v8);
  uint32x4_t v32 = vreinterpretq_u32_u8(v8);
  uint32_t h = 2166136261u;
#define LANES(GET, V, N)                                                       \
  for (int i = 0; i < (N); i++) {                                              \
    int32_t x;                                                                 \
    switch (i) {                                                               \
      case 0: x = (int32_t)GET(V, 0); break;                                   \
      case 1: x = (int32_t)GET(V, 1); break;                                   \
      case 2: x = (int32_t)GET(V, 2); break;                                   \
      case 3: x = (int32_t)GET(V, 3); break;                                   \
      case 4: x = (int32_t)GET(V, (4 % (N))); break;                           \
      case 5: x = (int32_t)GET(V, (5 % (N))); break;                           \
      case 6: x = (int32_t)GET(V, (6 % (N))); break;                           \
      case 7: x = (int32_t)GET(V, (7 % (N))); break;                           \
      case 8: x = (int32_t)GET(V, (8 % (N))); break;                           \
      case 9: x = (int32_t)GET(V, (9 % (N))); break;                           \
      case 10: x = (int32_t)GET(V, (10 % (N))); break;                         \
      case 11: x = (int32_t)GET(V, (11 % (N))); break;                         \
      case 12: x = (int32_t)GET(V, (12 % (N))); break;                         \
      case 13: x = (int32_t)GET(V, (13 % (N))); break;                         \
      case 14: x = (int32_t)GET(V, (14 % (N))); break;                         \
      default: x = (int32_t)GET(V, (15 % (N))); break;                         \
    }                                                                          \
    printf("%s[%d] = %ld\n", #GET, i, (long)x);                                \
    h = fnv1a_u32(h, (uint32_t)x);                                             \
  }
  LANES(vgetq_lane_u8, v8, 16)
  LANES(vgetq_lane_s8, s8, 16)
  LANES(vgetq_lane_u16, v16, 8)
  LANES(vgetq_lane_s16, s16, 8)
  LANES(vgetq_lane_u32, v32, 4)
  P32("lanes read", h);

  /* Writes: each lane of each size in turn, the vector printed after. */
  uint8x16_t w8 = vdupq_n_u8(0xEE);
  w8 = vsetq_lane_u8(0x11, w8, 0);
  w8 = vsetq_lane_u8(0x22, w8, 7);
  w8 = vsetq_lane_u8(0x33, w8, 8);
  w8 = vsetq_lane_u8(0x44, w8, 15);
  uint16x8_t w16 = vdupq_n_u16(0xEEEE);
  w16 = vsetq_lane_u16(0x1234, w16, 0);
  w16 = vsetq_lane_u16(0x5678, w16, 3);
  w16 = vsetq_lane_u16(0x9ABC, w16, 4);
  w16 = vsetq_lane_u16(0xDEF0, w16, 7);
  uint32x4_t w32 = vdupq_n_u32(0xEEEEEEEE);
  w32 = vsetq_lane_u32(0x01234567, w32, 1);
  w32 = vsetq_lane_u32(0x89ABCDEF, w32, 2);
  uint8_t o[16];
  vst1q_u8(o, w8);
  for (int i = 0; i < 16; i++) printf("%02x", o[i]);
  printf("\n");
  vst1q_u8(o, vreinterpretq_u8_u16(w16));
  for (int i = 0; i < 16; i++) printf("%02x", o[i]);
  printf("\n");
  vst1q_u8(o, vreinterpretq_u8_u32(w32));
  for (int i = 0; i < 16; i++) printf("%02x", o[i]);
  printf("\n");
}

/* VMOV Rt, Rt2, Qd[idx+2], Qd[idx] and back: the round trip restores the
 * lanes whichever way they pair; the sum does not depend on the pairing. */
static void test_lane_pairs(void)
{
  uint32_t in[4] = {0x11111111, 0x22222220, 0x33333300, 0x44443000};
  uint32_t out[4] = {0};
  uint32_t sum02, sum13, x02;
  __asm__ volatile("vldrw.u32 q3, [%3]\n\t"
                   "vmov r4, r5, q3[2], q3[0]\n\t"
                   "add %0, r4, r5\n\t"
                   "eor %2, r4, r5\n\t"
                   "vmov r6, r8, q3[3], q3[1]\n\t"
                   "add %1, r6, r8\n\t"
                   "vmov.i32 q6, #0\n\t"
                   "vmov q6[2], q6[0], r4, r5\n\t"
                   "vmov q6[3], q6[1], r6, r8\n\t"
                   "vstrw.32 q6, [%4]"
                   : "=&r"(sum02), "=&r"(sum13), "=&r"(x02)
                   : "r"(in), "r"(out)
                   : "r4", "r5", "r6", "r8", "q3", "q6", "memory");
  printf("pairs: %08lx %08lx %08lx | %08lx %08lx %08lx %08lx\n", (unsigned long)sum02, (unsigned long)sum13,
         (unsigned long)x02, (unsigned long)out[0], (unsigned long)out[1], (unsigned long)out[2],
         (unsigned long)out[3]);
}

/* VPR and P0 as system registers. */
static void test_vpr(void)
{
  static uint32_t mem[8] __attribute__((aligned(16)));
  uint32_t vpr, p0, p0b;
  __asm__ volatile("mov r0, #0x1234\n\tmovt r0, #0x0044\n\t"
                   "vmsr vpr, r0\n\t"
                   "vmrs %0, vpr\n\t"
                   "vmrs %1, p0\n\t"
                   "movw r0, #0xBEEF\n\t"
                   "vmsr p0, r0\n\t"
                   "vmrs %2, p0"
                   : "=&r"(vpr), "=&r"(p0), "=&r"(p0b) :: "r0");
  uint32_t vpr2;
  __asm__ volatile("vmrs %0, vpr" : "=r"(vpr2));
  __asm__ volatile("vmsr vpr, %0" :: "r"(0u));
  printf("vpr %08lx p0 %08lx p0 after vmsr %08lx vpr %08lx\n", (unsigned long)vpr, (unsigned long)p0,
         (unsigned long)p0b, (unsigned long)vpr2);

  /* VSTR/VLDR of VPR and P0 (and FPSCR_nzcvqc) with every addressing form. */
  for (int i = 0; i < 8; i++) mem[i] = 0xEEEEEEEEu;
  uint32_t *p = mem + 2;
  uint32_t after_load;
  __asm__ volatile("mov r0, #0x5A5A\n\tmovt r0, #0x0012\n\t"
                   "vmsr vpr, r0\n\t"
                   "mov r1, %1\n\t"
                   ".inst.w 0xedc18f81\n\t"   /* vstr vpr, [r1, #4]      */
                   ".inst.w 0xed41af81\n\t"   /* vstr p0, [r1, #-4]      */
                   ".inst.w 0xede1af82\n\t"   /* vstr p0, [r1, #8]!      */
                   ".inst.w 0xece18f81\n\t"   /* vstr vpr, [r1], #4      */
                   ".inst.w 0xed814f81\n\t"   /* vstr fpscr_nzcvqc, [r1, #4] */
                   "mov %0, r1\n\t"
                   "movw r0, #0x00F0\n\t"
                   "str r0, [r1, #-8]\n\t"
                   ".inst.w 0xed51af82\n\t"   /* vldr p0, [r1, #-8]      */
                   : "+r"(p) : "r"(mem + 2) : "r0", "r1", "memory");
  __asm__ volatile("vmrs %0, vpr" : "=r"(after_load));
  __asm__ volatile("vmsr vpr, %0" :: "r"(0u));
  printf("vstr/vldr sysreg: base%+d vpr after vldr p0 %08lx mem", (int)(p - (mem + 2)), (unsigned long)after_load);
  for (int i = 0; i < 8; i++) printf(" %08lx", (unsigned long)mem[i]);
  printf("\n");
}

int main(void)
{
  test_lanes();
  test_lane_pairs();
  test_vpr();
  return 0;
}
