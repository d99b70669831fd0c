# tinysim_firmware(): one call per firmware ELF.
#
#   tinysim_firmware(<target>
#     SOURCES <file>...            C / ASM sources of the program
#     [OPT O0|O1|O2|O3|Os|Og]      optimisation level (default O2)
#     [FLOAT_ABI soft|hard]        default hard
#     [OUTPUT_DIR <dir>]           default ${CMAKE_BINARY_DIR}
#     [OUTPUT_NAME <name>]         file name without .elf (default <target>)
#     [CFLAGS <flag>...]           extra compile flags
#     [LDFLAGS <flag>...]          extra link flags
#     [LIBS <lib>...])             extra libraries / targets to link
#
#   tinysim_firmware_variants(<program>
#     SOURCES <file>...
#     OPTS <opt>... ABIS <abi>...
#     [OUTPUT_DIR <dir>] [CFLAGS ...] [LDFLAGS ...] [LIBS ...])
#   builds <program>_<opt>_<abi>.elf for every combination.
#
# Every ELF is for the Corstone-300-like platform of QEMU's mps3-an547 and
# tinysim's configs/m55.yaml: code and read-only data in ITCM at 0x10000000
# (the Secure alias of ITCM at 0x00000000, where QEMU's reset VTOR points),
# .data/.bss/heap/stack in DTCM at 0x20000000, picolibc with crt0-semihost
# (stdio on the semihosting console, exit code through SYS_EXIT_EXTENDED).

include_guard(GLOBAL)

set(TINYSIM_FW_ROOT "${CMAKE_CURRENT_LIST_DIR}/.." CACHE INTERNAL "")

# Platform memory map (QEMU 7.2 mps3-an547 `info mtree`).
set(TINYSIM_FLASH_BASE 0x10000000 CACHE STRING "Code/rodata link address (ITCM, Secure alias)")
set(TINYSIM_FLASH_SIZE 0x00080000 CACHE STRING "ITCM size (512 KiB)")
set(TINYSIM_RAM_BASE   0x20000000 CACHE STRING "Data/bss/heap/stack base (DTCM)")
set(TINYSIM_RAM_SIZE   0x00080000 CACHE STRING "DTCM size (512 KiB)")
set(TINYSIM_STACK_SIZE 0x00010000 CACHE STRING "Main stack size (64 KiB at the top of DTCM)")

set(TINYSIM_CPU_FLAGS -mcpu=cortex-m55+nomve -mthumb)

function(_tinysim_abi_flags abi out)
  if(abi STREQUAL "hard")
    set(${out} ${TINYSIM_CPU_FLAGS} -mfloat-abi=hard -mfpu=auto PARENT_SCOPE)
  elseif(abi STREQUAL "soft")
    set(${out} ${TINYSIM_CPU_FLAGS} -mfloat-abi=soft PARENT_SCOPE)
  else()
    message(FATAL_ERROR "tinysim_firmware: FLOAT_ABI must be soft or hard, not '${abi}'")
  endif()
endfunction()

# Platform support (vector table, reset, default handlers): one object library
# per float ABI, because objects of different VFP ABIs cannot be linked together.
function(_tinysim_platform_lib abi out)
  set(lib tinysim_platform_${abi})
  if(NOT TARGET ${lib})
    _tinysim_abi_flags(${abi} abi_flags)
    add_library(${lib} OBJECT ${TINYSIM_FW_ROOT}/platform/vectors.c)
    target_compile_options(${lib} PRIVATE ${abi_flags} -O2 -g
      -ffunction-sections -fdata-sections -Wall -Wextra
      -specs=picolibc.specs -DPICOLIBC_DOUBLE_PRINTF_SCANF)
    target_include_directories(${lib} PRIVATE ${TINYSIM_FW_ROOT}/include)
  endif()
  set(${out} ${lib} PARENT_SCOPE)
endfunction()

