/*
 * Every Helium floating-point instruction, exact encodings (inline assembly),
 * under random inputs, random FPSCR and random predication, QEMU vs tinysim.
 *
 * For each instruction form, ITERS iterations: Q0-Q3 and Q7 get random
 * lanes (zeros, infinities, quiet and signalling NaNs with payloads,
 * denormals, extreme normals, integers, ties, and normals of close
 * exponents so that sums cancel), a scalar operand gets a random value
 * (with random upper bits for .f16), FPSCR gets random RMode/FZ/DN/FZ16/AHP
 * and preset flags (Helium uses the standard FPSCR value: only FZ16 and AHP
 * matter, the flags accumulate), and the instruction runs
 *   0: unpredicated,
 *   1: in a VPT block predicated by the .f32 lanes of Q7 (VPT.F32 ne, q7, zr),
 *   2: by the .f16 lanes of Q7 (partly predicated 32-bit lanes),
 *   3: as the "else" instruction of a VPTE.F16 block.
 * Q0 (the destination), the FPSCR and the scalar register are hashed; the
 * first iteration is printed in full.
 *
 * Loads and stores use the scalar FPU (VLDM/VSTM of D0-D7, D14-D15), so
 * this program needs only the Helium floating-point instructions.
 * VCVTB/VCVTT .f16.f32/.f32.f16 are given as .inst.w: GNU as 2.40 encodes
 * their Qm operand wrongly (q1 as q2, q4-q7 as UNDEFINED encodings).
 *
 * Argument "-v NAME": print every iteration of form NAME (debugging).
 */
#include <stdlib.h>

#include "difftest.h"

/* The C code around the stubs stays scalar: no Helium instruction but the
 * ones under test (GCC would vectorise the input set-up with VSTRW). */
#pragma GCC optimize("no-tree-vectorize")

#define ITERS 400

typedef struct {
  uint32_t q[4][4]; /* Q0-Q3 */
  uint32_t sel[4];  /* Q7: predicate selector */
} Regs;

typedef struct {
  uint32_t q0[4];
  uint32_t fpscr;
  uint32_t s;
} Result;

/* Element kinds of the inputs. */
enum { K_F32, K_F16, K_I32, K_I16 };

static uint32_t seed = 0x1234567u;

static uint32_t gen_f32(void)
{
  uint32_t r = xorshift32(&seed), x = xorshift32(&seed);
  uint32_t sign = r & 0x80000000u, frac = x & 0x7FFFFFu;
  switch ((r >> 4) % 16) {
    case 0: return sign;                                         /* zero */
    case 1: return sign | 0x7F800000u;                           /* infinity */
    case 2: return sign | 0x7FC00000u | (frac & 0x3FFFFFu);      /* quiet NaN */
    case 3: return sign | 0x7F800000u | ((frac & 0x3FFFFFu) | 1); /* signalling NaN */
    case 4: return sign | (frac ? frac : 1);                     /* denormal */
    case 5: return sign | (((x >> 23) % 2 + 1) << 23) | frac;    /* smallest normals */
    case 6: return sign | ((253u + (x >> 23) % 2) << 23) | frac; /* largest normals */
    case 7: { /* integers */
      float f = (float)(int32_t)((x >> 8) % 4096) - 2048.0f;
      uint32_t u; memcpy(&u, &f, 4); return u;
    }
    case 8: { /* halves: ties of the conversions and roundings */
      float f = (float)((int32_t)(x % 64) - 32) + 0.5f;
      uint32_t u; memcpy(&u, &f, 4); return u;
    }
    case 9: return sign | ((150u + (x >> 23) % 8) << 23) | frac; /* around 2^24..2^31 */
    default: return sign | ((124u + (x >> 23) % 8) << 23) | frac; /* close exponents */
  }
}

