// The C ABI helpers and the C++ wrapper on their own, against a hand-made
// rulebook whose evaluate() records what it was given: the ABI check refuses
// another version, dates convert both ways, cases are encoded by name with
// their events sorted, and misuse is an error, not a crash.
#include <catch2/catch.hpp>

#include <frist/frist.hpp>

namespace {

uint32_t current_abi() {
  return FRIST_ABI_VERSION;
}
uint32_t other_abi() {
  return FRIST_ABI_VERSION + 1;
}
uint32_t two() {
  return 2;
}

const char* const kMembers[] = {"Aalborg", "Hjørring"};
const frist_enum_info kEnums[] = {{"Kommune", 2, kMembers}};
const frist_field_info kFacts[] = {
    {"kommune", FRIST_TYPE_ENUM, 0, 0, 0, 0, 0},
    {"start", FRIST_TYPE_DATE, FRIST_NO_INDEX, 0, 0, 0, 0},
    {"kategori", FRIST_TYPE_INTEGER, FRIST_NO_INDEX, 0, 1, 1, 3},
    {"note", FRIST_TYPE_TEXT, FRIST_NO_INDEX, 1, 0, 0, 0},
    {"kommuner", FRIST_TYPE_SET, 0, 1, 0, 0, 0},
};
const frist_schema_info kSchemas[] = {{"Sag", 5, kFacts}};
const frist_field_info kFields[] = {{"form", FRIST_TYPE_BOOL, FRIST_NO_INDEX, 0, 0, 0, 0}};
const frist_event_info kEvents[] = {{"samtale", 1, kFields}, {"afgoerelse", 0, nullptr}};
const char* const kCitations[] = {"SDL § 13b"};
const frist_version_info kVersions[] = {{"", 1, kCitations}};
const frist_requirement_info kRequirements[] = {
    {"opfoelgning", "Opfølgning", "hold", "samtale", 0, 0, 1, kVersions}};
const frist_trial_info kTrials[] = {{"forsoeg", "Forsøg", 1, 0, nullptr}};

frist_rulebook_info make_info(uint32_t abi) {
  return {abi, "test", 1, kSchemas, 2, kEvents, 1, kEnums, 1, kRequirements, 1, kTrials};
}
const frist_rulebook_info kInfo = make_info(FRIST_ABI_VERSION);
const frist_rulebook_info* info() {
  return &kInfo;
}

// What the fake evaluate() saw.
frist_case seen_case;
std::vector<frist_event> seen_events;
std::vector<frist_value> seen_facts;
uint8_t seen_trial = 0;

// Produces 70 obligations: more than the wrapper's first buffer of 64, so
// it must retry after FRIST_OVERFLOW.
int32_t evaluate(const frist_case* c, int32_t as_of, const uint8_t* trials_on, frist_result* r) {
  seen_case = *c;
  seen_events.assign(c->events, c->events + c->event_count);
  seen_facts.assign(c->facts, c->facts + 5);
  seen_trial = trials_on ? trials_on[0] : 0;
  r->count = 70;
  for (uint32_t i = 0; i < r->count && i < r->capacity; ++i) {
    r->obligations[i] = frist_obligation{};
    r->obligations[i].requirement = 0;
    r->obligations[i].occurrence = i + 1;
    r->obligations[i].version = 0;
    r->obligations[i].trial = FRIST_NO_INDEX;
    r->obligations[i].latest = as_of + static_cast<int32_t>(i);
    r->obligations[i].status = FRIST_PENDING;
    r->obligations[i].missing_facts[0] = i == 2 ? 0b10 : 0;
  }
  return r->count > r->capacity ? FRIST_OVERFLOW : FRIST_OK;
}

frist_rulebook fake(frist_abi_version_fn abi) {
  return {evaluate, abi, two, info};
}

}  // namespace

TEST_CASE("the ABI check accepts this version and refuses another") {
  frist_rulebook ok = fake(current_abi);
  frist_rulebook foreign = fake(other_abi);
  frist_rulebook incomplete = fake(current_abi);
  incomplete.info = nullptr;
  CHECK(frist_check_abi(&ok) == 0);
  CHECK(frist_check_abi(&foreign) != 0);
  CHECK(frist_check_abi(&incomplete) != 0);
  CHECK_NOTHROW(frist::Rulebook(ok));
  CHECK_THROWS_AS(frist::Rulebook(foreign), frist::Error);
  CHECK_THROWS_AS(frist::Rulebook::load("/nonexistent/libnothing.so", "x_"), frist::Error);
}

