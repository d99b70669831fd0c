/*
 * Helium gather loads and scatter stores: a base register plus a vector of
 * offsets (bytes, halfwords, words, doublewords; unscaled and "uxtw #n"
 * scaled; widening gathers and narrowing scatters) and a vector of base
 * addresses plus an immediate (words and doublewords, with writeback of the
 * bases), unpredicated and predicated (_z / _p): only active elements are
 * accessed, inactive gathered elements are zero. All element addresses are
 * aligned to their memory size.
 */
#include <arm_mve.h>

#include "difftest.h"

static uint8_t src[512] __attribute__((aligned(16)));
static uint8_t dst[512] __attribute__((aligned(16)));
static uint32_t seed = 0xC0FFEEu;

static void show(const char *what, const void *v)
{
  const uint8_t *b = (const uint8_t *)v;
  printf("%-30s", what);
  for (int i = 0; i < 16; i++) printf("%02x", b[15 - i]);
  printf("\n");
}

static void show_dst(const char *what)
{
  printf("%-30s %08lx\n", what, (unsigned long)fnv1a(dst, sizeof dst));
  memset(dst, 0xEE, sizeof dst);
}

static uint32x4_t u32x4(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
  const uint32_t t[4] = {a, b, c, d};
  return vld1q_u32(t);
}

static const mve_pred16_t kPreds[] = {0xFFFF, 0x0000, 0x00FF, 0xF0F0, 0x3C3C, 0x0003, 0x000F, 0x5555};
#define NPREDS (sizeof kPreds / sizeof kPreds[0])

/* Offsets: a permutation-like pattern in range, multiples of `align`. */
static uint8x16_t offsets8(void)
{
  uint8_t o[16];
  for (int i = 0; i < 16; i++) o[i] = (uint8_t)((i * 37 + 11) & 0xFF);
  return vld1q_u8(o);
}
static uint16x8_t offsets16(unsigned scale_align, unsigned limit)
{
  uint16_t o[8];
  for (int i = 0; i < 8; i++) o[i] = (uint16_t)(((i * 29 + 5) % limit) & ~(scale_align - 1));
  return vld1q_u16(o);
}
static uint32x4_t offsets32(unsigned scale_align, unsigned limit)
{
  uint32_t o[4];
  for (int i = 0; i < 4; i++) o[i] = ((uint32_t)(i * 53 + 7) % limit) & ~(scale_align - 1);
  return vld1q_u32(o);
}

static void test_gathers(void)
{
  char name[48];
  uint8x16_t o8 = offsets8();
  uint16x8_t o16b = offsets16(1, 250), o16h = offsets16(2, 250), o16s = offsets16(1, 120);
  uint32x4_t o32b = offsets32(1, 250), o32h = offsets32(2, 250), o32w = offsets32(4, 250), o32s = offsets32(1, 60);
  uint64x2_t o64 = vreinterpretq_u64_u32(u32x4(8, 0xFFFFFFFF, 48, 0x12345678));
  uint64x2_t o64s = vreinterpretq_u64_u32(u32x4(3, 0x80000000, 27, 1));

  uint8x16_t a = vldrbq_gather_offset_u8(src, o8);
  show("vldrb.u8 [r,q]", &a);
  int16x8_t b = vldrbq_gather_offset_s16((const int8_t *)src, o16b);
  show("vldrb.s16 [r,q]", &b);
  uint16x8_t c = vldrbq_gather_offset_u16(src, o16b);
  show("vldrb.u16 [r,q]", &c);
  int32x4_t d = vldrbq_gather_offset_s32((const int8_t *)src, o32b);
  show("vldrb.s32 [r,q]", &d);
  uint32x4_t e = vldrbq_gather_offset_u32(src, o32b);
  show("vldrb.u32 [r,q]", &e);
  uint16x8_t f = vldrhq_gather_offset_u16((const uint16_t *)src, o16h);
  show("vldrh.u16 [r,q]", &f);
  int16x8_t g = vldrhq_gather_shifted_offset_s16((const int16_t *)src, o16s);
  show("vldrh.u16 [r,q,uxtw#1]", &g);
  int32x4_t h = vldrhq_gather_offset_s32((const int16_t *)src, o32h);
  show("vldrh.s32 [r,q]", &h);
  uint32x4_t i = vldrhq_gather_shifted_offset_u32((const uint16_t *)src, o32s);
  show("vldrh.u32 [r,q,uxtw#1]", &i);
  int32x4_t j = vldrwq_gather_offset_s32((const int32_t *)src, o32w);
  show("vldrw.u32 [r,q]", &j);
  uint32x4_t k = vldrwq_gather_shifted_offset_u32((const uint32_t *)src, o32s);
  show("vldrw.u32 [r,q,uxtw#2]", &k);
  uint64x2_t l = vldrdq_gather_offset_u64((const uint64_t *)src, o64);
  show("vldrd.u64 [r,q]", &l);
  int64x2_t m = vldrdq_gather_shifted_offset_s64((const int64_t *)src, o64s);
  show("vldrd.u64 [r,q,uxtw#3]", &m);

  for (unsigned p = 0; p < NPREDS; p++) {
    mve_pred16_t pr = kPreds[p];
    uint32_t hash = 2166136261u;
    uint8x16_t za = vldrbq_gather_offset_z_u8(src, o8, pr);
    int16x8_t zb = vldrbq_gather_offset_z_s16((const int8_t *)src, o16b, pr);
    int32x4_t zd = vldrbq_gather_offset_z_s32((const int8_t *)src, o32b, pr);
    uint16x8_t zg = vldrhq_gather_shifted_offset_z_u16((const uint16_t *)src, o16s, pr);
    int32x4_t zh = vldrhq_gather_offset_z_s32((const int16_t *)src, o32h, pr);
    uint32x4_t zk = vldrwq_gather_shifted_offset_z_u32((const uint32_t *)src, o32s, pr);
    uint64x2_t zl = vldrdq_gather_offset_z_u64((const uint64_t *)src, o64, pr);
    hash = fnv1a_u32(hash, fnv1a(&za, 16));
    hash = fnv1a_u32(hash, fnv1a(&zb, 16));
    hash = fnv1a_u32(hash, fnv1a(&zd, 16));
    hash = fnv1a_u32(hash, fnv1a(&zg, 16));
    hash = fnv1a_u32(hash, fnv1a(&zh, 16));
    hash = fnv1a_u32(hash, fnv1a(&zk, 16));
    snprintf(name, sizeof name, "gathers _z %04x", pr);
    printf("%-30s %08lx\n", name, (unsigned long)hash);
    snprintf(name, sizeof name, "vldrd _z %04x", pr);
    show(name, &zl);
  }
}

