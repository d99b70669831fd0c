# The differential test suite: which programs, and which build variants of each.
# Included by workloads/CMakeLists.txt (to build them) and by
# tests/diff/CMakeLists.txt (to make one CTest test per ELF), so the two always
# agree. Every workloads/diff/<program>.c is one single-file program, built as
# <build>/workloads/diff/<program>_<opt>_<abi>.elf.
file(GLOB _tinysim_diff_sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/*.c")
set(TINYSIM_DIFF_PROGRAMS "")
foreach(_src IN LISTS _tinysim_diff_sources)
  get_filename_component(_name "${_src}" NAME_WE)
  list(APPEND TINYSIM_DIFF_PROGRAMS ${_name})
endforeach()
list(SORT TINYSIM_DIFF_PROGRAMS)
set(TINYSIM_DIFF_SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(TINYSIM_DIFF_OPTS O0 O2 O3 Os)
set(TINYSIM_DIFF_ABIS soft hard)
unset(_tinysim_diff_sources)
unset(_src)
unset(_name)
