#include "memory/memory.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace tinysim {

Memory::Memory(sc_core::sc_module_name name, uint64_t size, bool read_only, sc_core::sc_time read_latency,
               sc_core::sc_time write_latency)
    : sc_module(name),
      socket("socket"),
      size_(size),
      read_only_(read_only),
      read_latency_(read_latency),
      write_latency_(write_latency),
      storage_(static_cast<uint8_t*>(std::calloc(size, 1)), &std::free) {
  if (!storage_) throw std::bad_alloc();
  socket.register_b_transport(this, &Memory::b_transport);
  socket.register_get_direct_mem_ptr(this, &Memory::get_direct_mem_ptr);
  socket.register_transport_dbg(this, &Memory::transport_dbg);
}

bool Memory::check(tlm::tlm_generic_payload& tx) const {
  uint64_t a = tx.get_address();
  unsigned len = tx.get_data_length();
  if (a >= size_ || len > size_ - a) {
    tx.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
    return false;
  }
  if (tx.get_byte_enable_ptr()) {
    tx.set_response_status(tlm::TLM_BYTE_ENABLE_ERROR_RESPONSE);
    return false;
  }
  return true;
}

void Memory::b_transport(tlm::tlm_generic_payload& tx, sc_core::sc_time& delay) {
  if (!check(tx)) return;
  uint8_t* p = storage_.get() + tx.get_address();
  if (tx.is_read()) {
    std::memcpy(tx.get_data_ptr(), p, tx.get_data_length());
    delay += read_latency_;
  } else if (tx.is_write()) {
    if (read_only_) {
      tx.set_response_status(tlm::TLM_COMMAND_ERROR_RESPONSE);
      return;
    }
    std::memcpy(p, tx.get_data_ptr(), tx.get_data_length());
    delay += write_latency_;
  }
  tx.set_dmi_allowed(true);
  tx.set_response_status(tlm::TLM_OK_RESPONSE);
}

bool Memory::get_direct_mem_ptr(tlm::tlm_generic_payload&, tlm::tlm_dmi& dmi) {
  dmi.set_dmi_ptr(storage_.get());
  dmi.set_start_address(0);
  dmi.set_end_address(size_ - 1);
  dmi.set_read_latency(read_latency_);
  dmi.set_write_latency(write_latency_);
  dmi.allow_read();
  if (!read_only_) dmi.allow_read_write();
  return true;
}

// Debug accesses (loader, semihosting) may write read-only memory: that is
// how flash gets its image.
unsigned Memory::transport_dbg(tlm::tlm_generic_payload& tx) {
  uint64_t a = tx.get_address();
  if (a >= size_) return 0;
  unsigned len = static_cast<unsigned>(std::min<uint64_t>(tx.get_data_length(), size_ - a));
  if (tx.is_read()) std::memcpy(tx.get_data_ptr(), storage_.get() + a, len);
  else std::memcpy(storage_.get() + a, tx.get_data_ptr(), len);
  return len;
}

}  // namespace tinysim