static void test_scatters(void)
{
  char name[48];
  uint8x16_t v8 = vld1q_u8(src + 300);
  uint16x8_t v16 = vld1q_u16((const uint16_t *)(src + 320));
  uint32x4_t v32 = vld1q_u32((const uint32_t *)(src + 336));
  uint64x2_t v64 = vreinterpretq_u64_u32(vld1q_u32((const uint32_t *)(src + 352)));
  uint8x16_t o8 = offsets8();
  uint16x8_t o16b = offsets16(1, 250), o16s = offsets16(1, 120);
  uint32x4_t o32b = offsets32(1, 250), o32w = offsets32(4, 250), o32s = offsets32(1, 60);
  uint64x2_t o64 = vreinterpretq_u64_u32(u32x4(16, 0, 96, 0));

  memset(dst, 0xEE, sizeof dst);
  vstrbq_scatter_offset_u8(dst, o8, v8);
  show_dst("vstrb.8 [r,q]");
  vstrbq_scatter_offset_u16(dst, o16b, v16);
  show_dst("vstrb.16 [r,q]");
  vstrbq_scatter_offset_u32(dst, o32b, v32);
  show_dst("vstrb.32 [r,q]");
  vstrhq_scatter_shifted_offset_u16((uint16_t *)dst, o16s, v16);
  show_dst("vstrh.16 [r,q,uxtw#1]");
  vstrhq_scatter_offset_u32((uint16_t *)dst, vandq_u32(o32b, vdupq_n_u32(~1u)), v32);
  show_dst("vstrh.32 [r,q]");
  vstrwq_scatter_offset_u32((uint32_t *)dst, o32w, v32);
  show_dst("vstrw.32 [r,q]");
  vstrwq_scatter_shifted_offset_u32((uint32_t *)dst, o32s, v32);
  show_dst("vstrw.32 [r,q,uxtw#2]");
  vstrdq_scatter_offset_u64((uint64_t *)dst, o64, v64);
  show_dst("vstrd.64 [r,q]");
  vstrdq_scatter_shifted_offset_u64((uint64_t *)dst, vreinterpretq_u64_u32(u32x4(5, 0, 1, 7)), v64);
  show_dst("vstrd.64 [r,q,uxtw#3]");

  for (unsigned p = 0; p < NPREDS; p++) {
    mve_pred16_t pr = kPreds[p];
    vstrbq_scatter_offset_p_u8(dst, o8, v8, pr);
    vstrbq_scatter_offset_p_u16(dst + 256, o16b, v16, pr);
    snprintf(name, sizeof name, "vstrb _p %04x", pr);
    show_dst(name);
    vstrhq_scatter_shifted_offset_p_u16((uint16_t *)dst, o16s, v16, pr);
    vstrwq_scatter_offset_p_u32((uint32_t *)(dst + 256), o32w, v32, pr);
    snprintf(name, sizeof name, "vstrh/w _p %04x", pr);
    show_dst(name);
    vstrdq_scatter_offset_p_u64((uint64_t *)dst, o64, v64, pr);
    snprintf(name, sizeof name, "vstrd _p %04x", pr);
    show_dst(name);
  }
}

/* Vector of base addresses: [Qm, #imm] and [Qm, #imm]! (the bases move by
 * imm for every element, active or not). */
