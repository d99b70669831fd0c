/*
 * Helium interleaving loads and stores: VLD20/VLD21 and VLD40..VLD43 (each
 * moves a quarter or half of a de-interleave, four words) and the stores
 * VST2x/VST4x, for 8-, 16- and 32-bit elements, one at a time (inline
 * assembly, with and without writeback, into registers holding a marker so
 * the part each one writes shows) and as the vld2q/vld4q/vst2q/vst4q
 * intrinsics (all parts). Addresses are word-aligned (the architecture
 * requires it).
 */
#include <arm_mve.h>

#include "difftest.h"

static uint8_t src[128] __attribute__((aligned(16)));
static uint8_t dst[128] __attribute__((aligned(16)));
static uint8_t regs[4][16] __attribute__((aligned(16)));

static void show_regs(const char *what, int n, long wb)
{
  printf("%-22s wb%+ld", what, wb);
  for (int r = 0; r < n; r++) {
    printf(" ");
    for (int i = 0; i < 16; i++) printf("%02x", regs[r][15 - i]);
  }
  printf("\n");
}

/* One VLDnx into q4.. preset to 0xEE, then dumped. */
#define VLD(INSN, N, WB)                                                                     \
  do {                                                                                       \
    const uint8_t *p = src + 16;                                                             \
    memset(regs, 0xEE, sizeof regs);                                                         \
    __asm__ volatile("vldrw.u32 q4, [%1]\n\tvldrw.u32 q5, [%1]\n\t"                           \
                     "vldrw.u32 q6, [%1]\n\tvldrw.u32 q7, [%1]\n\t" INSN "\n\t"             \
                     "vstrw.32 q4, [%1]\n\tvstrw.32 q5, [%1, #16]\n\t"                       \
                     "vstrw.32 q6, [%1, #32]\n\tvstrw.32 q7, [%1, #48]"                      \
                     : "+r"(p) : "r"(regs) : "q4", "q5", "q6", "q7", "memory");              \
    show_regs(INSN, N, (long)(p - (src + 16)));                                              \
  } while (0)

#define VST(INSN, N)                                                                         \
  do {                                                                                       \
    uint8_t *p = dst + 8;                                                                    \
    memset(dst, 0xEE, sizeof dst);                                                           \
    for (int r = 0; r < 4; r++)                                                              \
      for (int i = 0; i < 16; i++) regs[r][i] = (uint8_t)(16 * r + i);                       \
    __asm__ volatile("vldrw.u32 q4, [%1]\n\tvldrw.u32 q5, [%1, #16]\n\t"                     \
                     "vldrw.u32 q6, [%1, #32]\n\tvldrw.u32 q7, [%1, #48]\n\t" INSN          \
                     : "+r"(p) : "r"(regs) : "q4", "q5", "q6", "q7", "memory");              \
    printf("%-22s wb%+ld %08lx ", INSN, (long)(p - (dst + 8)),                               \
           (unsigned long)fnv1a(dst, sizeof dst));                                           \
    for (int i = 0; i < 16 * (N); i++) printf("%02x", dst[8 + i]);                           \
    printf("\n");                                                                            \
  } while (0)

