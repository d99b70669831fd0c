/*
 * struct_bitfield.c - aggregates: struct assignment and pass/return by value
 * (block copies through LDM/STM or memcpy), arrays of structs, unions for type
 * punning, packed structs with unaligned members, and bitfields (signed and
 * unsigned, straddling bytes, 1-bit flags) read and written through UBFX/SBFX/
 * BFI sequences.
 */
#include <stddef.h>
#include <stdint.h>

#include "difftest.h"

struct big {
  int32_t a[13];
  uint8_t tag;
  int16_t s;
  double d;
};

struct regs {
  uint32_t enable : 1;
  uint32_t mode : 3;
  int32_t offset : 7;
  uint32_t count : 12;
  int32_t delta : 9;
};

struct __attribute__((packed)) pkt {
  uint8_t kind;
  uint32_t len;
  uint16_t crc;
  uint64_t stamp;
  int16_t vals[3];
};

union pun {
  float f;
  uint32_t u;
  uint8_t b[4];
  int16_t h[2];
};

__attribute__((noinline)) static struct big make_big(int seed)
{
  struct big b;
  for (int i = 0; i < 13; i++) b.a[i] = seed * (i + 1) - 50;
  b.tag = (uint8_t)(seed * 37);
  b.s = (int16_t)(-seed * 1000);
  b.d = seed / 8.0;
  return b;
}

__attribute__((noinline)) static int32_t sum_big(struct big b)
{
  int32_t s = b.tag + b.s + (int32_t)(b.d * 8);
  for (int i = 0; i < 13; i++) s += b.a[i];
  b.a[0] = 0; /* modifies the copy only */
  return s;
}

__attribute__((noinline)) static uint32_t regs_hash(const struct regs *r)
{
  return (uint32_t)r->enable | (uint32_t)r->mode << 1 | (uint32_t)(r->offset & 0x7F) << 4 |
         (uint32_t)r->count << 11 | (uint32_t)(r->delta & 0x1FF) << 23;
}

int main(void)
{
  printf("struct_bitfield\n");
  printf("sizeof: big %u regs %u pkt %u, offsetof pkt.len %u pkt.stamp %u\n",
         (unsigned)sizeof(struct big), (unsigned)sizeof(struct regs), (unsigned)sizeof(struct pkt),
         (unsigned)offsetof(struct pkt, len), (unsigned)offsetof(struct pkt, stamp));

  struct big x = make_big(OPAQUE(3));
  struct big y = x;       /* struct copy */
  y.a[12] += 1;
  printf("big: sum x %ld sum y %ld x.a[0] %ld (unchanged by callee)\n", (long)sum_big(x),
         (long)sum_big(y), (long)x.a[0]);
  static struct big arr[6];
  for (int i = 0; i < 6; i++) arr[i] = make_big(i);
  struct big t = arr[1]; arr[1] = arr[4]; arr[4] = t;
  uint32_t h = 0;
  for (int i = 0; i < 6; i++) h = fnv1a_u32(h, (uint32_t)sum_big(arr[i]));
  P32("array of structs hash", h);

  /* bitfields */
  struct regs r = {0};
  uint32_t hb = 0;
  for (int i = 0; i < 200; i++) {
    r.enable = (unsigned)i & 1u;
    r.mode = (unsigned)(i * 3);              /* truncated to 3 bits */
    r.offset = (int32_t)((i % 128) - 64);
    r.count += (unsigned)i * 7u;              /* wraps at 12 bits */
    r.delta = (int32_t)((i * 5) % 512 - 256);
    hb = fnv1a_u32(hb, regs_hash(&r));
    if (i % 40 == 0)
      printf("regs[%3d]: enable %u mode %u offset %ld count %lu delta %ld raw %08lx\n", i, r.enable,
             r.mode, (long)r.offset, (unsigned long)r.count, (long)r.delta, (unsigned long)regs_hash(&r));
  }
  P32("bitfield hash", hb);
  union pun rw;
  memset(&rw, 0, sizeof rw);
  struct regs rr;
  memcpy(&rr, &(uint32_t){0xDEADBEEFu}, sizeof rr);
  printf("regs from 0xdeadbeef: enable %u mode %u offset %ld count %lu delta %ld\n", rr.enable, rr.mode,
         (long)rr.offset, (unsigned long)rr.count, (long)rr.delta);

  /* packed struct: unaligned members */
  static struct pkt pk[4];
  for (int i = 0; i < 4; i++) {
    pk[i].kind = (uint8_t)i;
    pk[i].len = 0x01020304u * (uint32_t)(i + 1);
    pk[i].crc = (uint16_t)(0xBEEF + i);
    pk[i].stamp = 0x1122334455667788ull + (uint64_t)i;
    for (int k = 0; k < 3; k++) pk[i].vals[k] = (int16_t)(-1000 * i + k);
  }
  P32("packed bytes hash", fnv1a(pk, sizeof pk));
  uint64_t ps = 0;
  for (int i = 0; i < 4; i++) ps += pk[i].len + pk[i].crc + pk[i].stamp + (uint64_t)(int64_t)pk[i].vals[2];
  P64("packed members sum", ps);

  /* unions */
  union pun u;
  u.f = OPAQUE(-1.5f);
  printf("union: f=%g u=%08lx b=%02x %02x %02x %02x h=%d %d\n", (double)u.f, (unsigned long)u.u,
         u.b[0], u.b[1], u.b[2], u.b[3], u.h[0], u.h[1]);
  u.u = OPAQUE(0x40490FDBu);
  printf("union: u=%08lx f=%.7g\n", (unsigned long)u.u, (double)u.f);

  /* compound literals and designated initialisers */
  struct regs d = {.count = 4095, .delta = -256, .mode = 7};
  printf("designated: %08lx\n", (unsigned long)regs_hash(&d));
  printf("struct_bitfield done\n");
  return 0;
}
