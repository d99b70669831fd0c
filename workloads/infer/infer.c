/*
 * infer.elf - runs a compiled model blob (docs/model-blob.md) on the core.
 *
 * The host loads the blob and the input tensor(s) into memory before the run
 * (tinysim: `--load blob.bin@ADDR --load input.bin@ADDR`; QEMU:
 * `-device loader,file=...,addr=...`), then passes the blob's address on the
 * semihosting command line:
 *
 *   infer.elf blob=0x28000000 [runs=N] [kernels=c|mve] [verify=0|1] [dump=0|1]
 *
 *   blob     address of the blob (required, 16-byte aligned)
 *   runs     inferences to run (default 1); every run must give the same output
 *   kernels  kernel flavour (default c); `mve` when built with Helium kernels
 *   verify   check the blob's CRC-32 before running (default 1)
 *   dump     also print the output tensors' bytes in hex (default 0)
 *
 * Output, one line per graph output, after the last run:
 *   output <i> '<name>': <dtype> [d0,d1,..], <bytes> bytes, crc32=0x<8 hex digits>
 * Each operator runs inside a tinysim region "L<index>_<KIND>" nested in a
 * region "inference" (no-ops on QEMU).
 *
 * Exit status: 0 success; 1 bad command line; 2 bad blob (message says
 * which field); 3 an operator failed; 4 two runs gave different outputs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tinysim.h"
#include "tsrt.h"

enum { kExitOk = 0, kExitUsage = 1, kExitBadBlob = 2, kExitRunFailed = 3, kExitNondeterministic = 4 };
enum { kMaxOutputs = 8 };

/* Memory the firmware itself occupies (picolibc.ld with the --defsym values
 * of workloads/cmake/TinysimFirmware.cmake). */
extern char __flash[], __flash_size[], __ram[], __ram_size[];

typedef struct options {
  uintptr_t blob;
  int have_blob;
  unsigned long runs;
  const char *kernels;
  int verify;
  int dump;
} options;

static int parse_uint(const char *s, unsigned long *out)
{
  char *end = 0;
  if (!*s || *s == '-') return 0;
  unsigned long v = strtoul(s, &end, 0);
  if (*end) return 0;
  *out = v;
  return 1;
}

static int parse_args(int argc, char **argv, options *o)
{
  o->blob = 0;
  o->have_blob = 0;
  o->runs = 1;
  o->kernels = "c";
  o->verify = 1;
  o->dump = 0;
  /* picolibc's semihosting crt0 gives argv[0] = "program-name" and argv[1] =
   * the ELF path (QEMU -kernel / tinysim --firmware); options are key=value. */
  for (int i = 1; i < argc; ++i) {
    const char *a = argv[i];
    const char *eq = strchr(a, '=');
    if (!eq) {
      if (i == 1) continue; /* the ELF path */
      printf("infer: error: argument '%s' is not key=value\n", a);
      return 0;
    }
    size_t klen = (size_t)(eq - a);
    const char *v = eq + 1;
    unsigned long n;
    if (klen == 4 && !strncmp(a, "blob", 4)) {
      if (!parse_uint(v, &n)) { printf("infer: error: blob=%s is not an address\n", v); return 0; }
      o->blob = (uintptr_t)n;
      o->have_blob = 1;
    } else if (klen == 4 && !strncmp(a, "runs", 4)) {
      if (!parse_uint(v, &n) || n == 0) { printf("infer: error: runs=%s must be a positive integer\n", v); return 0; }
      o->runs = n;
    } else if (klen == 7 && !strncmp(a, "kernels", 7)) {
      o->kernels = v;
    } else if (klen == 6 && !strncmp(a, "verify", 6)) {
      if (!parse_uint(v, &n) || n > 1) { printf("infer: error: verify=%s must be 0 or 1\n", v); return 0; }
      o->verify = (int)n;
    } else if (klen == 4 && !strncmp(a, "dump", 4)) {
      if (!parse_uint(v, &n) || n > 1) { printf("infer: error: dump=%s must be 0 or 1\n", v); return 0; }
      o->dump = (int)n;
    } else {
      printf("infer: error: unknown option '%.*s' (blob, runs, kernels, verify, dump)\n", (int)klen, a);
      return 0;
    }
  }
  if (!o->have_blob) {
    printf("infer: error: missing blob=ADDRESS\n"
           "usage: infer.elf blob=ADDR [runs=N] [kernels=c|mve] [verify=0|1] [dump=0|1]\n");
    return 0;
  }
  return 1;
}

static int overlaps(uintptr_t a, uint64_t a_size, uintptr_t b, uint64_t b_size)
{
  return (uint64_t)a < (uint64_t)b + b_size && (uint64_t)b < (uint64_t)a + a_size;
}

static const char *dtype_name(uint32_t dtype)
{
  switch (dtype) {
    case TSB_DTYPE_INT8: return "int8";
    case TSB_DTYPE_UINT8: return "uint8";
    case TSB_DTYPE_INT16: return "int16";
    case TSB_DTYPE_INT32: return "int32";
    case TSB_DTYPE_FLOAT32: return "float32";
    default: return "?";
  }
}

static void region_begin(const char *name, void *ctx)
{
  (void)ctx;
  tinysim_region_begin(name);
}

static void region_end(void *ctx)
{
  (void)ctx;
  tinysim_region_end();
}

