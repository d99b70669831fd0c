/*
 * Helium multiply-accumulate across the vector into core registers through
 * arm_mve.h: VMLADAV{A}{X}, VMLSDAV{A}{X} (8/16/32-bit, 32-bit result),
 * VMLALDAV{A}{X}, VMLSLDAV{A}{X} (16/32-bit, 64-bit result in a register
 * pair) and VRMLALDAVH{A}{X}, VRMLSLDAVH{A}{X} (32-bit, the high 64 bits of
 * a 72-bit accumulator, rounded), signed and unsigned, unpredicated and
 * predicated (_p: only active lanes contribute). One line per intrinsic:
 * the FNV-1a hash of its NV results and the first result. Then int8 and
 * int16 dot products of odd lengths in tail-predicated loops (VCTP), checked
 * against plain C.
 *
 * EXPECT_EXIT: 0
 */
#include <arm_mve.h>

#include "difftest.h"

#define MVE_HARNESS_VECTORS 10
#include "mve_harness.h"

/* An intrinsic without and with accumulator, each plain and predicated;
 * ACC is the type of the accumulator argument. */
#define DAV(name, T, ACC, ACCIN)                                                          \
  LOOPS(#name "q_" #T, name##q_##T(a(T), b(T)));                                          \
  LOOPS(#name "q_p_" #T, name##q_p_##T(a(T), b(T), P[i]));                                \
  LOOPS(#name "aq_" #T, name##aq_##T((ACC)ACCIN, a(T), b(T)));                            \
  LOOPS(#name "aq_p_" #T, name##aq_p_##T((ACC)ACCIN, a(T), b(T), P[i]))

/* The exchange forms are named <base>xq / <base>axq. */
#define DAVX(name, T, ACC, ACCIN)                                                         \
  LOOPS(#name "xq_" #T, name##xq_##T(a(T), b(T)));                                        \
  LOOPS(#name "xq_p_" #T, name##xq_p_##T(a(T), b(T), P[i]));                              \
  LOOPS(#name "axq_" #T, name##axq_##T((ACC)ACCIN, a(T), b(T)));                          \
  LOOPS(#name "axq_p_" #T, name##axq_p_##T((ACC)ACCIN, a(T), b(T), P[i]))

int main(void)
{
  fill_vectors(0x1F2E3D4Cu);

  DAV(vmladav, s8, int32_t, S[i]); DAV(vmladav, u8, uint32_t, S[i]);
  DAV(vmladav, s16, int32_t, S[i]); DAV(vmladav, u16, uint32_t, S[i]);
  DAV(vmladav, s32, int32_t, S[i]); DAV(vmladav, u32, uint32_t, S[i]);
  DAVX(vmladav, s8, int32_t, S[i]); DAVX(vmladav, s16, int32_t, S[i]); DAVX(vmladav, s32, int32_t, S[i]);
  DAV(vmlsdav, s8, int32_t, S[i]); DAV(vmlsdav, s16, int32_t, S[i]); DAV(vmlsdav, s32, int32_t, S[i]);
  DAVX(vmlsdav, s8, int32_t, S[i]); DAVX(vmlsdav, s16, int32_t, S[i]); DAVX(vmlsdav, s32, int32_t, S[i]);

  DAV(vmlaldav, s16, int64_t, S64(i)); DAV(vmlaldav, u16, uint64_t, S64(i));
  DAV(vmlaldav, s32, int64_t, S64(i)); DAV(vmlaldav, u32, uint64_t, S64(i));
  DAVX(vmlaldav, s16, int64_t, S64(i)); DAVX(vmlaldav, s32, int64_t, S64(i));
  DAV(vmlsldav, s16, int64_t, S64(i)); DAV(vmlsldav, s32, int64_t, S64(i));
  DAVX(vmlsldav, s16, int64_t, S64(i)); DAVX(vmlsldav, s32, int64_t, S64(i));

  DAV(vrmlaldavh, s32, int64_t, S64(i)); DAV(vrmlaldavh, u32, uint64_t, S64(i));
  DAVX(vrmlaldavh, s32, int64_t, S64(i));
  DAV(vrmlsldavh, s32, int64_t, S64(i)); DAVX(vrmlsldavh, s32, int64_t, S64(i));

  /* Dot products of odd lengths: VCTP tail predication with predicated
   * accumulation, against plain C. */
  int mismatches = 0;
  {
    static int8_t x[77], y[77];
    static int16_t u[29], v[29];
    for (int i = 0; i < 77; i++) {
      x[i] = (int8_t)A[i % NV][(i * 7) % 16];
      y[i] = (int8_t)B[(i + 4) % NV][(i * 3) % 16];
    }
    for (int i = 0; i < 29; i++) {
      memcpy(&u[i], &A[(i + 5) % NV][(i * 2) % 16], 2);
      memcpy(&v[i], &C[i % NV][(i * 6) % 16], 2);
    }
    int32_t ref8 = 0;
    for (int i = 0; i < 77; i++)
      ref8 += x[i] * y[i];
    int64_t ref16 = 0;
    for (int i = 0; i < 29; i++)
      ref16 += (int32_t)u[i] * v[i];
    int32_t dot8 = 0;
    for (int i = 0; i < 77; i += 16) {
      mve_pred16_t p = vctp8q((uint32_t)(77 - i));
      dot8 = vmladavaq_p_s8(dot8, vldrbq_z_s8(&x[i], p), vldrbq_z_s8(&y[i], p), p);
    }
    int64_t dot16 = 0;
    for (int i = 0; i < 29; i += 8) {
      mve_pred16_t p = vctp16q((uint32_t)(29 - i));
      dot16 = vmlaldavaq_p_s16(dot16, vldrhq_z_s16(&u[i], p), vldrhq_z_s16(&v[i], p), p);
    }
    mismatches += dot8 != ref8;
    mismatches += dot16 != ref16;
    printf("dot int8  n=77: mve %ld c %ld\n", (long)dot8, (long)ref8);
    printf("dot int16 n=29: mve %lld c %lld\n", (long long)dot16, (long long)ref16);
  }

  /* The same reductions in low-overhead tail-predicated loops (DLSTP/LETP:
   * the last iteration's lanes come from LR and FPSCR.LTPSIZE, not from a
   * VPT predicate). GCC 12 does not emit these loops, hence the assembly. */
  {
    static int8_t x[77], y[77];
    static int32_t u[29], v[29];
    for (int i = 0; i < 77; i++) {
      x[i] = (int8_t)B[(i + 1) % NV][(i * 9) % 16];
      y[i] = (int8_t)C[(i + 7) % NV][(i * 5) % 16];
    }
    for (int i = 0; i < 29; i++) {
      memcpy(&u[i], &A[(i + 2) % NV][(i * 4) % 16], 4);
      memcpy(&v[i], &B[(i + 8) % NV][(i * 12) % 16], 4);
    }
    static const uint32_t kLen8[3] = {1, 16, 77}, kLen32[3] = {1, 4, 29};
    for (int t = 0; t < 3; t++) {
      register int32_t acc __asm__("r2") = 1000;
      register const int8_t *px __asm__("r0") = x;
      register const int8_t *py __asm__("r1") = y;
      __asm__ volatile(
          "  dlstp.8 lr, %[n]\n"
          "1:\n"
          "  vldrb.8 q0, [%[px]], #16\n"
          "  vldrb.8 q1, [%[py]], #16\n"
          "  vmladava.s8 %[acc], q0, q1\n"
          "  letp lr, 1b\n"
          : [acc] "+r"(acc), [px] "+r"(px), [py] "+r"(py)
          : [n] "r"(kLen8[t])
          : "d0", "d1", "d2", "d3", "lr", "memory");
      int32_t ref = 1000;
      for (uint32_t i = 0; i < kLen8[t]; i++)
        ref += x[i] * y[i];
      mismatches += acc != ref;
      printf("dlstp vmladava.s8 n=%-3lu mve %ld c %ld\n", (unsigned long)kLen8[t], (long)acc, (long)ref);
    }
    for (int t = 0; t < 3; t++) {
      register uint32_t lo __asm__("r2") = 5;
      register uint32_t hi __asm__("r3") = 0;
      register uint32_t rlo __asm__("r4") = 0;
      register uint32_t rhi __asm__("r5") = 0;
      register const int32_t *pu __asm__("r0") = u;
      register const int32_t *pv __asm__("r1") = v;
      __asm__ volatile(
          "  dlstp.32 lr, %[n]\n"
          "1:\n"
          "  vldrw.32 q0, [%[pu]], #16\n"
          "  vldrw.32 q1, [%[pv]], #16\n"
          "  vmlaldava.s32 %[lo], %[hi], q0, q1\n"
          "  vrmlalvha.s32 %[rlo], %[rhi], q0, q1\n"
          "  letp lr, 1b\n"
          : [lo] "+r"(lo), [hi] "+r"(hi), [rlo] "+r"(rlo), [rhi] "+r"(rhi), [pu] "+r"(pu), [pv] "+r"(pv)
          : [n] "r"(kLen32[t])
          : "d0", "d1", "d2", "d3", "lr", "memory");
      int64_t ref = 5, rref = 0;
      for (uint32_t i = 0; i < kLen32[t]; i++) {
        int64_t p = (int64_t)u[i] * v[i];
        ref += p;
        rref += (p + 128) >> 8;   /* rounded at the end of every beat */
      }
      int64_t got = (int64_t)((uint64_t)hi << 32 | lo), rgot = (int64_t)((uint64_t)rhi << 32 | rlo);
      mismatches += (got != ref) + (rgot != rref);
      printf("dlstp vmlaldava/vrmlalvha.s32 n=%-2lu mve %lld %lld c %lld %lld\n", (unsigned long)kLen32[t],
             (long long)got, (long long)rgot, (long long)ref, (long long)rref);
    }
  }

  printf("total %08lx mismatches %d\n", (unsigned long)total, mismatches);
  return mismatches ? 1 : 0;
}