static uint16_t gen_f16(void)
{
  uint32_t r = xorshift32(&seed), x = xorshift32(&seed);
  uint16_t sign = (r & 1) ? 0x8000 : 0, frac = x & 0x3FF;
  switch ((r >> 4) % 16) {
    case 0: return sign;
    case 1: return sign | 0x7C00;
    case 2: return sign | 0x7E00 | (frac & 0x1FF);
    case 3: return sign | 0x7C00 | ((frac & 0x1FF) | 1);
    case 4: return sign | (frac ? frac : 1);
    case 5: return sign | (uint16_t)((1 + (x >> 10) % 2) << 10) | frac;
    case 6: return sign | (uint16_t)((29 + (x >> 10) % 2) << 10) | frac;
    case 7: { /* integers -64..63 */
      int v = (int)((x >> 11) % 128) - 64;
      uint16_t h = 0;
      if (v) {
        unsigned a = v < 0 ? -v : v, e = 31 - __builtin_clz(a);
        h = (uint16_t)((v < 0 ? 0x8000 : 0) | (15 + e) << 10 | ((a << (10 - e)) & 0x3FF));
      }
      return h;
    }
    case 8: { /* n + 0.5, |n| < 16 */
      unsigned n = (x >> 11) % 16, a = 2 * n + 1, e = 31 - __builtin_clz(a);
      return sign | (uint16_t)((15 + e - 1) << 10 | ((a << (10 - e)) & 0x3FF));
    }
    case 9: return sign | (uint16_t)((24 + (x >> 10) % 6) << 10) | frac; /* up to 65504 */
    default: return sign | (uint16_t)((13 + (x >> 10) % 5) << 10) | frac;
  }
}

static uint32_t gen_i32(void)
{
  uint32_t r = xorshift32(&seed), x = xorshift32(&seed);
  switch (r % 6) {
    case 0: return x;
    case 1: return x >> (r >> 8) % 32;
    case 2: return (uint32_t)-(int32_t)(x >> (r >> 8) % 32);
    case 3: return 0x80000000u + (x % 256) - 128;
    case 4: return 0x01000000u + (x % 64) - 32; /* 2^24: rounding to .f32 */
    default: return (x % 4096) - 2048;
  }
}

static uint16_t gen_i16(void)
{
  uint32_t r = xorshift32(&seed), x = xorshift32(&seed);
  switch (r % 5) {
    case 0: return (uint16_t)x;
    case 1: return (uint16_t)(x >> (16 + (r >> 8) % 16));
    case 2: return (uint16_t)(0x8000 + (x % 64) - 32);
    case 3: return (uint16_t)(0x0800 + (x % 64) - 32); /* 2^11: rounding to .f16 */
    default: return (uint16_t)((x % 512) - 256);
  }
}

static uint32_t gen_word(int kind)
{
  switch (kind) {
    case K_F32: return gen_f32();
    case K_I32: return gen_i32();
    case K_F16: return gen_f16() | (uint32_t)gen_f16() << 16;
    default: return gen_i16() | (uint32_t)gen_i16() << 16;
  }
}

static void gen_regs(Regs *r, int kind)
{
  for (int q = 0; q < 4; q++)
    for (int i = 0; i < 4; i++) r->q[q][i] = gen_word(kind);
  /* Equal or opposite operands now and then: exact cancellation, compares. */
  for (int i = 0; i < 4; i++) {
    uint32_t c = xorshift32(&seed) % 8;
    if (c == 0) r->q[2][i] = r->q[1][i];
    if (c == 1) r->q[2][i] = r->q[1][i] ^ (kind == K_F32 ? 0x80000000u : 0x80008000u);
  }
  /* Q7: .f32 lanes 0.0/1.0 for mode 1, .f16 lanes 0.0/1.0 for modes 2-3. */
  uint32_t bits = xorshift32(&seed);
  for (int i = 0; i < 4; i++) r->sel[i] = 0;
  for (int i = 0; i < 8; i++)
    if ((bits >> i) & 1) r->sel[i / 2] |= (uint32_t)0x3C00 << (16 * (i % 2));
}

/* VMSR FPSCR also writes LTPSIZE (bits 18:16): keep it 4, no tail
 * predication (QEMU, like tinysim, applies it whenever LTPSIZE < 4). */
#define kLtpNone 0x00040000u

static uint32_t gen_fpscr(void)
{
  uint32_t r = xorshift32(&seed);
  uint32_t v = kLtpNone | (r & (3u << 22 | 1u << 24 | 1u << 25 | 1u << 26 | 1u << 19)); /* RMode FZ DN AHP FZ16 */
  if ((r & 3) == 0) v |= r & 0x9Fu; /* preset cumulative flags */
  return v;
}

