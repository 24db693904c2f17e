// runtime/native/support.c (compiled natively here) against runtime/dates,
// which the interpreter uses: clamped month addition, working days and
// roll-forward over a closed-day bitset, the civil calendar at the edges of
// years 1..9999, and the record conversions. RapidCheck properties, 10,000
// cases each.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include "dates/calendar.h"
#include "dates/duration.h"
#include "dates/holidays.h"
#include "native/record.h"
#include "native/support.h"

using namespace frist;

namespace {

const int32_t kFirst = dates::from_ymd(1, 1, 1).day;
const int32_t kLast = dates::from_ymd(9999, 12, 31).day;

// The same bitset the code generator builds for the built-in calendar.
struct DanishBits {
  std::vector<uint64_t> words;
  frist_rt_calendar cal{};
  DanishBits() {
    int32_t first = dates::from_ymd(1900, 1, 1).day, last = dates::from_ymd(2200, 12, 31).day;
    words.assign(static_cast<size_t>(last - first + 64) / 64, 0);
    auto mark = [&](int32_t day) {
      auto i = static_cast<size_t>(day - first);
      words[i / 64] |= uint64_t{1} << (i % 64);
    };
    for (int32_t d = first; d <= last; ++d) {
      if (dates::weekday(dates::Date{d}) >= 6) mark(d);
    }
    for (int32_t d : dates::danish_holiday_days()) mark(d);
    cal = {words.data(), first, last};
  }
};

const DanishBits& danish() {
  static const DanishBits bits;
  return bits;
}

}  // namespace

TEST_CASE("support: month addition clamps like dates::add_months", "[codegen][support]") {
  rc::prop("add_months", [] {
    int32_t day = *rc::gen::inRange(kFirst, kLast + 1);
    int32_t months = *rc::gen::inRange(-2400, 2401);
    int64_t out = 0;
    int32_t known = frist_rt_add_months(day, months, &out);
    int32_t want = dates::add_months(dates::Date{day}, months).day;
    RC_ASSERT(known == (want >= kFirst && want <= kLast));
    if (known) RC_ASSERT(out == want);
  });
  rc::prop("add_period", [] {
    int32_t day = *rc::gen::inRange(kFirst, kLast + 1);
    int32_t months = *rc::gen::inRange(0, 40), days = *rc::gen::inRange(0, 400);
    RC_ASSERT(frist_rt_add_period(day, months, days) ==
              dates::add(dates::Date{day}, {months, days}).day);
  });
}

// The interpreter's built-in calendar (interp.cpp): the Danish holidays of
// 1900..2200 as a table, so outside those years only weekends close.
const dates::Calendar& interpreter_calendar() {
  static const dates::Calendar calendar = [] {
    dates::CalendarSpec spec;
    spec.danish_holidays = false;
    for (int32_t d : dates::danish_holiday_days())
      spec.extra.push_back({dates::Date{d}, "helligdag"});
    return dates::Calendar(std::move(spec));
  }();
  return calendar;
}

TEST_CASE("support: working days like dates::Calendar", "[codegen][support]") {
  const dates::Calendar& calendar = interpreter_calendar();
  rc::prop("add_working_days", [&] {
    int32_t day =
        *rc::gen::inRange(dates::from_ymd(1890, 1, 1).day, dates::from_ymd(2210, 1, 1).day);
    int32_t n = *rc::gen::inRange(-60, 61);
    int64_t out = 0;
    RC_ASSERT(frist_rt_add_working_days(&danish().cal, day, n, &out) == 1);
    RC_ASSERT(out == calendar.add_working_days(dates::Date{day}, n).day);
  });
  rc::prop("roll", [&] {
    int32_t day =
        *rc::gen::inRange(dates::from_ymd(1890, 1, 1).day, dates::from_ymd(2210, 1, 1).day);
    RC_ASSERT(frist_rt_roll(&danish().cal, 1, day) == calendar.roll_forward(dates::Date{day}).day);
    RC_ASSERT(frist_rt_roll(&danish().cal, 0, day) == day);
  });
}

TEST_CASE("support: dates outside years 1..9999 are unknown", "[codegen][support]") {
  int64_t out = 0;
  CHECK(frist_rt_add_days(kLast, 1, &out) == 0);
  CHECK(frist_rt_add_days(kFirst, -1, &out) == 0);
  CHECK(frist_rt_add_days(kFirst, 0, &out) == 1);
  CHECK(frist_rt_add_months(dates::from_ymd(9999, 12, 31).day, 1, &out) == 0);
  CHECK(frist_rt_add_months(dates::from_ymd(2024, 1, 31).day, 120001, &out) == 0);
  CHECK(frist_rt_add_working_days(&danish().cal, 0, 100001, &out) == 0);
}

TEST_CASE("support: fixed-point rounding is half away from zero", "[codegen][support]") {
  CHECK(frist_rt_scaled(500000, 1, 1000000) == 1);
  CHECK(frist_rt_scaled(-500000, 1, 1000000) == -1);
  CHECK(frist_rt_scaled(499999, 1, 1000000) == 0);
  CHECK(frist_rt_scaled(INT64_MAX, 2, 2) == INT64_MAX);
  int64_t out = 0;
  CHECK(frist_rt_dec_div(1, 0, &out) == 0);
  CHECK(frist_rt_div(INT64_MIN, -1, &out) == 0);
  CHECK(frist_rt_div(7, -2, &out) == 1);
  CHECK(out == -3);
}

TEST_CASE("record: values, events and results convert both ways", "[codegen][support]") {
  auto spec = [](const char* name, cases::ValueType type) {
    cases::FieldSpec f;
    f.name = name;
    f.type = type;
    return f;
  };
  cases::CaseCatalog catalog;
  catalog.schemas.push_back({"S",
                             {spec("t", cases::ValueType::Text), spec("s", cases::ValueType::Set),
                              spec("n", cases::ValueType::Int)}});
  catalog.events.push_back({"e", {spec("x", cases::ValueType::Int)}});
  cases::Case c;
  c.facts.resize(3);
  c.facts[0] = {true, 0, {}, "abc", {}};
  c.facts[1] = {true, 0, {}, "", {1, 4}};
  c.facts[2] = {false, 42, {}, "", {}};
  c.events.push_back({0, 10, {{true, 7, {}, "", {}}}});
  c.events.push_back({0, 11, {{true, 8, {}, "", {}}}});
  native::CaseRecord record(c, catalog);
  const frist_case* r = record.get();
  CHECK(r->facts[0].v == 3);
  CHECK(r->facts[1].v == 2);
  CHECK(static_cast<const uint32_t*>(r->facts[1].p)[1] == 4);
  CHECK(r->facts[2].known == 0);
  CHECK(r->event_count == 2);
  CHECK(r->events[1].fields[0].v == 8);

  frist_obligation o{};
  o.missing_facts[0] = (uint64_t{1} << 3) | 1;
  o.missing_facts[3] = uint64_t{1} << 63;
  o.missing_events[1] = 2;
  o.status = FRIST_UNDETERMINED;
  eval::Obligation back = native::to_obligation(o);
  CHECK(back.missing_facts == std::vector<uint32_t>{0, 3, 255});
  CHECK(back.missing_events == std::vector<uint32_t>{65});
  CHECK(back.status == eval::Status::Undetermined);
}
