// The kinds table is expanded from diagnostic_kinds.def so that the id, the
// code and the message live in exactly one place.
#include "diag/diagnostics.h"

#include <algorithm>

#include "cases/edit_distance.h"
#include "diag/utf8.h"

namespace frist::diag {

const std::vector<KindInfo>& all_kinds() {
  static const std::vector<KindInfo> kinds = {
#define FRIST_DIAG(Id, Code, Sev, Msg) {Kind::Id, #Id, Code, Severity::Sev, Msg},
#include "diag/diagnostic_kinds.def"
#undef FRIST_DIAG
  };
  return kinds;
}

const KindInfo& info(Kind kind) {
  return all_kinds()[static_cast<size_t>(kind)];
}

std::string code_string(Kind kind) {
  const KindInfo& k = info(kind);
  return fmt::format("{}{:04}", k.severity == Severity::Error ? 'E' : 'W', k.code);
}

Builder::~Builder() {
  sink_->add(std::move(d_));
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity() == Severity::Error) ++errors_;
  list_.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = list_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.file, a.span.line, a.span.col) <
           std::tie(b.span.file, b.span.line, b.span.col);
  });
  return out;
}

std::string closest_name(std::string_view name, const std::vector<std::string>& candidates) {
  std::u32string wanted = decode_utf8_lossy(name);
  size_t limit = std::max<size_t>(1, wanted.size() / 3);
  size_t best = limit + 1;
  std::string best_name;
  for (const std::string& candidate : candidates) {
    if (candidate == name) continue;
    size_t d = frist::edit_distance(wanted, decode_utf8_lossy(candidate));
    if (d < best) {
      best = d;
      best_name = candidate;
    }
  }
  return best_name;
}

std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates) {
  std::string best = closest_name(name, candidates);
  return best.empty() ? std::string() : fmt::format("did you mean `{}`?", best);
}

}  // namespace frist::diag
