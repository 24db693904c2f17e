// The catalog the case-loading tests validate against: a cut-down sickness-benefit
// (sygedagpenge) schema with one fact of every type, a second schema so `schema` matters,
// and three event kinds.
#pragma once

#include <catch2/catch.hpp>

#include <variant>

#include "cases/case.h"
#include "cases/load.h"

namespace frist::cases::testing {

// Fact indices in the Sygefravær schema, in declaration order.
enum Fact : size_t {
  kMunicipality,     // kommune
  kFirstAbsence,     // første_fraværsdag
  kCategory,         // kategori
  kExpectsRecovery,  // forventer_raskmelding_inden_8_uger
  kMonthlyPay,       // månedsløn
  kEmploymentRate,   // beskæftigelsesgrad
  kExtension,        // forlængelse
  kRemark,           // bemærkning
  kDiagnoses         // diagnosegrupper
};

inline FieldSpec field(std::string name, ValueType type, bool optional = false) {
  FieldSpec spec;
  spec.name = std::move(name);
  spec.type = type;
  spec.optional = optional;
  return spec;
}

inline FieldSpec members(FieldSpec spec, std::vector<std::string> names) {
  spec.enum_members = std::move(names);
  return spec;
}

inline const std::vector<std::string>& municipalities() {
  static const std::vector<std::string> names = {"Hjørring", "Brønderslev", "Frederikshavn", "Læsø",
                                                 "Aalborg"};
  return names;
}

inline SchemaSpec sickness_schema() {
  FieldSpec kategori = field("kategori", ValueType::Int);
  kategori.has_range = true;
  kategori.low = 1;
  kategori.high = 3;
  return SchemaSpec{
      "Sygefravær",
      {members(field("kommune", ValueType::Enum), municipalities()),
       field("første_fraværsdag", ValueType::Date), kategori,
       field("forventer_raskmelding_inden_8_uger", ValueType::Bool, true),
       field("månedsløn", ValueType::Money, true),
       field("beskæftigelsesgrad", ValueType::Decimal, true),
       field("forlængelse", ValueType::Duration, true), field("bemærkning", ValueType::Text, true),
       members(field("diagnosegrupper", ValueType::Set, true),
               {"muskel_skelet", "psykisk", "andet"})}};
}

inline CaseCatalog one_schema_catalog() {
  CaseCatalog catalog;
  catalog.schemas.push_back(sickness_schema());
  catalog.events.push_back(
      EventSpec{"opfølgningssamtale",
                {members(field("form", ValueType::Enum), {"telefon", "fremmøde", "digitalt"}),
                 field("note", ValueType::Text, true)}});
  catalog.events.push_back(EventSpec{"lægeattest", {field("varighed", ValueType::Duration, true)}});
  catalog.events.push_back(EventSpec{"raskmelding", {}});
  return catalog;
}

inline CaseCatalog test_catalog() {
  CaseCatalog catalog = one_schema_catalog();
  catalog.schemas.push_back(
      SchemaSpec{"Jobafklaring",
                 {members(field("kommune", ValueType::Enum), municipalities()),
                  field("start", ValueType::Date)}});
  return catalog;
}

inline Case as_case(const LoadedLine& line) {
  if (const auto* error = std::get_if<LoadError>(&line.result))
    FAIL("line " << line.line << ": " << error->field << ": " << error->message);
  return std::get<Case>(line.result);
}

inline LoadError as_error(const LoadedLine& line) {
  if (!std::holds_alternative<LoadError>(line.result))
    FAIL("line " << line.line << " loaded without error");
  return std::get<LoadError>(line.result);
}

// Loads a single line against test_catalog().
inline LoadedLine load_one(std::string_view line) {
  static const CaseCatalog catalog = test_catalog();
  std::vector<LoadedLine> lines = load_jsonl(line, catalog);
  REQUIRE(lines.size() == 1);
  return std::move(lines[0]);
}

}  // namespace frist::cases::testing
