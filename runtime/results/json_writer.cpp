// The JSON result format of docs/cli.md. Field order is fixed and output is
// one line per case, so results diff cleanly and stream into other tools.
#include <fmt/format.h>

#include "dates/date.h"
#include "results/json_escape.h"
#include "results/writers.h"

namespace frist::results {

std::string iso_or_null(int32_t day) {
  if (day == eval::kNoDate) return "null";
  return "\"" + dates::format_iso(dates::Date{day}) + "\"";
}

namespace {

std::string quoted(std::string_view s) {
  return "\"" + json_escape(s) + "\"";
}

std::string string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + quoted(items[i]);
  return out + "]";
}

std::string missing_names(const CaseReport& r, const eval::Obligation& o) {
  std::vector<std::string> names;
  for (uint32_t f : o.missing_facts) names.push_back(r.info.schema_facts[r.the_case.schema][f]);
  for (uint32_t e : o.missing_events) names.push_back("event " + r.info.event_kinds[e]);
  return string_array(names);
}

std::string obligation_json(const CaseReport& r, const eval::Obligation& o, bool explain) {
  const eval::RequirementInfo& req = r.info.requirements[o.requirement];
  std::string out = fmt::format(
      "{{\"requirement\":{},\"title\":{},\"action\":{},\"occurrence\":{},\"status\":\"{}\""
      ",\"earliest\":{},\"latest\":{}",
      quoted(req.name), quoted(req.title), quoted(req.action_text), o.occurrence,
      eval::status_name(o.status), iso_or_null(o.earliest), iso_or_null(o.latest));
  out += fmt::format(",\"fulfilled_on\":{}", iso_or_null(o.fulfilled_on));
  if (o.fulfilled_by != eval::kNoIndex) {
    const cases::Event& ev = r.the_case.events[o.fulfilled_by];
    out += fmt::format(",\"fulfilled_by\":{}", quoted(r.info.event_kinds[ev.kind]));
  } else {
    out += ",\"fulfilled_by\":null";
  }
  if (o.version != eval::kNoIndex) {
    const eval::VersionInfo& v = req.versions[o.version];
    out +=
        fmt::format(",\"version\":{},\"citations\":{}", quoted(v.label), string_array(v.citations));
  } else {
    out += ",\"version\":null,\"citations\":[]";
  }
  if (o.trial != eval::kNoIndex) {
    out += fmt::format(",\"trial\":{},\"trial_effect\":\"{}\"", quoted(r.info.trials[o.trial].name),
                       eval::effect_name(o.effect));
  } else {
    out += ",\"trial\":null,\"trial_effect\":null";
  }
  if (o.saving != 0)
    out += fmt::format(",\"saving_dkk\":\"{}.{:02}\"", o.saving / 100, o.saving % 100);
  out += ",\"missing\":" + missing_names(r, o);
  if (explain) {
    std::vector<std::string> steps;
    for (const eval::TraceStep& s : o.trace) steps.push_back(s.text);
    out += ",\"explanation\":" + string_array(steps);
  }
  return out + "}";
}

}  // namespace

void write_json(std::ostream& out, const CaseReport& r, bool with_explanation) {
  out << "{\"id\":" << quoted(r.the_case.id) << ",\"as_of\":" << iso_or_null(r.as_of)
      << ",\"obligations\":[";
  for (size_t i = 0; i < r.result.obligations.size(); ++i) {
    out << (i ? "," : "") << obligation_json(r, r.result.obligations[i], with_explanation);
  }
  out << "]}\n";
}

void write_json_error(std::ostream& out, const cases::LoadError& e) {
  out << "{\"id\":" << (e.id.empty() ? "null" : quoted(e.id)) << ",\"line\":" << e.line
      << ",\"error\":{\"field\":" << (e.field.empty() ? "null" : quoted(e.field))
      << ",\"message\":" << quoted(e.message) << "}}\n";
}

}  // namespace frist::results
