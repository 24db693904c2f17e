// The text parsers behind decimals, money, durations and dates, and the suggestion rule.
#include <catch2/catch.hpp>

#include "cases/names.h"
#include "cases/scalars.h"

using namespace frist::cases;

namespace {

template <class T>
T value(const Parsed<T>& parsed) {
  if (const auto* message = std::get_if<std::string>(&parsed)) FAIL(*message);
  return std::get<T>(parsed);
}

template <class T>
std::string error(const Parsed<T>& parsed) {
  const auto* message = std::get_if<std::string>(&parsed);
  return message ? *message : std::string("(no error)");
}

}  // namespace

TEST_CASE("fixed point parsing is exact", "[cases][scalars]") {
  CHECK(value(parse_fixed_point("0", 2)) == 0);
  CHECK(value(parse_fixed_point("-0.0", 2)) == 0);
  CHECK(value(parse_fixed_point("0e-999999", 2)) == 0);
  CHECK(value(parse_fixed_point("1.5", 0 + 1)) == 15);
  CHECK(value(parse_fixed_point("1.50", 1)) == 15);
  CHECK(value(parse_fixed_point("12E1", 0)) == 120);
  CHECK(value(parse_fixed_point("125e-2", 2)) == 125);
  CHECK(value(parse_fixed_point("9223372036854.775807", 6)) == 9'223'372'036'854'775'807);
  CHECK(error(parse_fixed_point("9223372036854.775808", 6)) ==
        "`9223372036854.775808` is too large");
  CHECK(error(parse_fixed_point("1e400", 6)) == "`1e400` is too large");
  CHECK(error(parse_fixed_point("1e-7", 6)) == "`1e-7` has more than 6 decimals");
  for (std::string_view bad :
       {"", "-", ".5", "5.", "1e", "+1", " 1", "1 ", "0x10", "1.2.3", "NaN"}) {
    CAPTURE(bad);
    CHECK(std::holds_alternative<std::string>(parse_fixed_point(bad, 6)));
  }
}

TEST_CASE("money accepts DKK and rejects other currencies", "[cases][scalars]") {
  CHECK(value(parse_money("1639.00 DKK")) == 163'900);
  CHECK(value(parse_money("0.05")) == 5);
  CHECK(error(parse_money("1639.005")) == "`1639.005` has more than 2 decimals");
  CHECK(error(parse_money("1639.00DKK")) == "`1639.00DKK` is not a number");
  CHECK(error(parse_money("DKK 5")) ==
        "`DKK 5` is not an amount such as `1639.00` or `1639.00 DKK`");
}

TEST_CASE("durations accept the four units, singular or plural", "[cases][scalars]") {
  CHECK(value(parse_duration("0 days")).days == 0);
  CHECK(value(parse_duration("1 months")).months == 1);
  CHECK(value(parse_duration("52 weeks")).days == 364);
  for (std::string_view bad :
       {"", "days", "3", "3  months", "-3 months", "3 Months", "3 months ", "3 mdr", "1.5 years"}) {
    CAPTURE(bad);
    CHECK(std::holds_alternative<std::string>(parse_duration(bad)));
  }
  CHECK(error(parse_duration("99999999999 days")) == "`99999999999 days` is too long");
  CHECK(error(parse_duration("1000000000 years")) == "`1000000000 years` is too long");
}

TEST_CASE("dates are strict", "[cases][scalars]") {
  CHECK(value(parse_date("1970-01-02")) == 1);
  CHECK(value(parse_date("1969-12-31")) == -1);
  CHECK(error(parse_date("2019-3-4")) == "`2019-3-4` is not a date written as YYYY-MM-DD");
  CHECK(error(parse_date("2019-04-31")) == "`2019-04-31` is not a valid calendar date");
}

TEST_CASE("edit distance counts characters, not bytes", "[cases][names]") {
  CHECK(edit_distance("Hjorring", "Hjørring") == 1);
  CHECK(edit_distance("", "Læsø") == 4);
  CHECK(edit_distance("kategory", "kategori") == 1);
  CHECK(edit_distance("psykiks", "psykisk") == 2);
}

TEST_CASE("suggestions are at most two edits away", "[cases][names]") {
  std::vector<std::string_view> names = {"Hjørring", "Brønderslev", "Læsø"};
  CHECK(closest_name("Brønderslv", names) == "Brønderslev");
  CHECK(closest_name("Bronderslv", names) == "Brønderslev");
  CHECK(closest_name("Brndrslv", names).empty());
  CHECK(closest_name("Læsø", names).empty());  // an exact name is not a suggestion
  CHECK(closest_name("ab", {"xy"}).empty());
  CHECK(closest_name("x", {"y"}).empty());
  CHECK(did_you_mean("Laesø", names) == "; did you mean `Læsø`?");
  CHECK(closest_name(std::string(1 << 20, 'a'), names).empty());
}

TEST_CASE("long text is shortened in messages at a character boundary", "[cases][names]") {
  CHECK(quoted("Læsø") == "`Læsø`");
  std::string long_text = std::string(59, 'a') + "øøø";
  CHECK(quoted(long_text) == "`" + std::string(59, 'a') + "…`");
}
