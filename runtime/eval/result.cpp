// Status and effect names are the words of the JSON output and of `expect`
// lines in tests, so they are spelled here once.
#include "eval/result.h"

namespace frist::eval {

const char* status_name(Status status) {
  switch (status) {
    case Status::NotApplicable:
      return "not_applicable";
    case Status::Upcoming:
      return "upcoming";
    case Status::Pending:
      return "pending";
    case Status::Fulfilled:
      return "fulfilled";
    case Status::FulfilledLate:
      return "fulfilled_late";
    case Status::Overdue:
      return "overdue";
    case Status::Exempted:
      return "exempted";
    case Status::Undetermined:
      return "undetermined";
  }
  return "?";
}

const char* effect_name(TrialEffect effect) {
  switch (effect) {
    case TrialEffect::None:
      return "none";
    case TrialEffect::Exempted:
      return "exempted";
    case TrialEffect::WindowReplaced:
      return "window_replaced";
    case TrialEffect::AlternativeAction:
      return "alternative_action";
    case TrialEffect::Duty:
      return "duty";
  }
  return "?";
}

bool Obligation::same_decision(const Obligation& o) const {
  return requirement == o.requirement && occurrence == o.occurrence && status == o.status &&
         effect == o.effect && version == o.version && trial == o.trial && earliest == o.earliest &&
         latest == o.latest && fulfilled_on == o.fulfilled_on && fulfilled_by == o.fulfilled_by &&
         saving == o.saving && missing_facts == o.missing_facts &&
         missing_events == o.missing_events;
}

}  // namespace frist::eval
