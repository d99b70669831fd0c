/*
 * Vector table, reset handler and default exception handlers for the
 * Corstone-300-like platform (QEMU mps3-an547, tinysim configs/m55.yaml).
 *
 * picolibc's crt0 references `__interrupt_vector`, which libc.a defines weakly
 * with only the 16 core exceptions and picolibc's own handler names (and
 * crt0-semihost.o defines the fault handlers strongly, so they cannot be
 * overridden by name). This file defines a strong `__interrupt_vector` in the
 * section picolibc.ld places first in flash (.data.init.enter, inside .init),
 * so libc's weak table is never linked. Its entries are CMSIS-style weak
 * handlers that a program overrides by defining a function with the same
 * name: Reset_Handler, NMI_Handler, HardFault_Handler, MemManage_Handler,
 * BusFault_Handler, UsageFault_Handler, SecureFault_Handler, SVC_Handler,
 * DebugMon_Handler, PendSV_Handler, SysTick_Handler, IRQ0_Handler ..
 * IRQ95_Handler.
 *
 * Reset_Handler (also the ELF entry point) sets MSP to __stack, points VTOR at
 * this table (QEMU resets VTOR_S to 0x10000000, the link address; a simulator
 * that boots from another alias still ends up with the right table), enables
 * CP10/CP11 so hard-float code can run, and jumps to picolibc's _start, which
 * copies .data, clears .bss, runs constructors, gets the semihosting command
 * line and calls main() then exit().
 */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "cortexm.h"

#define NUM_IRQ 96  /* mps3-an547 / Corstone-300 external interrupts */

typedef void (*vector_fn)(void);

extern uint8_t __stack[];
extern void _start(void);

void Default_Handler(void);
void Reset_Handler(void);

#define WEAK_ALIAS(name) void name(void) __attribute__((weak, alias("Default_Handler")))

WEAK_ALIAS(NMI_Handler);
WEAK_ALIAS(HardFault_Handler);
WEAK_ALIAS(MemManage_Handler);
WEAK_ALIAS(BusFault_Handler);
WEAK_ALIAS(UsageFault_Handler);
WEAK_ALIAS(SecureFault_Handler);
WEAK_ALIAS(SVC_Handler);
WEAK_ALIAS(DebugMon_Handler);
WEAK_ALIAS(PendSV_Handler);
WEAK_ALIAS(SysTick_Handler);

