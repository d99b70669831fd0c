// A memory target (TCM, SRAM, flash, DRAM): storage behind a TLM-2.0 target
// socket with DMI, so cores reach it through a host pointer and pay its wait
// states from the platform YAML without a transaction per access.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

namespace tinysim {

class Memory : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<Memory> socket;

  Memory(sc_core::sc_module_name name, uint64_t size, bool read_only, sc_core::sc_time read_latency,
         sc_core::sc_time write_latency);

  uint8_t* data() { return storage_.get(); }
  uint64_t size() const { return size_; }
  bool read_only() const { return read_only_; }

 private:
  void b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
  bool get_direct_mem_ptr(tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi);
  unsigned transport_dbg(tlm::tlm_generic_payload& tx);
  bool check(tlm::tlm_generic_payload& tx) const;

  uint64_t size_;
  bool read_only_;
  sc_core::sc_time read_latency_, write_latency_;
  // calloc'ed: large, mostly untouched memories (DDR) cost no host RAM until used.
  std::unique_ptr<uint8_t, void (*)(void*)> storage_;
};

}  // namespace tinysim
