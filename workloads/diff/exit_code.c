/*
 * exit_code.c - exit status propagation: atexit handlers run in reverse order,
 * output without a final newline is not lost, and the status given to exit()
 * (3) becomes the exit code of QEMU / tinysim themselves (picolibc's _exit uses
 * semihosting SYS_EXIT_EXTENDED once the ":semihosting-features" file says the
 * host supports it; plain SYS_EXIT could only report success or failure).
 *
 * EXPECT_EXIT: 3
 */
#include <stdio.h>
#include <stdlib.h>

/* The very last output has no newline: it must still reach the console. */
static void first(void)  { printf("atexit: first registered, runs last, no newline at the end"); }
static void second(void) { printf("atexit: second registered, runs second\n"); }
static void third(void)  { printf("atexit: third registered, runs first\n"); }

int main(void)
{
  atexit(first);
  atexit(second);
  atexit(third);
  printf("exit_code: calling exit(3)\n");
  exit(3);
}
