/*
 * The Helium (MVE) kernel flavour's table (kernels.h). Kinds left NULL run
 * the portable C kernels (tsk_select_flavour() fills them in).
 */
#include "mve_common.h"

const tsk_kernel_table tsk_kernels_mve = {
    .flavour = "mve",
    .add = tsk_mve_add,
    .average_pool_2d = tsk_mve_average_pool_2d,
    .conv_2d = tsk_mve_conv_2d,
    .depthwise_conv_2d = tsk_mve_depthwise_conv_2d,
    .fully_connected = tsk_mve_fully_connected,
    .max_pool_2d = tsk_mve_max_pool_2d,
    .mul = tsk_mve_mul,
};