static void test_single(void)
{
  VLD("vld20.8 {q4, q5}, [%0]", 2, 0);
  VLD("vld21.8 {q4, q5}, [%0]!", 2, 1);
  VLD("vld20.16 {q4, q5}, [%0]!", 2, 1);
  VLD("vld21.16 {q4, q5}, [%0]", 2, 0);
  VLD("vld20.32 {q5, q6}, [%0]", 2, 0);
  VLD("vld21.32 {q6, q7}, [%0]!", 2, 1);
  VLD("vld40.8 {q4, q5, q6, q7}, [%0]", 4, 0);
  VLD("vld41.8 {q4, q5, q6, q7}, [%0]!", 4, 1);
  VLD("vld42.8 {q4, q5, q6, q7}, [%0]", 4, 0);
  VLD("vld43.8 {q4, q5, q6, q7}, [%0]!", 4, 1);
  VLD("vld40.16 {q4, q5, q6, q7}, [%0]!", 4, 1);
  VLD("vld41.16 {q4, q5, q6, q7}, [%0]", 4, 0);
  VLD("vld42.16 {q4, q5, q6, q7}, [%0]!", 4, 1);
  VLD("vld43.16 {q4, q5, q6, q7}, [%0]", 4, 0);
  VLD("vld40.32 {q4, q5, q6, q7}, [%0]", 4, 0);
  VLD("vld41.32 {q4, q5, q6, q7}, [%0]!", 4, 1);
  VLD("vld42.32 {q4, q5, q6, q7}, [%0]", 4, 0);
  VLD("vld43.32 {q4, q5, q6, q7}, [%0]!", 4, 1);
  VST("vst20.8 {q4, q5}, [%0]", 2);
  VST("vst21.8 {q4, q5}, [%0]!", 2);
  VST("vst20.16 {q5, q6}, [%0]!", 2);
  VST("vst21.16 {q6, q7}, [%0]", 2);
  VST("vst20.32 {q4, q5}, [%0]", 2);
  VST("vst21.32 {q4, q5}, [%0]!", 2);
  VST("vst40.8 {q4, q5, q6, q7}, [%0]!", 4);
  VST("vst41.8 {q4, q5, q6, q7}, [%0]", 4);
  VST("vst42.8 {q4, q5, q6, q7}, [%0]!", 4);
  VST("vst43.8 {q4, q5, q6, q7}, [%0]", 4);
  VST("vst40.16 {q4, q5, q6, q7}, [%0]", 4);
  VST("vst41.16 {q4, q5, q6, q7}, [%0]!", 4);
  VST("vst42.16 {q4, q5, q6, q7}, [%0]", 4);
  VST("vst43.16 {q4, q5, q6, q7}, [%0]!", 4);
  VST("vst40.32 {q4, q5, q6, q7}, [%0]!", 4);
  VST("vst41.32 {q4, q5, q6, q7}, [%0]", 4);
  VST("vst42.32 {q4, q5, q6, q7}, [%0]!", 4);
  VST("vst43.32 {q4, q5, q6, q7}, [%0]", 4);
}

static void show_vec(const char *what, const void *v)
{
  const uint8_t *b = (const uint8_t *)v;
  printf("%-22s ", what);
  for (int i = 0; i < 16; i++) printf("%02x", b[15 - i]);
  printf("\n");
}

/* The intrinsics: a full de-interleave and re-interleave round trip. */
static void test_intrinsics(void)
{
  uint8x16x2_t a = vld2q_u8(src);
  show_vec("vld2q_u8 [0]", &a.val[0]);
  show_vec("vld2q_u8 [1]", &a.val[1]);
  int16x8x4_t b = vld4q_s16((const int16_t *)src);
  for (int i = 0; i < 4; i++) show_vec("vld4q_s16", &b.val[i]);
  uint32x4x2_t c = vld2q_u32((const uint32_t *)(src + 32));
  show_vec("vld2q_u32 [0]", &c.val[0]);
  show_vec("vld2q_u32 [1]", &c.val[1]);
  uint8x16x4_t d = vld4q_u8(src + 64);
  for (int i = 0; i < 4; i++) show_vec("vld4q_u8", &d.val[i]);

  memset(dst, 0xEE, sizeof dst);
  b.val[1] = vaddq_n_s16(b.val[1], 1);
  vst4q_s16((int16_t *)dst, b);
  printf("vst4q_s16 %08lx\n", (unsigned long)fnv1a(dst, sizeof dst));
  memset(dst, 0xEE, sizeof dst);
  vst2q_u8(dst + 4, a);
  printf("vst2q_u8 %08lx\n", (unsigned long)fnv1a(dst, sizeof dst));
  memset(dst, 0xEE, sizeof dst);
  uint32x4x4_t e = vld4q_u32((const uint32_t *)src);
  vst4q_u32((uint32_t *)(dst + 64), e);
  vst2q_u32((uint32_t *)dst, c);
  printf("vst4q/vst2q_u32 %08lx\n", (unsigned long)fnv1a(dst, sizeof dst));
}

int main(void)
{
  uint32_t seed = 77;
  for (unsigned i = 0; i < sizeof src; i++) src[i] = (uint8_t)xorshift32(&seed);
  test_single();
  test_intrinsics();
  return 0;
}