int main(int argc, char **argv)
{
  options opt;
  if (!parse_args(argc, argv, &opt)) return kExitUsage;

  const char *available = 0;
  const tsk_kernel_table *kernels = tsk_select_flavour(opt.kernels, &available);
  if (!kernels) {
    printf("infer: error: kernel flavour '%s' is not built into this firmware (available: %s)\n", opt.kernels,
           available);
    return kExitUsage;
  }
  if (opt.blob % TSB_ALIGN) {
    printf("infer: error: blob address 0x%08lx is not %u-byte aligned\n", (unsigned long)opt.blob, TSB_ALIGN);
    return kExitUsage;
  }
  const uintptr_t fw_flash = (uintptr_t)__flash, fw_ram = (uintptr_t)__ram;
  const uint64_t fw_flash_size = (uintptr_t)__flash_size, fw_ram_size = (uintptr_t)__ram_size;
  if (overlaps(opt.blob, sizeof(tsb_header), fw_flash, fw_flash_size) ||
      overlaps(opt.blob, sizeof(tsb_header), fw_ram, fw_ram_size)) {
    printf("infer: error: blob address 0x%08lx is inside the firmware's own memory\n", (unsigned long)opt.blob);
    return kExitUsage;
  }

  char err[200];
  tsrt_model model;
  if (tsrt_open(&model, (const void *)opt.blob, 0, NULL, opt.verify ? TSRT_VERIFY_CRC : 0, err, sizeof err)) {
    printf("infer: error: blob at 0x%08lx: %s\n", (unsigned long)opt.blob, err);
    return kExitBadBlob;
  }
  const tsb_header *h = model.header;
  /* The arena must not cover the firmware's code, data, heap or stack, nor the
   * blob itself (the same storage reached through another alias cannot be
   * detected here: the compiler's platform configuration rules that out). */
  struct { const char *what; uintptr_t base; uint64_t size; } taken[] = {
      {"the firmware's code (flash)", fw_flash, fw_flash_size},
      {"the firmware's data, heap and stack (RAM)", fw_ram, fw_ram_size},
      {"the blob", opt.blob, h->total_size},
  };
  for (size_t i = 0; i < sizeof taken / sizeof taken[0]; ++i) {
    if (overlaps(h->arena_base, h->arena_size, taken[i].base, taken[i].size)) {
      printf("infer: error: the arena [0x%08lx, +%lu) overlaps %s [0x%08lx, +%llu)\n", (unsigned long)h->arena_base,
             (unsigned long)h->arena_size, taken[i].what, (unsigned long)taken[i].base,
             (unsigned long long)taken[i].size);
      return kExitBadBlob;
    }
  }
  if (h->output_count > kMaxOutputs) {
    printf("infer: error: the model has %lu outputs, this firmware reports at most %d\n",
           (unsigned long)h->output_count, kMaxOutputs);
    return kExitBadBlob;
  }

  printf("infer: model '%s': %lu operators, %lu tensors; blob 0x%08lx (%lu bytes), arena 0x%08lx (%lu bytes), "
         "kernels %s\n",
         tsrt_string(&model, h->model_name), (unsigned long)h->op_count, (unsigned long)h->tensor_count,
         (unsigned long)opt.blob, (unsigned long)h->total_size, (unsigned long)h->arena_base,
         (unsigned long)h->arena_size, kernels->flavour);

  const tsrt_hooks hooks = {region_begin, region_end, 0};
  uint32_t first_crc[kMaxOutputs];
  for (unsigned long r = 0; r < opt.runs; ++r) {
    tinysim_region_begin("inference");
    int failed = tsrt_run(&model, kernels, &hooks, err, sizeof err);
    tinysim_region_end();
    if (failed) {
      printf("infer: error: run %lu: %s\n", r + 1, err);
      return kExitRunFailed;
    }
    for (uint32_t k = 0; k < h->output_count; ++k) {
      const tsb_tensor *t = tsrt_output(&model, k);
      uint32_t crc = tsrt_crc32(0, tsrt_tensor_data(&model, t), t->bytes);
      if (r == 0) {
        first_crc[k] = crc;
      } else if (crc != first_crc[k]) {
        printf("infer: error: run %lu: output %lu crc32=0x%08lx differs from run 1 (0x%08lx)\n", r + 1,
               (unsigned long)k, (unsigned long)crc, (unsigned long)first_crc[k]);
        return kExitNondeterministic;
      }
    }
  }

  for (uint32_t k = 0; k < h->output_count; ++k) {
    const tsb_tensor *t = tsrt_output(&model, k);
    printf("output %lu '%s': %s [", (unsigned long)k, tsrt_string(&model, t->name), dtype_name(t->dtype));
    int first = t->rank == 0 ? 4 : TSB_MAX_DIMS - t->rank;
    for (int d = first; d < TSB_MAX_DIMS; ++d) printf(d > first ? ",%ld" : "%ld", (long)t->dims[d]);
    printf("], %lu bytes, crc32=0x%08lx\n", (unsigned long)t->bytes, (unsigned long)first_crc[k]);
    if (opt.dump) {
      const uint8_t *p = (const uint8_t *)tsrt_tensor_data(&model, t);
      for (uint32_t i = 0; i < t->bytes; ++i)
        printf("%s%02x%s", i % 32 == 0 ? "  " : "", p[i], i % 32 == 31 || i + 1 == t->bytes ? "\n" : " ");
    }
  }
  printf("infer: %lu run%s done\n", opt.runs, opt.runs == 1 ? "" : "s");
  return kExitOk;
}
