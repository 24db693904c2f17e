// The typed program the checker builds from rule text: the realistic Danish
// rulebook against its golden dump (FRIST_UPDATE_GOLDEN=1 rewrites it; review
// the diff), the type of each kind of expression, the two orderings, and the
// wording of the messages analysts see most.
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "text_helpers.h"

using namespace frist;
using namespace frist::sema::testing;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::string kTypes = R"(enum Kommune { Hjørring, Rebild }
enum Region { Hjørring, Nord }
case S {
  k: Kommune
  d: date
  n: integer
  x: decimal
  m: money
  o: optional integer
  t: text
  ks: set of Kommune
  b: bool
}
event e { dag: date n: integer }
parameter frist: duration = 8 weeks
)";

// The dump of `expr` checked as `(expr) is known` in a requirement for S.
std::string typed(const std::string& expr) {
  auto r = run(kTypes + "requirement r\n  for S\n  when (" + expr +
               ") is known\n  do x \"y\"\n  fulfilled by e\n  due by d\n");
  INFO(r->listing());
  REQUIRE(r->diags.error_count() == 0);
  const sema::Expr& when = *r->program.requirements[0].versions[0].when;
  REQUIRE(when.op == sema::ExprOp::IsKnown);
  return sema::dump_expr(r->program, when.args[0], 0);
}

diag::Diagnostic only_error(const Run& r) {
  std::vector<diag::Diagnostic> errors = r.of_severity(diag::Severity::Error);
  INFO(r.listing());
  REQUIRE(errors.size() == 1);
  return errors[0];
}

const std::string kTrialBase = kTypes + R"(requirement r
  for S
  do x "y"
  fulfilled by e
  due by d
)";

std::string trial(const std::string& name, const std::string& extra) {
  return "trial " + name +
         "\n  for S\n  municipalities Hjørring from 2018-07-01 until 2022-01-01\n"
         "  period decided by d\n  exempts r\n" +
         extra;
}

}  // namespace

TEST_CASE("the Danish sickness-benefit rulebook checks cleanly and dumps as expected",
          "[sema][golden]") {
  const std::string dir = FRIST_SEMA_GOLDEN_DIR;
  auto r = run(read(dir + "/sygedagpenge/sygedagpenge.frist"));
  INFO(r->listing());
  REQUIRE(r->diags.all().empty());
  std::string dump = sema::dump(r->program);
  if (std::getenv("FRIST_UPDATE_GOLDEN"))
    std::ofstream(dir + "/sygedagpenge/sygedagpenge.program") << dump;
  CHECK(dump == read(dir + "/sygedagpenge/sygedagpenge.program"));

  const sema::Program& p = r->program;
  REQUIRE(p.requirements.size() == 2);
  CHECK(p.requirements[0].name == "første_opfølgning");  // moved before what depends on it
  CHECK(p.requirements[1].depends_on == std::vector<sema::Index>{0});
  CHECK(p.requirements[1].versions[0].due.requirement == 0);
  CHECK(p.trials[0].effects[0].requirement == 1);
  CHECK(p.trials[0].municipality_enum == 0);
  CHECK(p.tests[0].expects[2].duty_trial == 0);
  CHECK(p.tests[0].expects[2].duty_effect == 1);
  CHECK_FALSE(p.tests[1].facts[3].known);  // forventer_raskmelding_inden_8_uger: unknown
}

TEST_CASE("calendars, parameters, cadences and every trial effect dump as expected",
          "[sema][golden]") {
  const std::string dir = FRIST_SEMA_GOLDEN_DIR;
  auto r = run(read(dir + "/ledighed/ledighed.frist"));
  INFO(r->listing());
  REQUIRE(r->diags.all().empty());
  std::string dump = sema::dump(r->program);
  if (std::getenv("FRIST_UPDATE_GOLDEN")) std::ofstream(dir + "/ledighed/ledighed.program") << dump;
  CHECK(dump == read(dir + "/ledighed/ledighed.program"));
}

