/*
 * Helium reductions across the vector into core registers through
 * arm_mve.h: VADDV{A} (8/16/32-bit), VADDLV{A} (32-bit into a register
 * pair), VMAXV, VMINV (signed and unsigned; the running value starts from
 * the low bits of the scalar argument), VMAXAV, VMINAV (absolute values of
 * signed elements against an unsigned scalar) and VABAV (sum of absolute
 * differences), plain and predicated (_p). One line per intrinsic: the
 * FNV-1a hash of its NV results and the first result. Then an int8 argmax
 * and a sum of absolute differences over odd lengths (tail-predicated
 * loops), checked against plain C.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define NV 10

static uint8_t A[NV][16] __attribute__((aligned(16)));
static uint8_t B[NV][16] __attribute__((aligned(16)));
static uint8_t C[NV][16] __attribute__((aligned(16)));
static uint32_t S[NV];
static mve_pred16_t P[NV];

static const uint32_t kEdge[16] = {
  0x00000000, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0x80008000, 0x7FFF7FFF, 0x80808080, 0x7F7F7F7F,
  0x00000001, 0x00010001, 0x01010101, 0xFFFF8000, 0x8000FFFF, 0x807F7F80, 0x0000FFFF, 0x00FF00FF};

static uint32_t edge_word(uint32_t *s)
{
  uint32_t r = xorshift32(s);
  return (r & 3) == 0 ? kEdge[(r >> 8) & 15] : xorshift32(s);
}

static void fill(void)
{
  /* Vectors 0-3: every lane an extreme (int8, int16, int32 minimum squared
   * and maximum times -1); the rest mixed. */
  static const uint32_t kFirstA[4] = {0x80808080, 0x80008000, 0x80000000, 0x7FFFFFFF};
  static const uint32_t kFirstB[4] = {0x80808080, 0x80008000, 0x80000000, 0xFFFFFFFF};
  static const mve_pred16_t kPred[6] = {0xFFFF, 0x0000, 0x00FF, 0xF0F0, 0x0FF0, 0x5A3C};
  uint32_t s = 0x1F2E3D4Cu;
  for (int i = 0; i < NV; i++) {
    for (int w = 0; w < 4; w++) {
      uint32_t a = i < 4 ? kFirstA[i] : edge_word(&s);
      uint32_t b = i < 4 ? kFirstB[i] : edge_word(&s);
      uint32_t c = edge_word(&s);
      memcpy(&A[i][4 * w], &a, 4);
      memcpy(&B[i][4 * w], &b, 4);
      memcpy(&C[i][4 * w], &c, 4);
    }
    S[i] = i < 4 ? kFirstB[i] : edge_word(&s);
    P[i] = i < 6 ? kPred[i] : (mve_pred16_t)xorshift32(&s);
  }
}

static uint32_t total = 2166136261u;

static void report(const char *label, uint32_t h, uint64_t first)
{
  printf("%-24s %08lx  %016llx\n", label, (unsigned long)h, (unsigned long long)first);
  total = fnv1a_u32(total, h);
}

/* A 64-bit accumulator input built from two scalars. */
static uint64_t S64(int i) { return (uint64_t)S[(i + 1) % NV] << 32 | S[i]; }


#define FNV0 2166136261u
#define LOOPS(label, EXPR)                                            \
  do {                                                                \
    uint32_t h_ = FNV0;                                               \
    uint64_t first_ = 0;                                              \
    for (int i = 0; i < NV; i++) {                                    \
      uint64_t r_ = (uint64_t)(EXPR);                                 \
      h_ = fnv1a_u32(fnv1a_u32(h_, (uint32_t)r_), (uint32_t)(r_ >> 32)); \
      if (i == 0)                                                     \
        first_ = r_;                                                  \
    }                                                                 \
    report(label, h_, first_);                                        \
  } while (0)

/* Loads and stores by element type name (64-bit and polynomial vectors go
 * through their 32-bit and unsigned views). */
#define LD_s8 vld1q_s8
#define LD_u8 vld1q_u8
#define LD_s16 vld1q_s16
#define LD_u16 vld1q_u16
#define LD_s32 vld1q_s32
#define LD_u32 vld1q_u32
#define LD_p8 vld1q_u8
#define LD_p16 vld1q_u16
#define ST_s8 vst1q_s8
#define ST_u8 vst1q_u8
#define ST_s16 vst1q_s16
#define ST_u16 vst1q_u16
#define ST_s32 vst1q_s32
#define ST_u32 vst1q_u32
static inline int64x2_t LD_s64(const void *p) { return vreinterpretq_s64_s32(vld1q_s32(p)); }
static inline uint64x2_t LD_u64(const void *p) { return vreinterpretq_u64_u32(vld1q_u32(p)); }
static inline void ST_s64(void *p, int64x2_t v) { vst1q_s32(p, vreinterpretq_s32_s64(v)); }
static inline void ST_u64(void *p, uint64x2_t v) { vst1q_u32(p, vreinterpretq_u32_u64(v)); }

