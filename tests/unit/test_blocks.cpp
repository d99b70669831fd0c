// The block loop (Cpu::run_blocks) counts a block's instructions when it is
// entered and takes back those a run did not reach; a device that reads the
// counters in the middle of a block (the region markers do) must still see
// exactly the instructions retired so far, in total and per class.
#include <gtest/gtest.h>

#include "iss_machine.h"

namespace tinysim::armv8m {
namespace {

using test::IssMachine;

// A bus device that takes a snapshot of the core's counters on each write.
class SnapshotBus : public Bus {
 public:
  explicit SnapshotBus(const Cpu*& cpu) : cpu_(cpu) {}
  bool read(uint32_t, uint8_t* data, unsigned len, uint64_t&) override {
    for (unsigned i = 0; i < len; ++i) data[i] = 0;
    return true;
  }
  bool write(uint32_t, const uint8_t*, unsigned, uint64_t&) override {
    snapshots.push_back(cpu_->counters());
    return true;
  }
  std::vector<EventCounters> snapshots;

 private:
  const Cpu*& cpu_;
};

TEST(BlockCounts, ACountersReadInsideABlockSeesOnlyRetiredInstructions) {
  // movs r0,#1 ; movs r1,#2 ; movs r2,#3 ; str r0,[r3] ; movs r4,#4 ; bkpt #1
  IssMachine m({0x2001, 0x2102, 0x2203, 0x6018, 0x2404});
  const Cpu* cpu = m.cpu.get();
  SnapshotBus bus(cpu);
  m.cpu->set_bus(&bus);
  m.cpu->r[3] = 0x40000000;  // no memory there: the bus
  ASSERT_EQ(m.run(100000), StopReason::Breakpoint);
  ASSERT_EQ(bus.snapshots.size(), 1u);
  const EventCounters& at_store = bus.snapshots[0];
  EXPECT_EQ(at_store.instructions, 3u);  // the three MOVS before the store
  EXPECT_EQ(at_store.op_class[static_cast<unsigned>(OpClass::Alu)], 3u);
  EXPECT_EQ(at_store.op_class[static_cast<unsigned>(OpClass::Store)], 0u);
  const EventCounters& end = m.cpu->counters();
  EXPECT_EQ(end.instructions, 5u);  // the BKPT that stops the run does not retire
  EXPECT_EQ(end.op_class[static_cast<unsigned>(OpClass::Alu)], 4u);
  EXPECT_EQ(end.op_class[static_cast<unsigned>(OpClass::Store)], 1u);
}

}  // namespace
}  // namespace tinysim::armv8m