function(tinysim_firmware target)
  cmake_parse_arguments(FW "" "OPT;FLOAT_ABI;OUTPUT_DIR;OUTPUT_NAME"
                        "SOURCES;CFLAGS;LDFLAGS;LIBS" ${ARGN})
  if(NOT FW_SOURCES)
    message(FATAL_ERROR "tinysim_firmware(${target}): no SOURCES")
  endif()
  if(NOT FW_OPT)
    set(FW_OPT O2)
  endif()
  if(NOT FW_OPT MATCHES "^O[0123sg]$|^Ofast$|^Oz$")
    message(FATAL_ERROR "tinysim_firmware(${target}): bad OPT '${FW_OPT}'")
  endif()
  if(NOT FW_FLOAT_ABI)
    set(FW_FLOAT_ABI hard)
  endif()
  if(NOT FW_OUTPUT_DIR)
    set(FW_OUTPUT_DIR ${CMAKE_BINARY_DIR})
  endif()
  if(NOT FW_OUTPUT_NAME)
    set(FW_OUTPUT_NAME ${target})
  endif()

  _tinysim_abi_flags(${FW_FLOAT_ABI} abi_flags)
  _tinysim_platform_lib(${FW_FLOAT_ABI} platform_lib)

  add_executable(${target} ${FW_SOURCES} $<TARGET_OBJECTS:${platform_lib}>)
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${FW_OUTPUT_NAME}
    SUFFIX ".elf"
    RUNTIME_OUTPUT_DIRECTORY ${FW_OUTPUT_DIR})
  target_include_directories(${target} PRIVATE ${TINYSIM_FW_ROOT}/include)
  target_compile_options(${target} PRIVATE
    ${abi_flags} -${FW_OPT} -g
    -ffunction-sections -fdata-sections
    -Wall -Wextra
    -specs=picolibc.specs -DPICOLIBC_DOUBLE_PRINTF_SCANF
    ${FW_CFLAGS})
  target_link_options(${target} PRIVATE
    ${abi_flags} -${FW_OPT}
    -specs=picolibc.specs --oslib=semihost --crt0=semihost
    -DPICOLIBC_DOUBLE_PRINTF_SCANF
    -Wl,--defsym=__flash=${TINYSIM_FLASH_BASE}
    -Wl,--defsym=__flash_size=${TINYSIM_FLASH_SIZE}
    -Wl,--defsym=__ram=${TINYSIM_RAM_BASE}
    -Wl,--defsym=__ram_size=${TINYSIM_RAM_SIZE}
    -Wl,--defsym=__stack_size=${TINYSIM_STACK_SIZE}
    -Wl,--entry=Reset_Handler
    -Wl,--gc-sections
    -Wl,-Map=${FW_OUTPUT_DIR}/${FW_OUTPUT_NAME}.map
    ${FW_LDFLAGS})
  target_link_libraries(${target} PRIVATE ${FW_LIBS} m)
  set_property(TARGET ${target} APPEND PROPERTY
    ADDITIONAL_CLEAN_FILES ${FW_OUTPUT_DIR}/${FW_OUTPUT_NAME}.map)
endfunction()

function(tinysim_firmware_variants program)
  cmake_parse_arguments(FW "" "OUTPUT_DIR" "SOURCES;OPTS;ABIS;CFLAGS;LDFLAGS;LIBS" ${ARGN})
  if(NOT FW_OPTS OR NOT FW_ABIS)
    message(FATAL_ERROR "tinysim_firmware_variants(${program}): OPTS and ABIS are required")
  endif()
  set(fwd SOURCES ${FW_SOURCES} CFLAGS ${FW_CFLAGS} LDFLAGS ${FW_LDFLAGS} LIBS ${FW_LIBS})
  if(FW_OUTPUT_DIR)
    list(APPEND fwd OUTPUT_DIR ${FW_OUTPUT_DIR})
  endif()
  foreach(opt IN LISTS FW_OPTS)
    foreach(abi IN LISTS FW_ABIS)
      tinysim_firmware(${program}_${opt}_${abi} OPT ${opt} FLOAT_ABI ${abi} ${fwd})
    endforeach()
  endforeach()
endfunction()
