/*
 * tinysim.h - firmware API of tinysim's region-marker device.
 *
 * The device lives at TINYSIM_MARKER_BASE (0x48007000). Firmware names the
 * stretches of execution it wants reported separately ("layers", "regions");
 * the simulator attributes cycles, instructions, MACs, bytes moved and energy
 * to the innermost open region, and reports nested regions as a tree.
 *
 * Registers (32-bit, word access only):
 *   0x00 ID     read-only; 0x54534D52 ('TSMR') on tinysim.
 *   0x04 OPEN   write: address of a NUL-terminated region name; opens a region
 *               nested inside the currently open one. The simulator reads the
 *               name from memory at the time of the write.
 *   0x08 CLOSE  write any value: closes the innermost open region.
 *
 * On QEMU's mps3-an547 the page is an unimplemented device that reads as zero
 * and ignores writes, so the calls are harmless no-ops there and
 * tinysim_present() returns 0. The same ELF therefore runs on both, which is what
 * the differential tests rely on.
 *
 * Header-only, C99/C++ compatible, no dependencies beyond <stdint.h>.
 */
#ifndef TINYSIM_H
#define TINYSIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TINYSIM_MARKER_BASE   0x48007000u
#define TINYSIM_MARKER_ID     (TINYSIM_MARKER_BASE + 0x00u)
#define TINYSIM_MARKER_OPEN   (TINYSIM_MARKER_BASE + 0x04u)
#define TINYSIM_MARKER_CLOSE  (TINYSIM_MARKER_BASE + 0x08u)
#define TINYSIM_MARKER_MAGIC  0x54534D52u /* 'TSMR' */

#define TINYSIM_REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

/* Compiler barrier: every load and store the region's code makes stays on its
 * side of the marker write, so the work lands inside the region it was written
 * in. (The marker page is Device memory, so the core does not reorder the
 * marker store with other accesses either; no DSB is needed.) */
static inline void tinysim__barrier(void)
{
  __asm__ volatile("" ::: "memory");
}

/* Nonzero when running on tinysim (the marker device answers with its ID). */
static inline int tinysim_present(void)
{
  return TINYSIM_REG32(TINYSIM_MARKER_ID) == TINYSIM_MARKER_MAGIC;
}

/* Open a region named `name` (a NUL-terminated string that must stay readable
 * until the region is closed; string literals are ideal). Regions nest. */
static inline void tinysim_region_begin(const char *name)
{
  tinysim__barrier();
  TINYSIM_REG32(TINYSIM_MARKER_OPEN) = (uint32_t)(uintptr_t)name;
  tinysim__barrier();
}

/* Close the innermost open region. */
static inline void tinysim_region_end(void)
{
  tinysim__barrier();
  TINYSIM_REG32(TINYSIM_MARKER_CLOSE) = 1u;
  tinysim__barrier();
}

#ifdef __cplusplus
}
#endif

#endif /* TINYSIM_H */
