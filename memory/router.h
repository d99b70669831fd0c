// Address decoder between initiators (cores, later NPUs and DMA) and targets
// (memories, peripherals). Several windows may lead to one target (aliases).
// Unmapped addresses answer TLM_ADDRESS_ERROR_RESPONSE, which the core turns
// into a BusFault.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <systemc>
#include <tlm>
#include <tlm_utils/multi_passthrough_initiator_socket.h>
#include <tlm_utils/multi_passthrough_target_socket.h>

namespace tinysim {

class Router : public sc_core::sc_module {
 public:
  tlm_utils::multi_passthrough_target_socket<Router> target_socket;       // from initiators
  tlm_utils::multi_passthrough_initiator_socket<Router> initiator_socket;  // to targets

  explicit Router(sc_core::sc_module_name name);

  // Maps [base, base+size) to the target bound at `port` (binding order),
  // so that `base` becomes the target's address 0.
  void map(unsigned port, uint64_t base, uint64_t size, const std::string& name);

  struct Window { uint64_t base, size; unsigned port; std::string name; };
  const std::vector<Window>& windows() const { return windows_; }
  const Window* find(uint64_t addr) const;

 private:
  void b_transport(int id, tlm::tlm_generic_payload& tx, sc_core::sc_time& delay);
  bool get_direct_mem_ptr(int id, tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi);
  unsigned transport_dbg(int id, tlm::tlm_generic_payload& tx);
  void invalidate_dmi(int port, sc_dt::uint64 start, sc_dt::uint64 end);

  std::vector<Window> windows_;
};

}  // namespace tinysim
