/*
 * Helium int8 inference kernels, each checked bit for bit against a plain C
 * reference: the MVE speed benchmark (`bench` target, scripts/bench.sh) and a
 * differential test (mve.diff.bench_int8.*).
 *
 *   bench_int8.elf [iterations] [dot|matmul|dw3x3|requant|all ...]
 *   (default: 1 iteration of all kernels)
 *
 * Kernels in the style of int8 inference code (CMSIS-NN's MVE kernels use the
 * same instructions): a dot product (VMLADAVA, tail-predicated with VCTP), a
 * 4x4-blocked int8 matrix multiply to int32, a depthwise 3x3 convolution with
 * channels in vector lanes, and TFLite requantisation (VQRDMULH, rounding
 * right shift with the round-half-away-from-zero fix-up, zero point, clamp,
 * narrowing store). Exit status 1 when any kernel differs from C.
 */
#include <arm_mve.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "difftest.h"

#define DOT_N 1000
#define MM_M 20
#define MM_N 12
#define MM_K 75 /* not a multiple of 16: exercises tail predication */
#define DW_H 10
#define DW_W 10
#define DW_C 36 /* not a multiple of 4 */
#define RQ_N 203

static int8_t dot_a[DOT_N], dot_b[DOT_N];
static int8_t mm_a[MM_M * MM_K], mm_b[MM_N * MM_K];
static int32_t mm_c[MM_M * MM_N], mm_ref[MM_M * MM_N];
static int8_t dw_in[DW_H * DW_W * DW_C], dw_w[9 * DW_C];
static int32_t dw_out[(DW_H - 2) * (DW_W - 2) * DW_C], dw_ref[(DW_H - 2) * (DW_W - 2) * DW_C];
static int32_t rq_in[RQ_N];
static int8_t rq_out[RQ_N], rq_ref[RQ_N];

/* ---- C references (TFLite arithmetic) ---- */

static int32_t dot_c(const int8_t *a, const int8_t *b, int n)
{
  int32_t s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}

static int32_t srdhm(int32_t a, int32_t b) /* SaturatingRoundingDoublingHighMul */
{
  if (a == INT32_MIN && b == INT32_MIN) return INT32_MAX;
  int64_t ab = (int64_t)a * b;
  int64_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
  return (int32_t)((ab + nudge) / ((int64_t)1 << 31));
}

static int32_t rdbpot(int32_t x, int e) /* RoundingDivideByPOT */
{
  int32_t mask = (int32_t)((1u << e) - 1), rem = x & mask, thr = (mask >> 1) + (x < 0);
  return (x >> e) + (rem > thr);
}

static int8_t requant_c(int32_t acc, int32_t mult, int shift, int32_t zp)
{
  int left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
  int32_t v = rdbpot(srdhm((int32_t)((uint32_t)acc << left), mult), right) + zp;
  if (v < -128) v = -128;
  if (v > 127) v = 127;
  return (int8_t)v;
}

/* ---- Helium kernels ---- */

static int32_t dot_mve(const int8_t *a, const int8_t *b, int n)
{
  int32_t acc = 0;
  while (n > 0) {
    mve_pred16_t p = vctp8q((uint32_t)n);
    acc = vmladavaq_p_s8(acc, vldrbq_z_s8(a, p), vldrbq_z_s8(b, p), p);
    a += 16; b += 16; n -= 16;
  }
  return acc;
}

/* C[M][N] = A[M][K] . B[N][K]^T, 4x4 output blocks, 16 K per step. */
static void matmul_mve(const int8_t *A, const int8_t *B, int32_t *C, int M, int N, int K)
{
  for (int i = 0; i < M; i += 4) {
    for (int j = 0; j < N; j += 4) {
      int32_t acc[4][4] = {{0}};
      for (int k = 0; k < K; k += 16) {
        mve_pred16_t p = vctp8q((uint32_t)(K - k));
        int8x16_t b0 = vldrbq_z_s8(B + (j + 0) * K + k, p), b1 = vldrbq_z_s8(B + (j + 1) * K + k, p);
        int8x16_t b2 = vldrbq_z_s8(B + (j + 2) * K + k, p), b3 = vldrbq_z_s8(B + (j + 3) * K + k, p);
        for (int r = 0; r < 4; r++) {
          int8x16_t a = vldrbq_z_s8(A + (i + r) * K + k, p);
          acc[r][0] = vmladavaq_s8(acc[r][0], a, b0);
          acc[r][1] = vmladavaq_s8(acc[r][1], a, b1);
          acc[r][2] = vmladavaq_s8(acc[r][2], a, b2);
          acc[r][3] = vmladavaq_s8(acc[r][3], a, b3);
        }
      }
      for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) C[(i + r) * N + j + c] = acc[r][c];
    }
  }
}

