/*
 * tsrt.h - the tinysim firmware runtime: opens a compiled-model blob
 * (tinysim_model_blob.h), validates every field the kernels rely on, and runs
 * its operators in order with a kernel flavour (kernels/kernels.h).
 *
 * Portable C99 with no platform dependency: infer.elf runs it on the
 * simulated core; the host tools build the same files to run a blob natively
 * (with the arena relocated to a host buffer).
 *
 *   tsrt_model m;
 *   char err[160];
 *   if (tsrt_open(&m, blob, blob_bytes_or_0, NULL, TSRT_VERIFY_CRC, err, sizeof err) != 0) { puts(err); ... }
 *   ... write the input tensors (tsrt_tensor_data(&m, tsrt_input(&m, 0))) ...
 *   if (tsrt_run(&m, &tsk_kernels_c, &hooks, err, sizeof err) != 0) { puts(err); ... }
 */
#ifndef TSRT_H
#define TSRT_H

#include <stddef.h>
#include <stdint.h>

#include "tinysim_model_blob.h"
#include "kernels/kernels.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tsrt_model {
  const uint8_t *blob;
  const tsb_header *header;
  const uint8_t *weights;  /* blob + header->weights_offset */
  uint8_t *arena;          /* header->arena_base, or the caller's relocation */
} tsrt_model;

/* tsrt_open options */
#define TSRT_VERIFY_CRC 0x1u  /* check header.crc32 (when the blob carries one) */

/* Validates the blob at `blob` and fills `m`. `available` is the number of
 * readable bytes at `blob` (0 = unknown: trust header.total_size). `arena`
 * relocates the arena (NULL = use header.arena_base). Returns 0, or non-zero
 * with a message naming the field, tensor or operator in `err`. */
int tsrt_open(tsrt_model *m, const void *blob, uint32_t available, void *arena, uint32_t options, char *err,
              size_t err_size);

/* Runs every operator once. `hooks` (may be NULL) is told when each operator
 * starts and ends (the firmware opens a tinysim region named after it).
 * Returns 0, or non-zero with a message in `err`. */
typedef struct tsrt_hooks {
  void (*op_begin)(const char *name, void *ctx);
  void (*op_end)(void *ctx);
  void *ctx;
} tsrt_hooks;
int tsrt_run(const tsrt_model *m, const tsk_kernel_table *kernels, const tsrt_hooks *hooks, char *err,
             size_t err_size);

/* Accessors (valid after a successful tsrt_open). */
const tsb_tensor *tsrt_tensor(const tsrt_model *m, uint32_t id);
const tsb_op *tsrt_op(const tsrt_model *m, uint32_t index);
const char *tsrt_string(const tsrt_model *m, uint32_t offset);
const tsb_tensor *tsrt_input(const tsrt_model *m, uint32_t i);
const tsb_tensor *tsrt_output(const tsrt_model *m, uint32_t i);
void *tsrt_tensor_data(const tsrt_model *m, const tsb_tensor *t);

/* CRC-32 (IEEE 802.3, reflected, as zlib's crc32()): start with crc = 0. */
uint32_t tsrt_crc32(uint32_t crc, const void *data, size_t n);

/* CRC-32 of a blob as stored in header.crc32: the whole blob with the crc32
 * field taken as 0. */
uint32_t tsrt_blob_crc32(const void *blob, uint32_t total_size);

/* "CONV_2D" for a kind, "UNKNOWN" otherwise. */
const char *tsrt_kind_name(uint32_t kind);

#ifdef __cplusplus
}
#endif

#endif /* TSRT_H */