TEST_CASE("arithmetic follows the money, date and duration rules", "[sema][types]") {
  CHECK(typed("n + x") == "(add (fact #2 n : integer) (fact #3 x : decimal) : decimal)");
  CHECK(typed("m * 2") == "(mul (fact #4 m : money) (const 2 : integer) : money)");
  CHECK(typed("2 * m") == "(mul (const 2 : integer) (fact #4 m : money) : money)");
  CHECK(typed("m / m") == "(div (fact #4 m : money) (fact #4 m : money) : decimal?)");
  CHECK(typed("n / 2") == "(div (fact #2 n : integer) (const 2 : integer) : decimal)");
  CHECK(typed("m + 12.50 DKK") == "(add (fact #4 m : money) (const 12.50 DKK : money) : money)");
  CHECK(typed("d - d") == "(date_diff (fact #1 d : date) (fact #1 d : date) : integer)");
  CHECK(typed("d + 2 weeks") == "(date_add (fact #1 d : date) (const 14 days : duration) : date)");
  CHECK(typed("2 weeks + d") == "(date_add (fact #1 d : date) (const 14 days : duration) : date)");
  CHECK(typed("d - frist") == "(date_sub (fact #1 d : date) (param #0 frist : duration) : date)");
  CHECK(typed("-n") == "(neg (fact #2 n : integer) : integer)");
  CHECK(typed("-5") == "(const -5 : integer)");
  CHECK(typed("1.5") == "(const 1.5 : decimal)");
}

// The text of `expr` as the program keeps it for explanations.
std::string written(const std::string& expr) {
  auto r = run(kTypes + "requirement r\n  for S\n  when (" + expr +
               ") is known\n  do x \"y\"\n  fulfilled by e\n  due by d\n");
  REQUIRE(r->diags.error_count() == 0);
  return r->program.requirements[0].versions[0].when->args[0].source_text;
}

TEST_CASE("expressions keep their text with only the parentheses needed", "[sema][text]") {
  CHECK(written("(n + 1) * 2") == "(n + 1) * 2");
  CHECK(written("n - (1 - 2)") == "n - (1 - 2)");
  CHECK(written("n - 1 - 2") == "n - 1 - 2");
  CHECK(written("not (b and b)") == "not (b and b)");
  CHECK(written("(first e where n > 1) > d") == "(first e where n > 1) > d");
  CHECK(written("end of week 8 counted from (d + 2 weeks)") ==
        "end of week 8 counted from (d + 2 weeks)");
  CHECK(written("k not in {Hjørring, Rebild}") == "k not in {Hjørring, Rebild}");
  CHECK(written("m > 12.50 DKK") == "m > 12.50 DKK");
}

TEST_CASE("conversions are explicit", "[sema][types]") {
  CHECK(typed("x as integer") == "(to_int (fact #3 x : decimal) : integer)");
  CHECK(typed("n as money") == "(to_money (fact #2 n : integer) : money)");
  CHECK(typed("m as decimal") == "(to_decimal (fact #4 m : money) : decimal)");
}

TEST_CASE("unknown values propagate", "[sema][types]") {
  CHECK(typed("o + 1") == "(add (fact #5 o : integer?) (const 1 : integer) : integer?)");
  CHECK(typed("o is unknown") == "(not (is_known (fact #5 o : integer?) : bool) : bool)");
  CHECK(typed("first e where n > 1") ==
        "(first_event #0 e where (gt (field #1 n : integer) (const 1 : integer) : bool) : date?)");
  CHECK(typed("count e") == "(count_events #0 e : integer)");
  CHECK(typed("d - frist < d") ==
        "(lt (date_sub (fact #1 d : date) (param #0 frist : duration) : date) (fact #1 d : date) : "
        "bool)");  // a parameter in force at all times is always known
  CHECK(typed("if b then n else x") ==
        "(if (fact #8 b : bool) (fact #2 n : integer) (fact #3 x : decimal) : decimal)");
}

TEST_CASE("event fields shadow facts inside where", "[sema][names]") {
  CHECK(typed("has e where dag > d") ==
        "(has_event #0 e where (gt (field #0 dag : date) (fact #1 d : date) : bool) : bool)");
  CHECK(typed("end of week 8 counted from d") == "(end_of_week 8 (fact #1 d : date) : date)");
}

