/* isagen runtime: prints the final architectural state of a generated program
 * through Arm semihosting (SYS_WRITE0 of one buffer, then SYS_EXIT), so that
 * QEMU and tinysim can be compared line by line. Freestanding: no libc.
 * Compiled with -mgeneral-regs-only so that it never touches the FP registers.
 *
 * Output format (every value lower-case hex, fixed width, "\n" line ends):
 *   isagen v1
 *   r0 XXXXXXXX            ... one line each for r0..r12
 *   lr XXXXXXXX
 *   sp XXXXXXXX            final SP minus the SP the body started with (mod 2^32)
 *   apsr XXXXXXXX NZCVQ GGGG   MRS APSR & 0xf80f0000; flag letters, '-' when
 *                          clear; GE[3:0] as 4 binary digits
 *   fpscr XXXXXXXX         only for FPU programs (isagen_cfg[0] != 0), with
 *                          LTPSIZE (bits 18:16) cleared: QEMU models MVE and
 *                          reads 4 there, the no-MVE value is implementation
 *                          specific
 *   s0 XXXXXXXX            ... s0..s31, only for FPU programs
 *   mem OOO XX..XX         window bytes, 32 per line, OOO = offset (3 hex digits)
 *   stk OOO XX..XX         stack window: the 256 bytes below the initial sp,
 *                          OOO = offset from its bottom (initial sp - 256)
 *   end
 * then SYS_EXIT with ADP_Stopped_ApplicationExit (exit code 0).
 * A fault prints "FAULT ..." and exits with ADP_Stopped_RunTimeErrorUnknown
 * (exit code 1 on QEMU). */
#include <stdint.h>

#define ISAGEN_STACK_WINDOW 256      /* = runtime.S, link.ld */

extern uint8_t window[];
extern const uint32_t isagen_cfg[2];  /* has_fp, window size in bytes */
extern uint8_t __isagen_stack_window[];  /* link.ld */

uint32_t isagen_sp0;                  /* set by isagen_reset */
uint32_t isagen_state[2 + 32];        /* APSR, FPSCR, s0..s31 (isagen_epilogue) */

static char buf[8192];
static unsigned pos;

static uint32_t semihost(uint32_t op, uint32_t arg)
{
    register uint32_t r0 __asm__("r0") = op;
    register uint32_t r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

static void put(const char *s)
{
    while (*s && pos < sizeof buf - 1)
        buf[pos++] = *s++;
}

static void hex(uint32_t v, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        if (pos < sizeof buf - 1)
            buf[pos++] = "0123456789abcdef"[(v >> (4 * i)) & 0xf];
}

static void reg(const char *name, uint32_t v)
{
    put(name);
    put(" ");
    hex(v, 8);
    put("\n");
}

static void __attribute__((noreturn)) finish(uint32_t reason)
{
    buf[pos] = 0;
    semihost(0x04, (uint32_t)buf);           /* SYS_WRITE0 */
    semihost(0x18, reason);                  /* SYS_EXIT */
    for (;;)
        ;
}

static void bytes(const char *tag, const uint8_t *p, uint32_t size)
{
    for (uint32_t off = 0; off < size; off += 32) {
        put(tag);
        put(" ");
        hex(off, 3);
        put(" ");
        for (uint32_t j = off; j < off + 32 && j < size; j++)
            hex(p[j], 2);
        put("\n");
    }
}

/* regs: r0..r12, lr as pushed by isagen_epilogue */
void __attribute__((noreturn)) isagen_dump(const uint32_t *regs)
{
    static const char *const rn[13] = {"r0", "r1", "r2", "r3", "r4", "r5", "r6",
                                       "r7", "r8", "r9", "r10", "r11", "r12"};
    pos = 0;
    put("isagen v1\n");
    for (int i = 0; i < 13; i++)
        reg(rn[i], regs[i]);
    reg("lr", regs[13]);
    /* isagen_epilogue stepped over the stack window before pushing */
    reg("sp", (uint32_t)(regs + 14) + ISAGEN_STACK_WINDOW - isagen_sp0);
    uint32_t apsr = isagen_state[0] & 0xf80f0000u;
    put("apsr ");
    hex(apsr, 8);
    put(" ");
    static const char fl[5] = {'N', 'Z', 'C', 'V', 'Q'};
    for (int i = 0; i < 5; i++) {
        char c[2] = {(apsr >> (31 - i)) & 1 ? fl[i] : '-', 0};
        put(c);
    }
    put(" ");
    for (int i = 3; i >= 0; i--)
        put((apsr >> (16 + i)) & 1 ? "1" : "0");
    put("\n");
    if (isagen_cfg[0]) {
        reg("fpscr", isagen_state[1] & ~0x00070000u);
        for (int i = 0; i < 32; i++) {
            char name[4] = {'s', 0, 0, 0};
            if (i < 10) {
                name[1] = (char)('0' + i);
            } else {
                name[1] = (char)('0' + i / 10);
                name[2] = (char)('0' + i % 10);
            }
            reg(name, isagen_state[2 + i]);
        }
    }
    bytes("mem", window, isagen_cfg[1]);
    bytes("stk", __isagen_stack_window, ISAGEN_STACK_WINDOW);
    put("end\n");
    finish(0x20026);                         /* ADP_Stopped_ApplicationExit */
}

void __attribute__((noreturn)) isagen_fault_report(const uint32_t *frame, uint32_t ipsr)
{
    volatile const uint32_t *scb = (volatile const uint32_t *)0xE000ED00u;
    pos = 0;
    put("FAULT exception ");
    hex(ipsr & 0x1ff, 3);
    put(" pc ");
    hex(frame[6], 8);
    put(" cfsr ");
    hex(scb[0x28 / 4], 8);
    put(" hfsr ");
    hex(scb[0x2c / 4], 8);
    put(" sfsr ");
    hex(scb[0xe4 / 4], 8);
    put("\n");
    finish(0x20024);                         /* ADP_Stopped_RunTimeErrorUnknown */
}
