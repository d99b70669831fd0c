/*
 * recursion.c - deep and branchy call chains: Ackermann (small arguments),
 * naive Fibonacci, mutual recursion, Towers of Hanoi, recursive quicksort and
 * a recursive-descent expression evaluator. Exercises BL/BX LR/POP {PC}
 * returns, stack frames and (at -O2/-O3) tail calls. Exits with status 42 via
 * return from main.
 *
 * EXPECT_EXIT: 42
 */
#include <stdint.h>

#include "difftest.h"

static unsigned long calls;

__attribute__((noinline)) static unsigned ackermann(unsigned m, unsigned n)
{
  calls++;
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

__attribute__((noinline)) static uint32_t fib(uint32_t n)
{
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int is_odd(unsigned n);
__attribute__((noinline)) static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
__attribute__((noinline)) static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static uint32_t hanoi_hash;
__attribute__((noinline)) static unsigned hanoi(int n, int from, int to, int via)
{
  if (n == 0) return 0;
  unsigned moves = hanoi(n - 1, from, via, to);
  hanoi_hash = fnv1a_u32(hanoi_hash, (uint32_t)(n << 8 | from << 4 | to));
  return moves + 1 + hanoi(n - 1, via, to, from);
}

static void quicksort(int32_t *a, int lo, int hi)
{
  if (lo >= hi) return;
  int32_t pivot = a[(lo + hi) / 2];
  int i = lo, j = hi;
  while (i <= j) {
    while (a[i] < pivot) i++;
    while (a[j] > pivot) j--;
    if (i <= j) { int32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
  }
  quicksort(a, lo, j);
  quicksort(a, i, hi);
}

/* expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ;
 * factor := number | '(' expr ')' | '-' factor */
static const char *ep;
static long expr(void);
static long factor(void)
{
  if (*ep == '(') { ep++; long v = expr(); ep++; return v; }
  if (*ep == '-') { ep++; return -factor(); }
  long v = 0;
  while (*ep >= '0' && *ep <= '9') v = v * 10 + (*ep++ - '0');
  return v;
}
static long term(void)
{
  long v = factor();
  while (*ep == '*' || *ep == '/') {
    char op = *ep++;
    long r = factor();
    v = op == '*' ? v * r : (r ? v / r : 0);
  }
  return v;
}
static long expr(void)
{
  long v = term();
  while (*ep == '+' || *ep == '-') {
    char op = *ep++;
    long r = term();
    v = op == '+' ? v + r : v - r;
  }
  return v;
}

int main(void)
{
  printf("recursion\n");
  for (unsigned m = 0; m <= 3; m++)
    for (unsigned n = 0; n <= 4; n++) {
      if (m == 3 && n > 3) break;
      calls = 0;
      unsigned r = ackermann(m, n);
      printf("ackermann(%u,%u) = %u (%lu calls)\n", m, n, r, calls);
    }
  for (uint32_t n = 0; n <= 22; n += 2) printf("fib(%lu) = %lu\n", (unsigned long)n, (unsigned long)fib(n));
  printf("is_even(1001) = %d, is_odd(777) = %d\n", is_even(OPAQUE(1001u)), is_odd(OPAQUE(777u)));
  unsigned moves = hanoi(OPAQUE(10), 1, 3, 2);
  printf("hanoi(10) = %u moves, hash %08lx\n", moves, (unsigned long)hanoi_hash);

  static int32_t arr[500];
  uint32_t seed = 4242;
  for (int i = 0; i < 500; i++) arr[i] = (int32_t)(xorshift32(&seed) % 2001u) - 1000;
  quicksort(arr, 0, 499);
  int ok = 1;
  for (int i = 1; i < 500; i++) ok &= arr[i - 1] <= arr[i];
  printf("quicksort: %s, min %ld max %ld median %ld hash %08lx\n", ok ? "sorted" : "NOT SORTED",
         (long)arr[0], (long)arr[499], (long)arr[250], (unsigned long)fnv1a(arr, sizeof arr));

  static const char *const exprs[] = {
    "1+2*3", "(1+2)*3", "-(4-10)*(3+-2)", "100/7/2", "((((((1+1)*2)+3)*4)-5)*6)/7",
    "2*(3+(4*(5+(6*(7+(8*9))))))", "-1-1-1-1-1",
  };
  for (unsigned i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
    ep = exprs[i];
    printf("%s = %ld\n", exprs[i], expr());
  }
  printf("recursion done, exiting with 42\n");
  return 42;
}
