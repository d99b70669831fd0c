/*
 * Helium element-wise multiplies through arm_mve.h: VMUL (vector and
 * scalar), VMULH, VRMULH, VMULL (bottom/top, signed/unsigned integer and
 * polynomial), every element size, the plain, merging (_m, inactive lanes
 * from a third vector) and don't-care (_x) predicated forms. Each intrinsic
 * runs on NV input vectors (the first ones built from the signed and
 * unsigned extremes of every element size, the others random with edge
 * values mixed in) and NV predicates (all, none, halves, alternating beats,
 * random); one line per intrinsic: the FNV-1a hash of all results and the
 * first result's words. The _x forms leave inactive lanes unspecified, so
 * only their active bytes are hashed.
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

static void report(const char *label, uint32_t h, const uint8_t *first)
{
  uint32_t w[4];
  memcpy(w, first, 16);
  printf("%-22s %08lx  %08lx %08lx %08lx %08lx\n", label, (unsigned long)h, (unsigned long)w[0],
         (unsigned long)w[1], (unsigned long)w[2], (unsigned long)w[3]);
  total = fnv1a_u32(total, h);
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

/* Plain, merging and don't-care forms of a same-size binary operation. */
#define BIN3(name, T)                                                                   \
  LOOP(#name "q_" #T, name##q_##T(a(T), b(T)), ST_##T, ALL);                         \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(T), a(T), b(T), P[i]), ST_##T, ALL);         \
  LOOP(#name "q_x_" #T, name##q_x_##T(a(T), b(T), P[i]), ST_##T, P[i])

/* The same with a scalar second operand (from S[i]). */
#define BIN3N(name, T, ET)                                                                  \
  LOOP(#name "q_n_" #T, name##q_n_##T(a(T), (ET)S[i]), ST_##T, ALL);                     \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(T), a(T), (ET)S[i], P[i]), ST_##T, ALL);     \
  LOOP(#name "q_x_n_" #T, name##q_x_n_##T(a(T), (ET)S[i], P[i]), ST_##T, P[i])

/* Widening: T in, LT out. */
#define LONG3(name, T, LT)                                                                  \
  LOOP(#name "_" #T, name##_##T(a(T), b(T)), ST_##LT, ALL);                              \
  LOOP(#name "_m_" #T, name##_m_##T(c(LT), a(T), b(T), P[i]), ST_##LT, ALL);             \
  LOOP(#name "_x_" #T, name##_x_##T(a(T), b(T), P[i]), ST_##LT, P[i])

int main(void)
{
  fill();

  BIN3(vmul, s8); BIN3(vmul, u8); BIN3(vmul, s16); BIN3(vmul, u16); BIN3(vmul, s32); BIN3(vmul, u32);
  BIN3N(vmul, s8, int8_t); BIN3N(vmul, u8, uint8_t); BIN3N(vmul, s16, int16_t);
  BIN3N(vmul, u16, uint16_t); BIN3N(vmul, s32, int32_t); BIN3N(vmul, u32, uint32_t);

  BIN3(vmulh, s8); BIN3(vmulh, u8); BIN3(vmulh, s16); BIN3(vmulh, u16); BIN3(vmulh, s32); BIN3(vmulh, u32);
  BIN3(vrmulh, s8); BIN3(vrmulh, u8); BIN3(vrmulh, s16); BIN3(vrmulh, u16); BIN3(vrmulh, s32); BIN3(vrmulh, u32);

  LONG3(vmullbq_int, s8, s16); LONG3(vmullbq_int, u8, u16); LONG3(vmullbq_int, s16, s32);
  LONG3(vmullbq_int, u16, u32); LONG3(vmullbq_int, s32, s64); LONG3(vmullbq_int, u32, u64);
  LONG3(vmulltq_int, s8, s16); LONG3(vmulltq_int, u8, u16); LONG3(vmulltq_int, s16, s32);
  LONG3(vmulltq_int, u16, u32); LONG3(vmulltq_int, s32, s64); LONG3(vmulltq_int, u32, u64);
  LONG3(vmullbq_poly, p8, u16); LONG3(vmullbq_poly, p16, u32);
  LONG3(vmulltq_poly, p8, u16); LONG3(vmulltq_poly, p16, u32);

  /* A loop GCC can vectorise (and tail-predicate at -O2): 27 products of
   * int16 pairs, their high halves. */
  {
    static int16_t x[27], y[27], z[27];
    for (int i = 0; i < 27; i++) {
      x[i] = (int16_t)(A[i % NV][i % 16] * 131 - 7 * i);
      y[i] = (int16_t)(B[(i + 3) % NV][(i * 5) % 16] * 257 + i);
    }
    for (int i = 0; i < 27; i++)
      z[i] = (int16_t)(((int32_t)x[i] * y[i]) >> 16);
    printf("%-22s %08lx\n", "c loop mulh", (unsigned long)fnv1a(z, sizeof z));
    total = fnv1a_u32(total, fnv1a(z, sizeof z));
  }

  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
