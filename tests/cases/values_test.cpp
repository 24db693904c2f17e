// Typing of single facts and event fields: every ValueType read from its JSON forms, the
// exactness of decimals and money, and the message for each kind of wrong value.
#include "test_catalog.h"

#include "dates/date.h"

using namespace frist::cases;
using namespace frist::cases::testing;

namespace {

// A complete, valid Sygefravær line with `extra` spliced into its facts.
std::string line_with(std::string_view extra) {
  std::string facts = R"("kommune": "Hjørring", "første_fraværsdag": "2019-03-04", "kategori": 2)";
  if (!extra.empty()) facts += ", " + std::string(extra);
  return R"({"id": "S-001", "schema": "Sygefravær", "facts": {)" + facts + "}}";
}

Value fact(std::string_view extra, Fact which) {
  LoadedLine line = load_one(line_with(extra));
  return as_case(line).facts.at(which);
}

LoadError fact_error(std::string_view extra) {
  LoadedLine line = load_one(line_with(extra));
  return as_error(line);
}

int32_t day(int year, unsigned month, unsigned day_of_month) {
  return frist::dates::from_ymd(year, month, day_of_month).day;
}

}  // namespace

TEST_CASE("the example line loads with every fact in schema order", "[cases][values]") {
  const Case loaded = as_case(load_one(line_with(R"("forventer_raskmelding_inden_8_uger": null)")));
  CHECK(loaded.id == "S-001");
  CHECK(loaded.schema == 0);
  REQUIRE(loaded.facts.size() == 9);
  CHECK(loaded.facts[kMunicipality].known);
  CHECK(loaded.facts[kMunicipality].number == 0);
  CHECK(loaded.facts[kFirstAbsence].number == day(2019, 3, 4));
  CHECK(loaded.facts[kCategory].number == 2);
  CHECK_FALSE(loaded.facts[kExpectsRecovery].known);  // null: unknown
  CHECK_FALSE(loaded.facts[kMonthlyPay].known);       // missing: unknown
  CHECK_FALSE(loaded.facts[kDiagnoses].known);
}

TEST_CASE("booleans are true and false only", "[cases][values]") {
  CHECK(fact(R"("forventer_raskmelding_inden_8_uger": true)", kExpectsRecovery).number == 1);
  CHECK(fact(R"("forventer_raskmelding_inden_8_uger": false)", kExpectsRecovery).number == 0);
  LoadError error = fact_error(R"("forventer_raskmelding_inden_8_uger": "ja")");
  CHECK(error.field == "facts.forventer_raskmelding_inden_8_uger");
  CHECK(error.message ==
        "fact `forventer_raskmelding_inden_8_uger`: expected `true` or `false`, found a text");
}

TEST_CASE("whole numbers reject fractions, text and values outside their range",
          "[cases][values]") {
  auto with_category = [](std::string_view value) {
    LoadedLine line =
        load_one(R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kommune": "Læsø", )"
                 R"("første_fraværsdag": "2019-03-04", "kategori": )" +
                 std::string(value) + "}}");
    return as_error(line);
  };
  CHECK(as_case(load_one(R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kommune": "Læsø", )"
                         R"("første_fraværsdag": "2019-03-04", "kategori": 3}})"))
            .facts[kCategory]
            .number == 3);
  CHECK(with_category("2.5").message ==
        "fact `kategori`: expected a whole number, found the number `2.5`");
  CHECK(with_category("2.0").message ==
        "fact `kategori`: expected a whole number, found the number `2.0`");
  CHECK(with_category("\"2\"").message == "fact `kategori`: expected a whole number, found a text");
  CHECK(with_category("4").message == "fact `kategori`: `4` is outside the range 1..3");
  CHECK(with_category("0").message == "fact `kategori`: `0` is outside the range 1..3");
  CHECK(with_category("9223372036854775808").message ==
        "fact `kategori`: `9223372036854775808` is too large");
  // Beyond 64 bits simdjson rejects the whole line; no fact type could hold the value anyway.
  CHECK(with_category("99999999999999999999").message ==
        "line is not valid JSON: a number is malformed or too large");
  CHECK(with_category("4").field == "facts.kategori");
  CHECK(with_category("4").id == "S-1");
}

