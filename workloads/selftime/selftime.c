/* Firmware that times itself with the DWT cycle counter, the PMU cycle
 * counter and SysTick around a marked region. tests/cli/selftime.sh checks
 * that the three readings agree with the region's cycles in tinysim's report
 * (unchanged firmware must be able to time itself). */
#include <stdint.h>
#include <stdio.h>

#include "cortexm.h"
#include "tinysim.h"

#define DEMCR        CM_REG32(0xE000EDFCu)
#define DWT_CTRL     CM_REG32(0xE0001000u)
#define DWT_CYCCNT   CM_REG32(0xE0001004u)
#define PMU_CTRL     CM_REG32(0xE0003E04u)
#define PMU_CNTENSET CM_REG32(0xE0003C00u)
#define PMU_CCNTR    CM_REG32(0xE000307Cu)

static volatile uint32_t sink;

static __attribute__((noinline)) void work(void) {
  uint32_t acc = 1;
  for (uint32_t i = 0; i < 5000; ++i) acc = acc * 1664525u + 1013904223u + (acc >> 7);
  sink = acc;
}

int main(void) {
  DEMCR |= 1u << 24;         /* TRCENA */
  DWT_CYCCNT = 0;
  DWT_CTRL |= 1u;            /* CYCCNTENA */
  PMU_CTRL = 1u | 4u;        /* enable, reset the cycle counter */
  PMU_CNTENSET = 1u << 31;   /* cycle counter on */
  SYST_RVR = 0x00FFFFFFu;
  SYST_CVR = 0;
  SYST_CSR = SYST_CSR_ENABLE | SYST_CSR_CLKSOURCE;

  tinysim_region_begin("timed");
  uint32_t d0 = DWT_CYCCNT, p0 = PMU_CCNTR, s0 = SYST_CVR;
  work();
  uint32_t s1 = SYST_CVR, p1 = PMU_CCNTR, d1 = DWT_CYCCNT;
  tinysim_region_end();

  printf("dwt %lu\n", (unsigned long)(d1 - d0));
  printf("pmu %lu\n", (unsigned long)(p1 - p0));
  printf("systick %lu\n", (unsigned long)((s0 - s1) & 0x00FFFFFFu));
  return 0;
}