#define a(T) LD_##T((const void *)A[i])
#define b(T) LD_##T((const void *)B[i])
#define c(T) LD_##T((const void *)C[i])
#define ALL 0xFFFF

#define ADDV(T, ACC, ACCIN)                                                               \
  LOOPS("vaddvq_" #T, vaddvq_##T(a(T)));                                                  \
  LOOPS("vaddvq_p_" #T, vaddvq_p_##T(a(T), P[i]));                                        \
  LOOPS("vaddvaq_" #T, vaddvaq_##T((ACC)ACCIN, a(T)));                                    \
  LOOPS("vaddvaq_p_" #T, vaddvaq_p_##T((ACC)ACCIN, a(T), P[i]))

#define ADDLV(T, ACC)                                                                     \
  LOOPS("vaddlvq_" #T, vaddlvq_##T(a(T)));                                                \
  LOOPS("vaddlvq_p_" #T, vaddlvq_p_##T(a(T), P[i]));                                      \
  LOOPS("vaddlvaq_" #T, vaddlvaq_##T((ACC)S64(i), a(T)));                                 \
  LOOPS("vaddlvaq_p_" #T, vaddlvaq_p_##T((ACC)S64(i), a(T), P[i]))

/* Max/min families: the scalar argument has the element type (ET). */
#define MINMAX(name, T, ET)                                                               \
  LOOPS(#name "q_" #T, name##q_##T((ET)S[i], a(T)));                                      \
  LOOPS(#name "q_p_" #T, name##q_p_##T((ET)S[i], a(T), P[i]))

#define ABAV(T)                                                                           \
  LOOPS("vabavq_" #T, vabavq_##T(S[i], a(T), b(T)));                                      \
  LOOPS("vabavq_p_" #T, vabavq_p_##T(S[i], a(T), b(T), P[i]))

int main(void)
{
  fill();

  ADDV(s8, int32_t, S[i]); ADDV(u8, uint32_t, S[i]); ADDV(s16, int32_t, S[i]);
  ADDV(u16, uint32_t, S[i]); ADDV(s32, int32_t, S[i]); ADDV(u32, uint32_t, S[i]);
  ADDLV(s32, int64_t); ADDLV(u32, uint64_t);

  MINMAX(vmaxv, s8, int8_t); MINMAX(vmaxv, u8, uint8_t); MINMAX(vmaxv, s16, int16_t);
  MINMAX(vmaxv, u16, uint16_t); MINMAX(vmaxv, s32, int32_t); MINMAX(vmaxv, u32, uint32_t);
  MINMAX(vminv, s8, int8_t); MINMAX(vminv, u8, uint8_t); MINMAX(vminv, s16, int16_t);
  MINMAX(vminv, u16, uint16_t); MINMAX(vminv, s32, int32_t); MINMAX(vminv, u32, uint32_t);
  MINMAX(vmaxav, s8, uint8_t); MINMAX(vmaxav, s16, uint16_t); MINMAX(vmaxav, s32, uint32_t);
  MINMAX(vminav, s8, uint8_t); MINMAX(vminav, s16, uint16_t); MINMAX(vminav, s32, uint32_t);

  ABAV(s8); ABAV(u8); ABAV(s16); ABAV(u16); ABAV(s32); ABAV(u32);

  /* Max, sum and sum of absolute differences of odd-length int8 vectors in
   * tail-predicated loops, against plain C. */
  int mismatches = 0;
  {
    static int8_t x[93], y[93];
    for (int i = 0; i < 93; i++) {
      x[i] = (int8_t)A[(i + 3) % NV][(i * 5) % 16];
      y[i] = (int8_t)B[i % NV][(i * 11) % 16];
    }
    int8_t ref_max = -128;
    int32_t ref_sum = 0;
    uint32_t ref_sad = 0;
    for (int i = 0; i < 93; i++) {
      if (x[i] > ref_max)
        ref_max = x[i];
      ref_sum += x[i];
      ref_sad += (uint32_t)(x[i] > y[i] ? x[i] - y[i] : y[i] - x[i]);
    }
    int8_t mx = -128;
    int32_t sum = 0;
    uint32_t sad = 0;
    for (int i = 0; i < 93; i += 16) {
      mve_pred16_t p = vctp8q((uint32_t)(93 - i));
      int8x16_t vx = vldrbq_z_s8(&x[i], p), vy = vldrbq_z_s8(&y[i], p);
      mx = vmaxvq_p_s8(mx, vx, p);
      sum = vaddvaq_p_s8(sum, vx, p);
      sad = vabavq_p_s8(sad, vx, vy, p);
    }
    mismatches += (mx != ref_max) + (sum != ref_sum) + (sad != ref_sad);
    printf("max %d/%d sum %ld/%ld sad %lu/%lu\n", mx, ref_max, (long)sum, (long)ref_sum, (unsigned long)sad,
           (unsigned long)ref_sad);
  }

  printf("total %08lx mismatches %d\n", (unsigned long)total, mismatches);
  return mismatches ? 1 : 0;
}
