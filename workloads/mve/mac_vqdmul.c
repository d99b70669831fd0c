/*
 * Helium saturating doubling multiplies through arm_mve.h: VQDMULH and
 * VQRDMULH (vector and scalar, 8/16/32-bit), VQDMULLB/VQDMULLT (vector and
 * scalar, 16 -> 32 and 32 -> 64 bits), plain and merging (_m) predicated
 * forms. The first input vectors hold the element minimum in every lane
 * (minimum squared is the one product that saturates), the others random
 * values with edge values mixed in; predicates are all, none, halves,
 * alternating beats and random. One line per intrinsic: the FNV-1a hash of
 * its NV results, FPSCR.QC after them (cleared before; only active lanes may
 * set it) and the first result's words.
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

/* FPSCR.QC, the cumulative saturation flag. */
static void qc_clear(void) { __builtin_arm_set_fpscr(__builtin_arm_get_fpscr() & ~(1u << 27)); }
static unsigned qc_get(void) { return (__builtin_arm_get_fpscr() >> 27) & 1; }

static void report(const char *label, uint32_t h, const uint8_t *first)
{
  uint32_t w[4];
  unsigned qc = qc_get();
  memcpy(w, first, 16);
  printf("%-24s %08lx qc=%u  %08lx %08lx %08lx %08lx\n", label, (unsigned long)h, qc, (unsigned long)w[0],
         (unsigned long)w[1], (unsigned long)w[2], (unsigned long)w[3]);
  total = fnv1a_u32(total, h ^ qc);
}

/* Hash of the bytes of a result that predicate p makes active. */
static uint32_t hash_active(uint32_t h, const uint8_t *b, mve_pred16_t p)
{
  for (int j = 0; j < 16; j++)
    h = (h ^ ((p >> j) & 1 ? b[j] : 0x55)) * 16777619u;
  return h;
}

#define FNV0 2166136261u
#define LOOP(label, EXPR, ST, PRED)                                   \
  do {                                                                \
    uint32_t h_ = FNV0;                                               \
    uint8_t o_[16] __attribute__((aligned(16)));                      \
    uint8_t first_[16];                                               \
    qc_clear();                                                       \
    for (int i = 0; i < NV; i++) {                                    \
      ST((void *)o_, EXPR);                                           \
      h_ = hash_active(h_, o_, PRED);                                 \
      if (i == 0)                                                     \
        memcpy(first_, o_, 16);                                       \
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

/* Plain and merging forms of a same-size binary operation, vector and scalar. */
#define BIN2(name, T, ET)                                                                   \
  LOOP(#name "q_" #T, name##q_##T(a(T), b(T)), ST_##T, ALL);                                \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(T), a(T), b(T), P[i]), ST_##T, ALL);                \
  LOOP(#name "q_n_" #T, name##q_n_##T(a(T), (ET)S[i]), ST_##T, ALL);                        \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(T), a(T), (ET)S[i], P[i]), ST_##T, ALL)

/* Widening: T in, LT out. */
#define LONG2(name, T, ET, LT)                                                              \
  LOOP(#name "q_" #T, name##q_##T(a(T), b(T)), ST_##LT, ALL);                               \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(LT), a(T), b(T), P[i]), ST_##LT, ALL);              \
  LOOP(#name "q_n_" #T, name##q_n_##T(a(T), (ET)S[i]), ST_##LT, ALL);                       \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(LT), a(T), (ET)S[i], P[i]), ST_##LT, ALL)

int main(void)
{
  fill();

  BIN2(vqdmulh, s8, int8_t); BIN2(vqdmulh, s16, int16_t); BIN2(vqdmulh, s32, int32_t);
  BIN2(vqrdmulh, s8, int8_t); BIN2(vqrdmulh, s16, int16_t); BIN2(vqrdmulh, s32, int32_t);
  LONG2(vqdmullb, s16, int16_t, s32); LONG2(vqdmullb, s32, int32_t, s64);
  LONG2(vqdmullt, s16, int16_t, s32); LONG2(vqdmullt, s32, int32_t, s64);

  /* Q15 fixed-point scaling as DSP code writes it: x * 0.7071 with rounding,
   * over 37 samples (a tail-predicated loop at -O2 when GCC vectorises it). */
  {
    static int16_t x[37], y[37];
    for (int i = 0; i < 37; i++)
      x[i] = (int16_t)((A[i % NV][i % 16] << 8) | B[(i + 1) % NV][(i * 3) % 16]);
    int16x8_t k = vdupq_n_s16(23170);
    qc_clear();
    for (int i = 0; i < 37; i += 8) {
      mve_pred16_t p = vctp16q((uint32_t)(37 - i));
      int16x8_t v = vldrhq_z_s16(&x[i], p);
      vstrhq_p_s16(&y[i], vqrdmulhq_s16(v, k), p);
    }
    printf("%-24s %08lx qc=%u\n", "q15 scale loop", (unsigned long)fnv1a(y, sizeof y), qc_get());
    total = fnv1a_u32(total, fnv1a(y, sizeof y));
  }

  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
