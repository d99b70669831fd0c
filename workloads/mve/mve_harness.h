/*
 * mve_harness.h: the harness the Helium differential programs share, so that
 * each program holds only the intrinsics it tests. Include it after
 * arm_mve.h and difftest.h. Everything here is static (one program is one
 * translation unit) and marked unused where a program may not need it.
 *
 * Always present:
 *   total            running FNV-1a hash of everything a program prints;
 *                    its last line prints it, so one line compares all.
 *   FNV0             the FNV-1a offset basis (a fresh hash).
 *   qc_clear/qc_get  FPSCR.QC, the cumulative saturation flag.
 *   ELT_<sfx>        the element type of an intrinsic suffix (s8 ... f32).
 *   ALL6, SIGNED3    apply M(op, sfx) to every / every signed integer suffix.
 *
 * Sections a program opts into by defining a macro before the #include:
 *
 *   MVE_HARNESS_SETS      NSETS input sets of three vectors, a scalar and a
 *       predicate each (make_inputs(seed)); one printed line of 16 bytes
 *       per result (show), FPSCR.QC after it (show_qc); LD/ST/SC by suffix;
 *       the BIN (binary) and UN (unary) plain/_m/_x families.
 *
 *   MVE_HARNESS_VECTORS   (value: how many inputs, NV) NV vectors A, B, C,
 *       scalars S and predicates P (fill_vectors(seed)); each intrinsic runs
 *       on all NV and prints one line: the hash of its results and the first
 *       result (LOOP for vector results, LOOPS for scalar ones).
 *       MVE_HARNESS_REPORT_QC (default 1) adds FPSCR.QC to LOOP's line and
 *       MVE_HARNESS_LABEL_WIDTH (default 24) is the label column of LOOP.
 *
 *   MVE_HARNESS_FP        failures/check() for programs that compare with
 *       known results, and set_fpscr/get_fpscr.
 */
#ifndef MVE_HARNESS_H
#define MVE_HARNESS_H

#include <arm_mve.h>

#include "difftest.h"

#define FNV0 2166136261u

static uint32_t total __attribute__((unused)) = FNV0;

/* FPSCR.QC around a saturating operation; the memory clobbers order them
 * with the loads and stores of the operands and result (the compiler does
 * not know that the saturating intrinsics write QC). */
__attribute__((unused)) static inline void qc_clear(void)
{
  __asm__ volatile("vmrs r0, fpscr\n\tbic r0, r0, #0x08000000\n\tvmsr fpscr, r0" ::: "r0", "memory");
}

__attribute__((unused)) static inline unsigned qc_get(void)
{
  uint32_t f;
  __asm__ volatile("vmrs %0, fpscr" : "=r"(f)::"memory");
  return (f >> 27) & 1;
}

#define ELT_s8 int8_t
#define ELT_s16 int16_t
#define ELT_s32 int32_t
#define ELT_u8 uint8_t
#define ELT_u16 uint16_t
#define ELT_u32 uint32_t
#define ELT_f32 float32_t

#define ALL6(M, op) M(op, s8) M(op, s16) M(op, s32) M(op, u8) M(op, u16) M(op, u32)
#define SIGNED3(M, op) M(op, s8) M(op, s16) M(op, s32)

/* ------------------------------------------------------------------------ */
#ifdef MVE_HARNESS_SETS

/* The four kinds of input set make_inputs builds, in this order. */
#define NSETS 4

static uint8_t in_a[NSETS][16] __attribute__((aligned(8)));
static uint8_t in_b[NSETS][16] __attribute__((aligned(8)));
static uint8_t in_c[NSETS][16] __attribute__((aligned(8)));
static uint32_t scalars[NSETS];
static mve_pred16_t preds[NSETS];
static uint8_t out[16] __attribute__((aligned(8)));

/* Byte values at the edges of every element size: with them in every lane
 * the signed and unsigned extremes of 8-, 16- and 32-bit elements line up. */
static const uint8_t edge8[8] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x81, 0x40};

/* Sets: 0 random, 1 edge values, 2 a mix of both, 3 small magnitudes (-4..4)
 * in in_a/in_b; in_c (the inactive lanes of _m forms) random. Scalars: one
 * random and three extremes. Predicates: all lanes, a mask that splits 16-
 * and 32-bit elements, one half of the vector, and a VCMP result (printed,
 * so that both sides agree on it before anything else). */
