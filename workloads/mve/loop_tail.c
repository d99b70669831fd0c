/*
 * Tail-predicated low-overhead loops: WLSTP/DLSTP/LETP/LCTP for 8-, 16-,
 * 32- and 64-bit elements with every length 0..40 (the last iteration
 * processes only the elements left: loads zero the others, stores leave
 * memory alone), FPSCR.LTPSIZE inside and after the loop, LR after it,
 * the loops GCC builds from VCTP and the _z/_p/_x intrinsics, and an LE
 * inside a tail-predicated loop (an INVSTATE UsageFault on the LE, handled
 * here by skipping the LE).
 */
#include <arm_mve.h>

#include "cortexm.h"
#include "difftest.h"

#define MAXN 48
static uint8_t a[MAXN * 8 + 16] __attribute__((aligned(16)));
static uint8_t b[MAXN * 8 + 16] __attribute__((aligned(16)));
static uint8_t d[MAXN * 8 + 16] __attribute__((aligned(16)));

static uint32_t ltpsize(void)
{
  uint32_t f;
  __asm__ volatile("vmrs %0, fpscr" : "=r"(f));
  return (f >> 16) & 7;
}

/* d[i] = a[i] + b[i] for n elements; returns LR after the loop and the
 * LTPSIZE seen inside it (in the last iteration). */
#define TP_LOOP(NAME, START, LD, ADD, ST)                                                   \
  static void NAME(uint32_t n, uint32_t *lr_after, uint32_t *ltp_inside)                   \
  {                                                                                         \
    const uint8_t *pa = a, *pb = b;                                                          \
    uint8_t *pd = d;                                                                         \
    uint32_t lr, f = 0xFFFFFFFFu;                                                            \
    __asm__ volatile("mov lr, #0x7777\n\t"                                                   \
                     START " lr, %[n], 1f\n"                                                 \
                     "2:\n\t"                                                                \
                     LD " q0, [%[pa]], #16\n\t"                                              \
                     LD " q1, [%[pb]], #16\n\t"                                              \
                     ADD " q0, q0, q1\n\t"                                                   \
                     ST " q0, [%[pd]], #16\n\t"                                              \
                     "vmrs %[f], fpscr\n\t"                                                  \
                     "letp lr, 2b\n"                                                         \
                     "1:\n\t"                                                                \
                     "mov %[lr], lr"                                                         \
                     : [pa] "+r"(pa), [pb] "+r"(pb), [pd] "+r"(pd), [lr] "=&r"(lr),         \
                       [f] "+&r"(f)                                                          \
                     : [n] "r"(n)                                                            \
                     : "lr", "q0", "q1", "memory");                                         \
    *lr_after = lr;                                                                          \
    *ltp_inside = f == 0xFFFFFFFFu ? 9u : (f >> 16) & 7;                                     \
  }

TP_LOOP(wlstp8, "wlstp.8", "vldrb.u8", "vadd.i8", "vstrb.8")
TP_LOOP(wlstp16, "wlstp.16", "vldrh.u16", "vadd.i16", "vstrh.16")
TP_LOOP(wlstp32, "wlstp.32", "vldrw.u32", "vadd.i32", "vstrw.32")
/* 64-bit elements: two words each, moved by word loads and stores. */
TP_LOOP(wlstp64, "wlstp.64", "vldrw.u32", "vadd.i32", "vstrw.32")

/* DLSTP runs the body once even for n = 0 (with no element active). */
#define DLSTP_LOOP(NAME, START, LD, ST)                                                     \
  static void NAME(uint32_t n, uint32_t *lr_after)                                          \
  {                                                                                          \
    const uint8_t *pa = a;                                                                   \
    uint8_t *pd = d;                                                                         \
    uint32_t lr;                                                                             \
    __asm__ volatile(START " lr, %[n]\n"                                                     \
                     "2:\n\t"                                                                \
                     LD " q0, [%[pa]], #16\n\t"                                              \
                     "vmvn q0, q0\n\t"                                                       \
                     ST " q0, [%[pd]], #16\n\t"                                              \
                     "letp lr, 2b\n\t"                                                       \
                     "mov %[lr], lr"                                                         \
                     : [pa] "+r"(pa), [pd] "+r"(pd), [lr] "=&r"(lr)                          \
                     : [n] "r"(n)                                                            \
                     : "lr", "q0", "memory");                                               \
    *lr_after = lr;                                                                          \
  }

DLSTP_LOOP(dlstp8, "dlstp.8", "vldrb.u8", "vstrb.8")
DLSTP_LOOP(dlstp16, "dlstp.16", "vldrh.u16", "vstrh.16")
DLSTP_LOOP(dlstp32, "dlstp.32", "vldrw.u32", "vstrw.32")
DLSTP_LOOP(dlstp64, "dlstp.64", "vldrw.u32", "vstrw.32")

typedef void (*wloop_fn)(uint32_t, uint32_t *, uint32_t *);
typedef void (*dloop_fn)(uint32_t, uint32_t *);

