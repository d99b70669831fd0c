/*
 * faults.c - synchronous exceptions caught by handlers that print the fault
 * status, clear it, advance the stacked PC past the faulting instruction and
 * return (workloads/include/cortexm.h CM_FRAME_HANDLER):
 *   - UDF with UsageFault disabled: escalates to HardFault (HFSR.FORCED,
 *     CFSR.UNDEFINSTR); then with SHCSR.USGFAULTENA: UsageFault;
 *   - SDIV/UDIV by zero with CCR.DIV_0_TRP set: UsageFault DIVBYZERO (and the
 *     destination register is not written);
 *   - unaligned LDR with CCR.UNALIGN_TRP set, and unaligned LDRD/LDM (which
 *     always fault): UsageFault UNALIGNED;
 *   - loads and stores to an unmapped address (0xF0000000): BusFault, precise,
 *     BFAR valid — escalated to HardFault while BusFault is disabled;
 *   - SVC #n from thread mode: the handler reads n from the SVC instruction
 *     before the stacked PC and returns a result in the stacked r0;
 *   - (soft-float build only) an FP instruction with CPACR disabled: UsageFault
 *     NOCP; the handler enables CP10/CP11 and returns to retry it.
 */
#include <stdint.h>

#include "cortexm.h"
#include "difftest.h"

#define UNMAPPED 0xF0000000u

static volatile uint32_t n_hard, n_usage, n_bus, n_svc;
static volatile int retry_instead_of_skip;

static void report(const char *kind, cm_exc_frame *f)
{
  uint32_t cfsr = SCB_CFSR, hfsr = SCB_HFSR;
  printf("  %s: IPSR %lu CFSR %08lx HFSR %08lx", kind, (unsigned long)(cm_get_ipsr() & 0x1FF),
         (unsigned long)cfsr, (unsigned long)hfsr);
  if (cfsr & 0x8000u) printf(" BFAR %08lx", (unsigned long)SCB_BFAR);
  uint16_t hw = *(const uint16_t *)(uintptr_t)f->pc;
  printf(" insn %04x (%u bytes)\n", hw, cm_thumb_insn_size(hw));
  SCB_CFSR = cfsr; /* write one to clear */
  SCB_HFSR = hfsr;
  if (retry_instead_of_skip)
    retry_instead_of_skip = 0;
  else
    f->pc += cm_thumb_insn_size(hw);
}

void hardfault_c(cm_exc_frame *f, uint32_t exc_return)
{
  (void)exc_return;
  n_hard++;
  report("HardFault", f);
}
void usagefault_c(cm_exc_frame *f, uint32_t exc_return)
{
  (void)exc_return;
  n_usage++;
  if (SCB_CFSR & CFSR_NOCP) {
    SCB_CPACR |= 0xFu << 20;
    retry_instead_of_skip = 1;
  }
  report("UsageFault", f);
}
void busfault_c(cm_exc_frame *f, uint32_t exc_return)
{
  (void)exc_return;
  n_bus++;
  report("BusFault", f);
}

/* SVC: r0..r3 are the caller's arguments, the result goes back in r0. */
void svc_c(cm_exc_frame *f, uint32_t exc_return)
{
  n_svc++;
  uint16_t insn = *(const uint16_t *)(uintptr_t)(f->pc - 2);
  unsigned num = insn & 0xFFu;
  uint32_t r;
  switch (num) {
    case 0: r = f->r0 + f->r1; break;
    case 1: r = f->r0 * f->r1 + f->r2; break;
    case 7: r = f->r0 ^ f->r1 ^ f->r2 ^ f->r3; break;
    case 255: r = exc_return & 0xFFu; break; /* 0xF9 (no FP context) or 0xE9 */
    default: r = 0xBAD00000u | num; break;
  }
  printf("  SVC #%u: IPSR %lu, returns %08lx\n", num, (unsigned long)(cm_get_ipsr() & 0x1FF), (unsigned long)r);
  f->r0 = r;
}

