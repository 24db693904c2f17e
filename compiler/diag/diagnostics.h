// Diagnostics: the kinds table, a collector shared by every phase, and a
// builder that attaches notes and hints before a diagnostic is recorded.
// Phases report through Diagnostics and never print; the driver renders.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "diag/source_manager.h"

namespace frist::diag {

enum class Severity { Error, Warning };

enum class Kind {
#define FRIST_DIAG(Id, Code, Sev, Msg) Id,
#include "diag/diagnostic_kinds.def"
#undef FRIST_DIAG
};

struct KindInfo {
  Kind kind;
  std::string_view id;
  int code;
  Severity severity;
  std::string_view format;
};

const KindInfo& info(Kind kind);
const std::vector<KindInfo>& all_kinds();
// "E0201" or "W0701".
std::string code_string(Kind kind);

struct Note {
  Span span;
  std::string message;
};

struct Diagnostic {
  Kind kind;
  Span span;
  std::string message;
  std::vector<Note> notes;
  std::string hint;

  Severity severity() const { return info(kind).severity; }
};

class Diagnostics;

// Records its diagnostic when it goes out of scope, so that a call site reads
// `diags.report(...).note(...).hint(...);`.
class Builder {
 public:
  Builder(Diagnostics& sink, Diagnostic diagnostic) : sink_(&sink), d_(std::move(diagnostic)) {}
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;
  ~Builder();

  Builder& note(Span span, std::string message) {
    d_.notes.push_back({span, std::move(message)});
    return *this;
  }
  Builder& hint(std::string text) {
    d_.hint = std::move(text);
    return *this;
  }

 private:
  Diagnostics* sink_;
  Diagnostic d_;
};

class Diagnostics {
 public:
  template <typename... Args>
  Builder report(Kind kind, Span span, Args&&... args) {
    std::string message = fmt::format(fmt::runtime(info(kind).format), std::forward<Args>(args)...);
    return Builder(*this, Diagnostic{kind, span, std::move(message), {}, {}});
  }

  void add(Diagnostic diagnostic);
  const std::vector<Diagnostic>& all() const { return list_; }
  // Sorted by file, line and column; ties keep their reporting order.
  std::vector<Diagnostic> sorted() const;
  size_t error_count() const { return errors_; }
  size_t warning_count() const { return list_.size() - errors_; }
  bool has_errors() const { return errors_ > 0; }

 private:
  std::vector<Diagnostic> list_;
  size_t errors_ = 0;
};

// The closest of `candidates` to `name` by edit distance over code points, if
// close enough to be a plausible typo.
std::string closest_name(std::string_view name, const std::vector<std::string>& candidates);

// "did you mean `x`?" or empty.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace frist::diag
