/* The portable C kernel flavour's table (kernels.h). */
#include "../kernels.h"

const tsk_kernel_table tsk_kernels_c = {
    .flavour = "c",
    .add = tsk_c_add,
    .average_pool_2d = tsk_c_average_pool_2d,
    .concatenation = tsk_c_concatenation,
    .conv_2d = tsk_c_conv_2d,
    .depthwise_conv_2d = tsk_c_depthwise_conv_2d,
    .dequantize = tsk_c_dequantize,
    .fully_connected = tsk_c_fully_connected,
    .logistic = tsk_c_logistic,
    .max_pool_2d = tsk_c_max_pool_2d,
    .mean = tsk_c_mean,
    .mul = tsk_c_mul,
    .pad = tsk_c_pad,
    .quantize = tsk_c_quantize,
    .reshape = tsk_c_reshape,
    .softmax = tsk_c_softmax,
};
