// Semihosting operations on a fake guest memory: files, console, clocks,
// command line, exit codes and bad parameter blocks.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "sim/semihosting/semihosting.h"

namespace tinysim {
namespace {

class FakeMemory : public GuestMemory {
 public:
  std::vector<uint8_t> bytes = std::vector<uint8_t>(0x10000, 0);
  bool read(uint32_t a, void* out, size_t n) override {
    if (a + n > bytes.size()) return false;
    std::memcpy(out, bytes.data() + a, n);
    return true;
  }
  bool write(uint32_t a, const void* in, size_t n) override {
    if (a + n > bytes.size()) return false;
    std::memcpy(bytes.data() + a, in, n);
    return true;
  }
  void word(uint32_t a, uint32_t v) { std::memcpy(bytes.data() + a, &v, 4); }
  uint32_t word(uint32_t a) const { uint32_t v; std::memcpy(&v, bytes.data() + a, 4); return v; }
  void str(uint32_t a, const std::string& s) { std::memcpy(bytes.data() + a, s.c_str(), s.size() + 1); }
};

struct SemihostingTest : ::testing::Test {
  char* out_buf = nullptr;
  size_t out_len = 0;
  std::FILE* console = open_memstream(&out_buf, &out_len);
  FakeMemory mem;
  Semihosting sh{console, "fw.elf a b", 100e6};
  ~SemihostingTest() override { std::fclose(console); std::free(out_buf); }
  std::string output() { std::fflush(console); return std::string(out_buf, out_len); }
  uint32_t open(const std::string& name, uint32_t mode) {
    mem.str(0x100, name);
    mem.word(0x10, 0x100); mem.word(0x14, mode); mem.word(0x18, static_cast<uint32_t>(name.size()));
    return sh.call(0x01, 0x10, mem, 0);
  }
};

TEST_F(SemihostingTest, ConsoleCalls) {
  mem.str(0x200, "hi");
  EXPECT_EQ(sh.call(0x03, 0x200, mem, 0), 0u);          // SYS_WRITEC 'h'
  EXPECT_EQ(sh.call(0x04, 0x200, mem, 0), 0u);          // SYS_WRITE0 "hi"
  uint32_t tt = open(":tt", 4);                          // stdout
  ASSERT_NE(tt, 0xFFFFFFFFu);
  mem.word(0x20, tt); mem.word(0x24, 0x200); mem.word(0x28, 2);
  EXPECT_EQ(sh.call(0x05, 0x20, mem, 0), 0u);           // SYS_WRITE: 0 bytes left
  mem.word(0x30, tt);
  EXPECT_EQ(sh.call(0x09, 0x30, mem, 0), 1u);           // SYS_ISTTY
  EXPECT_EQ(output(), "hhihi");
}

TEST_F(SemihostingTest, HostFileRoundTrip) {
  const std::string path = ::testing::TempDir() + "tinysim_semihost.txt";
  uint32_t h = open(path, 4);                            // "w"
  ASSERT_NE(h, 0xFFFFFFFFu);
  mem.str(0x300, "0123456789");
  mem.word(0x20, h); mem.word(0x24, 0x300); mem.word(0x28, 10);
  EXPECT_EQ(sh.call(0x05, 0x20, mem, 0), 0u);
  mem.word(0x30, h);
  EXPECT_EQ(sh.call(0x02, 0x30, mem, 0), 0u);           // SYS_CLOSE
  h = open(path, 0);                                     // "r"
  mem.word(0x30, h);
  EXPECT_EQ(sh.call(0x0C, 0x30, mem, 0), 10u);          // SYS_FLEN
  mem.word(0x40, h); mem.word(0x44, 4);
  EXPECT_EQ(sh.call(0x0A, 0x40, mem, 0), 0u);           // SYS_SEEK to 4
  mem.word(0x20, h); mem.word(0x24, 0x400); mem.word(0x28, 8);
  EXPECT_EQ(sh.call(0x06, 0x20, mem, 0), 2u);           // SYS_READ: 6 read, 2 not
  EXPECT_EQ(std::string(reinterpret_cast<char*>(&mem.bytes[0x400]), 6), "456789");
  std::remove(path.c_str());
  EXPECT_EQ(open("/nonexistent/dir/x", 0), 0xFFFFFFFFu);
  EXPECT_NE(sh.call(0x13, 0, mem, 0), 0u);               // SYS_ERRNO set
}

TEST_F(SemihostingTest, FeaturesFileAdvertisesExitExtended) {
  uint32_t h = open(":semihosting-features", 0);
  mem.word(0x20, h); mem.word(0x24, 0x500); mem.word(0x28, 5);
  EXPECT_EQ(sh.call(0x06, 0x20, mem, 0), 0u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(&mem.bytes[0x500]), 4), "SHFB");
  EXPECT_EQ(mem.bytes[0x504] & 1, 1);
}

TEST_F(SemihostingTest, ClocksFollowSimulatedTime) {
  const uint64_t cycles = 250000000;  // 2.5 s at 100 MHz
  EXPECT_EQ(sh.call(0x10, 0, mem, cycles), 250u);        // SYS_CLOCK: centiseconds
  EXPECT_EQ(sh.call(0x31, 0, mem, cycles), 100000000u);  // SYS_TICKFREQ
  EXPECT_EQ(sh.call(0x30, 0x600, mem, cycles), 0u);      // SYS_ELAPSED
  uint64_t ticks;
  std::memcpy(&ticks, &mem.bytes[0x600], 8);
  EXPECT_EQ(ticks, cycles);
  EXPECT_EQ(sh.call(0x11, 0, mem, cycles) - sh.call(0x11, 0, mem, 0), 2u);  // SYS_TIME seconds
}

TEST_F(SemihostingTest, CommandLine) {
  mem.word(0x50, 0x700); mem.word(0x54, 64);
  EXPECT_EQ(sh.call(0x15, 0x50, mem, 0), 0u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(&mem.bytes[0x700])), "fw.elf a b");
  EXPECT_EQ(mem.word(0x54), 10u);
  mem.word(0x54, 4);  // too small a buffer
  EXPECT_EQ(sh.call(0x15, 0x50, mem, 0), 0xFFFFFFFFu);
}

TEST_F(SemihostingTest, ExitCodes) {
  try { sh.call(0x18, 0x20026, mem, 0); FAIL(); } catch (const SemihostingExit& e) { EXPECT_EQ(e.code, 0); }
  try { sh.call(0x18, 0x20023, mem, 0); FAIL(); } catch (const SemihostingExit& e) { EXPECT_EQ(e.code, 1); }
  mem.word(0x60, 0x20026); mem.word(0x64, 42);
  try { sh.call(0x20, 0x60, mem, 0); FAIL(); } catch (const SemihostingExit& e) { EXPECT_EQ(e.code, 42); }
}

TEST_F(SemihostingTest, BadParameterBlocksAndOperations) {
  EXPECT_THROW(sh.call(0x05, 0xFFFFFFF0u, mem, 0), SemihostingError);  // block outside memory
  EXPECT_THROW(sh.call(0x04, 0xFFFFFFF0u, mem, 0), SemihostingError);
  EXPECT_THROW(sh.call(0x99, 0, mem, 0), SemihostingError);             // unknown operation
}

}  // namespace
}  // namespace tinysim
