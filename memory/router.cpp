#include "memory/router.h"

namespace tinysim {

Router::Router(sc_core::sc_module_name name)
    : sc_module(name), target_socket("target_socket"), initiator_socket("initiator_socket") {
  target_socket.register_b_transport(this, &Router::b_transport);
  target_socket.register_get_direct_mem_ptr(this, &Router::get_direct_mem_ptr);
  target_socket.register_transport_dbg(this, &Router::transport_dbg);
  initiator_socket.register_invalidate_direct_mem_ptr(this, &Router::invalidate_dmi);
}

void Router::map(unsigned port, uint64_t base, uint64_t size, const std::string& name) {
  windows_.push_back({base, size, port, name});
}

const Router::Window* Router::find(uint64_t addr) const {
  for (const Window& w : windows_)
    if (addr >= w.base && addr - w.base < w.size) return &w;
  return nullptr;
}

void Router::b_transport(int, tlm::tlm_generic_payload& tx, sc_core::sc_time& delay) {
  const uint64_t addr = tx.get_address();
  const Window* w = find(addr);
  if (!w || tx.get_data_length() > w->size - (addr - w->base)) {
    tx.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
    return;
  }
  tx.set_address(addr - w->base);
  initiator_socket[w->port]->b_transport(tx, delay);
  tx.set_address(addr);
}

bool Router::get_direct_mem_ptr(int, tlm::tlm_generic_payload& tx, tlm::tlm_dmi& dmi) {
  const uint64_t addr = tx.get_address();
  const Window* w = find(addr);
  if (!w) return false;
  tx.set_address(addr - w->base);
  bool ok = initiator_socket[w->port]->get_direct_mem_ptr(tx, dmi);
  tx.set_address(addr);
  if (!ok) return false;
  // Translate the target's range back into this window and clip it.
  uint64_t start = dmi.get_start_address(), end = dmi.get_end_address();
  uint8_t* ptr = dmi.get_dmi_ptr();
  if (end > w->size - 1) end = w->size - 1;
  dmi.set_dmi_ptr(ptr);
  dmi.set_start_address(start + w->base);
  dmi.set_end_address(end + w->base);
  return true;
}

unsigned Router::transport_dbg(int, tlm::tlm_generic_payload& tx) {
  const uint64_t addr = tx.get_address();
  const Window* w = find(addr);
  if (!w) return 0;
  tx.set_address(addr - w->base);
  unsigned n = initiator_socket[w->port]->transport_dbg(tx);
  tx.set_address(addr);
  return n;
}

void Router::invalidate_dmi(int port, sc_dt::uint64 start, sc_dt::uint64 end) {
  for (const Window& w : windows_) {
    if (static_cast<int>(w.port) != port) continue;
    for (unsigned i = 0; i < target_socket.size(); ++i)
      target_socket[i]->invalidate_direct_mem_ptr(start + w.base, end + w.base);
  }
}

}  // namespace tinysim