#define IRQ_ALIAS(n) WEAK_ALIAS(IRQ##n##_Handler);
#define IRQ_ALIAS10(t)                                                      \
  IRQ_ALIAS(t##0) IRQ_ALIAS(t##1) IRQ_ALIAS(t##2) IRQ_ALIAS(t##3)           \
  IRQ_ALIAS(t##4) IRQ_ALIAS(t##5) IRQ_ALIAS(t##6) IRQ_ALIAS(t##7)           \
  IRQ_ALIAS(t##8) IRQ_ALIAS(t##9)
IRQ_ALIAS(0) IRQ_ALIAS(1) IRQ_ALIAS(2) IRQ_ALIAS(3) IRQ_ALIAS(4)
IRQ_ALIAS(5) IRQ_ALIAS(6) IRQ_ALIAS(7) IRQ_ALIAS(8) IRQ_ALIAS(9)
IRQ_ALIAS10(1) IRQ_ALIAS10(2) IRQ_ALIAS10(3) IRQ_ALIAS10(4)
IRQ_ALIAS10(5) IRQ_ALIAS10(6) IRQ_ALIAS10(7) IRQ_ALIAS10(8)
IRQ_ALIAS(90) IRQ_ALIAS(91) IRQ_ALIAS(92) IRQ_ALIAS(93) IRQ_ALIAS(94)
IRQ_ALIAS(95)

#define IRQ_ENTRY(n) IRQ##n##_Handler,
#define IRQ_ENTRY10(t)                                                      \
  IRQ_ENTRY(t##0) IRQ_ENTRY(t##1) IRQ_ENTRY(t##2) IRQ_ENTRY(t##3)           \
  IRQ_ENTRY(t##4) IRQ_ENTRY(t##5) IRQ_ENTRY(t##6) IRQ_ENTRY(t##7)           \
  IRQ_ENTRY(t##8) IRQ_ENTRY(t##9)

/* The table must be aligned to its size rounded up to a power of two:
 * (16 + 96) * 4 = 448 bytes -> 512. */
__attribute__((section(".data.init.enter"), used, aligned(512)))
const vector_fn __interrupt_vector[16 + NUM_IRQ] = {
  (vector_fn)(uintptr_t)__stack, /* 0: initial MSP */
  Reset_Handler,                 /* 1 */
  NMI_Handler,                   /* 2 */
  HardFault_Handler,             /* 3 */
  MemManage_Handler,             /* 4 */
  BusFault_Handler,              /* 5 */
  UsageFault_Handler,            /* 6 */
  SecureFault_Handler,           /* 7 */
  0, 0, 0,                       /* 8-10 reserved */
  SVC_Handler,                   /* 11 */
  DebugMon_Handler,              /* 12 */
  0,                             /* 13 reserved */
  PendSV_Handler,                /* 14 */
  SysTick_Handler,               /* 15 */
  IRQ_ENTRY(0) IRQ_ENTRY(1) IRQ_ENTRY(2) IRQ_ENTRY(3) IRQ_ENTRY(4)
  IRQ_ENTRY(5) IRQ_ENTRY(6) IRQ_ENTRY(7) IRQ_ENTRY(8) IRQ_ENTRY(9)
  IRQ_ENTRY10(1) IRQ_ENTRY10(2) IRQ_ENTRY10(3) IRQ_ENTRY10(4)
  IRQ_ENTRY10(5) IRQ_ENTRY10(6) IRQ_ENTRY10(7) IRQ_ENTRY10(8)
  IRQ_ENTRY(90) IRQ_ENTRY(91) IRQ_ENTRY(92) IRQ_ENTRY(93) IRQ_ENTRY(94)
  IRQ_ENTRY(95)
};

/* Naked so that it is the same instruction sequence at every -O level and uses
 * no stack before MSP is set. */
__attribute__((naked, noreturn)) void Reset_Handler(void)
{
  __asm__ volatile(
      "ldr r0, =__stack\n\t"
      "msr msp, r0\n\t"
      /* VTOR = __interrupt_vector */
      "ldr r0, =0xE000ED08\n\t"
      "ldr r1, =__interrupt_vector\n\t"
      "str r1, [r0]\n\t"
      /* CPACR |= CP10, CP11 full access */
      "ldr r0, =0xE000ED88\n\t"
      "ldr r1, [r0]\n\t"
      "orr r1, r1, #(0xF << 20)\n\t"
      "str r1, [r0]\n\t"
      "dsb\n\t"
      "isb\n\t"
      "b _start\n\t"
      ".ltorg\n\t");
}

/*
 * Any exception without a handler of its own ends the run: print which one,
 * the fault status and where it happened (all deterministic for a given ELF)
 * on the semihosting console and exit with 128 + exception number, so a stray
 * fault shows up as a clear exit-code mismatch rather than a hang.
 */
void tinysim_default_handler_c(const uint32_t *frame, uint32_t exc_return);

__attribute__((naked)) void Default_Handler(void)
{
  __asm__ volatile("tst lr, #4\n\t"
                   "ite eq\n\t"
                   "mrseq r0, msp\n\t"
                   "mrsne r0, psp\n\t"
                   "mov r1, lr\n\t"
                   "b tinysim_default_handler_c\n\t");
}

void tinysim_default_handler_c(const uint32_t *frame, uint32_t exc_return)
{
  uint32_t exc = cm_get_ipsr() & 0x1FFu;
  printf("\n*** unhandled exception %lu (CFSR=0x%08lx HFSR=0x%08lx) at pc=0x%08lx lr=0x%08lx"
         " exc_return=0x%08lx\n",
         (unsigned long)exc, (unsigned long)SCB_CFSR, (unsigned long)SCB_HFSR,
         (unsigned long)frame[6], (unsigned long)frame[5], (unsigned long)exc_return);
  fflush(stdout);
  _exit((int)(128u + (exc & 0x7Fu)));
}
