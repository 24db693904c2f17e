// The deadline report for people: per case, each obligation with its status,
// window and legal basis, aligned in columns; trial changes and missing facts
// on the line below so the row stays readable.
#include <fmt/format.h>

#include <algorithm>

#include "dates/date.h"
#include "results/writers.h"

namespace frist::results {

namespace {

std::string day(int32_t d) {
  return d == eval::kNoDate ? std::string("-") : dates::format_iso(dates::Date{d});
}

std::string window(const eval::Obligation& o) {
  if (o.earliest == eval::kNoDate && o.latest == eval::kNoDate) return "-";
  return day(o.earliest) + " .. " + day(o.latest);
}

std::string label(const eval::RequirementInfo& req, const eval::Obligation& o) {
  return o.occurrence > 1 ? fmt::format("{} #{}", req.name, o.occurrence) : req.name;
}

}  // namespace

void write_table(std::ostream& out, const CaseReport& r) {
  out << fmt::format("Case {} ({}) as of {}\n", r.the_case.id,
                     r.catalog.schemas[r.the_case.schema].name, day(r.as_of));
  size_t width = 10;
  for (const eval::Obligation& o : r.result.obligations) {
    width = std::max(width, label(r.info.requirements[o.requirement], o).size());
  }
  out << fmt::format("  {:<{}} {:<15} {:<24} {:<11} {}\n", "obligation", width, "status", "window",
                     "done", "basis");
  for (const eval::Obligation& o : r.result.obligations) {
    const eval::RequirementInfo& req = r.info.requirements[o.requirement];
    std::string basis;
    if (o.version != eval::kNoIndex) {
      for (const std::string& c : req.versions[o.version].citations) {
        basis += (basis.empty() ? "" : "; ") + c;
      }
    }
    out << fmt::format("  {:<{}} {:<15} {:<24} {:<11} {}\n", label(req, o), width,
                       eval::status_name(o.status), window(o), day(o.fulfilled_on), basis);
    if (o.trial != eval::kNoIndex) {
      out << fmt::format("  {:<{}} trial {} ({})\n", "", width, r.info.trials[o.trial].name,
                         eval::effect_name(o.effect));
    }
    if (!o.missing_facts.empty() || !o.missing_events.empty()) {
      std::string names;
      for (uint32_t f : o.missing_facts) {
        names += (names.empty() ? "" : ", ") + r.info.schema_facts[r.the_case.schema][f];
      }
      for (uint32_t e : o.missing_events) {
        names += (names.empty() ? "event " : ", event ") + r.info.event_kinds[e];
      }
      out << fmt::format("  {:<{}} missing: {}\n", "", width, names);
    }
  }
  out << '\n';
}

void write_table_error(std::ostream& out, const cases::LoadError& e) {
  out << fmt::format("Line {}{}: error{}: {}\n\n", e.line, e.id.empty() ? "" : " (" + e.id + ")",
                     e.field.empty() ? "" : " in " + e.field, e.message);
}

}  // namespace frist::results
