/*
 * RESHAPE, PAD and CONCATENATION: byte movement on int8 tensors, following
 * TFLite's reference_ops::Pad (constant value = output zero point) and
 * reference_ops::Concatenation (inputs quantised differently from the
 * output go through a host-built requantisation table).
 */
#include <string.h>

#include "../kernels.h"

int tsk_c_reshape(const tsk_op_args *a)
{
  /* The compiler aliases a RESHAPE's output onto its input; copy only when a
   * blob placed them apart. memmove: a partial overlap is still correct. */
  if (a->out[0].data != a->in[0].data) memmove(a->out[0].data, a->in[0].data, a->out[0].t->bytes);
  return TSK_OK;
}

int tsk_c_pad(const tsk_op_args *a)
{
  const tsb_pad_params *p = &a->op->params.pad;
  const int32_t *id = a->in[0].t->dims, *od = a->out[0].t->dims;
  const int8_t *in = (const int8_t *)a->in[0].data;
  int8_t *out = (int8_t *)a->out[0].data;
  const int8_t value = (int8_t)p->pad_value;

  for (int32_t o0 = 0; o0 < od[0]; ++o0) {
    const int32_t i0 = o0 - p->before[0];
    for (int32_t o1 = 0; o1 < od[1]; ++o1) {
      const int32_t i1 = o1 - p->before[1];
      for (int32_t o2 = 0; o2 < od[2]; ++o2) {
        const int32_t i2 = o2 - p->before[2];
        int8_t *row = out + (((int32_t)o0 * od[1] + o1) * od[2] + o2) * od[3];
        if (i0 < 0 || i0 >= id[0] || i1 < 0 || i1 >= id[1] || i2 < 0 || i2 >= id[2]) {
          memset(row, value, (size_t)od[3]);
          continue;
        }
        /* Inner dimension: before, the input row, after. */
        memset(row, value, (size_t)p->before[3]);
        memcpy(row + p->before[3], in + ((i0 * id[1] + i1) * id[2] + i2) * id[3], (size_t)id[3]);
        memset(row + p->before[3] + id[3], value, (size_t)p->after[3]);
      }
    }
  }
  return TSK_OK;
}

int tsk_c_concatenation(const tsk_op_args *a)
{
  const int32_t axis = a->op->params.concat.axis;
  const int32_t *od = a->out[0].t->dims;
  int32_t outer = 1, inner = 1;
  for (int32_t d = 0; d < axis; ++d) outer *= od[d];
  for (int32_t d = axis + 1; d < TSB_MAX_DIMS; ++d) inner *= od[d];
  int8_t *out = (int8_t *)a->out[0].data;

  for (int32_t o = 0; o < outer; ++o) {
    for (uint32_t k = 0; k < a->input_count; ++k) {
      const int32_t chunk = a->in[k].t->dims[axis] * inner;
      const int8_t *src = (const int8_t *)a->in[k].data + (int32_t)o * chunk;
      const int8_t *table = a->tables[k];
      if (table) {
        for (int32_t j = 0; j < chunk; ++j) out[j] = table[(int32_t)src[j] + 128];
      } else {
        memcpy(out, src, (size_t)chunk);
      }
      out += chunk;
    }
  }
  return TSK_OK;
}