TEST_CASE("day numbers convert to and from calendar dates") {
  CHECK(frist_date(1970, 1, 1) == 0);
  CHECK(frist_date(2019, 6, 1) == 18048);
  CHECK(frist_date(2000, 2, 29) == 11016);
  CHECK(frist_date(1900, 3, 1) == -25508);
  for (int32_t day = -80000; day <= 120000; day += 7) {
    int32_t y;
    uint32_t m, d;
    frist_civil(day, &y, &m, &d);
    REQUIRE(frist_date(y, m, d) == day);
  }
  CHECK(frist::Date::ymd(2024, 2, 29).iso() == "2024-02-29");
  CHECK(frist::Date{}.iso() == "-");
}

TEST_CASE("the C++ wrapper encodes a case by name and sorts its events") {
  frist::Rulebook rb(fake(current_abi));
  frist::Case c(rb, "Sag");
  c.set("kommune", "Hjørring")
      .set("start", frist::Date::ymd(2019, 3, 4))
      .set("kategori", 2)
      .set("note", std::string_view("tekst"))
      .set("kommuner", std::vector<std::string>{"Hjørring", "Aalborg", "Hjørring"})
      .event("afgoerelse", frist::Date::ymd(2019, 5, 1))
      .event("samtale", frist::Date::ymd(2019, 4, 1), {{"form", true}})
      .event("samtale", frist::Date::ymd(2019, 5, 1));
  frist::Result result = rb.evaluate(c, frist::Date::ymd(2019, 6, 1), {"forsoeg"});

  CHECK(seen_facts[0].known == 1);
  CHECK(seen_facts[0].v == 1);
  CHECK(seen_facts[1].v == frist_date(2019, 3, 4));
  CHECK(seen_facts[2].v == 2);
  CHECK(std::string(static_cast<const char*>(seen_facts[3].p), seen_facts[3].v) == "tekst");
  REQUIRE(seen_facts[4].v == 2);
  CHECK(static_cast<const uint32_t*>(seen_facts[4].p)[0] == 0);
  CHECK(static_cast<const uint32_t*>(seen_facts[4].p)[1] == 1);
  REQUIRE(seen_events.size() == 3);
  CHECK(seen_events[0].kind == 0);  // the earliest first
  CHECK(seen_events[0].fields[0].v == 1);
  CHECK(seen_events[1].kind == 1);  // equal dates keep the order added
  CHECK(seen_events[2].kind == 0);
  CHECK(seen_events[2].fields[0].known == 0);
  CHECK(seen_trial == 1);

  REQUIRE(result.size() == 70);
  CHECK(result[2].occurrence() == 3);
  CHECK(std::string(result[0].status()) == "pending");
  CHECK(result[1].latest() == frist::Date::ymd(2019, 6, 2));
  CHECK(result[0].legal_basis() == std::vector<std::string_view>{"SDL § 13b"});
  CHECK(result[2].missing() == std::vector<std::string_view>{"start"});
  CHECK(std::string(result[0].requirement().title) == "Opfølgning");
}

TEST_CASE("the C++ wrapper turns misuse into frist::Error") {
  frist::Rulebook rb(fake(current_abi));
  CHECK_THROWS_AS(frist::Case(rb, "Ukendt"), frist::Error);
  frist::Case c(rb, "Sag");
  CHECK_THROWS_AS(c.set("ukendt", 1), frist::Error);
  CHECK_THROWS_AS(c.set("kommune", "Roskilde"), frist::Error);
  CHECK_THROWS_AS(c.set("kommune", 3), frist::Error);
  CHECK_THROWS_AS(c.set("kategori", 4), frist::Error);  // outside 1..3
  CHECK_THROWS_AS(c.set("start", true), frist::Error);
  CHECK_THROWS_AS(c.event("ukendt", frist::Date::ymd(2019, 1, 1)), frist::Error);
  CHECK_THROWS_AS(c.event("samtale", frist::Date{}), frist::Error);
  CHECK_THROWS_AS(c.event("samtale", frist::Date::ymd(2019, 1, 1), {{"form", 7}}), frist::Error);
  CHECK_THROWS_AS(rb.evaluate(c, frist::Date::ymd(2019, 1, 1), {"ukendt"}), frist::Error);
}
