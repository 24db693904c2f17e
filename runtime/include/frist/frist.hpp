// A small C++17 wrapper over the C ABI of frist/frist.h: a compiled rulebook
// (linked in, or loaded from a shared library) that checks the ABI version
// when it is made, cases filled by fact and member name, and results that
// name their requirement, status, deadlines and legal basis. Header-only, so
// it adds no library to link; everything it needs about the rulebook comes
// from the rulebook's own `<prefix>info()`.
//
// Ownership: a Rulebook is a cheap, copyable handle; the copies share the
// loaded library, which stays loaded while any copy (or any Result made from
// it) lives. A Case owns its values (texts and sets included). A Rulebook is
// immutable and may evaluate from many threads at once; a Case and a Result
// belong to one thread at a time.
#ifndef FRIST_FRIST_HPP
#define FRIST_FRIST_HPP

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "frist/frist.h"

namespace frist {

// Every misuse (unknown name, wrong type, ABI mismatch, bad case) throws this.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

namespace detail {

// The index of the entry called `name` in one of the info tables.
template <class Info>
uint32_t index_of(const Info* list, uint32_t count, std::string_view name, const char* what) {
  for (uint32_t i = 0; i < count; ++i) {
    if (name == list[i].name) return i;
  }
  throw Error("no " + std::string(what) + " `" + std::string(name) + "`");
}

}  // namespace detail

struct Date {
  int32_t days = FRIST_NO_DATE;  // since 1970-01-01

  static Date ymd(int32_t year, uint32_t month, uint32_t day) {
    return Date{frist_date(year, month, day)};
  }
  bool known() const { return days != FRIST_NO_DATE; }
  std::string iso() const {
    if (!known()) return "-";
    int32_t y;
    uint32_t m, d;
    frist_civil(days, &y, &m, &d);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(y), m, d);
    return text;
  }
  friend bool operator==(Date a, Date b) { return a.days == b.days; }
};

struct Money {
  int64_t oere = 0;
  static Money kroner(int64_t kr) { return Money{kr * 100}; }
};

struct Decimal {
  int64_t micro = 0;  // value x 10^6, the ABI's encoding
  static Decimal of(double value) { return Decimal{std::llround(value * 1e6)}; }
};

// A fact or event field value; text means an enum member's name for enum
// fields and set members for sets.
class Value {
 public:
  Value(bool b) : kind_(Kind::Bool), number_(b ? 1 : 0) {}
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Value(T n) : kind_(Kind::Integer), number_(static_cast<int64_t>(n)) {}
  Value(Date d) : kind_(Kind::Date), number_(d.days) {}
  Value(Money m) : kind_(Kind::Money), number_(m.oere) {}
  Value(Decimal d) : kind_(Kind::Decimal), number_(d.micro) {}
  Value(std::string_view text) : kind_(Kind::Text), text_(text) {}
  Value(const char* text) : kind_(Kind::Text), text_(text) {}
  Value(std::vector<std::string> members) : kind_(Kind::Members), members_(std::move(members)) {}

 private:
  friend class Case;
  enum class Kind { Bool, Integer, Date, Money, Decimal, Text, Members } kind_;
  int64_t number_ = 0;
  std::string text_;
  std::vector<std::string> members_;
};

class Rulebook;

// One obligation of a result, with the names behind its indices.
class Obligation {
 public:
  Obligation(const frist_obligation& raw, const frist_rulebook_info& info)
      : raw_(raw), info_(info) {}
  const frist_obligation& raw() const { return raw_; }
  const frist_requirement_info& requirement() const { return info_.requirements[raw_.requirement]; }
  const char* status() const { return frist_status_name(raw_.status); }
  uint32_t occurrence() const { return raw_.occurrence; }
  Date earliest() const { return Date{raw_.earliest}; }
  Date latest() const { return Date{raw_.latest}; }
  Date fulfilled_on() const { return Date{raw_.fulfilled_on}; }
  // The trial that changed the obligation, or null.
  const frist_trial_info* trial() const {
    return raw_.trial == FRIST_NO_INDEX ? nullptr : &info_.trials[raw_.trial];
  }
  // What left an undetermined obligation open: the unknown facts, then the
  // event kinds whose absence mattered, by name.
  std::vector<std::string_view> missing() const {
    std::vector<std::string_view> out;
    const frist_schema_info& schema = info_.schemas[requirement().schema];
    for (uint32_t i = 0; i < schema.fact_count && i < FRIST_MAX_FACTS; ++i) {
      if (raw_.missing_facts[i / 64] >> (i % 64) & 1) out.emplace_back(schema.facts[i].name);
    }
    for (uint32_t k = 0; k < info_.event_kind_count && k < FRIST_MAX_EVENT_KINDS; ++k) {
      if (raw_.missing_events[k / 64] >> (k % 64) & 1) out.emplace_back(info_.event_kinds[k].name);
    }
    return out;
  }
  // The citations of the version in force: the obligation's legal basis.
  std::vector<std::string_view> legal_basis() const {
    std::vector<std::string_view> out;
    const frist_requirement_info& r = requirement();
    if (raw_.version < r.version_count) {
      const frist_version_info& v = r.versions[raw_.version];
      for (uint32_t i = 0; i < v.citation_count; ++i) out.emplace_back(v.citations[i]);
    }
    if (const frist_trial_info* t = trial()) {
      for (uint32_t i = 0; i < t->citation_count; ++i) out.emplace_back(t->citations[i]);
    }
    return out;
  }

