// examples/sygedagpenge/sygedagpenge.frist by hand: the first follow-up
// conversation (SDL § 13b), the LÆ285 certificate for it (SDL § 11a, no
// duty from 2020) and the frikommune trial of BEK 1255/2017 § 12 with its
// own registration duty. Fact slots, event kinds and enum members are
// hard-coded as a hand-written implementation would have them; the
// benchmark's check against the interpreter catches any drift from the
// rulebook. Unknown facts and the reported missing facts follow
// docs/semantics.md, because a baseline that skips them would not be
// doing the same work.
#include "handwritten_sygedagpenge.h"

#include <chrono>
#include <cstring>

namespace frist::bench {

namespace {

constexpr int32_t day(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return static_cast<int32_t>(
      sys_days{year{y} / month{m} / std::chrono::day{d}}.time_since_epoch().count());
}

// Date arithmetic outside the years 1-9999 gives an unknown date.
constexpr int64_t kFirstDay = day(1, 1, 1);
constexpr int64_t kLastDay = day(9999, 12, 31);
constexpr int32_t kLaw1555 = day(2020, 1, 1);
constexpr int32_t kTrialFrom = day(2018, 7, 1);
constexpr int32_t kTrialUntil = day(2022, 1, 1);
// Hjørring and Jammerbugt in examples/danmark/kommuner.frist.
constexpr int64_t kHjoerring = 34;
constexpr int64_t kJammerbugt = 43;

enum Fact : uint32_t { kKommune, kFravaer, kKategori, kRaskInden8Uger, kHelbredBelyst };
enum EventKind : uint32_t { kSamtale, kAttestAnmodet, kDokumentation, kEventKinds };
enum Requirement : uint32_t { kOpfoelgning, kLae285, kRegistrering };
constexpr uint32_t kTrial = 0;

// Kleene's three values: unknown, false, true.
enum class Tri : uint8_t { Unknown, False, True };

Tri known_bool(const frist_value& v) {
  if (!v.known) return Tri::Unknown;
  return v.v != 0 ? Tri::True : Tri::False;
}

Tri and3(Tri a, Tri b) {
  if (a == Tri::False || b == Tri::False) return Tri::False;
  return a == Tri::True && b == Tri::True ? Tri::True : Tri::Unknown;
}

void start(frist_obligation& o, uint32_t requirement) {
  std::memset(&o, 0, sizeof o);
  o.requirement = requirement;
  o.occurrence = 1;
  o.version = 0;
  o.trial = FRIST_NO_INDEX;
  o.fulfilled_by = FRIST_NO_INDEX;
  o.earliest = o.latest = o.fulfilled_on = FRIST_NO_DATE;
  o.status = FRIST_NOT_APPLICABLE;
  o.effect = FRIST_EFFECT_NONE;
}

void undetermined(frist_obligation& o, uint64_t missing_facts) {
  o.status = FRIST_UNDETERMINED;
  o.missing_facts[0] = missing_facts;
}

uint64_t bit(uint32_t fact) {
  return uint64_t{1} << fact;
}

// The first event of `kind` from `from` up to the as-of date fulfils the
// obligation; without one, the window and the as-of date decide.
void settle(frist_obligation& o, const frist_case& c, int32_t as_of, uint32_t kind, int64_t from) {
  for (uint32_t i = 0; i < c.event_count; ++i) {
    const frist_event& e = c.events[i];
    if (e.date > as_of) break;
    if (e.date < from || e.kind != kind) continue;
    o.fulfilled_on = e.date;
    o.fulfilled_by = i;
    bool late = o.latest != FRIST_NO_DATE && e.date > o.latest;
    o.status = late ? FRIST_FULFILLED_LATE : FRIST_FULFILLED;
    return;
  }
  if (o.earliest != FRIST_NO_DATE && as_of < o.earliest) {
    o.status = FRIST_UPCOMING;
  } else if (o.latest == FRIST_NO_DATE || as_of <= o.latest) {
    o.status = FRIST_PENDING;
  } else {
    o.status = FRIST_OVERDUE;
  }
}

// SDL § 13b: before the end of week 8 counted from the first day of absence.
void first_follow_up(frist_obligation& o, const frist_case& c, int32_t as_of) {
  const frist_value& category = c.facts[kKategori];
  const frist_value& absent = c.facts[kFravaer];
  if (!category.known) return undetermined(o, bit(kKategori));
  if (category.v < 2) return;
  if (!absent.known) return undetermined(o, bit(kFravaer));
  int64_t latest = absent.v + 55;
  if (latest < kFirstDay || latest > kLastDay) return undetermined(o, 0);
  o.earliest = static_cast<int32_t>(absent.v);
  o.latest = static_cast<int32_t>(latest);
  settle(o, c, as_of, kSamtale, absent.v);
}

// A duty due before (`strict`) or no later than the first follow-up: it
// falls away with the follow-up and is undetermined with it.
void before_follow_up(frist_obligation& o, const frist_obligation& follow_up, const frist_case& c,
                      int32_t as_of, uint32_t kind, int64_t from, bool strict) {
  switch (follow_up.status) {
    case FRIST_NOT_APPLICABLE:
    case FRIST_EXEMPTED:
      return;
    case FRIST_UNDETERMINED:
      o.status = FRIST_UNDETERMINED;
      std::memcpy(o.missing_facts, follow_up.missing_facts, sizeof o.missing_facts);
      std::memcpy(o.missing_events, follow_up.missing_events, sizeof o.missing_events);
      return;
    default:
      break;
  }
  bool held = follow_up.status == FRIST_FULFILLED || follow_up.status == FRIST_FULFILLED_LATE;
  int32_t reference = held ? follow_up.fulfilled_on : follow_up.latest;
  o.earliest = from == INT64_MIN ? FRIST_NO_DATE : static_cast<int32_t>(from);
  if (reference != FRIST_NO_DATE) o.latest = strict ? reference - 1 : reference;
  settle(o, c, as_of, kind, from);
}

// BEK 1255/2017 § 12: Hjørring and Jammerbugt may skip the LÆ285 when
// health is documented elsewhere. Returns whether the trial exempted it;
// sets `o` undetermined when the municipality or the condition is unknown.
bool trial_exempts(frist_obligation& o, const frist_case& c) {
  const frist_value& municipality = c.facts[kKommune];
  int32_t absent = static_cast<int32_t>(c.facts[kFravaer].v);
  bool in_period = absent >= kTrialFrom && absent < kTrialUntil;
  Tri place = Tri::Unknown, period = in_period ? Tri::True : Tri::False;
  if (municipality.known) {
    bool member = municipality.v == kHjoerring || municipality.v == kJammerbugt;
    place = member ? Tri::True : Tri::False;
    if (!member) period = Tri::False;
  }
  Tri covers = and3(place, period);
  Tri condition = known_bool(c.facts[kHelbredBelyst]);
  if (covers == Tri::False || condition == Tri::False) return false;
  if (covers == Tri::True && condition == Tri::True) {
    o.status = FRIST_EXEMPTED;
    o.effect = FRIST_EFFECT_EXEMPTED;
    o.trial = kTrial;
    return true;
  }
  uint64_t missing = municipality.known ? 0 : bit(kKommune);
  if (condition == Tri::Unknown) missing |= bit(kHelbredBelyst);
  undetermined(o, missing);
  return false;
}

// SDL § 11a: the LÆ285 before the first follow-up, until 2020. Returns
// whether the trial was used for this case.
bool medical_certificate(frist_obligation& o, const frist_obligation& follow_up,
                         const frist_case& c, int32_t as_of) {
  const frist_value& absent = c.facts[kFravaer];
  if (!absent.known) {
    undetermined(o, bit(kFravaer));
    return false;
  }
  auto selector = static_cast<int32_t>(absent.v);
  if (selector >= kLaw1555) {  // L 1555/2019: no duty from 2020
    o.version = selector == INT32_MAX ? FRIST_NO_INDEX : 1;
    return false;
  }
  const frist_value& category = c.facts[kKategori];
  const frist_value& recovers = c.facts[kRaskInden8Uger];
  Tri serious = category.known ? (category.v >= 2 ? Tri::True : Tri::False) : Tri::Unknown;
  Tri not_recovering = recovers.known ? (recovers.v == 0 ? Tri::True : Tri::False) : Tri::Unknown;
  Tri applies = and3(serious, not_recovering);
  if (applies == Tri::Unknown) {
    undetermined(
        o, (category.known ? 0 : bit(kKategori)) | (recovers.known ? 0 : bit(kRaskInden8Uger)));
    return false;
  }
  if (applies == Tri::False) return false;
  if (trial_exempts(o, c)) return true;
  if (o.status == FRIST_UNDETERMINED) return false;
  before_follow_up(o, follow_up, c, as_of, kAttestAnmodet, absent.v, true);
  return false;
}

bool valid_events(const frist_case& c) {
  for (uint32_t i = 0; i < c.event_count; ++i) {
    if (c.events[i].kind >= kEventKinds) return false;
    if (i > 0 && c.events[i].date < c.events[i - 1].date) return false;
  }
  return true;
}

}  // namespace

int32_t handwritten_sygedagpenge_evaluate(const frist_case* c, int32_t as_of, const uint8_t*,
                                          frist_result* result) {
  if (c->schema != 0) return FRIST_BAD_SCHEMA;
  if (!valid_events(*c)) return FRIST_BAD_CASE;
  // Straight into the caller's buffer when it is large enough, as it
  // normally is; the registration depends on the follow-up's result.
  frist_obligation local[kHandwrittenSygedagpengeObligations];
  bool direct = result->capacity >= kHandwrittenSygedagpengeObligations;
  frist_obligation* out = direct ? result->obligations : local;
  start(out[kOpfoelgning], kOpfoelgning);
  first_follow_up(out[kOpfoelgning], *c, as_of);
  start(out[kLae285], kLae285);
  bool trial_used = medical_certificate(out[kLae285], out[kOpfoelgning], *c, as_of);
  frist_obligation& registration = out[kRegistrering];
  start(registration, kRegistrering);
  registration.trial = kTrial;
  registration.effect = FRIST_EFFECT_DUTY;
  if (trial_used) {
    before_follow_up(registration, out[kOpfoelgning], *c, as_of, kDokumentation, INT64_MIN, false);
  }
  result->count = kHandwrittenSygedagpengeObligations;
  if (direct) return FRIST_OK;
  if (result->capacity > 0) {
    std::memcpy(result->obligations, local, result->capacity * sizeof(frist_obligation));
  }
  return FRIST_OVERFLOW;
}

}  // namespace frist::bench
