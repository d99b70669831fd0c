// Executable memory for the block compiler (block_compiler.h), with the
// unwind information C++ exceptions need to pass through the code in it.
//
// Semantics called from compiled blocks report guest faults and stops by
// throwing (GuestFault, StopRequest), caught in Cpu::run. The unwinder must
// then step through the compiled block's frame, so the buffer is registered
// with one CIE and one FDE covering all of it (__register_frame): every
// compiled block keeps the frame layout kFrameLayout describes between its
// prologue and epilogue (five callee-saved registers pushed, nothing else),
// and calls out only there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tinysim::armv8m {

class JitCodeBuffer {
 public:
  explicit JitCodeBuffer(size_t bytes);
  ~JitCodeBuffer();
  JitCodeBuffer(const JitCodeBuffer&) = delete;
  JitCodeBuffer& operator=(const JitCodeBuffer&) = delete;

  bool ok() const { return base_ != nullptr; }
  // Copies code in; returns its address, or nullptr when the buffer is full
  // (compiling stops there; blocks already compiled keep running).
  const uint8_t* add(const std::vector<uint8_t>& code);

 private:
  void register_unwind_info();

  uint8_t* base_ = nullptr;
  size_t size_ = 0, used_ = 0;
  std::vector<uint8_t> eh_frame_;  // CIE, FDE, terminator (stays alive while registered)
};

}  // namespace tinysim::armv8m