/* Valid 3x3 depthwise, NHWC, int32 outputs; 4 channels per vector. */
static void dw3x3_mve(const int8_t *in, const int8_t *w, int32_t *out, int H, int W, int C)
{
  for (int y = 0; y < H - 2; y++)
    for (int x = 0; x < W - 2; x++)
      for (int c = 0; c < C; c += 4) {
        mve_pred16_t p = vctp32q((uint32_t)(C - c));
        int32x4_t acc = vdupq_n_s32(0);
        for (int ky = 0; ky < 3; ky++)
          for (int kx = 0; kx < 3; kx++) {
            int32x4_t v = vldrbq_z_s32(in + ((y + ky) * W + (x + kx)) * C + c, p);
            int32x4_t k = vldrbq_z_s32(w + (ky * 3 + kx) * C + c, p);
            acc = vaddq_s32(acc, vmulq_s32(v, k)); /* inactive lanes load 0 */
          }
        vstrwq_p_s32(out + (y * (W - 2) + x) * C + c, acc, p);
      }
}

static void requant_mve(const int32_t *in, int8_t *out, int n, int32_t mult, int shift, int32_t zp)
{
  const int left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
  const int32x4_t neg_right = vdupq_n_s32(-right);
  while (n > 0) {
    mve_pred16_t p = vctp32q((uint32_t)n);
    int32x4_t v = vldrwq_z_s32(in, p);
    v = vshlq_s32(v, vdupq_n_s32(left));
    v = vqrdmulhq_n_s32(v, mult);
    /* RoundingDivideByPOT: round half away from zero = VRSHL after
       subtracting 1 from negative values (CMSIS-NN's fix-up). */
    int32x4_t fixup = vshrq_n_s32(vandq_s32(v, neg_right), 31);
    v = vrshlq_s32(vqaddq_s32(v, fixup), neg_right);
    v = vaddq_n_s32(v, zp);
    v = vmaxq_s32(v, vdupq_n_s32(-128));
    v = vminq_s32(v, vdupq_n_s32(127));
    vstrbq_p_s32(out, v, p);
    in += 4; out += 4; n -= 4;
  }
}

/* Kernel selection (command-line names), all by default: the bench target
   also times each kernel alone. */
enum { K_DOT = 1, K_MATMUL = 2, K_DW3X3 = 4, K_REQUANT = 8, K_ALL = 15 };
static const struct { const char *name; unsigned bit; } kernel_names[] = {
    {"dot", K_DOT}, {"matmul", K_MATMUL}, {"dw3x3", K_DW3X3}, {"requant", K_REQUANT}, {"all", K_ALL}};

