# CMake toolchain file for bare-metal Arm Cortex-M firmware built with
# gcc-arm-none-eabi and picolibc (Debian packages gcc-arm-none-eabi,
# picolibc-arm-none-eabi).
#
# Only the compiler and the kind of system are chosen here. CPU, float ABI,
# optimisation level, picolibc specs and the memory map are per-target options
# set by tinysim_firmware() in workloads/cmake/TinysimFirmware.cmake, because one
# build holds several variants (-O0/-O2/-O3/-Os x soft/hard float).
#
# Usage:
#   cmake -S workloads -B build/workloads \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake
# Set ARM_NONE_EABI_PREFIX (cache or environment) to use a toolchain outside PATH,
# e.g. /opt/arm-gnu-toolchain/bin/arm-none-eabi-

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

if(NOT ARM_NONE_EABI_PREFIX AND DEFINED ENV{ARM_NONE_EABI_PREFIX})
  set(ARM_NONE_EABI_PREFIX "$ENV{ARM_NONE_EABI_PREFIX}")
endif()
if(NOT ARM_NONE_EABI_PREFIX)
  set(ARM_NONE_EABI_PREFIX "arm-none-eabi-")
endif()
# Make the prefix visible inside try_compile projects too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES ARM_NONE_EABI_PREFIX)

set(CMAKE_C_COMPILER   "${ARM_NONE_EABI_PREFIX}gcc")
set(CMAKE_CXX_COMPILER "${ARM_NONE_EABI_PREFIX}g++")
set(CMAKE_ASM_COMPILER "${ARM_NONE_EABI_PREFIX}gcc")
set(CMAKE_AR           "${ARM_NONE_EABI_PREFIX}ar" CACHE FILEPATH "archiver")
set(CMAKE_RANLIB       "${ARM_NONE_EABI_PREFIX}ranlib" CACHE FILEPATH "ranlib")
set(CMAKE_OBJCOPY      "${ARM_NONE_EABI_PREFIX}objcopy" CACHE FILEPATH "objcopy")
set(CMAKE_OBJDUMP      "${ARM_NONE_EABI_PREFIX}objdump" CACHE FILEPATH "objdump")
set(CMAKE_SIZE         "${ARM_NONE_EABI_PREFIX}size" CACHE FILEPATH "size")

# The compiler cannot link a program without a memory map and startup code, so
# CMake's compiler checks only build a static library.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(CMAKE_EXECUTABLE_SUFFIX_C   ".elf")
set(CMAKE_EXECUTABLE_SUFFIX_ASM ".elf")
set(CMAKE_EXECUTABLE_SUFFIX_CXX ".elf")

# Never pick up host libraries or headers.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
