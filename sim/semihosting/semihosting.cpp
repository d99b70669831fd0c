#include "sim/semihosting/semihosting.h"

#include <cerrno>
#include <cstring>
#include <vector>

namespace tinysim {

namespace {
enum : uint32_t {
  SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITEC = 0x03, SYS_WRITE0 = 0x04, SYS_WRITE = 0x05,
  SYS_READ = 0x06, SYS_READC = 0x07, SYS_ISERROR = 0x08, SYS_ISTTY = 0x09, SYS_SEEK = 0x0A,
  SYS_FLEN = 0x0C, SYS_TMPNAM = 0x0D, SYS_REMOVE = 0x0E, SYS_RENAME = 0x0F, SYS_CLOCK = 0x10,
  SYS_TIME = 0x11, SYS_SYSTEM = 0x12, SYS_ERRNO = 0x13, SYS_GET_CMDLINE = 0x15,
  SYS_HEAPINFO = 0x16, SYS_EXIT = 0x18, SYS_EXIT_EXTENDED = 0x20, SYS_ELAPSED = 0x30,
  SYS_TICKFREQ = 0x31,
};
constexpr uint32_t kAdpStoppedApplicationExit = 0x20026;
// Feature bits: SH_EXT_EXIT_EXTENDED (byte 0 bit 0), SH_EXT_STDOUT_STDERR (bit 1).
constexpr uint8_t kFeatures[5] = {'S', 'H', 'F', 'B', 0x3};
// SYS_TIME: a fixed epoch plus simulated seconds, so that runs are repeatable.
constexpr uint32_t kEpoch = 1767225600;  // 2026-01-01T00:00:00Z
constexpr uint32_t kFail = 0xFFFFFFFFu;
}  // namespace

Semihosting::Semihosting(std::FILE* console, std::string cmdline, double clock_hz)
    : console_(console), cmdline_(std::move(cmdline)), clock_hz_(clock_hz) {}

Semihosting::~Semihosting() {
  for (auto& [h, handle] : handles_)
    if (handle.f && !handle.is_tty) std::fclose(handle.f);
}

uint32_t Semihosting::word(GuestMemory& mem, uint32_t addr) {
  uint32_t v;
  if (!mem.read(addr, &v, 4)) {
    char b[96];
    snprintf(b, sizeof b, "semihosting: parameter block at 0x%08x is not readable", addr);
    throw SemihostingError{b};
  }
  return v;
}

std::string Semihosting::string_at(GuestMemory& mem, uint32_t addr, uint32_t len) {
  std::string s(len, '\0');
  if (len && !mem.read(addr, s.data(), len)) throw SemihostingError{"semihosting: string not readable"};
  return s;
}

void Semihosting::console_write(const char* data, size_t n) {
  std::fwrite(data, 1, n, console_);
  console_bytes_ += n;
}

uint32_t Semihosting::open(GuestMemory& mem, uint32_t block) {
  uint32_t name_ptr = word(mem, block), mode = word(mem, block + 4), len = word(mem, block + 8);
  if (len > 4096) { last_errno_ = ENAMETOOLONG; return kFail; }
  std::string name = string_at(mem, name_ptr, len);
  Handle h;
  h.path = name;
  if (name == ":tt") {
    h.is_tty = true;
    h.f = mode < 4 ? stdin : (mode < 8 ? console_ : stderr);
  } else if (name == ":semihosting-features") {
    if (mode != 0 && mode != 1) { last_errno_ = EACCES; return kFail; }
    h.features = true;
  } else {
    static const char* modes[12] = {"r", "rb", "r+", "r+b", "w", "wb", "w+", "w+b", "a", "ab", "a+", "a+b"};
    if (mode >= 12) { last_errno_ = EINVAL; return kFail; }
    h.f = std::fopen(name.c_str(), modes[mode]);
    if (!h.f) { last_errno_ = errno; return kFail; }
  }
  uint32_t id = next_handle_++;
  handles_[id] = h;
  return id;
}

uint32_t Semihosting::write_file(GuestMemory& mem, uint32_t block) {
  uint32_t id = word(mem, block), buf = word(mem, block + 4), len = word(mem, block + 8);
  auto it = handles_.find(id);
  if (it == handles_.end() || it->second.features) { last_errno_ = EBADF; return len; }
  std::vector<char> data(len);
  if (len && !mem.read(buf, data.data(), len)) { last_errno_ = EFAULT; return len; }
  if (it->second.f == console_) {
    console_write(data.data(), len);
    return 0;
  }
  size_t n = std::fwrite(data.data(), 1, len, it->second.f);
  return static_cast<uint32_t>(len - n);
}

uint32_t Semihosting::read_file(GuestMemory& mem, uint32_t block) {
  uint32_t id = word(mem, block), buf = word(mem, block + 4), len = word(mem, block + 8);
  auto it = handles_.find(id);
  if (it == handles_.end()) { last_errno_ = EBADF; return kFail; }
  Handle& h = it->second;
  std::vector<char> data(len);
  size_t n;
  if (h.features) {
    n = 0;
    while (n < len && h.features_pos < sizeof kFeatures) data[n++] = static_cast<char>(kFeatures[h.features_pos++]);
  } else {
    std::fflush(console_);
    n = std::fread(data.data(), 1, len, h.f);
  }
  if (n && !mem.write(buf, data.data(), n)) { last_errno_ = EFAULT; return len; }
  return static_cast<uint32_t>(len - n);
}

uint32_t Semihosting::call(uint32_t op, uint32_t param, GuestMemory& mem, uint64_t cycles) {
  switch (op) {
    case SYS_OPEN: return open(mem, param);
    case SYS_CLOSE: {
      auto it = handles_.find(word(mem, param));
      if (it == handles_.end()) { last_errno_ = EBADF; return kFail; }
      if (it->second.f && !it->second.is_tty) std::fclose(it->second.f);
      handles_.erase(it);
      return 0;
    }
    case SYS_WRITEC: {
      char ch;
      if (!mem.read(param, &ch, 1)) throw SemihostingError{"semihosting SYS_WRITEC: character not readable"};
      console_write(&ch, 1);
      return 0;
    }
    case SYS_WRITE0: {
      std::string s;
      for (uint32_t a = param;; ++a) {
        char ch;
        if (!mem.read(a, &ch, 1)) throw SemihostingError{"semihosting SYS_WRITE0: string not readable"};
        if (!ch) break;
        s += ch;
        if (s.size() > (1u << 20)) break;
      }
      console_write(s.data(), s.size());
      return 0;
    }
    case SYS_WRITE: return write_file(mem, param);
    case SYS_READ: return read_file(mem, param);
    case SYS_READC: { std::fflush(console_); int ch = std::fgetc(stdin); return ch == EOF ? kFail : static_cast<uint32_t>(ch); }
    case SYS_ISERROR: return static_cast<int32_t>(word(mem, param)) < 0 ? 1 : 0;
    case SYS_ISTTY: {
      auto it = handles_.find(word(mem, param));
      if (it == handles_.end()) { last_errno_ = EBADF; return 0; }
      return it->second.is_tty ? 1 : 0;
    }
    case SYS_SEEK: {
      uint32_t id = word(mem, param), pos = word(mem, param + 4);
      auto it = handles_.find(id);
      if (it == handles_.end()) { last_errno_ = EBADF; return kFail; }
      if (it->second.features) { it->second.features_pos = pos; return 0; }
      if (it->second.is_tty || std::fseek(it->second.f, pos, SEEK_SET) != 0) { last_errno_ = ESPIPE; return kFail; }
      return 0;
    }
    case SYS_FLEN: {
      auto it = handles_.find(word(mem, param));
      if (it == handles_.end()) { last_errno_ = EBADF; return kFail; }
      if (it->second.features) return sizeof kFeatures;
      if (it->second.is_tty) return 0;
      long cur = std::ftell(it->second.f);
      std::fseek(it->second.f, 0, SEEK_END);
      long end = std::ftell(it->second.f);
      std::fseek(it->second.f, cur, SEEK_SET);
      return static_cast<uint32_t>(end);
    }
    case SYS_REMOVE: {
      uint32_t p = word(mem, param), len = word(mem, param + 4);
      std::string name = string_at(mem, p, std::min<uint32_t>(len, 4096));
      if (std::remove(name.c_str()) != 0) { last_errno_ = errno; return kFail; }
      return 0;
    }
    case SYS_RENAME: {
      std::string a = string_at(mem, word(mem, param), std::min<uint32_t>(word(mem, param + 4), 4096));
      std::string b = string_at(mem, word(mem, param + 8), std::min<uint32_t>(word(mem, param + 12), 4096));
      if (std::rename(a.c_str(), b.c_str()) != 0) { last_errno_ = errno; return kFail; }
      return 0;
    }
    case SYS_CLOCK: return static_cast<uint32_t>(static_cast<double>(cycles) * 100.0 / clock_hz_);
    case SYS_TIME: return kEpoch + static_cast<uint32_t>(static_cast<double>(cycles) / clock_hz_);
    case SYS_SYSTEM: last_errno_ = ENOSYS; return kFail;
    case SYS_ERRNO: return static_cast<uint32_t>(last_errno_);
    case SYS_GET_CMDLINE: {
      uint32_t buf = word(mem, param), len = word(mem, param + 4);
      if (cmdline_.size() + 1 > len) { last_errno_ = EINVAL; return kFail; }
      if (!mem.write(buf, cmdline_.c_str(), cmdline_.size() + 1)) { last_errno_ = EFAULT; return kFail; }
      uint32_t n = static_cast<uint32_t>(cmdline_.size());
      mem.write(param + 4, &n, 4);
      return 0;
    }
    case SYS_HEAPINFO: {
      uint32_t block = word(mem, param);
      uint32_t zeros[4] = {0, 0, 0, 0};  // "let the C library decide"
      if (!mem.write(block, zeros, sizeof zeros)) throw SemihostingError{"semihosting SYS_HEAPINFO: block not writable"};
      return 0;
    }
    case SYS_EXIT:
      // AArch32: the parameter is the reason code itself.
      std::fflush(console_);
      if (param == kAdpStoppedApplicationExit) throw SemihostingExit{0, "SYS_EXIT"};
      throw SemihostingExit{1, "SYS_EXIT with reason " + std::to_string(param)};
    case SYS_EXIT_EXTENDED: {
      uint32_t reason = word(mem, param), code = word(mem, param + 4);
      std::fflush(console_);
      if (reason == kAdpStoppedApplicationExit) throw SemihostingExit{static_cast<int>(code), "SYS_EXIT_EXTENDED"};
      throw SemihostingExit{1, "SYS_EXIT_EXTENDED with reason " + std::to_string(reason)};
    }
    case SYS_ELAPSED: {
      uint64_t ticks = cycles;
      if (!mem.write(param, &ticks, 8)) throw SemihostingError{"semihosting SYS_ELAPSED: block not writable"};
      return 0;
    }
    case SYS_TICKFREQ: return static_cast<uint32_t>(clock_hz_);
    default: {
      char b[96];
      snprintf(b, sizeof b, "semihosting: unsupported operation 0x%02x", op);
      throw SemihostingError{b};
    }
  }
}

}  // namespace tinysim
