/*
 * Helium multiply-accumulates into a vector through arm_mve.h: VMLA and
 * VMLAS (vector by scalar, every size, signed and unsigned), VQDMLAH,
 * VQRDMLAH, VQDMLASH, VQRDMLASH (saturating doubling, high half) and the
 * dual forms VQDMLADH, VQRDMLADH, VQDMLSDH, VQRDMLSDH with and without X
 * (element pairs; only one element of each pair is written, the other comes
 * from the "inactive" operand), each plain and merging (_m). Inputs and
 * output as in mac_vqdmul.c: one line per intrinsic with the FNV-1a hash of
 * its NV results, FPSCR.QC after them and the first result's words.
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

/* Vector + vector * scalar (VMLA) and vector * vector + scalar (VMLAS) families. */
#define ACC_N(name, T, ET)                                                                      \
  LOOP(#name "q_n_" #T, name##q_n_##T(c(T), a(T), (ET)S[i]), ST_##T, ALL);                      \
  LOOP(#name "q_m_n_" #T, name##q_m_n_##T(c(T), a(T), (ET)S[i], P[i]), ST_##T, ALL)

/* Dual multiplies: the first operand supplies the elements not written. */
#define DUAL(name, T)                                                                           \
  LOOP(#name "q_" #T, name##q_##T(c(T), a(T), b(T)), ST_##T, ALL);                              \
  LOOP(#name "q_m_" #T, name##q_m_##T(c(T), a(T), b(T), P[i]), ST_##T, ALL)

#define DUAL_ALL(T) \
  DUAL(vqdmladh, T); DUAL(vqdmladhx, T); DUAL(vqrdmladh, T); DUAL(vqrdmladhx, T); \
  DUAL(vqdmlsdh, T); DUAL(vqdmlsdhx, T); DUAL(vqrdmlsdh, T); DUAL(vqrdmlsdhx, T)

int main(void)
{
  fill();

  ACC_N(vmla, s8, int8_t); ACC_N(vmla, u8, uint8_t); ACC_N(vmla, s16, int16_t);
  ACC_N(vmla, u16, uint16_t); ACC_N(vmla, s32, int32_t); ACC_N(vmla, u32, uint32_t);
  ACC_N(vmlas, s8, int8_t); ACC_N(vmlas, u8, uint8_t); ACC_N(vmlas, s16, int16_t);
  ACC_N(vmlas, u16, uint16_t); ACC_N(vmlas, s32, int32_t); ACC_N(vmlas, u32, uint32_t);

  ACC_N(vqdmlah, s8, int8_t); ACC_N(vqdmlah, s16, int16_t); ACC_N(vqdmlah, s32, int32_t);
  ACC_N(vqrdmlah, s8, int8_t); ACC_N(vqrdmlah, s16, int16_t); ACC_N(vqrdmlah, s32, int32_t);
  ACC_N(vqdmlash, s8, int8_t); ACC_N(vqdmlash, s16, int16_t); ACC_N(vqdmlash, s32, int32_t);
  ACC_N(vqrdmlash, s8, int8_t); ACC_N(vqrdmlash, s16, int16_t); ACC_N(vqrdmlash, s32, int32_t);

  DUAL_ALL(s8);
  DUAL_ALL(s16);
  DUAL_ALL(s32);

  /* An axpy over 45 int32 elements (vectorised and tail-predicated at -O2),
   * and the same with VMLA in an explicit tail-predicated loop. */
  {
    static int32_t x[45], y[45], z[45];
    for (int i = 0; i < 45; i++) {
      memcpy(&x[i], &A[i % NV][(i * 4) % 16], 4);
      memcpy(&y[i], &B[(i + 2) % NV][(i * 4) % 16], 4);
      z[i] = y[i];
    }
    const int32_t k = (int32_t)S[5];
    for (int i = 0; i < 45; i++)
      y[i] += x[i] * k;
    for (int i = 0; i < 45; i += 4) {
      mve_pred16_t p = vctp32q((uint32_t)(45 - i));
      int32x4_t acc = vldrwq_z_s32(&z[i], p);
      vstrwq_p_s32(&z[i], vmlaq_m_n_s32(acc, vldrwq_z_s32(&x[i], p), k, p), p);
    }
    printf("%-24s %08lx %08lx\n", "axpy loops", (unsigned long)fnv1a(y, sizeof y), (unsigned long)fnv1a(z, sizeof z));
    total = fnv1a_u32(total, fnv1a(y, sizeof y) ^ fnv1a(z, sizeof z));
  }

  printf("total %08lx\n", (unsigned long)total);
  return 0;
}
