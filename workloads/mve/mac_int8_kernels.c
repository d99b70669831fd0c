/*
 * int8 inference kernels written with arm_mve.h the way CMSIS-NN and
 * TFLite Micro kernels are, each checked bit for bit against a plain C
 * reference in this program (TFLite's reference arithmetic):
 *
 *  1. dot products int8 x int8 -> int32 of several lengths (VMLADAVA with
 *     VCTP tail predication), with a TFLite input offset folded in through
 *     the weight sum (VADDV);
 *  2. a fully connected layer as a 4x4 blocked matrix multiply int8 x int8
 *     -> int32 (16 VMLADAVA accumulators per block, edge blocks handled),
 *     plus bias and per-channel requantisation;
 *  3. a depthwise 3x3 convolution (stride 1, padding 1) on an HWC int8
 *     tensor with 21 channels: channels four at a time in int32 lanes
 *     (widening loads, VMUL, VADD), per-channel requantisation;
 *  4. requantisation of int32 accumulators (edge values included): VQRDMULH
 *     by the quantised multiplier, a rounding right shift that rounds half
 *     away from zero as TFLite's RoundingDivideByPOT (VAND/VSHR fix-up, VQADD,
 *     VRSHL), output zero point, clamp, narrowing store.
 *
 * Requantisation follows TFLite's MultiplyByQuantizedMultiplier:
 * SaturatingRoundingDoublingHighMul(x << left_shift, multiplier) then
 * RoundingDivideByPOT(right_shift). For each kernel the program prints the
 * checksum (FNV-1a) of the MVE result and of the C result and the number of
 * mismatching elements; any mismatch makes it exit with status 1.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>
#include <limits.h>

#include "difftest.h"

static uint32_t rng = 0x6A09E667u;

/* int8 values with the extremes over-represented. */
static int8_t rand_i8(void)
{
  uint32_t r = xorshift32(&rng);
  switch (r & 15) {
    case 0: return -128;
    case 1: return 127;
    case 2: return 0;
    default: return (int8_t)(r >> 8);
  }
}

static int mismatches_total = 0;

static void check(const char *name, const void *mve, const void *ref, size_t elems, size_t elem_size)
{
  int bad = 0;
  for (size_t i = 0; i < elems; i++)
    bad += memcmp((const uint8_t *)mve + i * elem_size, (const uint8_t *)ref + i * elem_size, elem_size) != 0;
  printf("%-22s mve %08lx  c %08lx  mismatches %d\n", name, (unsigned long)fnv1a(mve, elems * elem_size),
         (unsigned long)fnv1a(ref, elems * elem_size), bad);
  mismatches_total += bad;
}

/* ------------------------------------------------------------------------
 * Reference arithmetic (TFLite / gemmlowp)
 * ------------------------------------------------------------------------ */

static int32_t ref_sat_rounding_doubling_high_mul(int32_t a, int32_t b)
{
  if (a == INT32_MIN && b == INT32_MIN)
    return INT32_MAX;
  int64_t ab = (int64_t)a * b;
  int32_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
  return (int32_t)((ab + nudge) / (1ll << 31));
}

