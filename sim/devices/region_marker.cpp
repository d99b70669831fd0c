#include "sim/devices/region_marker.h"

#include <cstring>

namespace tinysim {

RegionMarker::RegionMarker(sc_core::sc_module_name name) : sc_module(name), socket("socket") {
  socket.register_b_transport(this, &RegionMarker::b_transport);
}

void RegionMarker::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time&) {
  const uint64_t addr = tx.get_address();
  const unsigned len = tx.get_data_length();
  if (len != 4 || (addr & 3)) {
    tx.set_response_status(tlm::TLM_BURST_ERROR_RESPONSE);
    return;
  }
  uint32_t value = 0;
  if (tx.is_read()) {
    value = addr == 0 ? kId : 0;
    std::memcpy(tx.get_data_ptr(), &value, 4);
  } else {
    std::memcpy(&value, tx.get_data_ptr(), 4);
    if (addr == 4 && on_open) on_open(read_name ? read_name(value) : std::string("?"));
    else if (addr == 8 && on_close) on_close();
  }
  tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

}  // namespace tinysim
