/*
 * cortexm.h - the few Armv8-M system registers and intrinsics the firmware uses
 * (a small stand-in for CMSIS-Core, which is not installed).
 *
 * Addresses are the architectural System Control Space ones (Armv8-M ARM, B11),
 * accessed from the Security state the core runs in (Secure on QEMU's
 * mps3-an547 and on tinysim).
 */
#ifndef TINYSIM_CORTEXM_H
#define TINYSIM_CORTEXM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CM_REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

/* System control block */
#define SCB_ICSR    CM_REG32(0xE000ED04u) /* interrupt control and state */
#define SCB_VTOR    CM_REG32(0xE000ED08u) /* vector table offset */
#define SCB_AIRCR   CM_REG32(0xE000ED0Cu)
#define SCB_SCR     CM_REG32(0xE000ED10u)
#define SCB_CCR     CM_REG32(0xE000ED14u) /* configuration and control */
#define SCB_SHPR1   CM_REG32(0xE000ED18u) /* priorities of MemManage..SecureFault */
#define SCB_SHPR2   CM_REG32(0xE000ED1Cu) /* priority of SVCall (bits 31:24) */
#define SCB_SHPR3   CM_REG32(0xE000ED20u) /* PendSV (23:16), SysTick (31:24) */
#define SCB_SHCSR   CM_REG32(0xE000ED24u) /* system handler control and state */
#define SCB_CFSR    CM_REG32(0xE000ED28u) /* configurable fault status (MMFSR|BFSR|UFSR) */
#define SCB_HFSR    CM_REG32(0xE000ED2Cu) /* hard fault status */
#define SCB_MMFAR   CM_REG32(0xE000ED34u)
#define SCB_BFAR    CM_REG32(0xE000ED38u)
#define SCB_CPACR   CM_REG32(0xE000ED88u) /* coprocessor access control */

#define SCB_ICSR_PENDSVSET   (1u << 28)
#define SCB_ICSR_PENDSTSET   (1u << 26)
#define SCB_ICSR_PENDSTCLR   (1u << 25)
#define SCB_ICSR_PENDSVCLR   (1u << 27)
#define SCB_CCR_UNALIGN_TRP  (1u << 3)
#define SCB_CCR_DIV_0_TRP    (1u << 4)
#define SCB_SHCSR_MEMFAULTENA (1u << 16)
#define SCB_SHCSR_BUSFAULTENA (1u << 17)
#define SCB_SHCSR_USGFAULTENA (1u << 18)
#define SCB_HFSR_FORCED      (1u << 30)

/* CFSR bits (UFSR is CFSR[31:16], BFSR [15:8], MMFSR [7:0]) */
#define CFSR_UNDEFINSTR (1u << 16)
#define CFSR_INVSTATE   (1u << 17)
#define CFSR_INVPC      (1u << 18)
#define CFSR_NOCP       (1u << 19)
#define CFSR_STKOF      (1u << 20)
#define CFSR_UNALIGNED  (1u << 24)
#define CFSR_DIVBYZERO  (1u << 25)

/* SysTick */
#define SYST_CSR    CM_REG32(0xE000E010u)
#define SYST_RVR    CM_REG32(0xE000E014u)
#define SYST_CVR    CM_REG32(0xE000E018u)
#define SYST_CALIB  CM_REG32(0xE000E01Cu)
#define SYST_CSR_ENABLE    (1u << 0)
#define SYST_CSR_TICKINT   (1u << 1)
#define SYST_CSR_CLKSOURCE (1u << 2)  /* 1 = processor clock */
#define SYST_CSR_COUNTFLAG (1u << 16)

/* NVIC: n-th register of each bank covers IRQs 32n..32n+31 */
#define NVIC_ISER(n) CM_REG32(0xE000E100u + 4u * (n))
#define NVIC_ICER(n) CM_REG32(0xE000E180u + 4u * (n))
#define NVIC_ISPR(n) CM_REG32(0xE000E200u + 4u * (n))
#define NVIC_ICPR(n) CM_REG32(0xE000E280u + 4u * (n))
#define NVIC_IABR(n) CM_REG32(0xE000E300u + 4u * (n))
#define NVIC_IPR_BYTE(irq) (*(volatile uint8_t *)(uintptr_t)(0xE000E400u + (irq)))
#define NVIC_STIR   CM_REG32(0xE000EF00u)

static inline void nvic_enable_irq(unsigned irq)   { NVIC_ISER(irq >> 5) = 1u << (irq & 31u); }
static inline void nvic_disable_irq(unsigned irq)  { NVIC_ICER(irq >> 5) = 1u << (irq & 31u); }
static inline void nvic_set_pending(unsigned irq)  { NVIC_ISPR(irq >> 5) = 1u << (irq & 31u); }
static inline void nvic_clear_pending(unsigned irq){ NVIC_ICPR(irq >> 5) = 1u << (irq & 31u); }
static inline void nvic_set_priority(unsigned irq, uint8_t prio) { NVIC_IPR_BYTE(irq) = prio; }

/* Intrinsics */
static inline void cm_wfi(void) { __asm__ volatile("wfi" ::: "memory"); }
static inline void cm_dsb(void) { __asm__ volatile("dsb" ::: "memory"); }
static inline void cm_isb(void) { __asm__ volatile("isb" ::: "memory"); }
static inline void cm_enable_irq(void)  { __asm__ volatile("cpsie i" ::: "memory"); }
static inline void cm_disable_irq(void) { __asm__ volatile("cpsid i" ::: "memory"); }
static inline uint32_t cm_get_ipsr(void)
{
  uint32_t v; __asm__ volatile("mrs %0, ipsr" : "=r"(v)); return v;
}
static inline uint32_t cm_get_primask(void)
{
  uint32_t v; __asm__ volatile("mrs %0, primask" : "=r"(v)); return v;
}
static inline void cm_set_basepri(uint32_t v)
{
  __asm__ volatile("msr basepri, %0" :: "r"(v) : "memory");
}
static inline uint32_t cm_get_control(void)
{
  uint32_t v; __asm__ volatile("mrs %0, control" : "=r"(v)); return v;
}

/* The basic exception frame the core pushes on exception entry (an extended
 * frame with the FP registers follows it when FP context was active). */
typedef struct {
  uint32_t r0, r1, r2, r3, r12, lr, pc, xpsr;
} cm_exc_frame;

/* Size in bytes of the Thumb instruction whose first halfword is `hw`. */
static inline unsigned cm_thumb_insn_size(uint16_t hw)
{
  return ((hw & 0xF800u) >= 0xE800u) ? 4u : 2u;
}

/*
 * Declare `name` as an exception handler that calls `void c_fn(cm_exc_frame *f,
 * uint32_t exc_return)` with the frame of the interrupted context (MSP or PSP,
 * chosen by EXC_RETURN.SPSEL) and returns normally to it. c_fn may modify the
 * frame (e.g. advance f->pc past a faulting instruction, or set f->r0).
 */
#define CM_FRAME_HANDLER(name, c_fn)                                          \
  __attribute__((naked)) void name(void)                                      \
  {                                                                           \
    __asm__ volatile("tst lr, #4\n\t"                                         \
                     "ite eq\n\t"                                             \
                     "mrseq r0, msp\n\t"                                      \
                     "mrsne r0, psp\n\t"                                      \
                     "mov r1, lr\n\t"                                         \
                     "push {r1, lr}\n\t"                                      \
                     "bl " #c_fn "\n\t"                                       \
                     "pop {r1, pc}\n\t");                                     \
  }

#ifdef __cplusplus
}
#endif

#endif /* TINYSIM_CORTEXM_H */