CM_FRAME_HANDLER(HardFault_Handler, hardfault_c)
CM_FRAME_HANDLER(UsageFault_Handler, usagefault_c)
CM_FRAME_HANDLER(BusFault_Handler, busfault_c)
CM_FRAME_HANDLER(SVC_Handler, svc_c)

#define SVC(n, a, b, c, d)                                                                  \
  ({                                                                                        \
    register uint32_t r0_ __asm__("r0") = (a);                                              \
    register uint32_t r1_ __asm__("r1") = (b);                                              \
    register uint32_t r2_ __asm__("r2") = (c);                                              \
    register uint32_t r3_ __asm__("r3") = (d);                                              \
    __asm__ volatile("svc #" #n : "+r"(r0_) : "r"(r1_), "r"(r2_), "r"(r3_) : "memory");     \
    r0_;                                                                                    \
  })

static void counts(void)
{
  printf("  counts: hard %lu usage %lu bus %lu svc %lu\n", (unsigned long)n_hard,
         (unsigned long)n_usage, (unsigned long)n_bus, (unsigned long)n_svc);
}

int main(void)
{
  printf("faults\n");
  static uint32_t words[4] __attribute__((aligned(8))) = {0x11223344u, 0x55667788u, 0x99AABBCCu, 0xDDEEFF00u};
  const uint8_t *bytes = (const uint8_t *)words;

  printf("udf.n, UsageFault disabled:\n");
  __asm__ volatile("udf #0x42" ::: "memory");
  printf("udf.w, UsageFault disabled:\n");
  __asm__ volatile("udf.w #0x1234" ::: "memory");
  counts();

  SCB_SHCSR |= SCB_SHCSR_USGFAULTENA | SCB_SHCSR_BUSFAULTENA;
  cm_dsb(); cm_isb();
  printf("udf.n, UsageFault enabled:\n");
  __asm__ volatile("udf #7" ::: "memory");
  counts();

  printf("divide by zero, DIV_0_TRP clear:\n");
  uint32_t q;
  __asm__ volatile("movs %0, #77\n\tsdiv %0, %1, %2" : "=&r"(q) : "r"(100), "r"(0));
  printf("  sdiv 100/0 = %lu (no fault)\n", (unsigned long)q);
  SCB_CCR |= SCB_CCR_DIV_0_TRP;
  cm_dsb(); cm_isb();
  printf("divide by zero, DIV_0_TRP set:\n");
  /* "b 1f" ends QEMU's translation block so that the sdiv starts a new one:
   * QEMU 7.2 declares its sdiv/udiv helpers TCG_CALL_NO_RWG, so registers
   * written earlier in the same block are stale in the exception frame when
   * the helper raises the DIVBYZERO UsageFault. */
  __asm__ volatile("movs %0, #77\n\tb 1f\n1:\tsdiv %0, %1, %2" : "=&r"(q) : "r"(100), "r"(0) : "memory");
  printf("  sdiv result register untouched: %lu\n", (unsigned long)q);
  __asm__ volatile("movs %0, #78\n\tb 1f\n1:\tudiv %0, %1, %2" : "=&r"(q) : "r"(100), "r"(0) : "memory");
  printf("  udiv result register untouched: %lu\n", (unsigned long)q);
  __asm__ volatile("movs %0, #79\n\tudiv %0, %1, %2" : "=&r"(q) : "r"(100), "r"(7) : "memory");
  printf("  udiv 100/7 still works: %lu\n", (unsigned long)q);
  SCB_CCR &= ~SCB_CCR_DIV_0_TRP;
  counts();

  printf("unaligned accesses:\n");
  uint32_t v;
  __asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(bytes + 1) : "memory");
  printf("  ldr [+1] without UNALIGN_TRP = %08lx\n", (unsigned long)v);
  SCB_CCR |= SCB_CCR_UNALIGN_TRP;
  cm_dsb(); cm_isb();
  v = 0x5555;
  __asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(bytes + 1) : "memory");
  printf("  ldr [+1] with UNALIGN_TRP: register kept %08lx\n", (unsigned long)v);
  __asm__ volatile("ldrh %0, [%1]" : "+r"(v) : "r"(bytes + 3) : "memory");
  __asm__ volatile("ldrb %0, [%1]" : "=r"(v) : "r"(bytes + 3) : "memory");
  printf("  ldrb [+3] never faults: %02lx\n", (unsigned long)v);
  SCB_CCR &= ~SCB_CCR_UNALIGN_TRP;
  cm_dsb(); cm_isb();
  uint32_t lo = 1, hi = 2;
  __asm__ volatile("ldrd %0, %1, [%2]" : "+r"(lo), "+r"(hi) : "r"(bytes + 2) : "memory");
  printf("  ldrd [+2] always faults: registers kept %lu %lu\n", (unsigned long)lo, (unsigned long)hi);
  __asm__ volatile("movs r2, #5\n\tmovs r3, #6\n\tldm %2, {r2, r3}\n\tmov %0, r2\n\tmov %1, r3"
                   : "=r"(lo), "=r"(hi) : "r"(bytes + 2) : "r2", "r3", "memory");
  printf("  ldm [+2] always faults: registers kept %lu %lu\n", (unsigned long)lo, (unsigned long)hi);
  counts();

  printf("unmapped address %08lx:\n", (unsigned long)UNMAPPED);
  v = 0x1234;
  __asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(UNMAPPED) : "memory");
  printf("  load: register kept %08lx\n", (unsigned long)v);
  __asm__ volatile("str %0, [%1, #8]" :: "r"(v), "r"(UNMAPPED) : "memory");
  SCB_SHCSR &= ~SCB_SHCSR_BUSFAULTENA;
  cm_dsb(); cm_isb();
  printf("unmapped address with BusFault disabled:\n");
  __asm__ volatile("ldrb %0, [%1, #3]" : "+r"(v) : "r"(UNMAPPED) : "memory");
  counts();

  printf("svc:\n");
  printf("  svc 0 (3, 4) -> %lu\n", (unsigned long)SVC(0, 3, 4, 0, 0));
  printf("  svc 1 (6, 7, 8) -> %lu\n", (unsigned long)SVC(1, 6, 7, 8, 0));
  printf("  svc 7 -> %08lx\n", (unsigned long)SVC(7, 0x11111111u, 0x22222222u, 0x44444444u, 0x88888888u));
  printf("  svc 42 -> %08lx\n", (unsigned long)SVC(42, 0, 0, 0, 0));
  printf("  svc 255 (EXC_RETURN low byte) -> %02lx\n", (unsigned long)SVC(255, 0, 0, 0, 0));
  counts();

#ifdef __SOFTFP__
  printf("FP instruction with CP10/CP11 disabled (soft-float build):\n");
  SCB_CPACR &= ~(0xFu << 20);
  cm_dsb(); cm_isb();
  uint32_t fpin = 0x3FC00000u, fpout = 0;
  /* vmov s0, %1 ; vmov %0, s0 (encoded, so the soft-float assembler accepts them) */
  __asm__ volatile("mov r12, %1\n\t"
                   ".inst.w 0xEE00CA10\n\t"  /* vmov s0, r12 */
                   ".inst.w 0xEE10CA10\n\t"  /* vmov r12, s0 */
                   "mov %0, r12"
                   : "=r"(fpout) : "r"(fpin) : "r12", "memory");
  printf("  after retry: %08lx, CPACR CP10/11 %lx\n", (unsigned long)fpout, (unsigned long)((SCB_CPACR >> 20) & 0xF));
  counts();
#else
  printf("FP instruction with CP10/CP11 disabled: skipped in the hard-float build\n");
#endif
  printf("faults done\n");
  return 0;
}