static void make_inputs(uint32_t seed)
{
  uint32_t s = seed;
  for (int set = 0; set < NSETS; set++) {
    for (int i = 0; i < 16; i++) {
      const uint32_t x = xorshift32(&s), y = xorshift32(&s), z = xorshift32(&s);
      switch (set) {
        case 0:   /* random */
          in_a[set][i] = (uint8_t)x; in_b[set][i] = (uint8_t)y; break;
        case 1:   /* edge values: extremes of every element size line up */
          in_a[set][i] = edge8[x & 7]; in_b[set][i] = edge8[y & 7]; break;
        case 2:   /* mixed */
          in_a[set][i] = (x & 1) ? edge8[(x >> 1) & 7] : (uint8_t)(x >> 8);
          in_b[set][i] = (y & 1) ? edge8[(y >> 1) & 7] : (uint8_t)(y >> 8);
          break;
        default:  /* small magnitudes */
          in_a[set][i] = (uint8_t)((int)(x % 9) - 4); in_b[set][i] = (uint8_t)((int)(y % 9) - 4); break;
      }
      in_c[set][i] = (uint8_t)z;
    }
  }
  scalars[0] = xorshift32(&s);
  scalars[1] = 0x80808080u;
  scalars[2] = 0x7fff7fffu;
  scalars[3] = 0xfffffffdu;
  preds[0] = 0xffff;
  preds[1] = 0x5a0f;   /* splits 16- and 32-bit elements */
  preds[2] = 0x00f0;
  preds[3] = vcmpgtq_s8(vld1q_s8((const int8_t *)in_a[2]), vld1q_s8((const int8_t *)in_b[2]));
  printf("pred3 %04x\n", (unsigned)preds[3]);
}

/* Prints `out` (the bytes that keep selects; "--" for the others, whose
 * value the _x forms leave unspecified) and hashes the printed bytes. */
static void show(const char *name, int set, mve_pred16_t keep)
{
  printf("%-22s %d ", name, set);
  for (int i = 0; i < 16; i++) {
    if ((keep >> i) & 1) {
      printf("%02x", out[i]);
      total = (total ^ out[i]) * 16777619u;
    } else {
      printf("--");
    }
  }
  printf("\n");
}

__attribute__((unused)) static void show_qc(void)
{
  const unsigned qc = qc_get();
  printf("  qc=%lu\n", (unsigned long)qc);
  total = fnv1a_u32(total, qc);
}

/* Load a vector of suffix sfx from p, store one into `out`, the scalar of
 * set s as the element type. */
#define LD(sfx, p) vld1q_##sfx((const ELT_##sfx *)(p))
#define ST(sfx, v) vst1q_##sfx((ELT_##sfx *)out, (v))
#define SC(sfx, s) ((ELT_##sfx)scalars[s])

/* Qd = op(Qn, Qm): plain, _m, _x */
#define BIN(op, sfx)                                                                          \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s])));                                   \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));     \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), LD(sfx, in_b[s]), preds[s]));                       \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }

