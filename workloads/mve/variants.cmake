# Helium (MVE) differential programs: every workloads/mve/<program>.c is one
# single-file program using arm_mve.h intrinsics (or code GCC vectorises),
# built for -mcpu=cortex-m55 (MVE with floating point) as
# <build>/workloads/mve/<program>_<opt>.elf. Included by
# workloads/CMakeLists.txt (to build) and tests/mve/CMakeLists.txt (one
# QEMU-vs-tinysim test per ELF), so the two always agree.
file(GLOB _tinysim_mve_sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.c")
set(TINYSIM_MVE_PROGRAMS "")
foreach(_src IN LISTS _tinysim_mve_sources)
  get_filename_component(_name "${_src}" NAME_WE)
  list(APPEND TINYSIM_MVE_PROGRAMS ${_name})
endforeach()
list(SORT TINYSIM_MVE_PROGRAMS)
set(TINYSIM_MVE_SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}")
# O0 keeps every intrinsic as written; O2 lets GCC schedule, fold and
# tail-predicate (DLSTP/LETP).
set(TINYSIM_MVE_OPTS O0 O2)
set(TINYSIM_MVE_CFLAGS -mcpu=cortex-m55 -mfp16-format=ieee)
unset(_tinysim_mve_sources)
unset(_src)
unset(_name)