/* ---- the instruction stubs ------------------------------------------------ */

#define PRE "vldm %[in], {d0-d7}\n\tvldr d14, [%[in], #64]\n\tvldr d15, [%[in], #72]\n\tvmsr fpscr, %[fin]\n\t"
#define POST "\n\tvmrs %[fout], fpscr\n\tvmsr fpscr, %[zero]\n\tvstm %[out], {d0-d1}"
#define OUTS [fout] "=&r"(fout), [s] "+&r"(s)
#define INS [in] "r"(in), [out] "r"(res->q0), [fin] "r"(fin), [zero] "r"(kLtpNone)
#define CLOB "d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d12", "d13", "d14", "d15", "memory"

typedef void (*StubFn)(const Regs *in, Result *res, uint32_t fin, int mode);

/* An instruction "MN SZ OPS" in the four predication modes. */
#define STUB(name, mn, sz, ops)                                                       \
  static void name(const Regs *in, Result *res, uint32_t fin, int mode)               \
  {                                                                                   \
    uint32_t fout, s = res->s;                                                        \
    switch (mode) {                                                                   \
      case 0: __asm__ volatile(PRE mn sz " " ops POST : OUTS : INS : CLOB); break;    \
      case 1:                                                                         \
        __asm__ volatile(PRE "vpt.f32 ne, q7, zr\n\t" mn "t" sz " " ops POST          \
                         : OUTS : INS : CLOB);                                        \
        break;                                                                        \
      case 2:                                                                         \
        __asm__ volatile(PRE "vpt.f16 ne, q7, zr\n\t" mn "t" sz " " ops POST          \
                         : OUTS : INS : CLOB);                                        \
        break;                                                                        \
      default:                                                                        \
        __asm__ volatile(PRE "vpte.f16 ne, q7, zr\n\tvabst.f32 q6, q6\n\t" mn "e" sz  \
                         " " ops POST : OUTS : INS : CLOB);                           \
        break;                                                                        \
    }                                                                                 \
    res->fpscr = fout;                                                                \
    res->s = s;                                                                       \
  }

/* A raw encoding in the same four modes (no t/e suffix to write). */
#define STUB_RAW(name, enc)                                                           \
  static void name(const Regs *in, Result *res, uint32_t fin, int mode)               \
  {                                                                                   \
    uint32_t fout, s = res->s;                                                        \
    switch (mode) {                                                                   \
      case 0: __asm__ volatile(PRE ".inst.w " enc POST : OUTS : INS : CLOB); break;   \
      case 1:                                                                         \
        __asm__ volatile(PRE "vpt.f32 ne, q7, zr\n\t.inst.w " enc POST                \
                         : OUTS : INS : CLOB);                                        \
        break;                                                                        \
      case 2:                                                                         \
        __asm__ volatile(PRE "vpt.f16 ne, q7, zr\n\t.inst.w " enc POST                \
                         : OUTS : INS : CLOB);                                        \
        break;                                                                        \
      default:                                                                        \
        __asm__ volatile(PRE "vpte.f16 ne, q7, zr\n\tvabst.f32 q6, q6\n\t.inst.w " enc \
                         POST : OUTS : INS : CLOB);                                   \
        break;                                                                        \
    }                                                                                 \
    res->fpscr = fout;                                                                \
    res->s = s;                                                                       \
  }

/* A compare, seen through a VNEG of Q0 under the predicate it makes:
 *   0: VPT COND, then VNEGT;
 *   1: VPTT.F32 ne, q7, zr; VCMPT COND (P0 := selector AND condition); VNEGT;
 *   2: the same under the .f16 selector;
 *   3: VPTE COND: VNEGT on the true lanes, VABSE on the others. */
