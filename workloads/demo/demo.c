/*
 * demo.c - tinysim's built-in demo firmware (the README's first command).
 *
 * Runs a few realistic scalar kernels, each inside a region marked through
 * tinysim's region-marker device, so the report shows per-region cycles,
 * instructions, MACs, bytes and energy:
 *
 *   crc32         bitwise CRC-32 over a 4 KiB buffer
 *   fir_q15       32-tap Q15 FIR filter over 256 samples
 *   dense_q7      int8 fully-connected layer: 16x64 weights x 64x16 inputs
 *     matmul_q7     (nested) the int8 x int8 -> int32 accumulation
 *                   the outer region adds bias + requantise + ReLU
 *   sort          insertion sort of 256 int32 keys
 *
 * Prints a checksum per region and exits 0. The output is the same on QEMU
 * (where the marker device is absent) and on tinysim, except the line saying
 * where it runs.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tinysim.h"

/* Deterministic input data from a 32-bit LCG (Numerical Recipes constants). */
static uint32_t lcg_state = 12345u;
static uint32_t lcg(void)
{
  lcg_state = lcg_state * 1664525u + 1013904223u;
  return lcg_state;
}

/* ---- crc32 ------------------------------------------------------------- */
#define CRC_LEN 4096
static uint8_t crc_buf[CRC_LEN];

static uint32_t crc32(const uint8_t *p, size_t n)
{
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    for (int b = 0; b < 8; b++)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

/* ---- fir_q15 ------------------------------------------------------------ */
#define FIR_TAPS 32
#define FIR_LEN 256
static int16_t fir_coeffs[FIR_TAPS];
static int16_t fir_in[FIR_LEN + FIR_TAPS - 1];
static int16_t fir_out[FIR_LEN];

static inline int16_t sat_q15(int32_t x)
{
  if (x > 32767) return 32767;
  if (x < -32768) return -32768;
  return (int16_t)x;
}

static void fir_q15(const int16_t *x, const int16_t *h, int16_t *y, int n, int taps)
{
  for (int i = 0; i < n; i++) {
    int64_t acc = 0;
    for (int k = 0; k < taps; k++)
      acc += (int32_t)x[i + k] * h[taps - 1 - k];
    y[i] = sat_q15((int32_t)((acc + (1 << 14)) >> 15));
  }
}

/* ---- dense_q7 / matmul_q7 ------------------------------------------------ */
#define MM_M 16 /* output features */
#define MM_K 64 /* input features */
#define MM_N 16 /* batch */
static int8_t mm_w[MM_M][MM_K];
static int8_t mm_x[MM_K][MM_N];
static int32_t mm_bias[MM_M];
static int32_t mm_acc[MM_M][MM_N];
static int8_t mm_y[MM_M][MM_N];

static void matmul_q7(void)
{
  for (int m = 0; m < MM_M; m++)
    for (int n = 0; n < MM_N; n++) {
      int32_t acc = 0;
      for (int k = 0; k < MM_K; k++)
        acc += (int32_t)mm_w[m][k] * mm_x[k][n];
      mm_acc[m][n] = acc;
    }
}

/* Requantise like TFLite Micro: y = clamp(((acc + bias) * mult) >> (31 + shift)). */
static int8_t requant(int32_t acc, int32_t mult, int shift, int32_t zero_point)
{
  int64_t v = (int64_t)acc * mult;
  int total = 31 + shift;
  v = (v + ((int64_t)1 << (total - 1))) >> total;
  v += zero_point;
  if (v < 0) v = 0;         /* fused ReLU (zero point -128 would be the int8 case) */
  if (v > 127) v = 127;
  return (int8_t)v;
}

static void dense_q7(void)
{
  tinysim_region_begin("matmul_q7");
  matmul_q7();
  tinysim_region_end();
  for (int m = 0; m < MM_M; m++)
    for (int n = 0; n < MM_N; n++)
      mm_y[m][n] = requant(mm_acc[m][n] + mm_bias[m], 1518500250 /* 0.707 * 2^31 */, 6, 0);
}

/* ---- sort --------------------------------------------------------------- */
#define SORT_LEN 256
static int32_t sort_buf[SORT_LEN];

static void insertion_sort(int32_t *a, int n)
{
  for (int i = 1; i < n; i++) {
    int32_t v = a[i];
    int j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/* FNV-1a over bytes: a checksum for the printed results. */
static uint32_t fnv1a(const void *p, size_t n)
{
  const uint8_t *b = p;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 16777619u;
  return h;
}

int main(void)
{
  printf("tinysim demo: Cortex-M55 scalar kernels with marked regions\n");
  printf("running on %s\n", tinysim_present() ? "tinysim" : "a platform without the region marker");

  for (int i = 0; i < CRC_LEN; i++) crc_buf[i] = (uint8_t)(lcg() >> 24);
  for (int i = 0; i < FIR_TAPS; i++) fir_coeffs[i] = (int16_t)((lcg() >> 20) - 2048);
  for (int i = 0; i < FIR_LEN + FIR_TAPS - 1; i++) fir_in[i] = (int16_t)(lcg() >> 16);
  for (int m = 0; m < MM_M; m++) {
    mm_bias[m] = (int32_t)(lcg() >> 22) - 512;
    for (int k = 0; k < MM_K; k++) mm_w[m][k] = (int8_t)(lcg() >> 24);
  }
  for (int k = 0; k < MM_K; k++)
    for (int n = 0; n < MM_N; n++) mm_x[k][n] = (int8_t)(lcg() >> 24);
  for (int i = 0; i < SORT_LEN; i++) sort_buf[i] = (int32_t)lcg();

  tinysim_region_begin("crc32");
  uint32_t crc = crc32(crc_buf, CRC_LEN);
  tinysim_region_end();
  printf("crc32     : %08lx\n", (unsigned long)crc);

  tinysim_region_begin("fir_q15");
  fir_q15(fir_in, fir_coeffs, fir_out, FIR_LEN, FIR_TAPS);
  tinysim_region_end();
  printf("fir_q15   : %08lx\n", (unsigned long)fnv1a(fir_out, sizeof fir_out));

  tinysim_region_begin("dense_q7");
  dense_q7();
  tinysim_region_end();
  printf("matmul_q7 : %08lx\n", (unsigned long)fnv1a(mm_acc, sizeof mm_acc));
  printf("dense_q7  : %08lx\n", (unsigned long)fnv1a(mm_y, sizeof mm_y));

  tinysim_region_begin("sort");
  insertion_sort(sort_buf, SORT_LEN);
  tinysim_region_end();
  int sorted = 1;
  for (int i = 1; i < SORT_LEN; i++) sorted &= sort_buf[i - 1] <= sort_buf[i];
  printf("sort      : %08lx (%s)\n", (unsigned long)fnv1a(sort_buf, sizeof sort_buf),
         sorted ? "sorted" : "NOT SORTED");

  printf("demo done\n");
  return sorted ? 0 : 1;
}