int main(int argc, char **argv)
{
  unsigned iters = 1, kernels = 0;
  /* argv[0] (and QEMU's kernel path in argv[1]) are never a number or a
     kernel name: only those arguments are read. */
  for (int i = 1; i < argc; i++) {
    char *end;
    unsigned long v = strtoul(argv[i], &end, 10);
    if (*end == '\0' && end != argv[i]) {
      iters = (unsigned)v;
      continue;
    }
    for (unsigned k = 0; k < sizeof kernel_names / sizeof kernel_names[0]; k++)
      if (strcmp(argv[i], kernel_names[k].name) == 0) kernels |= kernel_names[k].bit;
  }
  if (!kernels) kernels = K_ALL;
  uint32_t seed = 0xC0FFEEu;
  for (int i = 0; i < DOT_N; i++) { dot_a[i] = (int8_t)xorshift32(&seed); dot_b[i] = (int8_t)xorshift32(&seed); }
  for (int i = 0; i < MM_M * MM_K; i++) mm_a[i] = (int8_t)xorshift32(&seed);
  for (int i = 0; i < MM_N * MM_K; i++) mm_b[i] = (int8_t)xorshift32(&seed);
  for (int i = 0; i < DW_H * DW_W * DW_C; i++) dw_in[i] = (int8_t)xorshift32(&seed);
  for (int i = 0; i < 9 * DW_C; i++) dw_w[i] = (int8_t)xorshift32(&seed);
  for (int i = 0; i < RQ_N; i++) rq_in[i] = (int32_t)xorshift32(&seed) >> (xorshift32(&seed) % 20);
  rq_in[0] = INT32_MIN; rq_in[1] = INT32_MAX; rq_in[2] = -5; rq_in[3] = 0;

  /* References, once. */
  int32_t dot_r = dot_c(dot_a, dot_b, DOT_N);
  for (int i = 0; i < MM_M; i++)
    for (int j = 0; j < MM_N; j++) mm_ref[i * MM_N + j] = dot_c(mm_a + i * MM_K, mm_b + j * MM_K, MM_K);
  for (int y = 0; y < DW_H - 2; y++)
    for (int x = 0; x < DW_W - 2; x++)
      for (int c = 0; c < DW_C; c++) {
        int32_t s = 0;
        for (int k = 0; k < 9; k++) s += dw_in[((y + k / 3) * DW_W + (x + k % 3)) * DW_C + c] * dw_w[k * DW_C + c];
        dw_ref[(y * (DW_W - 2) + x) * DW_C + c] = s;
      }
  static const struct { int32_t mult; int shift; int32_t zp; } q[3] = {
      {1518500250, -7, -3}, {1073741824, 1, 5}, {2147483647, -31, 0}};

  unsigned bad = 0;
  uint32_t h = 2166136261u;
  for (unsigned it = 0; it < iters; it++) {
    if (kernels & K_DOT) {
      int32_t d = dot_mve(dot_a, dot_b, DOT_N - (int)(it % 7));
      if (it < 8) bad += d != dot_c(dot_a, dot_b, DOT_N - (int)(it % 7));
      h = fnv1a_u32(h, (uint32_t)d);
    }
    if (kernels & K_MATMUL) {
      matmul_mve(mm_a, mm_b, mm_c, MM_M, MM_N, MM_K);
      if (it < 3)
        for (int i = 0; i < MM_M * MM_N; i++) bad += mm_c[i] != mm_ref[i];
    }
    if (kernels & K_DW3X3) {
      dw3x3_mve(dw_in, dw_w, dw_out, DW_H, DW_W, DW_C);
      if (it < 3)
        for (int i = 0; i < (DW_H - 2) * (DW_W - 2) * DW_C; i++) bad += dw_out[i] != dw_ref[i];
    }
    if (kernels & K_REQUANT) {
      const int qi = (int)(it % 3);
      requant_mve(rq_in, rq_out, RQ_N, q[qi].mult, q[qi].shift, q[qi].zp);
      if (it < 3) {
        for (int i = 0; i < RQ_N; i++) rq_ref[i] = requant_c(rq_in[i], q[qi].mult, q[qi].shift, q[qi].zp);
        for (int i = 0; i < RQ_N; i++) bad += rq_out[i] != rq_ref[i];
      }
      /* Three parameter sets in turn: the first and the last three
         iterations' outputs are hashed. */
      if (it < 3 || it + 3 >= iters) h = fnv1a_u32(h, fnv1a(rq_out, sizeof rq_out));
    }
  }
  /* The matrix multiply and the depthwise convolution compute the same
     outputs in every iteration (their inputs do not change): hashed once,
     after the last, so that the timed loop is the kernels (hashing their
     10 KiB of outputs byte by byte in every iteration was half of the
     instructions). */
  if (kernels & K_MATMUL) h = fnv1a_u32(h, fnv1a(mm_c, sizeof mm_c));
  if (kernels & K_DW3X3) h = fnv1a_u32(h, fnv1a(dw_out, sizeof dw_out));
  printf("bench_int8: kernels %x iterations %u dot %ld checksum %08lx mismatches %u\n", kernels, iters, (long)dot_r, (unsigned long)h, bad);
  return bad ? 1 : 0;
}
