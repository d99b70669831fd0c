// Decode-time specialisation of the semantics: for an instruction whose
// fields make the generic decode-table entry do needless work (a destination
// that may be SP or PC, flag setting read at run time, an immediate shift of
// zero, an addressing mode with index/add/write-back flags), an equivalent
// form with those fields fixed at compile time. Cpu::decode_into calls
// specialize_exec for every instruction; the unit test test_specialize.cpp
// checks each form against the generic semantics.
#include <algorithm>
#include <utility>
#include <vector>

#include "cores/armv8m/exec.h"

namespace tinysim::armv8m {

namespace {
// Semantics specialised on fields that decode fixes (specialize_exec): the
// generic table entry, its faster equivalent and when it applies.
struct Applies {
  bool plain_rd = false;      // destination neither SP nor PC
  int setflags = -1;          // -1: either; 0 or 1: d.setflags must be this
  bool plain_offset = false;  // [Rn, #+imm] without write-back
  bool no_shift = false;      // register operand 2 with LSL #0
  int writeback = -1;         // 0: [Rn, #+imm]! (pre), 1: [Rn], #+imm (post); Rn neither SP, PC nor Rd
};
struct Specialised {
  ExecFn generic, fast;
  Applies when;
};

template <DpOp OP, Op2 K>
void add_dp(std::vector<Specialised>& v) {
  constexpr bool writes = OP != DpOp::Tst && OP != DpOp::Teq && OP != DpOp::Cmp && OP != DpOp::Cmn;
  // The most specific form of a generic entry first (the lookup takes the first that applies).
  if constexpr (K == Op2::Reg) {
    if constexpr (writes) {
      v.push_back({&exec_dp<OP, K>, &exec_dp<OP, Op2::RegPlain, DpWrite::Plain>, {true, 0, false, true}});
      v.push_back({&exec_dp<OP, K>, &exec_dp<OP, Op2::RegPlain, DpWrite::PlainFlags>, {true, 1, false, true}});
    } else {
      v.push_back({&exec_dp<OP, K>, &exec_dp<OP, Op2::RegPlain>, {false, -1, false, true}});
    }
  }
  if constexpr (writes) {
    v.push_back({&exec_dp<OP, K>, &exec_dp<OP, K, DpWrite::Plain>, {true, 0, false, false}});
    v.push_back({&exec_dp<OP, K>, &exec_dp<OP, K, DpWrite::PlainFlags>, {true, 1, false, false}});
  }
}
template <size_t... I>
void add_all_dp(std::vector<Specialised>& v, std::index_sequence<I...>) {
  (add_dp<static_cast<DpOp>(I / 3), static_cast<Op2>(I % 3)>(v), ...);
}
template <int SZ, bool SIGNED>
void add_load_store(std::vector<Specialised>& v) {
  using F = LsForm;
  v.push_back({&exec_load<SZ, SIGNED, Addr::Imm>, &exec_load<SZ, SIGNED, Addr::Imm, F::Offset>, {true, -1, true, false}});
  v.push_back({&exec_load<SZ, SIGNED, Addr::Imm>, &exec_load<SZ, SIGNED, Addr::Imm, F::PreInc>, {true, -1, false, false, 0}});
  v.push_back({&exec_load<SZ, SIGNED, Addr::Imm>, &exec_load<SZ, SIGNED, Addr::Imm, F::PostInc>, {true, -1, false, false, 1}});
  v.push_back({&exec_load<SZ, SIGNED, Addr::Reg>, &exec_load<SZ, SIGNED, Addr::Reg, F::Plain>, {true, -1, false, false}});
  v.push_back({&exec_load<SZ, SIGNED, Addr::Lit>, &exec_load<SZ, SIGNED, Addr::Lit, F::Plain>, {true, -1, false, false}});
  if constexpr (!SIGNED) {
    v.push_back({&exec_store<SZ, Addr::Imm>, &exec_store<SZ, Addr::Imm, F::Offset>, {false, -1, true, false}});
    v.push_back({&exec_store<SZ, Addr::Imm>, &exec_store<SZ, Addr::Imm, F::PreInc>, {false, -1, false, false, 0}});
    v.push_back({&exec_store<SZ, Addr::Imm>, &exec_store<SZ, Addr::Imm, F::PostInc>, {false, -1, false, false, 1}});
  }
}

bool applies(const Applies& a, const DecodedInsn& d) {
  if (a.plain_rd && (d.rd == 13 || d.rd == 15)) return false;
  if (a.setflags >= 0 && (d.setflags != 0) != (a.setflags != 0)) return false;
  if (a.plain_offset && !(d.index && d.add && !d.wback)) return false;
  if (a.no_shift && d.shift_n != 0) return false;
  if (a.writeback >= 0) {
    const bool pre = a.writeback == 0;
    if (!(d.index == pre && d.add && d.wback && d.rn != 13 && d.rn != 15 && (d.rn != d.rd || !a.plain_rd)))
      return false;
  }
  return true;
}

bool before(ExecFn a, ExecFn b) {
  return std::less<const void*>()(reinterpret_cast<const void*>(a), reinterpret_cast<const void*>(b));
}

// Sorted by the generic entry.
const std::vector<Specialised>& specialised() {
  static const std::vector<Specialised> table = [] {
    std::vector<Specialised> v;
    add_all_dp(v, std::make_index_sequence<16 * 3>{});
    add_load_store<1, false>(v);
    add_load_store<1, true>(v);
    add_load_store<2, false>(v);
    add_load_store<2, true>(v);
    add_load_store<4, false>(v);
    std::stable_sort(v.begin(), v.end(), [](const Specialised& a, const Specialised& b) { return before(a.generic, b.generic); });
    return v;
  }();
  return table;
}
}  // namespace

ExecFn specialize_exec(ExecFn generic, const DecodedInsn& d) {
  const auto& table = specialised();
  auto it = std::lower_bound(table.begin(), table.end(), generic,
                             [](const Specialised& s, ExecFn g) { return before(s.generic, g); });
  for (; it != table.end() && it->generic == generic; ++it)
    if (applies(it->when, d)) return it->fast;
  return generic;
}

}  // namespace tinysim::armv8m
