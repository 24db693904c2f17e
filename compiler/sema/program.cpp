// The names of obligation statuses, shared by tests (`expect X pending`),
// result writers and the dump so that all of them spell a status alike.
#include "sema/program.h"

namespace frist::sema {
namespace {

struct StatusName {
  Status status;
  const char* name;
};
constexpr StatusName kStatusNames[] = {{Status::NotApplicable, "not_applicable"},
                                       {Status::Upcoming, "upcoming"},
                                       {Status::Pending, "pending"},
                                       {Status::Fulfilled, "fulfilled"},
                                       {Status::FulfilledLate, "fulfilled_late"},
                                       {Status::Overdue, "overdue"},
                                       {Status::Exempted, "exempted"},
                                       {Status::Undetermined, "undetermined"}};

}  // namespace

const char* status_name(Status status) {
  for (const StatusName& s : kStatusNames)
    if (s.status == status) return s.name;
  return "?";
}

std::optional<Status> parse_status(std::string_view text) {
  for (const StatusName& s : kStatusNames)
    if (text == s.name) return s.status;
  return std::nullopt;
}

}  // namespace frist::sema
