// Conversions between cases/results and the C ABI records. Values keep the
// interpreter's int64 encodings; text and sets are borrowed, not copied.
#include "native/record.h"

namespace frist::native {

frist_value to_value(const cases::Value& v, cases::ValueType type) {
  frist_value out{};
  out.known = v.known ? 1 : 0;
  out.v = v.number;
  if (type == cases::ValueType::Text) {
    out.p = v.text.data();
    out.v = static_cast<int64_t>(v.text.size());
  } else if (type == cases::ValueType::Set) {
    out.p = v.set.empty() ? nullptr : v.set.data();
    out.v = static_cast<int64_t>(v.set.size());
  }
  return out;
}

namespace {

cases::ValueType type_of(const std::vector<cases::FieldSpec>& specs, size_t i) {
  return i < specs.size() ? specs[i].type : cases::ValueType::Int;
}

}  // namespace

void CaseRecord::assign(const cases::Case& c, const cases::CaseCatalog& catalog) {
  facts_.clear();
  fields_.clear();
  events_.clear();
  const std::vector<cases::FieldSpec>& schema = catalog.schemas.at(c.schema).facts;
  for (size_t i = 0; i < c.facts.size(); ++i)
    facts_.push_back(to_value(c.facts[i], type_of(schema, i)));
  for (const cases::Event& e : c.events) {
    static const std::vector<cases::FieldSpec> kNone;
    const auto& fields = e.kind < catalog.events.size() ? catalog.events[e.kind].fields : kNone;
    for (size_t i = 0; i < e.fields.size(); ++i) {
      fields_.push_back(to_value(e.fields[i], type_of(fields, i)));
    }
  }
  size_t next = 0;
  for (const cases::Event& e : c.events) {
    events_.push_back({e.kind, e.date, e.fields.empty() ? nullptr : fields_.data() + next});
    next += e.fields.size();
  }
  record_.schema = c.schema;
  record_.event_count = static_cast<uint32_t>(events_.size());
  record_.facts = facts_.data();
  record_.events = events_.data();
}

std::vector<uint8_t> trial_switches(size_t trial_count, const std::vector<uint32_t>& on) {
  std::vector<uint8_t> out(trial_count, 0);
  for (uint32_t t : on) {
    if (t < trial_count) out[t] = 1;
  }
  return out;
}

namespace {

std::vector<uint32_t> bits(const uint64_t* words, size_t count) {
  std::vector<uint32_t> out;
  for (size_t w = 0; w < count; ++w) {
    for (uint64_t rest = words[w]; rest != 0; rest &= rest - 1) {
      out.push_back(static_cast<uint32_t>(w * 64 + static_cast<size_t>(__builtin_ctzll(rest))));
    }
  }
  return out;
}

}  // namespace

eval::Obligation to_obligation(const frist_obligation& o) {
  eval::Obligation out;
  out.requirement = o.requirement;
  out.occurrence = o.occurrence;
  out.status = static_cast<eval::Status>(o.status);
  out.effect = static_cast<eval::TrialEffect>(o.effect);
  out.version = o.version;
  out.trial = o.trial;
  out.earliest = o.earliest;
  out.latest = o.latest;
  out.fulfilled_on = o.fulfilled_on;
  out.fulfilled_by = o.fulfilled_by;
  out.saving = o.saving;
  out.missing_facts = bits(o.missing_facts, FRIST_FACT_WORDS);
  out.missing_events = bits(o.missing_events, FRIST_EVENT_WORDS);
  return out;
}

eval::Result to_result(const frist_obligation* obligations, size_t count) {
  eval::Result out;
  out.obligations.reserve(count);
  for (size_t i = 0; i < count; ++i) out.obligations.push_back(to_obligation(obligations[i]));
  return out;
}

}  // namespace frist::native
