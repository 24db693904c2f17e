// One snippet per diagnostic the checker emits, each triggering exactly that
// error (warnings aside) at a known line and column. Every snippet is
// appended to a small clean rulebook (kPrelude) so it can use its source,
// enumeration, schema, event and requirement; lines count from the
// snippet's first line. Warning kinds have their own cases at the end.
#include "text_helpers.h"

using namespace frist;
using namespace frist::sema::testing;

namespace {

const std::string kPrelude = R"(source SDL = act "Sygedagpengeloven"
enum Kommune { Hjørring, Rebild, Aalborg }
case Sag {
  kommune: Kommune
  start: date
  kategori: integer 1..3
  rask: optional bool
}
event samtale
requirement opfølgning
  per SDL §13b
  for Sag
  when kategori >= 2 and rask is unknown and kommune = Hjørring
  do hold "samtale"
  fulfilled by samtale
  due before the end of week 8 counted from start
)";

uint32_t prelude_lines() {
  return static_cast<uint32_t>(std::count(kPrelude.begin(), kPrelude.end(), '\n'));
}

struct Case {
  const char* code;
  uint32_t line, col;
  const char* snippet;
};

// Requirement snippets repeat the clauses a complete requirement needs.
const Case kErrors[] = {
    {"E0013", 3, 19,
     "requirement r\n  for Sag\n  when kategori > 12345678901234.5\n  do hold \"x\"\n  fulfilled "
     "by samtale\n  due by start\n"},
    {"E0201", 3, 8,
     "requirement r\n  for Sag\n  when kategorii >= 2\n  do hold \"x\"\n  fulfilled by samtale\n  "
     "due by start\n"},
    {"E0202", 1, 8, "source SDL = act \"Igen\"\n"},
    {"E0203", 2, 8, "case Andet {\n  dag: dato\n}\n"},
    {"E0204", 2, 7,
     "requirement r\n  per SDLL §13b\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n  due by "
     "start\n"},
    {"E0205", 2, 7,
     "requirement r\n  for Sagg\n  do hold \"x\"\n  fulfilled by samtale\n  due by start\n"},
    {"E0206", 4, 16,
     "requirement r\n  for Sag\n  do hold \"x\"\n  fulfilled by samtal\n  due by start\n"},
    {"E0207", 5, 14,
     "requirement r\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n  due before opfølgnin\n"},
    {"E0208", 6, 25,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01 until 2022-01-01\n  period "
     "decided by start\n  exempts opfølgning\n  takes precedence over andet\n"},
    {"E0209", 6, 12,
     "requirement r\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n  due by start\n  "
     "calendar dansk\n"},
    {"E0210", 3, 26,
     "requirement r\n  for Sag\n  when kommune = Kommune.Hjøring\n  do hold \"x\"\n  fulfilled by "
     "samtale\n  due by start\n"},
    {"E0211", 4, 8,
     "enum Region { Hjørring, Nord }\nrequirement r\n  for Sag\n  when Hjørring is known\n  do "
     "hold \"x\"\n  fulfilled by samtale\n  due by start\n"},
    {"E0212", 1, 13, "enum E { a, a }\n"},
    {"E0213", 4, 25,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01 until 2022-01-01\n  "
     "municipality given by kommunen\n  period decided by start\n  exempts opfølgning\n"},
    {"E0214", 2, 33, "calendar c {\n  closed \"Grundlovsdag\" every 5 jun\n}\n"},
    {"E0215", 4, 21,
     "test \"t\" {\n  case Sag { kommune: Hjørring, start: 2019-03-04, kategori: 2 }\n  as of "
     "2019-03-10\n  expect opfølgning version \"v1\"\n}\n"},
    {"E0301", 2, 62,
     "test \"t\" {\n  case Sag { kommune: Hjørring, start: 2019-03-04, kategori: \"to\" }\n  as of "
     "2019-03-10\n}\n"},
    {"E0302", 3, 8,
     "requirement r\n  for Sag\n  when kommune < Rebild\n  do hold \"x\"\n  fulfilled by samtale\n "
     " due by start\n"},
    {"E0303", 3, 8,
     "requirement r\n  for Sag\n  when kategori < 8 weeks\n  do hold \"x\"\n  fulfilled by "
     "samtale\n  due by start\n"},
    {"E0304", 4, 16,
     "parameter gebyr: money = 500 DKK\nrequirement r\n  for Sag\n  when gebyr > 100\n  do hold "
     "\"x\"\n  fulfilled by samtale\n  due by start\n"},
    {"E0305", 3, 8,
     "requirement r\n  for Sag\n  when kategori\n  do hold \"x\"\n  fulfilled by samtale\n  due by "
     "start\n"},
    {"E0306", 5, 10,
     "requirement r\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n  due by kategori\n"},
    {"E0307", 3, 8,
     "requirement r\n  for Sag\n  when start as money > 0 DKK\n  do hold \"x\"\n  fulfilled by "
     "samtale\n  due by start\n"},
    {"E0308", 2, 62,
     "test \"t\" {\n  case Sag { kommune: Hjørring, start: 2019-03-04, kategori: 5 }\n  as of "
     "2019-03-10\n}\n"},
    {"E0309", 2, 6, "case Andet {\n  n: integer 3..1\n}\n"},
    {"E0310", 2, 6, "case Andet {\n  n: decimal 1..3\n}\n"},
    {"E0311", 2, 13, "case Andet {\n  n: set of integer\n}\n"},
    {"E0312", 3, 19,
     "requirement r\n  for Sag\n  when kategori > 1.1234567\n  do hold \"x\"\n  fulfilled by "
     "samtale\n  due by start\n"},
    {"E0313", 3, 15,
     "requirement r\n  for Sag\n  when rask = unknown\n  do hold \"x\"\n  fulfilled by samtale\n  "
     "due by start\n"},
    {"E0314", 1, 24, "parameter n: integer = 2 + 3\n"},
    {"E0315", 5, 14,
     "requirement r\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n  due within 2 working "
     "weeks after start\n"},
    {"E0401", 1, 13,
     "requirement r\n  do hold \"x\"\n  fulfilled by samtale\n  due by 2020-01-01\n"},
    {"E0402", 1, 13, "requirement r\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n"},
    {"E0403", 1, 13, "requirement r\n  for Sag\n  fulfilled by samtale\n  due by start\n"},
    {"E0404", 5, 14,
     "requirement a\n  for Sag\n  do hold \"x\"\n  fulfilled by samtale\n  due before "
     "b\nrequirement b\n  for Sag\n  do hold \"y\"\n  fulfilled by samtale\n  due before a\n"},
    {"E0405", 8, 15,
     "requirement r\n  for Sag\n  versions selected by start\n  version \"a\" from 2019-01-01\n    "
     "do hold \"x\"\n    fulfilled by samtale\n    due by start\n  version \"b\" from 2020-01-01 "
     "until 2021-01-01\n    do hold \"x\"\n    fulfilled by samtale\n    due by start\n"},
    {"E0406", 1, 13,
     "requirement r\n  for Sag\n  version \"a\" from 2019-01-01\n    do hold \"x\"\n    fulfilled "
     "by samtale\n    due by start\n"},
    {"E0407", 4, 15,
     "requirement r\n  for Sag\n  versions selected by start\n  version \"a\" from 2020-01-01 "
     "until 2019-01-01\n    do hold \"x\"\n    fulfilled by samtale\n    due by start\n"},
    {"E0408", 8, 14,
     "case Andet {\n  dag: date\n}\nrequirement r\n  for Andet\n  do hold \"x\"\n  fulfilled by "
     "samtale\n  due before opfølgning\n"},
    {"E0412", 10, 9,
     "requirement r\n  for Sag\n  versions selected by start\n  version \"a\" until 2020-01-01\n   "
     " do hold \"x\"\n    fulfilled by samtale\n    due by start\n  version \"b\" from "
     "2020-01-01\n    no duty \"afskaffet\"\n    due by start\n"},
    {"E0413", 1, 13, "requirement r\n  for Sag\n  do hold \"x\"\n  due by start\n"},
    {"E0414", 5, 26,
     "requirement r\n  for Sag\n  versions selected by start\n  version \"a\" from 2020-01-01\n    "
     "versions selected by start\n    do hold \"x\"\n    fulfilled by samtale\n    due by start\n"},
    {"E0501", 10, 3,
     "trial a\n  for Sag\n  municipalities Hjørring from 2018-07-01 until 2022-01-01\n  period "
     "decided by start\n  exempts opfølgning\ntrial b\n  for Sag\n  municipalities Hjørring from "
     "2019-01-01 until 2020-01-01\n  period decided by start\n  exempts opfølgning\n"},
    {"E0502", 1, 7,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01\n  exempts opfølgning\n"},
    {"E0503", 3, 61,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01 until 2022-01-01, Skagen from "
     "2018-07-01\n  period decided by start\n  exempts opfølgning\n"},
    {"E0504", 1, 7,
     "trial t\n  for Sag\n  municipalities Skagen from 2018-07-01\n  period decided by start\n  "
     "exempts opfølgning\n"},
    {"E0505", 3, 44,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01, Hjørring from 2019-01-01\n  "
     "period decided by start\n  exempts opfølgning\n"},
    {"E0506", 6, 25,
     "trial a\n  for Sag\n  municipalities Hjørring from 2018-07-01\n  period decided by start\n  "
     "exempts opfølgning\n  takes precedence over b\ntrial b\n  for Sag\n  municipalities Rebild "
     "from 2018-07-01\n  period decided by start\n  exempts opfølgning\n  takes precedence over "
     "a\n"},
    {"E0508", 1, 7, "trial t\n  for Sag\n  period decided by start\n  exempts opfølgning\n"},
    {"E0509", 1, 7,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01\n  period decided by start\n"},
    {"E0510", 1, 7,
     "trial t\n  municipalities Hjørring from 2018-07-01\n  period decided by start\n  requires "
     "registrering\n    fulfilled by samtale\n    due by start + 14 days\n"},
    {"E0511", 5, 12,
     "trial t\n  for Sag\n  municipalities Hjørring from 2018-07-01\n  period decided by start\n  "
     "requires registrering \"x\"\n    due by start + 14 days\n"},
    {"E0601", 2, 8,
     "test \"t\" {\n  case Sag { kommune: Hjørring, start: 2019-03-04 }\n  as of 2019-03-10\n}\n"},
    {"E0602", 2, 33,
     "test \"t\" {\n  case Sag { kommune: Hjørring, kommune: Rebild, start: 2019-03-04, kategori: "
     "2 }\n  as of 2019-03-10\n}\n"},
    {"E0604", 3, 7, "parameter p: integer\n  = 1 from 2019-01-01\n  = 2 from 2020-01-01\n"},
    {"E0606", 2, 3, "calendar c {\n  closed \"x\" every 31 june\n}\n"},
    {"E0609", 5, 6,
     "test \"t\" {\n  case Sag { kommune: Hjørring, start: 2019-03-04, kategori: 2 }\n  as of "
     "2019-03-10\n}\ntest \"t\" {\n  case Sag { kommune: Rebild, start: 2019-03-04, kategori: 2 "
     "}\n  as of 2019-03-10\n}\n"},
    {"E0610", 2, 3, "calendar c {\n  closed \"x\" every 5 june from year 1800\n}\n"},
    {"E0611", 2, 62,
     "test \"t\" {\n  case Sag { kommune: Hjørring, start: 2019-03-04, kategori: unknown }\n  as "
     "of 2019-03-10\n}\n"},
};

const Case kWarnings[] = {
    {"W0701", 1, 8, "source BEK = act \"Bekendtgørelse\"\n"},
    {"W0702", 2, 3, "case Andet {\n  dag: date\n}\n"},
    {"W0703", 1, 11, "parameter p: integer = 1\n"},
};

void expect_only(const Case& c, diag::Severity severity) {
  auto r = run(kPrelude + c.snippet);
  INFO(c.snippet);
  INFO(r->listing());
  std::vector<diag::Diagnostic> found = r->of_severity(severity);
  if (severity == diag::Severity::Warning) REQUIRE(r->diags.error_count() == 0);
  REQUIRE(found.size() == 1);
  CHECK(diag::code_string(found[0].kind) == c.code);
  CHECK(found[0].span.line == prelude_lines() + c.line);
  CHECK(found[0].span.col == c.col);
}

}  // namespace

TEST_CASE("the prelude of the diagnostic snippets is clean", "[sema][diagnostics]") {
  auto r = run(kPrelude);
  INFO(r->listing());
  CHECK(r->diags.all().empty());
}

TEST_CASE("each checker error is reported alone at its place", "[sema][diagnostics]") {
  for (const Case& c : kErrors) {
    DYNAMIC_SECTION(c.code) {
      expect_only(c, diag::Severity::Error);
    }
  }
}

TEST_CASE("each checker warning is reported alone at its place", "[sema][diagnostics]") {
  for (const Case& c : kWarnings) {
    DYNAMIC_SECTION(c.code) {
      expect_only(c, diag::Severity::Warning);
    }
  }
}

TEST_CASE("a file that declares nothing is warned about", "[sema][diagnostics]") {
  auto r = run(std::vector<std::string>{kPrelude, "# nothing here yet\n"});
  INFO(r->listing());
  REQUIRE(r->diags.all().size() == 1);
  const diag::Diagnostic& d = r->diags.all()[0];
  CHECK(diag::code_string(d.kind) == "W0704");
  CHECK(d.span.file == 1);
  CHECK(d.span.line == 1);
}
