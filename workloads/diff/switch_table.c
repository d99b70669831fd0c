/*
 * switch_table.c - multi-way branches: a dense 16-case switch (TBB), a dense
 * 300-case switch with large case bodies (TBH), a sparse switch (compare tree),
 * a table of function pointers (BLX reg), computed goto (GCC labels as values:
 * LDR PC / BX), and a small bytecode interpreter. Exits with status 7.
 *
 * EXPECT_EXIT: 7
 */
#include <stdint.h>

#include "difftest.h"

__attribute__((noinline)) static uint32_t dense16(uint32_t x, uint32_t v)
{
  switch (x) {
    case 0: return v + 1;
    case 1: return v * 3;
    case 2: return v ^ 0x55;
    case 3: return v - 9;
    case 4: return v << 2;
    case 5: return v >> 1;
    case 6: return ~v;
    case 7: return v * v;
    case 8: return v + 1000;
    case 9: return v & 0xF0F0;
    case 10: return v | 0x0F;
    case 11: return v * 7 + 3;
    case 12: return v / 3;
    case 13: return v % 11;
    case 14: return v ^ (v >> 3);
    case 15: return v + (v << 5);
    default: return 0xFFFFFFFFu;
  }
}

/* Many cases with bodies large enough that byte offsets overflow: TBH. */
#define C(n) case n: v = v * (n | 1) + (n) * 977u; v ^= v >> ((n) % 13 + 1); v += (n) * (n); break;
#define C10(t) C(t##0) C(t##1) C(t##2) C(t##3) C(t##4) C(t##5) C(t##6) C(t##7) C(t##8) C(t##9)
#define C100(h) C10(h##0) C10(h##1) C10(h##2) C10(h##3) C10(h##4) C10(h##5) C10(h##6) C10(h##7) C10(h##8) C10(h##9)
__attribute__((noinline)) static uint32_t dense300(uint32_t x, uint32_t v)
{
  switch (x) {
    C(0) C(1) C(2) C(3) C(4) C(5) C(6) C(7) C(8) C(9)
    C10(1) C10(2) C10(3) C10(4) C10(5) C10(6) C10(7) C10(8) C10(9)
    C100(1) C100(2)
    default: v = 0xDEADBEEFu; break;
  }
  return v;
}

__attribute__((noinline)) static int sparse(int32_t x)
{
  switch (x) {
    case -100000: return 1;
    case -7: return 2;
    case 3: return 3;
    case 100: return 4;
    case 1000: return 5;
    case 4096: return 6;
    case 65535: return 7;
    case 1 << 20: return 8;
    case 0x7FFFFFFF: return 9;
    default: return 0;
  }
}

static uint32_t f_add(uint32_t a, uint32_t b) { return a + b; }
static uint32_t f_sub(uint32_t a, uint32_t b) { return a - b; }
static uint32_t f_mul(uint32_t a, uint32_t b) { return a * b; }
static uint32_t f_xor(uint32_t a, uint32_t b) { return a ^ b; }
static uint32_t (*const ftab[])(uint32_t, uint32_t) = {f_add, f_sub, f_mul, f_xor};

/* Bytecode: PUSH imm8, ADD, MUL, DUP, SWAP, JNZ rel8 (dec top, loop), PRINT, HALT */
enum { OP_PUSH, OP_ADD, OP_MUL, OP_DUP, OP_SWAP, OP_DECJNZ, OP_PRINT, OP_HALT, OP_XOR };

static uint32_t run_goto(const uint8_t *code)
{
  static void *const labels[] = {&&push, &&add, &&mul, &&dup, &&swap, &&decjnz, &&print, &&halt, &&xor};
  uint32_t stack[16];
  int sp = 0;
  const uint8_t *pc = code;
#define NEXT goto *labels[*pc++]
  NEXT;
push: stack[sp++] = *pc++; NEXT;
add: sp--; stack[sp - 1] += stack[sp]; NEXT;
mul: sp--; stack[sp - 1] *= stack[sp]; NEXT;
xor: sp--; stack[sp - 1] ^= stack[sp]; NEXT;
dup: stack[sp] = stack[sp - 1]; sp++; NEXT;
swap: { uint32_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } NEXT;
decjnz: { int8_t rel = (int8_t)*pc++; if (--stack[sp - 1]) pc += rel; } NEXT;
print: printf("  vm print %lu\n", (unsigned long)stack[sp - 1]); NEXT;
halt: return stack[sp - 1];
#undef NEXT
}

static uint32_t run_switch(const uint8_t *code)
{
  uint32_t stack[16];
  int sp = 0;
  const uint8_t *pc = code;
  for (;;) {
    switch (*pc++) {
      case OP_PUSH: stack[sp++] = *pc++; break;
      case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
      case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
      case OP_XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
      case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
      case OP_SWAP: { uint32_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
      case OP_DECJNZ: { int8_t rel = (int8_t)*pc++; if (--stack[sp - 1]) pc += rel; } break;
      case OP_PRINT: printf("  vm print %lu\n", (unsigned long)stack[sp - 1]); break;
      case OP_HALT: return stack[sp - 1];
      default: return 0xBAD;
    }
  }
}

int main(void)
{
  printf("switch_table\n");
  uint32_t h = 0;
  for (uint32_t x = 0; x < 20; x++) {
    uint32_t r = dense16(OPAQUE(x), 0x1234u + x);
    printf("dense16(%2lu) = %08lx\n", (unsigned long)x, (unsigned long)r);
  }
  for (uint32_t x = 0; x < 310; x++) h = fnv1a_u32(h, dense300(OPAQUE(x), 0xABCDu + x));
  P32("dense300 hash", h);
  for (uint32_t x = 0; x < 310; x += 37)
    printf("dense300(%3lu) = %08lx\n", (unsigned long)x, (unsigned long)dense300(OPAQUE(x), 1u));
  static const int32_t sx[] = {-100000, -7, 0, 3, 99, 100, 1000, 4096, 65535, 65536, 1 << 20, 0x7FFFFFFF, -1};
  printf("sparse:");
  for (unsigned i = 0; i < sizeof sx / sizeof sx[0]; i++) printf(" %d", sparse(OPAQUE(sx[i])));
  printf("\n");
  uint32_t acc = 1;
  for (uint32_t i = 0; i < 64; i++) acc = ftab[OPAQUE(i) & 3](acc, i * 2654435761u);
  P32("function pointer table", acc);

  /* a small loop: two counters on the stack, decremented alternately */
  static const uint8_t prog[] = {
    OP_PUSH, 1, OP_PUSH, 5, OP_DUP,
    OP_PUSH, 0, OP_ADD, OP_SWAP, OP_PRINT,  /* loop body */
    OP_DECJNZ, (uint8_t)-7,                 /* --top; back to the body while != 0 */
    OP_PUSH, 0x5A, OP_XOR, OP_PRINT, OP_HALT,
  };
  uint32_t g = run_goto(prog);
  uint32_t s = run_switch(prog);
  printf("vm: goto=%lu switch=%lu\n", (unsigned long)g, (unsigned long)s);
  printf("switch_table done, exiting with 7\n");
  return 7;
}