/* Qd = op(Qm): plain, _m, _x */
#define UN(op, sfx)                                                                           \
  for (int s = 0; s < NSETS; s++) {                                                           \
    ST(sfx, op##_##sfx(LD(sfx, in_a[s])));                                                     \
    show(#op "_" #sfx, s, 0xffff);                                                            \
    ST(sfx, op##_m_##sfx(LD(sfx, in_c[s]), LD(sfx, in_a[s]), preds[s]));                       \
    show(#op "_m_" #sfx, s, 0xffff);                                                          \
    ST(sfx, op##_x_##sfx(LD(sfx, in_a[s]), preds[s]));                                         \
    show(#op "_x_" #sfx, s, preds[s]);                                                        \
  }

#endif /* MVE_HARNESS_SETS */

/* ------------------------------------------------------------------------ */
#ifdef MVE_HARNESS_VECTORS

#define NV MVE_HARNESS_VECTORS
#ifndef MVE_HARNESS_REPORT_QC
#define MVE_HARNESS_REPORT_QC 1
#endif
#ifndef MVE_HARNESS_LABEL_WIDTH
#define MVE_HARNESS_LABEL_WIDTH 24
#endif

static uint8_t A[NV][16] __attribute__((aligned(16)));
static uint8_t B[NV][16] __attribute__((aligned(16)));
static uint8_t C[NV][16] __attribute__((aligned(16)));
static uint32_t S[NV];
static mve_pred16_t P[NV];

/* Words at the edges of 8-, 16- and 32-bit elements, signed and unsigned. */
static const uint32_t kEdge[16] = {
  0x00000000, 0xFFFFFFFF, 0x80000000, 0x7FFFFFFF, 0x80008000, 0x7FFF7FFF, 0x80808080, 0x7F7F7F7F,
  0x00000001, 0x00010001, 0x01010101, 0xFFFF8000, 0x8000FFFF, 0x807F7F80, 0x0000FFFF, 0x00FF00FF};

/* A random word, an edge word one time in four. */
static uint32_t edge_word(uint32_t *s)
{
  uint32_t r = xorshift32(s);
  return (r & 3) == 0 ? kEdge[(r >> 8) & 15] : xorshift32(s);
}

/* Vectors 0-3: every lane an extreme (int8, int16, int32 minimum squared
 * and maximum times -1); the rest mixed. Predicates 0-5: all, none, halves,
 * alternating beats, a mixed mask; the rest random. */
static void fill_vectors(uint32_t seed)
{
  static const uint32_t kFirstA[4] = {0x80808080, 0x80008000, 0x80000000, 0x7FFFFFFF};
  static const uint32_t kFirstB[4] = {0x80808080, 0x80008000, 0x80000000, 0xFFFFFFFF};
  static const mve_pred16_t kPred[6] = {0xFFFF, 0x0000, 0x00FF, 0xF0F0, 0x0FF0, 0x5A3C};
  uint32_t s = seed;
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

/* A 64-bit accumulator input built from two scalars. */
__attribute__((unused)) static uint64_t S64(int i) { return (uint64_t)S[(i + 1) % NV] << 32 | S[i]; }

/* One line for a vector intrinsic: hash h of its NV results, FPSCR.QC (when
 * MVE_HARNESS_REPORT_QC) and the words of the first result. */
__attribute__((unused)) static void report_vector(const char *label, uint32_t h, const uint8_t *first)
{
  uint32_t w[4];
  memcpy(w, first, 16);
  if (MVE_HARNESS_REPORT_QC) {
    const unsigned qc = qc_get();
    printf("%-*s %08lx qc=%u  %08lx %08lx %08lx %08lx\n", MVE_HARNESS_LABEL_WIDTH, label, (unsigned long)h, qc,
           (unsigned long)w[0], (unsigned long)w[1], (unsigned long)w[2], (unsigned long)w[3]);
    total = fnv1a_u32(total, h ^ qc);
  } else {
    printf("%-*s %08lx  %08lx %08lx %08lx %08lx\n", MVE_HARNESS_LABEL_WIDTH, label, (unsigned long)h,
           (unsigned long)w[0], (unsigned long)w[1], (unsigned long)w[2], (unsigned long)w[3]);
    total = fnv1a_u32(total, h);
  }
}

/* One line for a scalar (up to 64-bit) intrinsic: hash and first result. */
__attribute__((unused)) static void report_scalar(const char *label, uint32_t h, uint64_t first)
{
  printf("%-24s %08lx  %016llx\n", label, (unsigned long)h, (unsigned long long)first);
  total = fnv1a_u32(total, h);
}

/* Hash of the bytes of a result that predicate p makes active. */
__attribute__((unused)) static uint32_t hash_active(uint32_t h, const uint8_t *b, mve_pred16_t p)
{
  for (int j = 0; j < 16; j++)
    h = (h ^ ((p >> j) & 1 ? b[j] : 0x55)) * 16777619u;
  return h;
}

/* EXPR (a vector, using i and a()/b()/c()) for every input i, stored by
 * ST, hashed over the bytes PRED makes active; QC cleared first. */
#define LOOP(label, EXPR, ST, PRED)                                   \
  do {                                                                \
    uint32_t h_ = FNV0;                                               \
    uint8_t o_[16] __attribute__((aligned(16)));                      \
    uint8_t first_[16];                                               \
    if (MVE_HARNESS_REPORT_QC)                                        \
      qc_clear();                                                     \
    for (int i = 0; i < NV; i++) {                                    \
      ST((void *)o_, EXPR);                                           \
      h_ = hash_active(h_, o_, PRED);                                 \
      if (i == 0)                                                     \
        memcpy(first_, o_, 16);                                       \
    }                                                                 \
    report_vector(label, h_, first_);                                 \
  } while (0)

/* EXPR (a scalar of up to 64 bits) for every input i. */
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
    report_scalar(label, h_, first_);                                 \
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
__attribute__((unused)) static inline int64x2_t LD_s64(const void *p) { return vreinterpretq_s64_s32(vld1q_s32(p)); }
__attribute__((unused)) static inline uint64x2_t LD_u64(const void *p) { return vreinterpretq_u64_u32(vld1q_u32(p)); }
__attribute__((unused)) static inline void ST_s64(void *p, int64x2_t v) { vst1q_s32(p, vreinterpretq_s32_s64(v)); }
__attribute__((unused)) static inline void ST_u64(void *p, uint64x2_t v) { vst1q_u32(p, vreinterpretq_u32_u64(v)); }

/* Input vector i of A, B, C as type T (i is the loop variable of LOOP/LOOPS). */
#define a(T) LD_##T((const void *)A[i])
#define b(T) LD_##T((const void *)B[i])
#define c(T) LD_##T((const void *)C[i])
#define ALL 0xFFFF

#endif /* MVE_HARNESS_VECTORS */

/* ------------------------------------------------------------------------ */
#ifdef MVE_HARNESS_FP

static int failures;

/* Counts and prints a result that differs from the known one. */
__attribute__((unused)) static void check(const char *what, uint32_t got, uint32_t want)
{
  if (got != want) {
    printf("FAIL %s: %08lx, expected %08lx\n", what, (unsigned long)got, (unsigned long)want);
    failures++;
  }
}

/* VMSR FPSCR writes LTPSIZE too: keep 4 (no tail predication). */
__attribute__((unused)) static void set_fpscr(uint32_t v)
{
  __asm__ volatile("vmsr fpscr, %0" : : "r"(v | 0x00040000u) : "memory");
}

__attribute__((unused)) static uint32_t get_fpscr(void)
{
  uint32_t v;
  __asm__ volatile("vmrs %0, fpscr" : "=r"(v) : : "memory");
  return v;
}

#endif /* MVE_HARNESS_FP */

#endif /* MVE_HARNESS_H */