static void test_bases(void)
{
  char name[48];
  const uint32_t base = (uint32_t)(uintptr_t)src;
  const uint32_t dbase = (uint32_t)(uintptr_t)dst;
  uint32x4_t addr = u32x4(base + 16, base + 4, base + 200, base + 64);
  uint32x4_t r = vldrwq_gather_base_u32(addr, 8);
  show("vldrw [q,#8]", &r);
  int32x4_t rn = vldrwq_gather_base_s32(addr, -4);
  show("vldrw [q,#-4]", &rn);
  /* GCC 12's _wb intrinsics do not compile at -O0: writeback in assembly. */
  uint32x4_t wb = addr, r1, r2;
  __asm__("vldrw.u32 %q0, [%q1, #12]!" : "=&w"(r1), "+w"(wb));
  __asm__("vldrw.u32 %q0, [%q1, #-8]!" : "=&w"(r2), "+w"(wb));
  show("vldrw [q,#12]!", &r1);
  show("vldrw [q,#-8]!", &r2);
  uint32x4_t rel = vsubq_n_u32(wb, base);
  show("  bases", &rel);

  uint64x2_t a64 = vreinterpretq_u64_u32(u32x4(base + 40, 0x5A5A5A5A, base + 128, 0xA5A5A5A5));
  uint64x2_t d = vldrdq_gather_base_u64(a64, 16);
  show("vldrd [q,#16]", &d);
  uint64x2_t wb64 = a64;
  int64x2_t d1;
  __asm__("vldrd.u64 %q0, [%q1, #-24]!" : "=&w"(d1), "+w"(wb64));
  show("vldrd [q,#-24]!", &d1);
  show("  bases64", &wb64);

  for (unsigned p = 0; p < NPREDS; p++) {
    mve_pred16_t pr = kPreds[p];
    uint32x4_t w = addr, z;
    uint64x2_t w64 = a64, z64;
    __asm__("vmsr p0, %4\n\tvpstt\n\tvldrwt.u32 %q0, [%q2, #4]!\n\tvldrdt.u64 %q1, [%q3, #8]!"
            : "=&w"(z), "=&w"(z64), "+w"(w), "+w"(w64) : "r"((uint32_t)pr));
    snprintf(name, sizeof name, "vldrw [q]! _z %04x", pr);
    show(name, &z);
    uint32x4_t wrel = vsubq_n_u32(w, base);
    show("  bases", &wrel);
    snprintf(name, sizeof name, "vldrd [q]! _z %04x", pr);
    show(name, &z64);
    show("  bases64", &w64);
  }

  uint32x4_t v32 = vld1q_u32((const uint32_t *)(src + 400));
  uint64x2_t v64 = vreinterpretq_u64_u32(vld1q_u32((const uint32_t *)(src + 416)));
  uint32x4_t sa = u32x4(dbase + 100, dbase + 8, dbase + 300, dbase + 44);
  memset(dst, 0xEE, sizeof dst);
  vstrwq_scatter_base_u32(sa, 4, v32);
  show_dst("vstrw [q,#4]");
  uint32x4_t swb = sa, v32b = vaddq_n_u32(v32, 1);
  __asm__ volatile("vstrw.32 %q1, [%q0, #-8]!\n\tvstrw.32 %q2, [%q0, #16]!" : "+w"(swb) : "w"(v32), "w"(v32b) : "memory");
  show_dst("vstrw [q,#imm]! x2");
  uint32x4_t srel = vsubq_n_u32(swb, dbase);
  show("  bases", &srel);
  uint64x2_t sa64 = vreinterpretq_u64_u32(u32x4(dbase + 200, 0x11111111, dbase + 16, 0x22222222));
  /* GCC 12's vstrdq_scatter_base intrinsics swap the base and the data:
   * the vector-of-bases doubleword scatters are written in assembly. */
  __asm__ volatile("vstrd.64 %q1, [%q0, #8]" :: "w"(sa64), "w"(v64) : "memory");
  show_dst("vstrd [q,#8]");
  uint64x2_t swb64 = sa64;
  __asm__ volatile("vstrd.64 %q1, [%q0, #-16]!" : "+w"(swb64) : "w"(v64) : "memory");
  show_dst("vstrd [q,#-16]!");
  show("  bases64", &swb64);
  for (unsigned p = 0; p < NPREDS; p++) {
    mve_pred16_t pr = kPreds[p];
    uint32x4_t w = sa;
    __asm__ volatile("vmsr p0, %2\n\tvpst\n\tvstrwt.32 %q1, [%q0, #32]!" : "+w"(w) : "w"(v32), "r"((uint32_t)pr) : "memory");
    __asm__ volatile("vmsr p0, %2\n\tvpst\n\tvstrdt.64 %q1, [%q0, #0]" :: "w"(sa64), "w"(v64), "r"((uint32_t)pr) : "memory");
    snprintf(name, sizeof name, "scatter base _p %04x", pr);
    show_dst(name);
    uint32x4_t wrel = vsubq_n_u32(w, dbase);
    show("  bases", &wrel);
  }
}

int main(void)
{
  for (unsigned i = 0; i < sizeof src; i++) src[i] = (uint8_t)xorshift32(&seed);
  test_gathers();
  test_scatters();
  test_bases();
  return 0;
}