TEST_CASE("bare members resolve in the enumeration the context expects", "[sema][names]") {
  CHECK(typed("k = Hjørring") ==
        "(eq (fact #0 k : Kommune) (const Kommune.Hjørring : Kommune) : bool)");
  CHECK(typed("Hjørring = k") ==
        "(eq (const Kommune.Hjørring : Kommune) (fact #0 k : Kommune) : bool)");
  CHECK(typed("Region.Hjørring = Nord") ==
        "(eq (const Region.Hjørring : Region) (const Region.Nord : Region) : bool)");
  CHECK(typed("k not in {Hjørring, Rebild}") ==
        "(not (in_list (fact #0 k : Kommune) (const Kommune.Hjørring : Kommune) (const "
        "Kommune.Rebild : Kommune) : bool) : bool)");
  CHECK(typed("Hjørring in ks") ==
        "(in_set (const Kommune.Hjørring : Kommune) (fact #7 ks : set of Kommune) : bool)");
}

TEST_CASE("an ambiguous member asks to be qualified", "[sema][names]") {
  auto r = run(kTypes +
               "requirement r\n  for S\n  when Hjørring is known\n  do x \"y\"\n"
               "  fulfilled by e\n  due by d\n");
  diag::Diagnostic d = only_error(*r);
  CHECK(d.message == "`Hjørring` is a member of several enumerations: `Kommune`, `Region`");
  CHECK(d.hint == "qualify it: write `Kommune.Hjørring` or `Region.Hjørring`");
}

TEST_CASE("an unknown name gets a did-you-mean hint", "[sema][names]") {
  auto r = run(kTypes +
               "requirement r\n  for S\n  when kk = Hjørring\n  do x \"y\"\n"
               "  fulfilled by e\n  due by d\n");
  diag::Diagnostic d = only_error(*r);
  CHECK(d.message == "cannot find `kk` in this scope");
  CHECK(d.hint == "did you mean `k`?");
}

TEST_CASE("money mixed with a number suggests a conversion", "[sema][types]") {
  auto r = run(kTypes +
               "requirement r\n  for S\n  when m + n > 0 DKK\n  do x \"y\"\n"
               "  fulfilled by e\n  due by d\n");
  diag::Diagnostic d = only_error(*r);
  CHECK(d.message == "money cannot be mixed with `integer` without an explicit conversion");
  CHECK(d.hint == "write `n as money`");
}

TEST_CASE("declarations may be used before, and in another file than, their declaration",
          "[sema][names]") {
  auto r = run(std::vector<std::string>{
      "requirement r\n  for S\n  when k = Hjørring and n > 1 and x > 1 and m > 0 DKK and o > 1 "
      "and t = \"a\" and Rebild in ks and b\n  do x \"y\"\n  fulfilled by e\n  due by d - frist\n",
      kTypes});
  INFO(r->listing());
  CHECK(r->diags.all().empty());
}

TEST_CASE("trials are ordered by precedence, which also settles their conflicts",
          "[sema][trials]") {
  auto r = run(kTrialBase + trial("a", "") + trial("b", "  takes precedence over a\n") +
               trial("c", "  takes precedence over b\n"));
  INFO(r->listing());
  REQUIRE(r->diags.error_count() == 0);
  const sema::Program& p = r->program;
  REQUIRE(p.trials.size() == 3);
  CHECK(p.trials[0].name == "c");
  CHECK(p.trials[1].name == "b");
  CHECK(p.trials[2].name == "a");
  CHECK(p.trials[0].precedes == std::vector<sema::Index>{1});
}

TEST_CASE("a conflict names both trials and how to settle it", "[sema][trials]") {
  auto r = run(kTrialBase + trial("a", "") + trial("b", ""));
  diag::Diagnostic d = only_error(*r);
  CHECK(d.message == "trials `a` and `b` both change `r` for `Hjørring` in overlapping periods");
  CHECK(d.hint == "add `takes precedence over a` to one of the trials");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "`a` changes it here");
}

