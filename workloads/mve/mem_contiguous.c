/*
 * Helium contiguous loads and stores: VLDRB/VLDRH/VLDRW and VSTRB/VSTRH/VSTRW
 * of every element size, the widening loads (.s16/.u16/.s32/.u32 from bytes
 * and halfwords) and narrowing stores, predicated with all-true, all-false,
 * alternating, random and VCTP predicates (inactive load elements read as
 * zero, inactive store elements leave memory alone), and every addressing
 * form (offset, pre-index with writeback, post-index, negative offsets) in
 * inline assembly. All accesses are element-aligned (unaligned MVE accesses
 * fault on the architecture but not on QEMU 7.2: see tests/unit/test_mve_mem.cpp).
 */
#include <arm_mve.h>

#include "difftest.h"

static uint8_t src[256] __attribute__((aligned(16)));
static uint8_t dst[256] __attribute__((aligned(16)));
static uint32_t seed = 0x1234567u;

static void fill(uint8_t *p, int n)
{
  for (int i = 0; i < n; i++) p[i] = (uint8_t)xorshift32(&seed);
}

static void show(const char *what, const void *v)
{
  const uint8_t *b = (const uint8_t *)v;
  printf("%-24s", what);
  for (int i = 0; i < 16; i++) printf("%02x", b[15 - i]);
  printf("\n");
}

static void show_mem(const char *what, const uint8_t *p, int n)
{
  printf("%-24s %08lx ", what, (unsigned long)fnv1a(p, (size_t)n));
  for (int i = 0; i < 8 && i < n; i++) printf("%02x", p[i]);
  printf("\n");
}

/* Predicates: every byte, none, alternating elements of each size, random. */
static const mve_pred16_t kPreds[] = {0xFFFF, 0x0000, 0x5555, 0x3333, 0x0F0F, 0x00FF, 0xFF00, 0x0001, 0x8000};

#define LOAD_FORMS(T, LD, LDZ, NAME)                                       \
  do {                                                                     \
    T r = LD((const void *)(src + 16));                                    \
    show(NAME, &r);                                                        \
    for (unsigned k = 0; k < sizeof kPreds / sizeof kPreds[0]; k++) {      \
      T z = LDZ((const void *)(src + 32 + 16 * k), kPreds[k]);             \
      char name[32];                                                       \
      snprintf(name, sizeof name, "%s_z %04x", NAME, kPreds[k]);           \
      show(name, &z);                                                      \
    }                                                                      \
  } while (0)

static void test_loads(void)
{
  LOAD_FORMS(int8x16_t, vld1q_s8, vld1q_z_s8, "vld1q_s8");
  LOAD_FORMS(uint16x8_t, vld1q_u16, vld1q_z_u16, "vld1q_u16");
  LOAD_FORMS(int32x4_t, vld1q_s32, vld1q_z_s32, "vld1q_s32");
  LOAD_FORMS(int16x8_t, vldrbq_s16, vldrbq_z_s16, "vldrbq_s16");
  LOAD_FORMS(uint16x8_t, vldrbq_u16, vldrbq_z_u16, "vldrbq_u16");
  LOAD_FORMS(int32x4_t, vldrbq_s32, vldrbq_z_s32, "vldrbq_s32");
  LOAD_FORMS(uint32x4_t, vldrbq_u32, vldrbq_z_u32, "vldrbq_u32");
  LOAD_FORMS(int32x4_t, vldrhq_s32, vldrhq_z_s32, "vldrhq_s32");
  LOAD_FORMS(uint32x4_t, vldrhq_u32, vldrhq_z_u32, "vldrhq_u32");
}

#define STORE_FORMS(T, LD, ST, STP, NAME, BYTES)                           \
  do {                                                                     \
    T v = LD((const void *)(src + 48));                                    \
    memset(dst, 0xEE, sizeof dst);                                         \
    ST((void *)dst, v);                                                    \
    show_mem(NAME, dst, BYTES);                                            \
    for (unsigned k = 0; k < sizeof kPreds / sizeof kPreds[0]; k++) {      \
      char name[32];                                                       \
      memset(dst, 0xEE, sizeof dst);                                       \
      STP((void *)dst, v, kPreds[k]);                                      \
      snprintf(name, sizeof name, "%s_p %04x", NAME, kPreds[k]);           \
      show_mem(name, dst, 16);                                             \
    }                                                                      \
  } while (0)

static void test_stores(void)
{
  STORE_FORMS(uint8x16_t, vld1q_u8, vst1q_u8, vst1q_p_u8, "vst1q_u8", 16);
  STORE_FORMS(int16x8_t, vld1q_s16, vst1q_s16, vst1q_p_s16, "vst1q_s16", 16);
  STORE_FORMS(uint32x4_t, vld1q_u32, vst1q_u32, vst1q_p_u32, "vst1q_u32", 16);
  STORE_FORMS(int16x8_t, vld1q_s16, vstrbq_s16, vstrbq_p_s16, "vstrbq_s16", 8);
  STORE_FORMS(int32x4_t, vld1q_s32, vstrbq_s32, vstrbq_p_s32, "vstrbq_s32", 4);
  STORE_FORMS(uint32x4_t, vld1q_u32, vstrhq_u32, vstrhq_p_u32, "vstrhq_u32", 8);
}

