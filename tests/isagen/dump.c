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
 *   fpscr XXXXXXXX         only for FP programs (isagen_cfg[0] bit 0), all
 *                          bits (LTPSIZE reads 4 outside tail-predicated loops)
 *   vpr XXXXXXXX           only for MVE programs (isagen_cfg[0] bit 1)
 *   s0 XXXXXXXX            ... s0..s31, only for FP programs without MVE
 *   q0 XXXXXXXX XXXXXXXX XXXXXXXX XXXXXXXX
 *                          ... q0..q7 (the same registers) for MVE programs,
 *                          32-bit lanes 0..3 (lane 0 = s4n) from left to right
 *   mem OOO XX..XX         window bytes, 32 per line, OOO = offset (3 hex digits)
 *   stk OOO XX..XX         stack window: the 256 bytes below the initial sp,
 *                          OOO = offset from its bottom (initial sp - 256)
 *   ck NNNN HHHHHHHH ...   checkpoint hashes, 8 per line, NNNN = decimal index
 *                          of the first one on the line (only if the program
 *                          called isagen_checkpoint); checkpoint k is taken
 *                          after item [k] of the program (isagen --checkpoints 1)
 *                          and hashes r0-r12, lr, sp, APSR, [FPSCR, s0-s31],
 *                          [VPR], the window and the stack window
 *   ckn N                  number of checkpoints taken (decimal; only with ck)
 *   end
 * then SYS_EXIT with ADP_Stopped_ApplicationExit (exit code 0).
 * A fault prints "FAULT ..." and exits with ADP_Stopped_RunTimeErrorUnknown
 * (exit code 1 on QEMU). */
#include <stdint.h>

#define ISAGEN_STACK_WINDOW 256      /* = runtime.S, link.ld */

extern uint8_t window[];
extern const uint32_t isagen_cfg[2];  /* flags, window size in bytes */
#define ISAGEN_CFG_FP 1u                 /* FPSCR and s0-s31 */
#define ISAGEN_CFG_MVE 2u                /* VPR, and s0-s31 shown as q0-q7 */
extern uint8_t __isagen_stack_window[];  /* link.ld */

uint32_t isagen_sp0;                  /* set by isagen_reset */
uint32_t isagen_state[2 + 32 + 1];    /* APSR, FPSCR, s0..s31, VPR (isagen_epilogue) */
uint32_t isagen_ckfp[32];             /* s0..s31 (isagen_checkpoint) */
uint32_t isagen_ckvpr;                /* VPR (isagen_checkpoint, MVE programs) */

#define ISAGEN_MAX_CK 4096
static uint32_t ck[ISAGEN_MAX_CK];
static uint32_t nck;

static char buf[4096];
static unsigned pos;

static uint32_t semihost(uint32_t op, uint32_t arg);

static void flush(void)
{
    buf[pos] = 0;
    if (pos)
        semihost(0x04, (uint32_t)buf);       /* SYS_WRITE0 */
    pos = 0;
}

static uint32_t semihost(uint32_t op, uint32_t arg)
{
    register uint32_t r0 __asm__("r0") = op;
    register uint32_t r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

static void putc_(char c)
{
    if (pos >= sizeof buf - 1)
        flush();
    buf[pos++] = c;
}

static void put(const char *s)
{
    while (*s)
        putc_(*s++);
}

static void hex(uint32_t v, int digits)
{
    for (int i = digits - 1; i >= 0; i--)
        putc_("0123456789abcdef"[(v >> (4 * i)) & 0xf]);
}

static void dec(uint32_t v, int digits)
{
    char d[10];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v && n < 10);
    while (digits-- > n)
        putc_('0');
    while (n)
        putc_(d[--n]);
}

static uint32_t mix(uint32_t h, uint32_t w)
{
    h ^= w;
    h *= 0x01000193u;
    return h ^ (h >> 15);
}

/* regs: the program's r0-r12, lr as pushed before the call; sp was lowered
 * by the stack window and those 14 words. */
void isagen_checkpoint_c(const uint32_t *regs, uint32_t apsr, uint32_t fpscr)
{
    uint32_t h = 0x811c9dc5u;
    for (int i = 0; i < 14; i++)
        h = mix(h, regs[i]);
    h = mix(h, (uint32_t)(regs + 14) + ISAGEN_STACK_WINDOW - isagen_sp0);
    h = mix(h, apsr & 0xf80f0000u);
    if (isagen_cfg[0] & ISAGEN_CFG_FP) {
        h = mix(h, fpscr);
        for (int i = 0; i < 32; i++)
            h = mix(h, isagen_ckfp[i]);
    }
    if (isagen_cfg[0] & ISAGEN_CFG_MVE)
        h = mix(h, isagen_ckvpr);
    const uint32_t *w = (const uint32_t *)window;
    for (uint32_t i = 0; i < isagen_cfg[1] / 4; i++)
        h = mix(h, w[i]);
    w = (const uint32_t *)__isagen_stack_window;
    for (uint32_t i = 0; i < ISAGEN_STACK_WINDOW / 4; i++)
        h = mix(h, w[i]);
    if (nck < ISAGEN_MAX_CK)
        ck[nck] = h;
    nck++;
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
    flush();
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
    if (isagen_cfg[0] & ISAGEN_CFG_MVE) {
        reg("fpscr", isagen_state[1]);
        reg("vpr", isagen_state[34]);
        for (int q = 0; q < 8; q++) {
            char name[3] = {'q', (char)('0' + q), 0};
            put(name);
            for (int i = 0; i < 4; i++) {
                put(" ");
                hex(isagen_state[2 + 4 * q + i], 8);
            }
            put("\n");
        }
    } else if (isagen_cfg[0] & ISAGEN_CFG_FP) {
        reg("fpscr", isagen_state[1]);
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
    const uint32_t n = nck < ISAGEN_MAX_CK ? nck : ISAGEN_MAX_CK;
    for (uint32_t i = 0; i < n; i += 8) {
        put("ck ");
        dec(i, 4);
        for (uint32_t j = i; j < i + 8 && j < n; j++) {
            put(" ");
            hex(ck[j], 8);
        }
        put("\n");
    }
    if (nck) {
        put("ckn ");
        dec(nck, 1);
        put("\n");
    }
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