TEST_CASE("trials in disjoint periods do not conflict", "[sema][trials]") {
  auto r = run(kTrialBase + trial("a", "") +
               "trial b\n  for S\n  municipalities Hjørring from 2022-01-01\n"
               "  period decided by d\n  exempts r\n");
  INFO(r->listing());
  CHECK(r->diags.error_count() == 0);
}

TEST_CASE("one trial changing a requirement twice the same way is a conflict", "[sema][trials]") {
  auto r = run(kTrialBase + trial("a", "  exempts r when b\n"));
  diag::Diagnostic d = only_error(*r);
  CHECK(diag::code_string(d.kind) == "E0501");
  CHECK(d.message == "trials `a` and `a` both change `r` for `Hjørring` in overlapping periods");
}

TEST_CASE("a trial infers its schema from the requirements it changes", "[sema][trials]") {
  auto r = run(kTrialBase +
               "trial a\n  municipalities Hjørring from 2018-07-01\n  period decided by d\n"
               "  exempts r\n");
  INFO(r->listing());
  REQUIRE(r->diags.error_count() == 0);
  CHECK(r->program.trials[0].schema == 0);
  CHECK(r->program.trials[0].municipality_fact == 0);
}

TEST_CASE("versions are sorted by period and through is inclusive", "[sema][requirements]") {
  auto r = run(kTypes + R"(requirement r
  for S
  versions selected by d
  version "new" from 2020-01-01
    do x "y"
    fulfilled by e
    due by d
  version "old" through 2019-12-31
    do x "y"
    fulfilled by e
    due by d
)");
  INFO(r->listing());
  REQUIRE(r->diags.error_count() == 0);
  const std::vector<sema::Version>& vs = r->program.requirements[0].versions;
  REQUIRE(vs.size() == 2);
  CHECK(vs[0].label == "old");
  CHECK(vs[0].period.until == vs[1].period.from);
}

TEST_CASE("an error is reported once, not again by what is built on it", "[sema][cascade]") {
  auto r = run(kTypes + R"(requirement r
  for S
  when not ((kk + 1) * 2 > d and kk in {Hjørring})
  do x "y"
  fulfilled by e where dag > kk
  due by d + kk
requirement q
  for Sx
  when k = Hjørring and n > 1
  do x "y"
  fulfilled by e
  due before r
)");
  std::vector<std::string> errors;
  for (const diag::Diagnostic& d : r->of_severity(diag::Severity::Error))
    errors.push_back(fmt::format("{} {}:{}", diag::code_string(d.kind), d.span.line, d.span.col));
  INFO(r->listing());
  // One per mistake written: three uses of `kk` and the unknown schema.
  CHECK(errors == std::vector<std::string>{"E0201 18:14", "E0201 18:34", "E0201 20:30",
                                           "E0201 21:14", "E0205 23:7"});
}

TEST_CASE("names in the obligation namespace say what they are", "[sema][names]") {
  auto r = run(kTrialBase + trial("a", R"(  requires registrering
    fulfilled by e
    due by d
requirement q
  for S
  do x "y"
  fulfilled by e
  due before registrering
)"));
  diag::Diagnostic d = only_error(*r);
  CHECK(d.message == "unknown requirement `registrering`");
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].message == "this is a duty of a trial, not a requirement");
}

TEST_CASE("a requirement and a trial may not share a name", "[sema][names]") {
  auto r = run(kTrialBase + trial("r", ""));
  diag::Diagnostic d = only_error(*r);
  CHECK(diag::code_string(d.kind) == "E0202");
  CHECK(d.hint == "requirements, trials and trial duties share one namespace");
}

TEST_CASE("trial effects and expectations keep to one case schema", "[sema][trials]") {
  auto r = run(kTrialBase + R"(case T {
  k: Kommune
  dag: date
}
trial a
  for T
  municipalities Hjørring from 2018-07-01
  period decided by dag
  exempts r
)");
  diag::Diagnostic d = only_error(*r);
  CHECK(d.message == "`r` is for case schema `S`, not `T`");
}
