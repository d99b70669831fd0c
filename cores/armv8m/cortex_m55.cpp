#include "cores/armv8m/cortex_m55.h"

#include <cmath>

namespace tinysim {

CortexM55::CortexM55(sc_core::sc_module_name name, const armv8m::CpuConfig& cfg, uint64_t quantum_cycles)
    : sc_module(name),
      socket("socket"),
      cfg_(cfg),
      cpu_(cfg),
      quantum_(quantum_cycles ? quantum_cycles : 10000),
      period_(sc_core::sc_time(1.0 / cfg.clock_hz, sc_core::SC_SEC)) {
  cpu_.set_bus(this);
  SC_HAS_PROCESS(CortexM55);
  SC_THREAD(thread);
}

void CortexM55::setup_dmi() {
  if (dmi_done_) return;
  dmi_done_ = true;
  for (const DmiRegion& r : dmi_regions_) {
    tlm::tlm_generic_payload tx;
    tlm::tlm_dmi dmi;
    tx.set_address(r.base);
    tx.set_command(tlm::TLM_READ_COMMAND);
    if (!socket->get_direct_mem_ptr(tx, dmi)) continue;  // reached by b_transport instead
    if (dmi.get_start_address() != r.base || dmi.get_end_address() < r.base + r.size - 1) continue;
    auto reg = std::make_unique<armv8m::MemRegion>();
    reg->name = r.name;
    reg->host = dmi.get_dmi_ptr();
    reg->size = r.size;
    reg->counter_index = r.counter_index;
    reg->read_wait = r.read_wait;
    reg->write_wait = r.write_wait;
    reg->read_only = r.read_only;
    cpu_.map_region(reg.get(), r.base);
    for (uint32_t a : r.aliases) cpu_.map_region(reg.get(), a);
    regions_.push_back(std::move(reg));
  }
}

void CortexM55::raise_irq(int irq) {
  cpu_.set_irq_pending(irq);
  irq_event_.notify(sc_core::SC_ZERO_TIME);
}

uint64_t CortexM55::time_to_cycles(const sc_core::sc_time& t) const {
  return static_cast<uint64_t>(std::llround(t / period_));
}

void CortexM55::thread() {
  setup_dmi();
  tlm_utils::tlm_quantumkeeper::set_global_quantum(cycles_to_time(quantum_));
  qk_.reset();
  cpu_.reset();
  while (!cpu_.stopped()) {
    uint64_t target = cpu_.cycles() + quantum_;
    if (max_cycles_ && target > max_cycles_) target = max_cycles_;
    cpu_.run(target);
    if (max_cycles_ && cpu_.cycles() >= max_cycles_ && !cpu_.stopped()) {
      cpu_.request_stop(armv8m::StopReason::MaxCycles, 1,
                        "stopped at the cycle limit (--max-cycles " + std::to_string(max_cycles_) + ")");
      break;
    }
    // Temporal decoupling: the core ran ahead by a quantum; hand the local
    // offset to the quantum keeper and synchronise with SystemC time.
    sc_core::sc_time core_time = cycles_to_time(cpu_.cycles());
    if (core_time > sc_core::sc_time_stamp()) {
      qk_.set(core_time - sc_core::sc_time_stamp());
      qk_.sync();
    }
    if (cpu_.sleeping() && !cpu_.stopped()) {
      uint64_t next = cpu_.next_event_cycle();
      if (max_cycles_ && next > max_cycles_) next = max_cycles_;
      if (next == UINT64_MAX) {
        wait(irq_event_);  // no timer: only a peripheral can wake the core
      } else if (next > cpu_.cycles()) {
        wait(cycles_to_time(next - cpu_.cycles()), irq_event_);
      }
      cpu_.sleep_until(time_to_cycles(sc_core::sc_time_stamp()));
    }
  }
  sc_core::sc_stop();
}

bool CortexM55::transport(tlm::tlm_command cmd, uint32_t addr, uint8_t* data, unsigned len, uint64_t& delay_cycles) {
  tlm::tlm_generic_payload tx;
  tx.set_command(cmd);
  tx.set_address(addr);
  tx.set_data_ptr(data);
  tx.set_data_length(len);
  tx.set_streaming_width(len);
  tx.set_byte_enable_ptr(nullptr);
  tx.set_response_status(tlm::TLM_INCOMPLETE_RESPONSE);
  // Annotated time: the core's local offset ahead of SystemC time.
  sc_core::sc_time local = cycles_to_time(cpu_.cycles());
  sc_core::sc_time offset = local > sc_core::sc_time_stamp() ? local - sc_core::sc_time_stamp() : sc_core::SC_ZERO_TIME;
  sc_core::sc_time delay = offset;
  socket->b_transport(tx, delay);
  delay_cycles = delay > offset ? time_to_cycles(delay - offset) : 0;
  return tx.is_response_ok();
}

bool CortexM55::read(uint32_t addr, uint8_t* data, unsigned len, uint64_t& delay_cycles) {
  return transport(tlm::TLM_READ_COMMAND, addr, data, len, delay_cycles);
}

bool CortexM55::write(uint32_t addr, const uint8_t* data, unsigned len, uint64_t& delay_cycles) {
  return transport(tlm::TLM_WRITE_COMMAND, addr, const_cast<uint8_t*>(data), len, delay_cycles);
}

}  // namespace tinysim