TEST_CASE("decimals are exact from the digits written, as numbers or strings", "[cases][values]") {
  auto rate = [](std::string_view value) {
    return fact("\"beskæftigelsesgrad\": " + std::string(value), kEmploymentRate).number;
  };
  CHECK(rate("0.1") == 100'000);
  CHECK(rate("0.2") == 200'000);
  CHECK(rate("0.1") + rate("0.2") == rate("0.3"));  // not 0.30000000000000004
  CHECK(rate("\"0.3\"") == 300'000);
  CHECK(rate("-1.5") == -1'500'000);
  CHECK(rate("37") == 37'000'000);
  CHECK(rate("0.000001") == 1);
  CHECK(rate("1e-05") == 10);
  CHECK(rate("2.5E2") == 250'000'000);
  CHECK(rate("1.2500000") == 1'250'000);  // trailing zeros are not extra decimals
  CHECK(rate("9007199254.740993") == 9'007'199'254'740'993);  // beyond a double's 53 bits
  CHECK(fact_error(R"("beskæftigelsesgrad": 0.1234567)").message ==
        "fact `beskæftigelsesgrad`: `0.1234567` has more than 6 decimals");
  CHECK(fact_error(R"("beskæftigelsesgrad": "12,5")").message ==
        "fact `beskæftigelsesgrad`: `12,5` is not a number (write decimals with a point, as in "
        "`12.5`)");
  CHECK(fact_error(R"("beskæftigelsesgrad": true)").message ==
        "fact `beskæftigelsesgrad`: expected a number, found `true`");
}

TEST_CASE("money is exact in øre, with an optional DKK", "[cases][values]") {
  auto pay = [](std::string_view value) {
    return fact("\"månedsløn\": " + std::string(value), kMonthlyPay).number;
  };
  CHECK(pay("1639.00") == 163'900);
  CHECK(pay("\"1639.00\"") == 163'900);
  CHECK(pay("\"1639.00 DKK\"") == 163'900);
  CHECK(pay("1639") == 163'900);
  CHECK(pay("0.1") + pay("0.2") == pay("0.3"));
  CHECK(pay("\"0.10 DKK\"") == 10);
  CHECK(pay("-25.5") == -2'550);
  CHECK(fact_error(R"("månedsløn": 12.345)").message ==
        "fact `månedsløn`: `12.345` has more than 2 decimals");
  CHECK(fact_error(R"("månedsløn": "100 EUR")").message ==
        "fact `månedsløn`: `100 EUR` is not an amount such as `1639.00` or `1639.00 DKK`");
  CHECK(fact_error(R"("månedsløn": ["1"])").message ==
        "fact `månedsløn`: expected an amount of money, found a list");
}

TEST_CASE("dates are strict YYYY-MM-DD", "[cases][values]") {
  auto with_date = [](std::string_view value) {
    return load_one(
        R"({"id": "S-1", "facts": {"kommune": "Læsø", "kategori": 1, "første_fraværsdag": )" +
        std::string(value) + "}, \"schema\": \"Sygefravær\"}");
  };
  CHECK(as_case(with_date("\"2020-02-29\"")).facts[kFirstAbsence].number == day(2020, 2, 29));
  CHECK(as_error(with_date("\"2019-02-29\"")).message ==
        "fact `første_fraværsdag`: `2019-02-29` is not a valid calendar date");
  CHECK(as_error(with_date("\"4/3/2019\"")).message ==
        "fact `første_fraværsdag`: `4/3/2019` is not a date written as YYYY-MM-DD");
  CHECK(as_error(with_date("\"2019-03-04T00:00\"")).message ==
        "fact `første_fraværsdag`: `2019-03-04T00:00` is not a date written as YYYY-MM-DD");
  CHECK(as_error(with_date("20190304")).message ==
        "fact `første_fraværsdag`: expected a date written as \"YYYY-MM-DD\", found the number "
        "`20190304`");
}

TEST_CASE("durations are a count and a unit", "[cases][values]") {
  auto extension = [](std::string_view text) {
    return fact("\"forlængelse\": \"" + std::string(text) + "\"", kExtension).duration;
  };
  CHECK(extension("3 months").months == 3);
  CHECK(extension("1 month").months == 1);
  CHECK(extension("2 years").months == 24);
  CHECK(extension("1 year").months == 12);
  CHECK(extension("8 weeks").days == 56);
  CHECK(extension("1 week").days == 7);
  CHECK(extension("14 days").days == 14);
  CHECK(extension("1 day").days == 1);
  CHECK(extension("14 days").months == 0);
  CHECK(fact_error(R"("forlængelse": "3 måneder")").message ==
        "fact `forlængelse`: `3 måneder` is not a duration such as `14 days`, `8 weeks`, `3 "
        "months` or `2 years`");
  CHECK(fact_error(R"("forlængelse": 3)").message ==
        "fact `forlængelse`: expected a duration such as \"3 months\", found the number `3`");
}

TEST_CASE("text is any string, unescaped", "[cases][values]") {
  CHECK(fact(R"("bemærkning": "sygemeldt \"delvist\"\n")", kRemark).text ==
        "sygemeldt \"delvist\"\n");
  CHECK(fact(R"("bemærkning": "")", kRemark).known);
  CHECK(fact_error(R"("bemærkning": 12)").message ==
        "fact `bemærkning`: expected a text, found the number `12`");
}

TEST_CASE("enum members are matched exactly, with a suggestion for near misses",
          "[cases][values]") {
  auto with_municipality = [](std::string_view name) {
    return load_one(R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kommune": ")" +
                    std::string(name) + R"(", "første_fraværsdag": "2019-03-04", "kategori": 1}})");
  };
  CHECK(as_case(with_municipality("Brønderslev")).facts[kMunicipality].number == 1);
  CHECK(as_case(with_municipality("Læsø")).facts[kMunicipality].number == 3);
  LoadError near = as_error(with_municipality("Laesø"));
  CHECK(near.field == "facts.kommune");
  CHECK(near.message == "fact `kommune`: `Laesø` is not a known value; did you mean `Læsø`?");
  CHECK(as_error(with_municipality("Hjorring")).message ==
        "fact `kommune`: `Hjorring` is not a known value; did you mean `Hjørring`?");
  CHECK(as_error(with_municipality("København")).message ==
        "fact `kommune`: `København` is not a known value; expected one of `Hjørring`, "
        "`Brønderslev`, "
        "`Frederikshavn`, `Læsø`, `Aalborg`");
}

TEST_CASE("sets drop repetition and order", "[cases][values]") {
  Value groups = fact(R"("diagnosegrupper": ["andet", "muskel_skelet", "andet"])", kDiagnoses);
  CHECK(groups.known);
  CHECK(groups.set == std::vector<uint32_t>{0, 2});
  CHECK(fact(R"("diagnosegrupper": [])", kDiagnoses).known);
  LoadError error = fact_error(R"("diagnosegrupper": ["psykisk", "psykiks"])");
  CHECK(error.field == "facts.diagnosegrupper[1]");
  CHECK(error.message ==
        "fact `diagnosegrupper`: `psykiks` is not a known value; did you mean `psykisk`?");
  CHECK(fact_error(R"("diagnosegrupper": "psykisk")").message ==
        "fact `diagnosegrupper`: expected a list of names, found a text");
}
