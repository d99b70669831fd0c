/* Firmware that crashes: a load from an address with no memory. The
 * platform's default fault handler (platform/vectors.c) reports it and exits
 * with 128 + the exception number; tinysim adds what the core saw
 * (tests/cli: cli.fw.crash_report). */
#include <stdint.h>
#include <stdio.h>

int main(void) {
  printf("about to read unmapped memory\n");
  volatile uint32_t *p = (volatile uint32_t *)0xF0000000u;
  return (int)*p;
}