 private:
  const frist_obligation& raw_;
  const frist_rulebook_info& info_;
};

class Result {
 public:
  size_t size() const { return obligations_.size(); }
  Obligation operator[](size_t i) const { return Obligation(obligations_.at(i), *info_); }
  const std::vector<frist_obligation>& raw() const { return obligations_; }

 private:
  friend class Rulebook;
  std::vector<frist_obligation> obligations_;
  const frist_rulebook_info* info_ = nullptr;
  std::shared_ptr<void> library_;  // keeps `info_` loaded
};

class Case {
 public:
  Case(const Rulebook& rulebook, std::string_view schema);

  // Sets a fact; throws frist::Error for an unknown fact, a value of the
  // wrong type or an unknown enum member.
  Case& set(std::string_view fact, const Value& value) {
    uint32_t slot = detail::index_of(schema_info().facts, schema_info().fact_count, fact, "fact");
    facts_[slot] = encode(schema_info().facts[slot], value);
    return *this;
  }
  // Marks a fact unknown again (every fact starts unknown).
  Case& unknown(std::string_view fact) {
    facts_[detail::index_of(schema_info().facts, schema_info().fact_count, fact, "fact")] =
        frist_value{};
    return *this;
  }
  // Adds an event; `fields` in any order, unnamed fields stay unknown.
  Case& event(std::string_view kind, Date date,
              const std::vector<std::pair<std::string_view, Value>>& fields = {});

  // The C record, events in date order (equal dates keep the order added).
  // Valid until the case is next changed.
  const frist_case* record() const;
  uint32_t schema() const { return schema_; }

 private:
  struct EventData {
    uint32_t kind;
    int32_t date;
    std::vector<frist_value> fields;
  };
  const frist_schema_info& schema_info() const { return info_->schemas[schema_]; }
  frist_value encode(const frist_field_info& field, const Value& value);
  uint32_t member(const frist_field_info& field, const std::string& name) const;

  const frist_rulebook_info* info_;
  uint32_t schema_;
  std::vector<frist_value> facts_;
  std::vector<EventData> events_;
  std::deque<std::string> texts_;           // stable storage for text values
  std::deque<std::vector<uint32_t>> sets_;  // and for set members
  mutable std::vector<frist_event> sorted_;
  mutable frist_case record_{};
};

class Rulebook {
 public:
  // A rulebook linked into the program: `Rulebook(NAME_rulebook())` with
  // the generated header. Throws frist::Error when its ABI is not this one.
  explicit Rulebook(const frist_rulebook& entry, std::shared_ptr<void> library = nullptr)
      : entry_(entry), library_(std::move(library)) {
    if (frist_check_abi(&entry_) != 0) {
      throw Error("the rulebook was built for Frist ABI version " +
                  std::to_string(entry_.abi_version ? entry_.abi_version() : 0) +
                  ", this program for version " + std::to_string(FRIST_ABI_VERSION));
    }
    info_ = entry_.info();
  }

  // A rulebook from a shared library `frist build` wrote (libNAME.so, with
  // symbol prefix "NAME_" unless built with --prefix).
  static Rulebook load(const std::string& path, const std::string& prefix) {
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) throw Error("cannot load `" + path + "`: " + dlerror());
    std::shared_ptr<void> library(handle, [](void* h) { dlclose(h); });
    auto symbol = [&](const char* name) {
      void* p = dlsym(handle, (prefix + name).c_str());
      if (!p) throw Error("`" + path + "` has no `" + prefix + name + "`");
      return p;
    };
    frist_rulebook entry{};
    entry.evaluate = reinterpret_cast<frist_evaluate_fn>(symbol("evaluate"));
    entry.abi_version = reinterpret_cast<frist_abi_version_fn>(symbol("abi_version"));
    entry.max_obligations = reinterpret_cast<frist_max_obligations_fn>(symbol("max_obligations"));
    entry.info = reinterpret_cast<frist_info_fn>(symbol("info"));
    return Rulebook(entry, std::move(library));
  }

  const frist_rulebook_info& info() const { return *info_; }
  const frist_rulebook& entry_points() const { return entry_; }

  uint32_t schema(std::string_view name) const {
    return detail::index_of(info_->schemas, info_->schema_count, name, "case schema");
  }
  uint32_t event_kind(std::string_view name) const {
    return detail::index_of(info_->event_kinds, info_->event_kind_count, name, "event kind");
  }
  uint32_t trial(std::string_view name) const {
    return detail::index_of(info_->trials, info_->trial_count, name, "trial");
  }

  // Evaluates on `as_of`, with the named off-by-default trials switched on.
  // Thread-safe. Throws frist::Error when the case is not of this rulebook.
  Result evaluate(const Case& c, Date as_of, const std::vector<std::string>& trials = {}) const {
    std::vector<uint8_t> on(info_->trial_count, 0);
    for (const std::string& name : trials) on[trial(name)] = 1;
    Result result;
    result.info_ = info_;
    result.library_ = library_;
    result.obligations_.resize(64);
    for (;;) {
      frist_result r{result.obligations_.data(), static_cast<uint32_t>(result.obligations_.size()),
                     0};
      int32_t rc = entry_.evaluate(c.record(), as_of.days, on.empty() ? nullptr : on.data(), &r);
      if (rc == FRIST_OVERFLOW) {
        result.obligations_.resize(r.count);
        continue;
      }
      if (rc != FRIST_OK) {
        throw Error(rc == FRIST_BAD_SCHEMA ? "the case's schema is not of this rulebook"
                                           : "the case's events are not of this rulebook");
      }
      result.obligations_.resize(r.count);
      return result;
    }
  }

 private:
  frist_rulebook entry_{};
  const frist_rulebook_info* info_ = nullptr;
  std::shared_ptr<void> library_;
};

