/*
 * interrupts.c - exceptions and interrupts through the vector table in
 * workloads/platform/vectors.c:
 *   - SysTick with TICKINT: the handler counts 10 ticks (then turns SysTick off
 *     itself), main waits with WFI;
 *   - SysTick polled: COUNTFLAG seen set 3 times, cleared by reading CSR;
 *   - PendSV set from thread mode through ICSR.PENDSVSET;
 *   - NVIC: IRQs pended through ISPR and STIR while PRIMASK is set run in
 *     priority order when it is cleared; a higher-priority IRQ pended inside a
 *     handler preempts it (nesting), a lower-priority one tail-chains after it;
 *   - BASEPRI masks lower-priority IRQs until it is lowered;
 *   - IPSR values inside handlers, and the active bits (IABR).
 * The order of events is logged in memory and printed from thread mode, so the
 * output does not depend on how fast the clock runs.
 */
#include <stdint.h>

#include "cortexm.h"
#include "difftest.h"

/* Priorities use the top 3 bits (Cortex-M55 on mps3-an547 implements 3). */
#define PRIO_HIGH 0x20u
#define PRIO_MIDH 0x40u
#define PRIO_MID 0x80u
#define PRIO_LOWM 0xA0u
#define PRIO_LOW 0xC0u

/* External interrupts with no device behind them on mps3-an547. */
#define IRQ_A 60
#define IRQ_B 61
#define IRQ_C 62
#define IRQ_D 63
#define IRQ_E 64

static volatile uint32_t ticks;
static volatile uint32_t pendsv_count;
static volatile int log_buf[64];
static volatile int log_n;

static void log_event(int e)
{
  if (log_n < 64) log_buf[log_n++] = e;
}

static void print_log(const char *what)
{
  printf("%s:", what);
  for (int i = 0; i < log_n; i++) printf(" %d", log_buf[i]);
  printf("\n");
  log_n = 0;
}

void SysTick_Handler(void)
{
  /* Stop at exactly 10 however fast the core runs relative to the timer: turn
   * the counter off and drop a tick that may already be pending again. */
  if (ticks >= 10) return;
  if (++ticks == 10) {
    SYST_CSR = 0;
    SCB_ICSR = SCB_ICSR_PENDSTCLR;
  }
}

void PendSV_Handler(void)
{
  pendsv_count++;
  log_event((int)(cm_get_ipsr() & 0x1FF));
}

/* IRQ_A (mid priority) pends IRQ_C (higher: preempts at once) and IRQ_D
 * (lower: runs after IRQ_A returns). */
void IRQ60_Handler(void)
{
  log_event(100 + IRQ_A);
  log_event((int)(cm_get_ipsr() & 0x1FF));
  nvic_set_pending(IRQ_C);
  cm_dsb(); cm_isb();
  nvic_set_pending(IRQ_D);
  cm_dsb(); cm_isb();
  log_event(200 + IRQ_A);
}
void IRQ61_Handler(void) { log_event(100 + IRQ_B); }
void IRQ62_Handler(void)
{
  log_event(100 + IRQ_C);
  /* IRQ_A is active (preempted) while this one runs */
  log_event((NVIC_IABR(IRQ_A / 32) >> (IRQ_A % 32)) & 1 ? 1 : 0);
}
void IRQ63_Handler(void) { log_event(100 + IRQ_D); }
void IRQ64_Handler(void) { log_event(100 + IRQ_E); }

int main(void)
{
  printf("interrupts\n");
  printf("thread mode IPSR %lu, PRIMASK %lu\n", (unsigned long)cm_get_ipsr(), (unsigned long)cm_get_primask());

  /* SysTick interrupt, WFI until 10 ticks */
  SYST_CSR = 0;
  SYST_RVR = 20000 - 1;
  SYST_CVR = 0;
  SCB_SHPR3 = (SCB_SHPR3 & 0x00FFFFFFu) | (PRIO_LOW << 24);
  SYST_CSR = SYST_CSR_CLKSOURCE | SYST_CSR_TICKINT | SYST_CSR_ENABLE;
  while (ticks < 10)
    cm_wfi();
  printf("systick: %lu ticks counted, SysTick %s\n", (unsigned long)ticks,
         (SYST_CSR & SYST_CSR_ENABLE) ? "still on" : "off");
  printf("systick: RVR reads %lu\n", (unsigned long)SYST_RVR);

  /* SysTick polled through COUNTFLAG */
  SYST_RVR = 5000 - 1;
  SYST_CVR = 0;
  (void)SYST_CSR; /* clear COUNTFLAG */
  SYST_CSR = SYST_CSR_CLKSOURCE | SYST_CSR_ENABLE;
  int seen = 0;
  while (seen < 3)
    if (SYST_CSR & SYST_CSR_COUNTFLAG) seen++;
  SYST_CSR = 0;
  printf("systick polled: COUNTFLAG seen %d times, ticks still %lu\n", seen, (unsigned long)ticks);

  /* PendSV */
  SCB_ICSR = SCB_ICSR_PENDSVSET;
  cm_dsb(); cm_isb();
  SCB_ICSR = SCB_ICSR_PENDSVSET;
  cm_dsb(); cm_isb();
  printf("pendsv: ran %lu times\n", (unsigned long)pendsv_count);
  print_log("pendsv IPSR log");

  /* NVIC priorities */
  nvic_set_priority(IRQ_A, PRIO_MID);
  nvic_set_priority(IRQ_B, PRIO_LOW);
  nvic_set_priority(IRQ_C, PRIO_HIGH);
  nvic_set_priority(IRQ_D, PRIO_LOWM);
  nvic_set_priority(IRQ_E, PRIO_MIDH);
  for (int irq = IRQ_A; irq <= IRQ_E; irq++) {
    nvic_clear_pending((unsigned)irq);
    nvic_enable_irq((unsigned)irq);
  }
  cm_disable_irq();
  nvic_set_pending(IRQ_B);
  NVIC_STIR = IRQ_E;
  nvic_set_pending(IRQ_A);
  cm_dsb(); cm_isb();
  printf("while masked: PRIMASK %lu, pending A %lu B %lu E %lu, nothing ran: %s\n",
         (unsigned long)cm_get_primask(), (unsigned long)((NVIC_ISPR(IRQ_A / 32) >> (IRQ_A % 32)) & 1),
         (unsigned long)((NVIC_ISPR(IRQ_B / 32) >> (IRQ_B % 32)) & 1),
         (unsigned long)((NVIC_ISPR(IRQ_E / 32) >> (IRQ_E % 32)) & 1), log_n == 0 ? "yes" : "no");
  cm_enable_irq();
  cm_isb();
  print_log("priority order (E, A{C}, D, B)");

  /* BASEPRI */
  cm_set_basepri(PRIO_MID);
  nvic_set_pending(IRQ_B);   /* PRIO_LOW: masked */
  nvic_set_pending(IRQ_E);   /* PRIO_MIDH: higher than BASEPRI, runs */
  cm_dsb(); cm_isb();
  log_event(0);
  cm_set_basepri(0);
  cm_isb();
  log_event(1);
  print_log("basepri (E, 0, B, 1)");

  /* disabled IRQ stays pending */
  nvic_disable_irq(IRQ_B);
  nvic_set_pending(IRQ_B);
  cm_dsb(); cm_isb();
  log_event(2);
  nvic_enable_irq(IRQ_B);
  cm_dsb(); cm_isb();
  print_log("disabled-then-enabled (2, B)");
  for (int irq = IRQ_A; irq <= IRQ_E; irq++) nvic_disable_irq((unsigned)irq);
  printf("interrupts done\n");
  return 0;
}
