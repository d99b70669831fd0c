/*
 * Exceptions inside VPT blocks and tail-predicated loops: SysTick fires every
 * few thousand cycles while the thread runs vector loops made of VPT blocks
 * and DLSTP/LETP loops, until 120 ticks have been counted. The handler uses
 * MVE itself (its own VPT block and tail-predicated loop): its first vector
 * instruction creates a new FP context, so it must see VPR = 0 and
 * FPSCR.LTPSIZE = 4, and the interrupted code's VPR and LTPSIZE (stacked with
 * the FP context) must survive: chains of VPT and tail-predicated steps end
 * where they did with SysTick off. Only results that do not depend on where
 * the interrupts land are printed (QEMU's SysTick runs on host time).
 */
#include <arm_mve.h>

#include "cortexm.h"
#include "difftest.h"

#define N 203   /* elements: not a multiple of any vector length */

static int32_t x[N + 8] __attribute__((aligned(16)));
static int32_t y[N + 8] __attribute__((aligned(16)));
static int32_t y2[N + 8] __attribute__((aligned(16)));
static int8_t bytes[N + 16] __attribute__((aligned(16)));
static int8_t bytes_out[N + 16] __attribute__((aligned(16)));
static int8_t bytes2[N + 16] __attribute__((aligned(16)));

static volatile uint32_t ticks;
static volatile uint32_t handler_errors;
static volatile uint32_t handler_sum;

void SysTick_Handler(void)
{
  uint32_t vpr, fpscr;
  __asm__ volatile("vmrs %0, vpr\n\tvmrs %1, fpscr" : "=r"(vpr), "=r"(fpscr));
  if (vpr != 0) handler_errors |= 1;
  if (((fpscr >> 16) & 7) != 4) handler_errors |= 2;
  /* The handler's own predication and tail predication. */
  int32x4_t v = vdupq_n_s32((int32_t)ticks);
  uint32_t out[4];
  __asm__ volatile("vpte.s32 gt, %q0, zr\n\t"
                   "vaddt.i32 %q0, %q0, %q0\n\t"
                   "vsube.i32 %q0, %q0, %q0\n\t"
                   "dlstp.32 lr, %2\n"
                   "1:\n\t"
                   "vshl.i32 %q0, %q0, #1\n\t"
                   "letp lr, 1b\n\t"
                   "vstrw.32 %q0, [%1]"
                   : "+w"(v) : "r"(out), "r"(3u) : "lr", "memory");
  handler_sum += out[0] + out[3];
  if (++ticks >= 120) {
    SYST_CSR = 0;
    SCB_ICSR = SCB_ICSR_PENDSTCLR;
  }
}

/* One step of a chain: out[i] = in[i] > 0 ? 2 * in[i] : -in[i], with a VPTE
 * block per vector. */
static void vpt_pass(const int32_t *in, int32_t *out)
{
  for (int i = 0; i < N; i += 4) {
    __asm__ volatile("vldrw.u32 q0, [%0]\n\t"
                     "vpte.s32 gt, q0, zr\n\t"
                     "vaddt.i32 q1, q0, q0\n\t"
                     "vnege.s32 q1, q0\n\t"
                     "vstrw.32 q1, [%1]"
                     :: "r"(in + i), "r"(out + i) : "q0", "q1", "memory");
  }
}

/* One step of a chain in a DLSTP.8 loop with a VPST block:
 * out[i] = in[i] + 37, inverted when that is negative. */
static void tp_pass(const int8_t *in, int8_t *out)
{
  __asm__ volatile("vmov.i8 q1, #37\n\t"
                   "dlstp.8 lr, %2\n"
                   "1:\n\t"
                   "vldrb.u8 q0, [%0], #16\n\t"
                   "vadd.i8 q0, q0, q1\n\t"
                   "vpstt\n\t"
                   "vcmpt.s8 lt, q0, zr\n\t"
                   "vmvnt q0, q0\n\t"
                   "vstrb.8 q0, [%1], #16\n\t"
                   "letp lr, 1b"
                   : "+r"(in), "+r"(out) : "r"((uint32_t)N) : "lr", "q0", "q1", "memory");
}

/* K steps of both chains from the initial x and bytes (a wrong step anywhere
 * changes the end result). */
#define K 48
static void chains(void)
{
  memcpy(y, x, sizeof y);
  memcpy(bytes_out, bytes, sizeof bytes_out);
  for (int k = 0; k < K; k += 2) {
    vpt_pass(y, y2);
    vpt_pass(y2, y);
    tp_pass(bytes_out, bytes2);
    tp_pass(bytes2, bytes_out);
  }
}

int main(void)
{
  uint32_t seed = 99;
  for (int i = 0; i < N + 8; i++) x[i] = (int32_t)xorshift32(&seed) >> 8;
  for (int i = 0; i < N + 16; i++) bytes[i] = (int8_t)xorshift32(&seed);

  /* Reference results, computed before any interrupt. */
  static int32_t y_ref[N + 8];
  static int8_t out_ref[N + 16];
  chains();
  memcpy(y_ref, y, sizeof y);
  memcpy(out_ref, bytes_out, sizeof bytes_out);

  /* A period that is no multiple of the loops' lengths. */
  SYST_RVR = 1999 - 1;
  SYST_CVR = 0;
  SYST_CSR = SYST_CSR_CLKSOURCE | SYST_CSR_TICKINT | SYST_CSR_ENABLE;
  uint32_t passes = 0, bad = 0;
  while (ticks < 120) {
    chains();
    if (memcmp(y, y_ref, sizeof y) || memcmp(bytes_out, out_ref, sizeof bytes_out)) bad++;
    passes++;
  }
  uint32_t fpscr;
  __asm__ volatile("vmrs %0, fpscr" : "=r"(fpscr));
  printf("ticks %lu, passes with wrong results %lu, handler errors %lu\n", (unsigned long)ticks,
         (unsigned long)bad, (unsigned long)handler_errors);
  printf("thread ltpsize after %lu, results %08lx %08lx\n", (unsigned long)((fpscr >> 16) & 7),
         (unsigned long)fnv1a(y_ref, sizeof y_ref), (unsigned long)fnv1a(out_ref, sizeof out_ref));
  return (passes > 0 && bad == 0 && handler_errors == 0) ? 0 : 1;
}
