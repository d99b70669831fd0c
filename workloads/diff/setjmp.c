/*
 * setjmp.c - setjmp/longjmp: non-local exits from nested calls, values passed
 * through longjmp (including 0 -> 1), callee-saved registers (r4-r11 and, with
 * the hard-float ABI, d8-d15) restored, volatile locals kept, a jump buffer
 * reused in a loop, and nested jump buffers (an exception-like unwinding chain).
 */
#include <setjmp.h>
#include <stdint.h>

#include "difftest.h"

static jmp_buf env_outer, env_inner;
static int depth_reached;

__attribute__((noinline)) static void dive(int depth, int target, int value)
{
  volatile char pad[24];
  pad[depth % 24] = (char)depth;
  if (depth == target) {
    depth_reached = depth + pad[depth % 24] - depth;
    longjmp(env_outer, value);
  }
  if (depth < 1000)
    dive(depth + 1, target, value);
  pad[0]++;
}

/* Lots of live values in callee-saved registers across the setjmp. */
__attribute__((noinline)) static long callee_saved_test(int seed)
{
  jmp_buf env;
  register long a = seed * 3, b = seed * 5, c = seed * 7, d = seed * 11;
  register long e = seed * 13, f = seed * 17, g = seed * 19, k = seed * 23;
  double x = seed * 0.5, y = seed * 0.25, z = seed * 0.125;
  volatile int pass = 0;
  if (setjmp(env) == 0) {
    pass = 1;
    OPAQUE(a); OPAQUE(b); OPAQUE(c); OPAQUE(d); OPAQUE(e); OPAQUE(f); OPAQUE(g); OPAQUE(k);
    longjmp(env, 1);
  }
  /* a..k and x..z were not modified between setjmp and longjmp: defined */
  return pass * 1000000L + a + b + c + d + e + f + g + k + (long)(x * 8 + y * 16 + z * 32);
}

static int unwind_log[8];
static int unwind_n;

__attribute__((noinline)) static void thrower(int code)
{
  unwind_log[unwind_n++] = code;
  longjmp(env_inner, code);
}

__attribute__((noinline)) static int try_catch(int code)
{
  jmp_buf saved;
  memcpy(saved, env_inner, sizeof saved);
  int r = setjmp(env_inner);
  if (r == 0) {
    thrower(code);
  } else if (r > 2) {
    /* rethrow to the enclosing handler */
    memcpy(env_inner, saved, sizeof saved);
    unwind_log[unwind_n++] = -r;
    longjmp(env_inner, r - 1);
  }
  memcpy(env_inner, saved, sizeof saved);
  return r;
}

int main(void)
{
  printf("setjmp\n");
  for (int target = 0; target < 6; target++) {
    volatile int counter = 100 + target;
    int r = setjmp(env_outer);
    if (r == 0) {
      counter++;
      dive(0, target * 7, target);
      printf("not reached\n");
    }
    printf("target %d: longjmp returned %d, depth %d, counter %d\n", target * 7, r, depth_reached, counter);
  }

  for (int s = 1; s <= 3; s++)
    printf("callee-saved(%d) = %ld\n", s, callee_saved_test(s));

  /* reuse one jmp_buf many times */
  volatile int iterations = 0;
  volatile uint32_t h = 0;
  int v = setjmp(env_outer);
  h = fnv1a_u32(h, (uint32_t)v);
  if (iterations < 50) {
    iterations++;
    longjmp(env_outer, iterations * 3);
  }
  printf("reused buffer %d times, hash %08lx\n", iterations, (unsigned long)h);

  /* nested handlers: codes 1 and 2 are caught by try_catch, code 4 is rethrown
   * by it as 3 to the handler in main */
  int outer = setjmp(env_inner);
  if (outer == 0) {
    int r = try_catch(1);
    printf("try_catch(1) caught %d\n", r);
    r = try_catch(2);
    printf("try_catch(2) caught %d\n", r);
    r = try_catch(4);
    printf("try_catch(4) returned %d\n", r);
  } else {
    printf("outer handler caught %d\n", outer);
  }
  printf("unwind log:");
  for (int i = 0; i < unwind_n; i++) printf(" %d", unwind_log[i]);
  printf("\n");
  printf("setjmp done\n");
  return 0;
}