static void run_loops(void)
{
  static const wloop_fn w[4] = {wlstp8, wlstp16, wlstp32, wlstp64};
  static const dloop_fn dl[4] = {dlstp8, dlstp16, dlstp32, dlstp64};
  for (int s = 0; s < 4; s++) {
    const unsigned esize = 1u << s;
    uint32_t h = 2166136261u;
    for (uint32_t n = 0; n <= 40; n++) {
      uint32_t lr, ltp;
      memset(d, 0xEE, sizeof d);
      w[s](n, &lr, &ltp);
      /* Check against the scalar sum (in lanes of the element size, or of
       * words for the 64-bit loop) and the untouched bytes after. */
      int bad = 0;
      const unsigned bytes = n * esize;
      for (unsigned i = 0; i < bytes; i++) {
        unsigned lane = s == 3 ? 4 : esize;
        unsigned base = i - i % lane;
        uint32_t x = 0, y = 0, z = 0;
        memcpy(&x, a + base, lane);
        memcpy(&y, b + base, lane);
        memcpy(&z, d + base, lane);
        uint32_t mask = lane == 4 ? 0xFFFFFFFFu : (1u << (8 * lane)) - 1;
        if (((x + y) & mask) != z) bad++;
      }
      for (unsigned i = bytes; i < sizeof d; i++)
        if (d[i] != 0xEE) bad++;
      h = fnv1a_u32(fnv1a_u32(h, fnv1a(d, sizeof d)), lr);
      printf("wlstp.%-2u n=%2lu lr=%lx ltpsize in loop %lu after %lu %s\n", 8u << s, (unsigned long)n,
             (unsigned long)lr, (unsigned long)ltp, (unsigned long)ltpsize(), bad ? "BAD" : "ok");
      memset(d, 0xEE, sizeof d);
      dl[s](n, &lr);
      h = fnv1a_u32(fnv1a_u32(h, fnv1a(d, sizeof d)), lr);
    }
    printf("size %u hash %08lx\n", 8u << s, (unsigned long)h);
  }
}

/* LCTP ends tail predication early: the rest of the loop body runs on
 * whole vectors. */
static void test_lctp(void)
{
  uint32_t before, after;
  __asm__ volatile("dlstp.16 lr, %2\n\t"
                   "vmrs %0, fpscr\n\t"
                   "lctp\n\t"
                   "vmrs %1, fpscr"
                   : "=&r"(before), "=&r"(after) : "r"(3u) : "lr");
  printf("lctp: ltpsize %lu -> %lu\n", (unsigned long)((before >> 16) & 7), (unsigned long)((after >> 16) & 7));
}

/* GCC's own tail predication: VCTP + VPST in a plain loop. */
static void intrinsic_loops(void)
{
  uint32_t h = 2166136261u;
  for (int n = 0; n <= 40; n++) {
    memset(d, 0xEE, sizeof d);
    const int8_t *pa = (const int8_t *)a, *pb = (const int8_t *)b;
    int8_t *pd = (int8_t *)d;
    for (int left = n; left > 0; left -= 16) {
      mve_pred16_t p = vctp8q((uint32_t)left);
      int8x16_t x = vld1q_z_s8(pa, p), y = vld1q_z_s8(pb, p);
      vst1q_p_s8(pd, vqaddq_s8(x, y), p);
      pa += 16; pb += 16; pd += 16;
    }
    int32_t *qd = (int32_t *)(d + 128);
    const int16_t *qa = (const int16_t *)a;
    for (int left = n; left > 0; left -= 4) {
      mve_pred16_t p = vctp32q((uint32_t)left);
      int32x4_t x = vldrhq_z_s32(qa, p);
      vstrwq_p_s32(qd, vmulq_x_n_s32(x, 3, p), p);
      qa += 4; qd += 4;
    }
    h = fnv1a_u32(h, fnv1a(d, sizeof d));
  }
  P32("vctp loops hash", h);
}

/* LE while LTPSIZE != 4: an INVSTATE UsageFault on the LE. The handler
 * skips it (the loop then falls out). */
static volatile uint32_t invstate_faults;
void usagefault_c(cm_exc_frame *f, uint32_t exc_return)
{
  (void)exc_return;
  if (SCB_CFSR & CFSR_INVSTATE) {
    invstate_faults++;
    SCB_CFSR = CFSR_INVSTATE;
    f->pc += 4;
  }
}
CM_FRAME_HANDLER(UsageFault_Handler, usagefault_c)

static void test_le_in_tp_loop(void)
{
  SCB_SHCSR |= SCB_SHCSR_USGFAULTENA;
  uint32_t lr;
  __asm__ volatile("dlstp.32 lr, %1\n"
                   "2:\n\t"
                   "le lr, 2b\n\t"
                   "mov %0, lr\n\t"
                   "lctp"
                   : "=&r"(lr) : "r"(9u) : "lr");
  printf("le in a tail-predicated loop: %lu INVSTATE fault(s), lr %lu\n", (unsigned long)invstate_faults,
         (unsigned long)lr);
}

int main(void)
{
  uint32_t seed = 0x5EED;
  for (unsigned i = 0; i < sizeof a; i++) {
    a[i] = (uint8_t)xorshift32(&seed);
    b[i] = (uint8_t)xorshift32(&seed);
  }
  printf("ltpsize at start %lu\n", (unsigned long)ltpsize());
  run_loops();
  test_lctp();
  intrinsic_loops();
  test_le_in_tp_loop();
  printf("ltpsize at end %lu\n", (unsigned long)ltpsize());
  return 0;
}
