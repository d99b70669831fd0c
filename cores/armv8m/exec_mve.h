// Helium (MVE) semantics referenced by the mve_*_table.cpp decode tables.
#pragma once

#include "cores/armv8m/exec_mve_common.h"
#include "cores/armv8m/exec_mve_fp.h"
#include "cores/armv8m/exec_mve_int.h"
#include "cores/armv8m/exec_mve_mac.h"
#include "cores/armv8m/exec_mve_mem.h"