#define STUB_CMP(name, sz, cond, op2)                                                   \
  static void name(const Regs *in, Result *res, uint32_t fin, int mode)                 \
  {                                                                                     \
    uint32_t fout, s = res->s;                                                          \
    switch (mode) {                                                                     \
      case 0:                                                                           \
        __asm__ volatile(PRE "vpt" sz " " cond ", q1, " op2 "\n\tvnegt" sz " q0, q0" POST \
                         : OUTS : INS : CLOB);                                          \
        break;                                                                          \
      case 1:                                                                           \
        __asm__ volatile(PRE "vptt.f32 ne, q7, zr\n\tvcmpt" sz " " cond ", q1, " op2      \
                         "\n\tvnegt" sz " q0, q0" POST : OUTS : INS : CLOB);            \
        break;                                                                          \
      case 2:                                                                           \
        __asm__ volatile(PRE "vptt.f16 ne, q7, zr\n\tvcmpt" sz " " cond ", q1, " op2      \
                         "\n\tvnegt" sz " q0, q0" POST : OUTS : INS : CLOB);            \
        break;                                                                          \
      default:                                                                          \
        __asm__ volatile(PRE "vpte" sz " " cond ", q1, " op2 "\n\tvnegt" sz " q0, q0"     \
                         "\n\tvabse" sz " q0, q0" POST : OUTS : INS : CLOB);             \
        break;                                                                          \
    }                                                                                   \
    res->fpscr = fout;                                                                  \
    res->s = s;                                                                         \
  }

#define BOTH(name, mn, ops) STUB(name##_f32, mn, ".f32", ops) STUB(name##_f16, mn, ".f16", ops)

BOTH(vadd, "vadd", "q0, q1, q2")
BOTH(vsub, "vsub", "q0, q1, q2")
BOTH(vmul, "vmul", "q0, q1, q2")
BOTH(vabd, "vabd", "q0, q1, q2")
BOTH(vmaxnm, "vmaxnm", "q0, q1, q2")
BOTH(vminnm, "vminnm", "q0, q1, q2")
BOTH(vmaxnma, "vmaxnma", "q0, q2")
BOTH(vminnma, "vminnma", "q0, q2")
BOTH(vfma, "vfma", "q0, q1, q2")
BOTH(vfms, "vfms", "q0, q1, q2")
BOTH(vadd_s, "vadd", "q0, q1, %[s]")
BOTH(vsub_s, "vsub", "q0, q1, %[s]")
BOTH(vmul_s, "vmul", "q0, q1, %[s]")
BOTH(vfma_s, "vfma", "q0, q1, %[s]")
BOTH(vfmas_s, "vfmas", "q0, q1, %[s]")
BOTH(vcadd90, "vcadd", "q0, q1, q2, #90")
BOTH(vcadd270, "vcadd", "q0, q1, q2, #270")
BOTH(vcmla0, "vcmla", "q0, q1, q2, #0")
BOTH(vcmla90, "vcmla", "q0, q1, q2, #90")
BOTH(vcmla180, "vcmla", "q0, q1, q2, #180")
BOTH(vcmla270, "vcmla", "q0, q1, q2, #270")
BOTH(vcmul0, "vcmul", "q0, q1, q2, #0")
BOTH(vcmul90, "vcmul", "q0, q1, q2, #90")
BOTH(vcmul180, "vcmul", "q0, q1, q2, #180")
BOTH(vcmul270, "vcmul", "q0, q1, q2, #270")
BOTH(vabs, "vabs", "q0, q1")
BOTH(vneg, "vneg", "q0, q1")
BOTH(vmaxnmv, "vmaxnmv", "%[s], q1")
BOTH(vminnmv, "vminnmv", "%[s], q1")
BOTH(vmaxnmav, "vmaxnmav", "%[s], q1")
BOTH(vminnmav, "vminnmav", "%[s], q1")
BOTH(vrintn, "vrintn", "q0, q1")
BOTH(vrintx, "vrintx", "q0, q1")
BOTH(vrinta, "vrinta", "q0, q1")
BOTH(vrintz, "vrintz", "q0, q1")
BOTH(vrintm, "vrintm", "q0, q1")
BOTH(vrintp, "vrintp", "q0, q1")