/* VCTP predicates of every element size and count, on a widening load and
 * a narrowing store. */
static void test_vctp_predicated(void)
{
  uint32_t h = 2166136261u;
  for (uint32_t n = 0; n <= 18; n++) {
    int16x8_t a = vldrbq_z_s16(src + n, vctp16q(n));
    uint32x4_t b = vldrhq_z_u32((const uint16_t *)(src + 64 + 2 * n), vctp32q(n));
    uint8x16_t c = vld1q_z_u8(src + 128, vctp8q(n));
    memset(dst, 0xEE, 64);
    vstrbq_p_s16((int8_t *)dst, a, vctp16q(n));
    vstrhq_p_u32((uint16_t *)(dst + 16), b, vctp32q(n));
    vst1q_p_u8(dst + 32, c, vctp8q(n));
    h = fnv1a_u32(h, fnv1a(dst, 64));
    h = fnv1a_u32(h, fnv1a(&a, 16) ^ fnv1a(&b, 16) ^ fnv1a(&c, 16));
  }
  P32("vctp predicated", h);
}

/* Addressing forms: [Rn, #imm], [Rn, #imm]!, [Rn], #imm with positive and
 * negative offsets; the written-back base is printed as an offset. */
#define ASM_LOAD(INSN, START)                                              \
  do {                                                                     \
    uint8_t *p = src + (START);                                            \
    uint32_t out[4];                                                       \
    __asm__ volatile(INSN "\n\tvstrw.32 q0, [%1]"                          \
                     : "+l"(p) : "r"(out) : "q0", "memory");               \
    printf("%-36s %08lx %08lx %08lx %08lx base%+d\n", INSN,                \
           (unsigned long)out[0], (unsigned long)out[1],                   \
           (unsigned long)out[2], (unsigned long)out[3],                   \
           (int)(p - src) - (START));                                      \
  } while (0)

#define ASM_STORE(INSN, START)                                             \
  do {                                                                     \
    uint8_t *p = dst + (START);                                            \
    memset(dst, 0xEE, sizeof dst);                                         \
    __asm__ volatile("vldrw.u32 q0, [%1]\n\t" INSN                         \
                     : "+l"(p) : "r"(src + 160) : "q0", "memory");         \
    printf("%-36s %08lx base%+d\n", INSN,                                  \
           (unsigned long)fnv1a(dst, sizeof dst), (int)(p - dst) - (START)); \
  } while (0)

static void test_addressing(void)
{
  ASM_LOAD("vldrb.u8 q0, [%0, #-3]", 64);
  ASM_LOAD("vldrb.u8 q0, [%0, #127]!", 64);
  ASM_LOAD("vldrb.u8 q0, [%0], #-127", 200);
  ASM_LOAD("vldrh.u16 q0, [%0, #-254]!", 254);
  ASM_LOAD("vldrh.u16 q0, [%0], #34", 64);
  ASM_LOAD("vldrh.u16 q0, [%0, #0]!", 64);
  ASM_LOAD("vldrw.u32 q0, [%0, #-64]", 128);
  ASM_LOAD("vldrw.u32 q0, [%0, #12]!", 64);
  ASM_LOAD("vldrw.u32 q0, [%0], #-4", 64);
  ASM_LOAD("vldrb.s16 q0, [%0, #-7]!", 100);
  ASM_LOAD("vldrb.u16 q0, [%0], #5", 99);
  ASM_LOAD("vldrb.s32 q0, [%0, #127]", 3);
  ASM_LOAD("vldrb.u32 q0, [%0, #-127]!", 200);
  ASM_LOAD("vldrh.s32 q0, [%0], #-254", 254);
  ASM_LOAD("vldrh.u32 q0, [%0, #2]!", 6);
  ASM_STORE("vstrb.8 q0, [%0, #-9]!", 100);
  ASM_STORE("vstrb.8 q0, [%0], #127", 17);
  ASM_STORE("vstrh.16 q0, [%0, #-2]", 40);
  ASM_STORE("vstrh.16 q0, [%0, #254]!", 0);
  ASM_STORE("vstrw.32 q0, [%0], #-508", 128);
  ASM_STORE("vstrw.32 q0, [%0, #16]!", 64);
  ASM_STORE("vstrb.16 q0, [%0, #-1]!", 33);
  ASM_STORE("vstrb.32 q0, [%0], #3", 77);
  ASM_STORE("vstrh.32 q0, [%0, #-30]", 90);
}

/* A copy loop with post-increment that GCC may turn into writeback forms. */
static void test_loop_copy(void)
{
  for (int i = 0; i < 192; i += 16) {
    int16x8_t w = vldrbq_s16((const int8_t *)src + i / 2);
    vst1q_s16((int16_t *)(dst + i), vmulq_n_s16(w, 3));
  }
  show_mem("widened copy", dst, 192);
}

int main(void)
{
  fill(src, sizeof src);
  test_loads();
  test_stores();
  test_vctp_predicated();
  test_addressing();
  test_loop_copy();
  return 0;
}
