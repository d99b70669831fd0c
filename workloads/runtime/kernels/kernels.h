/*
 * kernels.h - the kernel API of the tinysim firmware runtime.
 *
 * A kernel flavour is a table of functions, one per operator kind, all with
 * the same signature: they receive the operator's blob entry (kind and
 * precomputed parameters, see tinysim_model_blob.h) and its operands resolved
 * to memory. Flavours:
 *   tsk_kernels_c     portable C (kernels/c/), bit-exact with TFLite's
 *                     reference int8 kernels; compiled without
 *                     auto-vectorisation so it stays scalar even in a build
 *                     for a core with Helium.
 *   tsk_kernels_mve   Helium (kernels/mve/, arm_mve.h), when built: defines
 *                     the table with the kernels it accelerates and leaves the
 *                     others NULL; the runtime then uses the C kernel for
 *                     those (tsk_select_flavour()).
 * The firmware chooses the flavour by name at run time (infer.elf
 * `kernels=c|mve`).
 *
 * Contract of every kernel:
 *   - The runtime has validated the operator before the first call: shapes
 *     agree with the operator's rules (docs/model-blob.md), buffers are in
 *     bounds, per-channel arrays have one entry per output channel, shifts
 *     are within [-31, 30]. Kernels do not re-check them.
 *   - Inputs and outputs may be the same memory only for RESHAPE (an alias);
 *     for other kinds the compiler's planner never overlaps an operator's
 *     inputs and outputs.
 *   - Results are bit-identical across flavours: a faster flavour must
 *     reproduce the C flavour's output exactly.
 *   - Return TSK_OK, or a TSK_ERR_* code (the runtime names the operator).
 */
#ifndef TSK_KERNELS_H
#define TSK_KERNELS_H

#include <stdint.h>

#include "tinysim_model_blob.h"

#ifdef __cplusplus
extern "C" {
#endif

enum tsk_status {
  TSK_OK = 0,
  TSK_ERR_UNSUPPORTED = 1,  /* the flavour has no kernel for this kind/variant */
  TSK_ERR_EMPTY_WINDOW = 2, /* AVERAGE_POOL_2D window with no input element */
  TSK_ERR_SCRATCH = 3,      /* scratch buffer smaller than the kernel needs */
  TSK_ERR_RANGE = 4,        /* a value left the range TFLite's arithmetic supports
                               (SOFTMAX reciprocal exponent outside [0, 31]) */
};

/* One operand: its blob tensor entry (dtype, 4-D dims, zero point) and where
 * its data is. `t` is NULL for an absent optional operand (no bias). */
typedef struct tsk_operand {
  const tsb_tensor *t;
  void *data;
} tsk_operand;

typedef struct tsk_op_args {
  const tsb_op *op;                  /* kind and params */
  uint32_t input_count, output_count;
  tsk_operand in[TSB_MAX_INPUTS];
  tsk_operand out[TSB_MAX_OUTPUTS];
  /* Weights-section arrays named by the params, resolved to addresses:
   * per-channel multipliers and shifts (CONV_2D, DEPTHWISE_CONV_2D,
   * FULLY_CONNECTED), the DEQUANTIZE table, the CONCATENATION
   * requantisation table of each input. NULL when there is none. */
  const int32_t *multipliers;
  const int32_t *shifts;
  const uint32_t *table;
  const int8_t *tables[TSB_MAX_INPUTS];
  void *scratch;                     /* op.scratch_bytes of arena, or NULL */
  uint32_t scratch_bytes;
} tsk_op_args;

typedef int (*tsk_kernel_fn)(const tsk_op_args *args);

typedef struct tsk_kernel_table {
  const char *flavour;               /* "c", "mve" */
  tsk_kernel_fn add;
  tsk_kernel_fn average_pool_2d;
  tsk_kernel_fn concatenation;
  tsk_kernel_fn conv_2d;
  tsk_kernel_fn depthwise_conv_2d;
  tsk_kernel_fn dequantize;
  tsk_kernel_fn fully_connected;
  tsk_kernel_fn logistic;
  tsk_kernel_fn max_pool_2d;
  tsk_kernel_fn mean;
  tsk_kernel_fn mul;
  tsk_kernel_fn pad;
  tsk_kernel_fn quantize;
  tsk_kernel_fn reshape;
  tsk_kernel_fn softmax;
} tsk_kernel_table;

/* The portable C flavour (always present). */
extern const tsk_kernel_table tsk_kernels_c;

/* The kernel of `kind` in `table`, or NULL when the table has none. */
tsk_kernel_fn tsk_lookup(const tsk_kernel_table *table, uint32_t kind);

/* The flavour called `name` among those built into this firmware (NULL if
 * unknown). The returned table is complete: entries a flavour leaves NULL are
 * taken from tsk_kernels_c. Writes the names of the built-in flavours to
 * *available (for messages). */
const tsk_kernel_table *tsk_select_flavour(const char *name, const char **available);

/* The portable kernels, also callable directly (e.g. by another flavour for
 * shapes it does not accelerate). */
int tsk_c_add(const tsk_op_args *a);
int tsk_c_average_pool_2d(const tsk_op_args *a);
int tsk_c_concatenation(const tsk_op_args *a);
int tsk_c_conv_2d(const tsk_op_args *a);
int tsk_c_depthwise_conv_2d(const tsk_op_args *a);
int tsk_c_dequantize(const tsk_op_args *a);
int tsk_c_fully_connected(const tsk_op_args *a);
int tsk_c_logistic(const tsk_op_args *a);
int tsk_c_max_pool_2d(const tsk_op_args *a);
int tsk_c_mean(const tsk_op_args *a);
int tsk_c_mul(const tsk_op_args *a);
int tsk_c_pad(const tsk_op_args *a);
int tsk_c_quantize(const tsk_op_args *a);
int tsk_c_reshape(const tsk_op_args *a);
int tsk_c_softmax(const tsk_op_args *a);

/* Elements of a tensor (product of its 4-D dims). */
static inline int32_t tsk_elements(const tsb_tensor *t)
{
  return t->dims[0] * t->dims[1] * t->dims[2] * t->dims[3];
}

/* Arena scratch of the Helium CONV_2D kernel (kernels/mve/conv.c), its
 * column buffer, for k = filter_h * filter_w * input depth taps: the packed
 * columns (three, four when k <= 16) and one im2col column, each rounded up
 * to 16 bytes, plus 16 bytes of slack for whole-vector writes. The compiler
 * reserves it for every CONV_2D (the C kernel needs none). */
static inline uint32_t tsk_conv_scratch_bytes(int32_t k) {
  const uint32_t k_padded = ((uint32_t)k + 15u) & ~15u;
  return (k <= 16 ? 5u : 4u) * k_padded + 16u;
}

#ifdef __cplusplus
}
#endif

#endif /* TSK_KERNELS_H */
