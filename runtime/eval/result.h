// What evaluating a rulebook for one case produces, shared by both engines
// and by the result writers: one record per obligation (a requirement, an
// occurrence of a recurring one, or a trial's own duty), with indices into
// the rulebook's metadata rather than strings, so native code can fill the
// same records without allocating. The interpreter also fills a trace.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace frist::eval {

inline constexpr int32_t kNoDate = INT32_MIN;
inline constexpr uint32_t kNoIndex = UINT32_MAX;

enum class Status : uint8_t {
  NotApplicable,
  Upcoming,
  Pending,
  Fulfilled,
  FulfilledLate,
  Overdue,
  Exempted,
  Undetermined
};

// How a trial changed the obligation.
enum class TrialEffect : uint8_t { None, Exempted, WindowReplaced, AlternativeAction, Duty };

const char* status_name(Status status);
const char* effect_name(TrialEffect effect);

// Why a decision went as it did, one step at a time, in words.
struct TraceStep {
  std::string text;
};

struct Obligation {
  uint32_t requirement = kNoIndex;  // index into RulebookInfo::requirements
  uint32_t occurrence = 1;          // 1-based; recurring and per-event obligations count up
  Status status = Status::NotApplicable;
  TrialEffect effect = TrialEffect::None;
  uint32_t version = kNoIndex;  // index into the requirement's versions
  uint32_t trial = kNoIndex;    // the trial that changed it
  int32_t earliest = kNoDate;   // after calendar policy
  int32_t latest = kNoDate;
  int32_t fulfilled_on = kNoDate;
  uint32_t fulfilled_by = kNoIndex;      // index of the event in the case's (date-sorted) events
  int64_t saving = 0;                    // øre saved by an exemption that names a cost
  std::vector<uint32_t> missing_facts;   // fact slots whose unknown value left it undetermined
  std::vector<uint32_t> missing_events;  // event kinds whose absence left it undetermined
  std::vector<TraceStep> trace;

  // Everything but the trace: the two engines must agree on exactly this.
  bool same_decision(const Obligation& other) const;
};

struct Result {
  std::vector<Obligation> obligations;
};

// Names for indices, built from the compiled rulebook.
struct VersionInfo {
  std::string label;
  std::vector<std::string> citations;
};

struct RequirementInfo {
  std::string name, title, action_verb, action_text;
  bool is_duty = false;
  std::vector<VersionInfo> versions;
};

struct TrialInfo {
  std::string name, title;
  std::vector<std::string> citations;
};

struct RulebookInfo {
  std::vector<RequirementInfo> requirements;
  std::vector<TrialInfo> trials;
  std::vector<std::vector<std::string>> schema_facts;  // fact names per schema
  std::vector<std::string> event_kinds;
};

}  // namespace frist::eval