inline Case::Case(const Rulebook& rulebook, std::string_view schema)
    : info_(&rulebook.info()), schema_(rulebook.schema(schema)) {
  facts_.resize(schema_info().fact_count, frist_value{});
}

inline uint32_t Case::member(const frist_field_info& field, const std::string& name) const {
  const frist_enum_info& e = info_->enums[field.enum_id];
  for (uint32_t i = 0; i < e.member_count; ++i) {
    if (name == e.members[i]) return i;
  }
  throw Error("`" + name + "` is not a member of `" + e.name + "` (field `" + field.name + "`)");
}

inline frist_value Case::encode(const frist_field_info& field, const Value& value) {
  frist_value out{};
  out.known = 1;
  auto wrong = [&]() -> Error {
    return Error("field `" + std::string(field.name) + "` does not take that kind of value");
  };
  using K = Value::Kind;
  switch (field.type) {
    case FRIST_TYPE_BOOL:
      if (value.kind_ != K::Bool) throw wrong();
      out.v = value.number_;
      return out;
    case FRIST_TYPE_INTEGER:
      if (value.kind_ != K::Integer) throw wrong();
      if (field.has_range && (value.number_ < field.low || value.number_ > field.high)) {
        throw Error("field `" + std::string(field.name) + "` is out of its range");
      }
      out.v = value.number_;
      return out;
    case FRIST_TYPE_DECIMAL:
      if (value.kind_ != K::Decimal && value.kind_ != K::Integer) throw wrong();
      out.v = value.kind_ == K::Integer ? value.number_ * 1000000 : value.number_;
      return out;
    case FRIST_TYPE_MONEY:
      if (value.kind_ != K::Money) throw wrong();
      out.v = value.number_;
      return out;
    case FRIST_TYPE_DATE:
      if (value.kind_ != K::Date) throw wrong();
      out.v = value.number_;
      return out;
    case FRIST_TYPE_TEXT:
      if (value.kind_ != K::Text) throw wrong();
      texts_.push_back(value.text_);
      out.p = texts_.back().data();
      out.v = static_cast<int64_t>(texts_.back().size());
      return out;
    case FRIST_TYPE_ENUM:
      if (value.kind_ != K::Text) throw wrong();
      out.v = member(field, value.text_);
      return out;
    case FRIST_TYPE_SET: {
      if (value.kind_ != K::Members) throw wrong();
      std::vector<uint32_t> members;
      for (const std::string& m : value.members_) members.push_back(member(field, m));
      std::sort(members.begin(), members.end());
      members.erase(std::unique(members.begin(), members.end()), members.end());
      sets_.push_back(std::move(members));
      out.p = sets_.back().empty() ? nullptr : sets_.back().data();
      out.v = static_cast<int64_t>(sets_.back().size());
      return out;
    }
  }
  throw wrong();
}

inline Case& Case::event(std::string_view kind, Date date,
                         const std::vector<std::pair<std::string_view, Value>>& fields) {
  uint32_t k = detail::index_of(info_->event_kinds, info_->event_kind_count, kind, "event kind");
  if (!date.known()) throw Error("an event needs a date");
  const frist_event_info& e = info_->event_kinds[k];
  EventData data{k, date.days, std::vector<frist_value>(e.field_count, frist_value{})};
  for (const auto& [name, value] : fields) {
    uint32_t slot = detail::index_of(e.fields, e.field_count, name, "event field");
    data.fields[slot] = encode(e.fields[slot], value);
  }
  events_.push_back(std::move(data));
  return *this;
}

inline const frist_case* Case::record() const {
  sorted_.clear();
  for (const EventData& e : events_) {
    sorted_.push_back({e.kind, e.date, e.fields.empty() ? nullptr : e.fields.data()});
  }
  std::stable_sort(sorted_.begin(), sorted_.end(),
                   [](const frist_event& a, const frist_event& b) { return a.date < b.date; });
  record_.schema = schema_;
  record_.event_count = static_cast<uint32_t>(sorted_.size());
  record_.facts = facts_.data();
  record_.events = sorted_.data();
  return &record_;
}

}  // namespace frist

#endif  // FRIST_FRIST_HPP
