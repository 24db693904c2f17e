// The pieces of the program dump shared between its files: dump.cpp (types,
// calendars, parameters, requirements), dump_trials.cpp (trials and tests)
// and dump_expr.cpp (expressions and what holds them). Internal to
// compiler/sema.
#pragma once

#include <fmt/format.h>

#include <string>

#include "sema/dump.h"
#include "sema/program.h"

namespace frist::sema {

// The dump being written: one line at a time, two spaces per depth.
struct DumpOut {
  const Program& p;
  std::string text;

  template <typename... Args>
  void line(int depth, fmt::format_string<Args...> format, Args&&... args) {
    text.append(static_cast<size_t>(depth) * 2, ' ');
    text += fmt::format(format, std::forward<Args>(args)...);
    text += '\n';
  }
  std::string expr(const Expr& e, Index schema) { return dump_expr(p, e, schema); }
};

std::string quoted_label(const std::string& label);  // ` "label"` or empty
std::string dump_citations(const std::vector<Citation>& list);
std::string schema_ref(const Program& p, Index schema);  // `#0 Sygefravær` or `-`
std::string event_name(const Program& p, Index event);
std::string dump_fulfilment(const Program& p, const Fulfilment& f, Index schema);
std::string dump_trigger(const Program& p, const Trigger& t, Index schema);
std::string dump_window(const Program& p, const Window& w, Index schema);

void dump_trials(DumpOut& o);
void dump_tests(DumpOut& o);

}  // namespace frist::sema
