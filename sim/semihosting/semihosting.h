// Arm semihosting (also used by RISC-V): the host side of the calls firmware
// makes with BKPT 0xAB. Architecture-neutral: the core adapter passes the
// operation number, the parameter register and a view of guest memory.
// Operation numbers and semantics: Arm "Semihosting for AArch32 and AArch64",
// version 3.0.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

namespace tinysim {

class GuestMemory {
 public:
  virtual ~GuestMemory() = default;
  virtual bool read(uint32_t addr, void* out, size_t len) = 0;
  virtual bool write(uint32_t addr, const void* in, size_t len) = 0;
};

// Thrown when firmware ends the run (SYS_EXIT / SYS_EXIT_EXTENDED).
struct SemihostingExit {
  int code;
  std::string reason;
};

// Thrown for a call that cannot be served (bad parameter block address).
struct SemihostingError {
  std::string message;
};

class Semihosting {
 public:
  // `console` receives firmware output (stdout of tinysim).
  Semihosting(std::FILE* console, std::string cmdline, double clock_hz);
  ~Semihosting();

  // Performs operation `op` with parameter `param`; returns the value for r0.
  // `cycles` is the simulated time, used by the clock calls so runs are
  // deterministic (QEMU uses host time instead).
  uint32_t call(uint32_t op, uint32_t param, GuestMemory& mem, uint64_t cycles);

  uint64_t console_bytes() const { return console_bytes_; }

 private:
  struct Handle {
    std::FILE* f = nullptr;
    bool is_tty = false;
    bool features = false;   // the ":semihosting-features" pseudo file
    uint32_t features_pos = 0;
    std::string path;
  };
  uint32_t word(GuestMemory& mem, uint32_t addr);
  std::string string_at(GuestMemory& mem, uint32_t addr, uint32_t len);
  uint32_t open(GuestMemory& mem, uint32_t block);
  uint32_t write_file(GuestMemory& mem, uint32_t block);
  uint32_t read_file(GuestMemory& mem, uint32_t block);
  void console_write(const char* data, size_t n);

  std::FILE* console_;
  std::string cmdline_;
  double clock_hz_;
  std::map<uint32_t, Handle> handles_;
  uint32_t next_handle_ = 1;
  int last_errno_ = 0;
  uint64_t console_bytes_ = 0;
};

}  // namespace tinysim
