#include "cores/armv8m/exec_mve.h"

namespace tinysim::armv8m {

}  // namespace tinysim::armv8m