STUB(vcvt_f32_s32, "vcvt", ".f32.s32", "q0, q1")
STUB(vcvt_f32_u32, "vcvt", ".f32.u32", "q0, q1")
STUB(vcvt_s32_f32, "vcvt", ".s32.f32", "q0, q1")
STUB(vcvt_u32_f32, "vcvt", ".u32.f32", "q0, q1")
STUB(vcvt_f16_s16, "vcvt", ".f16.s16", "q0, q1")
STUB(vcvt_f16_u16, "vcvt", ".f16.u16", "q0, q1")
STUB(vcvt_s16_f16, "vcvt", ".s16.f16", "q0, q1")
STUB(vcvt_u16_f16, "vcvt", ".u16.f16", "q0, q1")
STUB(vcvt_f32_s32_1, "vcvt", ".f32.s32", "q0, q1, #1")
STUB(vcvt_f32_u32_16, "vcvt", ".f32.u32", "q0, q1, #16")
STUB(vcvt_f32_s32_32, "vcvt", ".f32.s32", "q0, q1, #32")
STUB(vcvt_s32_f32_8, "vcvt", ".s32.f32", "q0, q1, #8")
STUB(vcvt_u32_f32_32, "vcvt", ".u32.f32", "q0, q1, #32")
STUB(vcvt_f16_s16_3, "vcvt", ".f16.s16", "q0, q1, #3")
STUB(vcvt_f16_u16_16, "vcvt", ".f16.u16", "q0, q1, #16")
STUB(vcvt_s16_f16_1, "vcvt", ".s16.f16", "q0, q1, #1")
STUB(vcvt_u16_f16_12, "vcvt", ".u16.f16", "q0, q1, #12")
STUB(vcvta_s32, "vcvta", ".s32.f32", "q0, q1")
STUB(vcvta_u32, "vcvta", ".u32.f32", "q0, q1")
STUB(vcvtn_s32, "vcvtn", ".s32.f32", "q0, q1")
STUB(vcvtn_u32, "vcvtn", ".u32.f32", "q0, q1")
STUB(vcvtp_s32, "vcvtp", ".s32.f32", "q0, q1")
STUB(vcvtp_u32, "vcvtp", ".u32.f32", "q0, q1")
STUB(vcvtm_s32, "vcvtm", ".s32.f32", "q0, q1")
STUB(vcvtm_u32, "vcvtm", ".u32.f32", "q0, q1")
STUB(vcvta_s16, "vcvta", ".s16.f16", "q0, q1")
STUB(vcvta_u16, "vcvta", ".u16.f16", "q0, q1")
STUB(vcvtn_s16, "vcvtn", ".s16.f16", "q0, q1")
STUB(vcvtn_u16, "vcvtn", ".u16.f16", "q0, q1")
STUB(vcvtp_s16, "vcvtp", ".s16.f16", "q0, q1")
STUB(vcvtp_u16, "vcvtp", ".u16.f16", "q0, q1")
STUB(vcvtm_s16, "vcvtm", ".s16.f16", "q0, q1")
STUB(vcvtm_u16, "vcvtm", ".u16.f16", "q0, q1")
/* vcvtb.f16.f32 q0, q1 / vcvtt.f16.f32 q0, q1 / vcvtb.f32.f16 q0, q1 / vcvtt.f32.f16 q0, q1 */
STUB_RAW(vcvtb_f16_f32, "0xee3f0e03")
STUB_RAW(vcvtt_f16_f32, "0xee3f1e03")
STUB_RAW(vcvtb_f32_f16, "0xfe3f0e03")
STUB_RAW(vcvtt_f32_f16, "0xfe3f1e03")