static int32_t ref_rounding_divide_by_pot(int32_t x, int exponent)
{
  int32_t mask = (int32_t)((1ll << exponent) - 1);
  int32_t remainder = x & mask;
  int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

/* shift > 0: left shift (wrapping, as VSHL), shift < 0: rounding right shift. */
static int32_t ref_requantize(int32_t acc, int32_t multiplier, int shift)
{
  int left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
  int32_t x = (int32_t)((uint32_t)acc << left);
  return ref_rounding_divide_by_pot(ref_sat_rounding_doubling_high_mul(x, multiplier), right);
}

static int8_t ref_to_int8(int32_t v, int32_t zero_point, int32_t act_min, int32_t act_max)
{
  v += zero_point;
  if (v < act_min)
    v = act_min;
  if (v > act_max)
    v = act_max;
  return (int8_t)v;
}

/* ------------------------------------------------------------------------
 * MVE requantisation of four lanes (per-lane multiplier and shift)
 * ------------------------------------------------------------------------ */

static inline int32x4_t mve_requantize(int32x4_t acc, int32x4_t multiplier, int32x4_t shift)
{
  const int32x4_t zero = vdupq_n_s32(0);
  int32x4_t left = vmaxq_s32(shift, zero);        /* >= 0 */
  int32x4_t right = vminq_s32(shift, zero);       /* <= 0: a right shift for VRSHL */
  int32x4_t x = vqrdmulhq_s32(vshlq_s32(acc, left), multiplier);
  /* RoundingDivideByPOT: VRSHL rounds half up; subtracting 1 from negative
   * values first (only where a shift happens: right has its sign bit set)
   * makes it round half away from zero. */
  int32x4_t fixup = vshrq_n_s32(vandq_s32(x, right), 31);
  return vrshlq_s32(vqaddq_s32(x, fixup), right);
}

/* ------------------------------------------------------------------------
 * 1. Dot products
 * ------------------------------------------------------------------------ */

static int32_t mve_dot(const int8_t *x, const int8_t *w, int n, int32_t input_offset)
{
  int32_t acc = 0, wsum = 0;
  for (int i = 0; i < n; i += 16) {
    mve_pred16_t p = vctp8q((uint32_t)(n - i));
    int8x16_t vx = vldrbq_z_s8(x + i, p);
    int8x16_t vw = vldrbq_z_s8(w + i, p);
    acc = vmladavaq_p_s8(acc, vx, vw, p);
    wsum = vaddvaq_p_s8(wsum, vw, p);
  }
  return acc + input_offset * wsum;
}

static int32_t ref_dot(const int8_t *x, const int8_t *w, int n, int32_t input_offset)
{
  int32_t acc = 0;
  for (int i = 0; i < n; i++)
    acc += ((int32_t)x[i] + input_offset) * w[i];
  return acc;
}

static void test_dot(void)
{
  static const int kLen[] = {1, 15, 16, 17, 64, 100, 333};
  static int8_t x[333], w[333];
  int32_t mve[7 * 3], ref[7 * 3];
  static const int32_t kOffset[3] = {0, 128, -37};
  for (int i = 0; i < 333; i++) {
    x[i] = rand_i8();
    w[i] = rand_i8();
  }
  for (int l = 0; l < 7; l++)
    for (int o = 0; o < 3; o++) {
      mve[l * 3 + o] = mve_dot(x, w, kLen[l], kOffset[o]);
      ref[l * 3 + o] = ref_dot(x, w, kLen[l], kOffset[o]);
    }
  printf("dot n=333 offset 128: %ld\n", (long)mve[6 * 3 + 1]);
  check("dot products", mve, ref, 21, sizeof(int32_t));
}

/* ------------------------------------------------------------------------
 * 2. Fully connected: 4x4 blocked int8 matrix multiply
 * ------------------------------------------------------------------------ */

#define FC_M 13   /* batch rows */
#define FC_N 10   /* output channels */
#define FC_K 67   /* input depth */

static int8_t fc_in[FC_M][FC_K], fc_w[FC_N][FC_K];
static int32_t fc_bias[FC_N], fc_mult[FC_N], fc_shift[FC_N];

/* acc[m][n] = sum_k in[m][k] * w[n][k]: blocks of 4 rows x 4 output
 * channels, each K chunk of 16 loaded once per row and per channel and used
 * by four accumulations. */
static void mve_matmul(int32_t acc[FC_M][FC_N])
{
  for (int m0 = 0; m0 < FC_M; m0 += 4) {
    const int rows = FC_M - m0 < 4 ? FC_M - m0 : 4;
    for (int n0 = 0; n0 < FC_N; n0 += 4) {
      const int cols = FC_N - n0 < 4 ? FC_N - n0 : 4;
      int32_t sum[4][4] = {{0}};
      for (int k = 0; k < FC_K; k += 16) {
        mve_pred16_t p = vctp8q((uint32_t)(FC_K - k));
        int8x16_t a[4], b[4];
        for (int r = 0; r < 4; r++)
          a[r] = vldrbq_z_s8(&fc_in[m0 + (r < rows ? r : 0)][k], p);
        for (int c = 0; c < 4; c++)
          b[c] = vldrbq_z_s8(&fc_w[n0 + (c < cols ? c : 0)][k], p);
        for (int r = 0; r < 4; r++)
          for (int c = 0; c < 4; c++)
            sum[r][c] = vmladavaq_p_s8(sum[r][c], a[r], b[c], p);
      }
      for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
          acc[m0 + r][n0 + c] = sum[r][c];
    }
  }
}

static void test_fully_connected(void)
{
  static int32_t acc_mve[FC_M][FC_N], acc_ref[FC_M][FC_N];
  static int8_t out_mve[FC_M][FC_N], out_ref[FC_M][FC_N];
  const int32_t out_zp = -5, act_min = -128, act_max = 127;
  for (int m = 0; m < FC_M; m++)
    for (int k = 0; k < FC_K; k++)
      fc_in[m][k] = rand_i8();
  for (int n = 0; n < FC_N; n++) {
    for (int k = 0; k < FC_K; k++)
      fc_w[n][k] = rand_i8();
    fc_bias[n] = (int32_t)(xorshift32(&rng) % 40001) - 20000;
    fc_mult[n] = (int32_t)(0x40000000u + (xorshift32(&rng) & 0x3FFFFFFFu));
    fc_shift[n] = -(int32_t)(xorshift32(&rng) % 12) + 1;  /* 1 .. -10 */
  }
  fc_mult[0] = INT32_MAX;
  fc_mult[1] = 0x40000000;

  mve_matmul(acc_mve);
  for (int m = 0; m < FC_M; m++)
    for (int n = 0; n < FC_N; n++) {
      int32_t s = 0;
      for (int k = 0; k < FC_K; k++)
        s += fc_in[m][k] * fc_w[n][k];
      acc_ref[m][n] = s;
    }
  check("fc matmul int32", acc_mve, acc_ref, FC_M * FC_N, sizeof(int32_t));

  /* Bias, per-channel requantisation, zero point, clamp: four channels at a
   * time, the last group tail-predicated; the narrowing store writes int8. */
  for (int m = 0; m < FC_M; m++) {
    for (int n = 0; n < FC_N; n += 4) {
      mve_pred16_t p = vctp32q((uint32_t)(FC_N - n));
      int32x4_t v = vaddq_s32(vldrwq_z_s32(&acc_mve[m][n], p), vldrwq_z_s32(&fc_bias[n], p));
      v = mve_requantize(v, vldrwq_z_s32(&fc_mult[n], p), vldrwq_z_s32(&fc_shift[n], p));
      v = vaddq_n_s32(v, out_zp);
      v = vminq_s32(vmaxq_s32(v, vdupq_n_s32(act_min)), vdupq_n_s32(act_max));
      vstrbq_p_s32(&out_mve[m][n], v, p);
    }
    for (int n = 0; n < FC_N; n++)
      out_ref[m][n] = ref_to_int8(ref_requantize(acc_ref[m][n] + fc_bias[n], fc_mult[n], fc_shift[n]), out_zp,
                                  act_min, act_max);
  }
  check("fc output int8", out_mve, out_ref, FC_M * FC_N, 1);
}

/* ------------------------------------------------------------------------
 * 3. Depthwise 3x3, stride 1, padding 1, HWC
 * ------------------------------------------------------------------------ */

#define DW_H 7
#define DW_W 9
#define DW_C 21

static int8_t dw_in[DW_H][DW_W][DW_C], dw_k[3][3][DW_C];
static int32_t dw_bias[DW_C], dw_mult[DW_C], dw_shift[DW_C];

static void test_depthwise(void)
{
  static int8_t out_mve[DW_H][DW_W][DW_C], out_ref[DW_H][DW_W][DW_C];
  const int32_t in_offset = 17, out_zp = 3, act_min = -100, act_max = 110;
  for (int y = 0; y < DW_H; y++)
    for (int x = 0; x < DW_W; x++)
      for (int c = 0; c < DW_C; c++)
        dw_in[y][x][c] = rand_i8();
  for (int ky = 0; ky < 3; ky++)
    for (int kx = 0; kx < 3; kx++)
      for (int c = 0; c < DW_C; c++)
        dw_k[ky][kx][c] = rand_i8();
  for (int c = 0; c < DW_C; c++) {
    dw_bias[c] = (int32_t)(xorshift32(&rng) % 4001) - 2000;
    dw_mult[c] = (int32_t)(0x40000000u + (xorshift32(&rng) & 0x3FFFFFFFu));
    dw_shift[c] = -(int32_t)(xorshift32(&rng) % 10);
  }

  for (int y = 0; y < DW_H; y++)
    for (int x = 0; x < DW_W; x++)
      for (int c = 0; c < DW_C; c += 4) {
        mve_pred16_t p = vctp32q((uint32_t)(DW_C - c));
        int32x4_t acc = vldrwq_z_s32(&dw_bias[c], p);
        for (int ky = 0; ky < 3; ky++)
          for (int kx = 0; kx < 3; kx++) {
            int iy = y + ky - 1, ix = x + kx - 1;
            if (iy < 0 || iy >= DW_H || ix < 0 || ix >= DW_W)
              continue;  /* padding: the input offset applies to real pixels only */
            int32x4_t in = vaddq_n_s32(vldrbq_z_s32(&dw_in[iy][ix][c], p), in_offset);
            int32x4_t k = vldrbq_z_s32(&dw_k[ky][kx][c], p);
            acc = vaddq_s32(acc, vmulq_s32(in, k));
          }
        acc = mve_requantize(acc, vldrwq_z_s32(&dw_mult[c], p), vldrwq_z_s32(&dw_shift[c], p));
        acc = vaddq_n_s32(acc, out_zp);
        acc = vminq_s32(vmaxq_s32(acc, vdupq_n_s32(act_min)), vdupq_n_s32(act_max));
        vstrbq_p_s32(&out_mve[y][x][c], acc, p);
      }

  for (int y = 0; y < DW_H; y++)
    for (int x = 0; x < DW_W; x++)
      for (int c = 0; c < DW_C; c++) {
        int32_t acc = dw_bias[c];
        for (int ky = 0; ky < 3; ky++)
          for (int kx = 0; kx < 3; kx++) {
            int iy = y + ky - 1, ix = x + kx - 1;
            if (iy < 0 || iy >= DW_H || ix < 0 || ix >= DW_W)
              continue;
            acc += ((int32_t)dw_in[iy][ix][c] + in_offset) * dw_k[ky][kx][c];
          }
        out_ref[y][x][c] = ref_to_int8(ref_requantize(acc, dw_mult[c], dw_shift[c]), out_zp, act_min, act_max);
      }
  check("depthwise 3x3 int8", out_mve, out_ref, DW_H * DW_W * DW_C, 1);
}

/* ------------------------------------------------------------------------
 * 4. Requantisation of int32 accumulators, one multiplier and shift
 * ------------------------------------------------------------------------ */

#define RQ_N 203

static void test_requantize(void)
{
  static int32_t acc[RQ_N];
  static int32_t q_mve[RQ_N], q_ref[RQ_N];
  static int8_t out_mve[RQ_N], out_ref[RQ_N];
  static const int32_t kEdges[] = {INT32_MIN, INT32_MIN + 1, -1, 0, 1, INT32_MAX, -(1 << 20), (1 << 20),
                                   -1536, -1024, -512, 512, 1024, 1536, -3, 3};
  static const struct { int32_t mult; int shift; } kQuant[] = {
      {0x40000000, -1}, {INT32_MAX, 0}, {0x5A827999, -6}, {0x7FFF0000, -11}, {0x41234567, 1}, {0x6000000C, -31},
  };
  const int32_t out_zp = -128;
  for (int i = 0; i < RQ_N; i++) {
    if (i < 16) {
      acc[i] = kEdges[i];
      continue;
    }
    /* Magnitudes spread over every power of two, both signs. */
    uint32_t magnitude = xorshift32(&rng);
    magnitude >>= xorshift32(&rng) & 31;
    acc[i] = (int32_t)((i & 1) ? 0u - magnitude : magnitude);
  }

  for (unsigned q = 0; q < sizeof kQuant / sizeof kQuant[0]; q++) {
    const int32_t mult = kQuant[q].mult;
    const int shift = kQuant[q].shift;
    const int left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
    for (int i = 0; i < RQ_N; i += 4) {
      mve_pred16_t p = vctp32q((uint32_t)(RQ_N - i));
      int32x4_t v = vldrwq_z_s32(&acc[i], p);
      v = vqrdmulhq_n_s32(vshlq_r_s32(v, left), mult);
      int32x4_t fixup = vshrq_n_s32(vandq_s32(v, vdupq_n_s32(-right)), 31);
      v = vrshlq_n_s32(vqaddq_s32(v, fixup), -right);
      vstrwq_p_s32(&q_mve[i], v, p);
      v = vaddq_n_s32(v, out_zp);
      v = vminq_s32(vmaxq_s32(v, vdupq_n_s32(-128)), vdupq_n_s32(127));
      vstrbq_p_s32(&out_mve[i], v, p);
    }
    for (int i = 0; i < RQ_N; i++) {
      q_ref[i] = ref_requantize(acc[i], mult, shift);
      out_ref[i] = ref_to_int8(q_ref[i], out_zp, -128, 127);
    }
    char name[32];
    snprintf(name, sizeof name, "requant %d int32", (int)q);
    check(name, q_mve, q_ref, RQ_N, sizeof(int32_t));
    snprintf(name, sizeof name, "requant %d int8", (int)q);
    check(name, out_mve, out_ref, RQ_N, 1);
  }
}

int main(void)
{
  test_dot();
  test_fully_connected();
  test_depthwise();
  test_requantize();
  printf("mismatches %d\n", mismatches_total);
  return mismatches_total ? 1 : 0;
}
