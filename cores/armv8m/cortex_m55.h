// SystemC wrapper of the Armv8.1-M ISS: a TLM-2.0 initiator that runs the
// core in quanta (loosely timed, temporal decoupling), reaches memories by DMI
// and peripherals by b_transport, and sleeps on WFI until an interrupt or the
// next SysTick event.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_initiator_socket.h>
#include <tlm_utils/tlm_quantumkeeper.h>

#include "cores/armv8m/cpu.h"

namespace tinysim {

class CortexM55 : public sc_core::sc_module, private armv8m::Bus {
 public:
  tlm_utils::simple_initiator_socket<CortexM55> socket;

  CortexM55(sc_core::sc_module_name name, const armv8m::CpuConfig& cfg, uint64_t quantum_cycles);

  armv8m::Cpu& cpu() { return cpu_; }
  double clock_hz() const { return cfg_.clock_hz; }

  // A memory the core reaches by DMI: its storage is requested through the
  // socket at the start of simulation; `aliases` map the same storage.
  struct DmiRegion {
    std::string name;
    uint32_t base;
    uint32_t size;
    std::vector<uint32_t> aliases;
    uint8_t counter_index;
    uint8_t read_wait, write_wait;
    bool read_only;
  };
  void add_dmi_region(const DmiRegion& r) { dmi_regions_.push_back(r); }
  // Set up DMI now (before simulation), so a loader can write through the
  // core's view; called again harmlessly at start of simulation.
  void setup_dmi();

  void set_max_cycles(uint64_t c) { max_cycles_ = c; }
  // Interrupt line from a peripheral.
  void raise_irq(int irq);

  sc_core::sc_time cycles_to_time(uint64_t c) const { return period_ * static_cast<double>(c); }

 private:
  void thread();
  bool read(uint32_t addr, uint8_t* data, unsigned len, uint64_t& delay_cycles) override;
  bool write(uint32_t addr, const uint8_t* data, unsigned len, uint64_t& delay_cycles) override;
  bool transport(tlm::tlm_command cmd, uint32_t addr, uint8_t* data, unsigned len, uint64_t& delay_cycles);
  uint64_t time_to_cycles(const sc_core::sc_time& t) const;

  armv8m::CpuConfig cfg_;
  armv8m::Cpu cpu_;
  uint64_t quantum_;
  uint64_t max_cycles_ = 0;
  sc_core::sc_time period_;
  sc_core::sc_event irq_event_;
  std::vector<DmiRegion> dmi_regions_;
  std::vector<std::unique_ptr<armv8m::MemRegion>> regions_;
  bool dmi_done_ = false;
  tlm_utils::tlm_quantumkeeper qk_;
};

}  // namespace tinysim