#define CMP6(pre, sz, op2)               \
  STUB_CMP(pre##_eq, sz, "eq", op2)      \
  STUB_CMP(pre##_ne, sz, "ne", op2)      \
  STUB_CMP(pre##_ge, sz, "ge", op2)      \
  STUB_CMP(pre##_lt, sz, "lt", op2)      \
  STUB_CMP(pre##_gt, sz, "gt", op2)      \
  STUB_CMP(pre##_le, sz, "le", op2)
CMP6(vcmp_f32, ".f32", "q2")
CMP6(vcmp_f16, ".f16", "q2")
CMP6(vcmp_f32_r, ".f32", "%[s]")
CMP6(vcmp_f16_r, ".f16", "%[s]")
CMP6(vcmp_f32_zr, ".f32", "zr")
CMP6(vcmp_f16_zr, ".f16", "zr")

/* VPT blocks of every mask: the block's instruction k adds 2^k to the lanes
 * it is active on (VADD.F32 q0, q0, Rk with Rk = 1.0, 2.0, 4.0, 8.0), so Q0
 * shows the then/else pattern of each lane. The suffix letters of the
 * instructions after the first follow the VPT mnemonic. */
#define VPT_PRE "vldm %[in], {d0-d7}\n\tvmsr fpscr, %[fin]\n\t"
#define VPT_OUT [fout] "=&r"(fout)
#define VPT_INS [in] "r"(in), [out] "r"(res->q0), [fin] "r"(fin), [zero] "r"(kLtpNone), \
                [r1] "r"(0x3F800000u), [r2] "r"(0x40000000u), [r4] "r"(0x40800000u), [r8] "r"(0x41000000u)
#define VPT_BLOCK(name, vpt, body)                                                     \
  static void name(const Regs *in, Result *res, uint32_t fin, int mode)                \
  {                                                                                    \
    uint32_t fout;                                                                     \
    if (mode & 1)                                                                      \
      __asm__ volatile(VPT_PRE vpt ".f32 ge, q1, q2\n\t" body POST : VPT_OUT : VPT_INS : CLOB); \
    else                                                                               \
      __asm__ volatile(VPT_PRE vpt ".f16 lt, q1, %[r1]\n\t" body POST : VPT_OUT : VPT_INS : CLOB); \
    res->fpscr = fout;                                                                 \
  }
#define S1(x) "vadd" x ".f32 q0, q0, %[r1]\n\t"
#define S2(x) "vadd" x ".f32 q0, q0, %[r2]\n\t"
#define S3(x) "vadd" x ".f32 q0, q0, %[r4]\n\t"
#define S4(x) "vadd" x ".f32 q0, q0, %[r8]"
VPT_BLOCK(vpt_1, "vpt", S1("t"))
VPT_BLOCK(vpt_2t, "vptt", S1("t") S4("t"))
VPT_BLOCK(vpt_2e, "vpte", S1("t") S4("e"))
VPT_BLOCK(vpt_3tt, "vpttt", S1("t") S2("t") S4("t"))
VPT_BLOCK(vpt_3te, "vptte", S1("t") S2("t") S4("e"))
VPT_BLOCK(vpt_3et, "vptet", S1("t") S2("e") S4("t"))
VPT_BLOCK(vpt_3ee, "vptee", S1("t") S2("e") S4("e"))
VPT_BLOCK(vpt_4ttt, "vptttt", S1("t") S2("t") S3("t") S4("t"))
VPT_BLOCK(vpt_4tte, "vpttte", S1("t") S2("t") S3("t") S4("e"))
VPT_BLOCK(vpt_4tet, "vpttet", S1("t") S2("t") S3("e") S4("t"))
VPT_BLOCK(vpt_4tee, "vpttee", S1("t") S2("t") S3("e") S4("e"))
VPT_BLOCK(vpt_4ett, "vptett", S1("t") S2("e") S3("t") S4("t"))
VPT_BLOCK(vpt_4ete, "vptete", S1("t") S2("e") S3("t") S4("e"))
VPT_BLOCK(vpt_4eet, "vpteet", S1("t") S2("e") S3("e") S4("t"))
VPT_BLOCK(vpt_4eee, "vpteee", S1("t") S2("e") S3("e") S4("e"))

typedef struct {
  const char *name;
  StubFn fn;
  int kind;   /* of Q0-Q3 */
  int skind;  /* of the scalar register (-1: none) */
} Form;

#define F32(n) {#n "_f32", n##_f32, K_F32, -1}, {#n "_f16", n##_f16, K_F16, -1}
#define F32S(n) {#n "_f32", n##_f32, K_F32, K_F32}, {#n "_f16", n##_f16, K_F16, K_F16}
#define C6(pre, kind, skind)                                                        \
  {#pre "_eq", pre##_eq, kind, skind}, {#pre "_ne", pre##_ne, kind, skind},         \
  {#pre "_ge", pre##_ge, kind, skind}, {#pre "_lt", pre##_lt, kind, skind},         \
  {#pre "_gt", pre##_gt, kind, skind}, {#pre "_le", pre##_le, kind, skind}

static const Form forms[] = {
  F32(vadd), F32(vsub), F32(vmul), F32(vabd), F32(vmaxnm), F32(vminnm), F32(vmaxnma), F32(vminnma),
  F32(vfma), F32(vfms), F32S(vadd_s), F32S(vsub_s), F32S(vmul_s), F32S(vfma_s), F32S(vfmas_s),
  F32(vcadd90), F32(vcadd270), F32(vcmla0), F32(vcmla90), F32(vcmla180), F32(vcmla270),
  F32(vcmul0), F32(vcmul90), F32(vcmul180), F32(vcmul270), F32(vabs), F32(vneg),
  F32S(vmaxnmv), F32S(vminnmv), F32S(vmaxnmav), F32S(vminnmav),
  F32(vrintn), F32(vrintx), F32(vrinta), F32(vrintz), F32(vrintm), F32(vrintp),
  {"vcvt_f32_s32", vcvt_f32_s32, K_I32, -1}, {"vcvt_f32_u32", vcvt_f32_u32, K_I32, -1},
  {"vcvt_s32_f32", vcvt_s32_f32, K_F32, -1}, {"vcvt_u32_f32", vcvt_u32_f32, K_F32, -1},
  {"vcvt_f16_s16", vcvt_f16_s16, K_I16, -1}, {"vcvt_f16_u16", vcvt_f16_u16, K_I16, -1},
  {"vcvt_s16_f16", vcvt_s16_f16, K_F16, -1}, {"vcvt_u16_f16", vcvt_u16_f16, K_F16, -1},
  {"vcvt_f32_s32_1", vcvt_f32_s32_1, K_I32, -1}, {"vcvt_f32_u32_16", vcvt_f32_u32_16, K_I32, -1},
  {"vcvt_f32_s32_32", vcvt_f32_s32_32, K_I32, -1}, {"vcvt_s32_f32_8", vcvt_s32_f32_8, K_F32, -1},
  {"vcvt_u32_f32_32", vcvt_u32_f32_32, K_F32, -1}, {"vcvt_f16_s16_3", vcvt_f16_s16_3, K_I16, -1},
  {"vcvt_f16_u16_16", vcvt_f16_u16_16, K_I16, -1}, {"vcvt_s16_f16_1", vcvt_s16_f16_1, K_F16, -1},
  {"vcvt_u16_f16_12", vcvt_u16_f16_12, K_F16, -1},
  {"vcvta_s32", vcvta_s32, K_F32, -1}, {"vcvta_u32", vcvta_u32, K_F32, -1},
  {"vcvtn_s32", vcvtn_s32, K_F32, -1}, {"vcvtn_u32", vcvtn_u32, K_F32, -1},
  {"vcvtp_s32", vcvtp_s32, K_F32, -1}, {"vcvtp_u32", vcvtp_u32, K_F32, -1},
  {"vcvtm_s32", vcvtm_s32, K_F32, -1}, {"vcvtm_u32", vcvtm_u32, K_F32, -1},
  {"vcvta_s16", vcvta_s16, K_F16, -1}, {"vcvta_u16", vcvta_u16, K_F16, -1},
  {"vcvtn_s16", vcvtn_s16, K_F16, -1}, {"vcvtn_u16", vcvtn_u16, K_F16, -1},
  {"vcvtp_s16", vcvtp_s16, K_F16, -1}, {"vcvtp_u16", vcvtp_u16, K_F16, -1},
  {"vcvtm_s16", vcvtm_s16, K_F16, -1}, {"vcvtm_u16", vcvtm_u16, K_F16, -1},
  {"vcvtb_f16_f32", vcvtb_f16_f32, K_F32, -1}, {"vcvtt_f16_f32", vcvtt_f16_f32, K_F32, -1},
  {"vcvtb_f32_f16", vcvtb_f32_f16, K_F16, -1}, {"vcvtt_f32_f16", vcvtt_f32_f16, K_F16, -1},
  C6(vcmp_f32, K_F32, -1), C6(vcmp_f16, K_F16, -1), C6(vcmp_f32_r, K_F32, K_F32),
  C6(vcmp_f16_r, K_F16, K_F16), C6(vcmp_f32_zr, K_F32, -1), C6(vcmp_f16_zr, K_F16, -1),
  /* Q0 = 0.0 for these: the lanes then show the sum of the active slots
   * (modes 0 and 2: VPT.F16 lt, q1, 1.0 on .f16 inputs, 1 and 3: VPT.F32 ge) */
  {"vpt_1", vpt_1, K_F16, -1}, {"vpt_2t", vpt_2t, K_F16, -1}, {"vpt_2e", vpt_2e, K_F16, -1},
  {"vpt_3tt", vpt_3tt, K_F16, -1}, {"vpt_3te", vpt_3te, K_F16, -1}, {"vpt_3et", vpt_3et, K_F16, -1},
  {"vpt_3ee", vpt_3ee, K_F16, -1}, {"vpt_4ttt", vpt_4ttt, K_F16, -1}, {"vpt_4tte", vpt_4tte, K_F16, -1},
  {"vpt_4tet", vpt_4tet, K_F16, -1}, {"vpt_4tee", vpt_4tee, K_F16, -1}, {"vpt_4ett", vpt_4ett, K_F16, -1},
  {"vpt_4ete", vpt_4ete, K_F16, -1}, {"vpt_4eet", vpt_4eet, K_F16, -1}, {"vpt_4eee", vpt_4eee, K_F16, -1},
};

static void print_case(const char *name, int it, int mode, const Regs *in, uint32_t fin, uint32_t sin,
                       const Result *r)
{
  printf("%s #%d mode %d fpscr %08lx s %08lx\n", name, it, mode, (unsigned long)fin, (unsigned long)sin);
  for (int q = 0; q < 4; q++)
    printf("  q%d %08lx %08lx %08lx %08lx\n", q, (unsigned long)in->q[q][0], (unsigned long)in->q[q][1],
           (unsigned long)in->q[q][2], (unsigned long)in->q[q][3]);
  printf("  q7 %08lx %08lx %08lx %08lx\n", (unsigned long)in->sel[0], (unsigned long)in->sel[1],
         (unsigned long)in->sel[2], (unsigned long)in->sel[3]);
  printf("  -> q0 %08lx %08lx %08lx %08lx fpscr %08lx s %08lx\n", (unsigned long)r->q0[0],
         (unsigned long)r->q0[1], (unsigned long)r->q0[2], (unsigned long)r->q0[3], (unsigned long)r->fpscr,
         (unsigned long)r->s);
}

int main(int argc, char **argv)
{
  const char *verbose = NULL;
  for (int i = 1; i + 1 < argc; i++)
    if (strcmp(argv[i], "-v") == 0) verbose = argv[i + 1];
  uint32_t all = 2166136261u;
  for (unsigned f = 0; f < sizeof forms / sizeof forms[0]; f++) {
    const Form *fm = &forms[f];
    uint32_t h = 2166136261u;
    for (int it = 0; it < ITERS; it++) {
      static Regs in;
      gen_regs(&in, fm->kind);
      if (strncmp(fm->name, "vpt_", 4) == 0)
        for (int i = 0; i < 4; i++) in.q[0][i] = 0;
      uint32_t fin = gen_fpscr();
      uint32_t sin = fm->skind < 0 ? xorshift32(&seed) : gen_word(fm->skind);
      if (fm->skind == K_F16) sin = (sin & 0xFFFF) | (xorshift32(&seed) & 0xFFFF0000u);
      int mode = it < 4 ? it : (int)(xorshift32(&seed) % 4);
      Result r;
      r.s = sin;
      fm->fn(&in, &r, fin, mode);
      h = fnv1a_u32(h, r.q0[0]);
      h = fnv1a_u32(h, r.q0[1]);
      h = fnv1a_u32(h, r.q0[2]);
      h = fnv1a_u32(h, r.q0[3]);
      h = fnv1a_u32(h, r.fpscr);
      h = fnv1a_u32(h, r.s);
      if (it == 0 || (verbose && strcmp(verbose, fm->name) == 0)) print_case(fm->name, it, mode, &in, fin, sin, &r);
    }
    printf("%-18s hash %08lx\n", fm->name, (unsigned long)h);
    all = fnv1a_u32(all, h);
  }
  printf("forms %u iterations %d all %08lx\n", (unsigned)(sizeof forms / sizeof forms[0]), ITERS,
         (unsigned long)all);
  return 0;
}
