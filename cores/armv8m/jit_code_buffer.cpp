#include "cores/armv8m/jit_code_buffer.h"

#include <sys/mman.h>

#include <cstring>

// libgcc's unwinder (the one g++ programs use on Linux): registers an
// .eh_frame section, the CIEs and FDEs up to a zero terminator.
extern "C" void __register_frame(void*);
extern "C" void __deregister_frame(void*);

namespace tinysim::armv8m {

namespace {

void put_u32(std::vector<uint8_t>& v, uint32_t x) {
  for (int i = 0; i < 4; ++i) v.push_back(static_cast<uint8_t>(x >> (8 * i)));
}
void put_u64(std::vector<uint8_t>& v, uint64_t x) {
  for (int i = 0; i < 8; ++i) v.push_back(static_cast<uint8_t>(x >> (8 * i)));
}
// Pads a record started at `start` (its length field) to a multiple of 8
// bytes with DW_CFA_nop and writes its length.
void close_record(std::vector<uint8_t>& v, size_t start) {
  while ((v.size() - start) % 8) v.push_back(0);
  const uint32_t len = static_cast<uint32_t>(v.size() - start - 4);
  std::memcpy(&v[start], &len, 4);
}

}  // namespace

JitCodeBuffer::JitCodeBuffer(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return;  // ok() false: the interpreter runs everything
  base_ = static_cast<uint8_t*>(p);
  size_ = bytes;
  register_unwind_info();
}

JitCodeBuffer::~JitCodeBuffer() {
  if (!base_) return;
  __deregister_frame(eh_frame_.data());
  munmap(base_, size_);
}

const uint8_t* JitCodeBuffer::add(const std::vector<uint8_t>& code) {
  const size_t aligned = (code.size() + 15) & ~size_t{15};
  if (!base_ || size_ - used_ < aligned) return nullptr;
  uint8_t* at = base_ + used_;
  std::memcpy(at, code.data(), code.size());
  used_ += aligned;
  return at;
}

// DWARF call frame information (DWARF 4 section 6.4, as .eh_frame: LSB 5.0
// "Exception Frames"). The rule is the one of a compiled block's body,
// after its prologue pushed RBX, R12, R13, R14 and R15 in that order:
// CFA = RSP + 48, return address at CFA - 8, then the five registers.
void JitCodeBuffer::register_unwind_info() {
  std::vector<uint8_t>& v = eh_frame_;
  // CIE
  put_u32(v, 0);            // length, set by close_record
  put_u32(v, 0);            // CIE id
  v.push_back(1);           // version
  v.push_back('z'); v.push_back('R'); v.push_back(0);  // augmentation: FDE pointer encoding follows
  v.push_back(1);           // code alignment factor
  v.push_back(0x78);        // data alignment factor: -8 (SLEB128)
  v.push_back(16);          // return address column: RIP
  v.push_back(1);           // augmentation data length
  v.push_back(0x00);        // DW_EH_PE_absptr: FDE addresses are 8-byte pointers
  const uint8_t cfa[] = {
      0x0C, 7, 48,          // DW_CFA_def_cfa RSP, 48
      0x80 | 16, 1,         // DW_CFA_offset RIP, CFA - 8
      0x80 | 3, 2,          // RBX, CFA - 16
      0x80 | 12, 3,         // R12, CFA - 24
      0x80 | 13, 4,         // R13, CFA - 32
      0x80 | 14, 5,         // R14, CFA - 40
      0x80 | 15, 6,         // R15, CFA - 48
  };
  v.insert(v.end(), cfa, cfa + sizeof cfa);
  close_record(v, 0);
  // FDE: the whole buffer
  const size_t fde = v.size();
  put_u32(v, 0);
  put_u32(v, static_cast<uint32_t>(fde + 4));  // CIE pointer: distance back to the CIE
  put_u64(v, reinterpret_cast<uint64_t>(base_));
  put_u64(v, size_);
  v.push_back(0);           // augmentation data length
  close_record(v, fde);
  put_u32(v, 0);            // terminator
  __register_frame(v.data());
}

}  // namespace tinysim::armv8m
