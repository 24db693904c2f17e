// Source lines are shown as the reader sees them: tabs and control bytes
// become single spaces so the caret stays under the right column, invalid
// UTF-8 becomes U+FFFD, and a very long line is cut to a window around the
// span so a 1 MB line cannot flood the terminal.
#include "diag/render.h"

#include <fmt/format.h>

#include <algorithm>

#include "diag/utf8.h"
#include "results/json_escape.h"

namespace frist::diag {

namespace {

constexpr uint32_t kContext = 60;

std::string location(const SourceManager& sources, Span span) {
  if (span.file == kNoFile) return "frist";
  if (span.line == 0) return sources.path(span.file);
  return fmt::format("{}:{}:{}", sources.path(span.file), span.line, span.col);
}

void render_source_line(std::ostream& out, const SourceManager& sources, Span span) {
  if (!span.valid()) return;
  std::u32string line = decode_utf8_lossy(sources.line_text(span.file, span.line));
  for (char32_t& c : line) {
    if (c < 0x20 || c == 0x7F) c = U' ';
  }
  uint32_t col = std::max<uint32_t>(span.col, 1) - 1;
  uint32_t length = std::max<uint32_t>(span.length, 1);
  uint32_t begin = col > kContext ? col - kContext : 0;
  uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(line.size()), col + length + kContext);
  if (begin > line.size()) begin = static_cast<uint32_t>(line.size());
  std::u32string shown = line.substr(begin, end - begin);
  std::string prefix = begin > 0 ? "…" : "";
  std::string suffix = end < line.size() ? "…" : "";
  std::string gutter = fmt::format("{:>5}", span.line);
  out << gutter << " | " << prefix << encode_utf8(shown) << suffix << '\n';
  uint32_t caret_col = col - begin + (begin > 0 ? 1 : 0);
  uint32_t caret_len = std::min<uint32_t>(length, std::max<uint32_t>(1, end - col));
  out << std::string(gutter.size(), ' ') << " | " << std::string(caret_col, ' ')
      << std::string(caret_len, '^') << '\n';
}

}  // namespace

void render_text(std::ostream& out, const SourceManager& sources,
                 const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    const char* sev = d.severity() == Severity::Error ? "error" : "warning";
    out << location(sources, d.span) << ": " << sev << '[' << code_string(d.kind)
        << "]: " << d.message << '\n';
    render_source_line(out, sources, d.span);
    if (!d.hint.empty()) out << "      = hint: " << d.hint << '\n';
    for (const Note& n : d.notes) {
      out << location(sources, n.span) << ": note: " << n.message << '\n';
      render_source_line(out, sources, n.span);
    }
  }
}

std::string json_escape(std::string_view text) {
  // Paths and messages may quote invalid UTF-8 from a rulebook; JSON may not.
  return frist::json_escape(encode_utf8(decode_utf8_lossy(text)));
}

namespace {

void write_span_fields(std::ostream& out, const SourceManager& sources, Span span) {
  std::string file = span.file == kNoFile ? "" : sources.path(span.file);
  out << "\"file\":\"" << json_escape(file) << "\",\"line\":" << span.line
      << ",\"column\":" << span.col << ",\"length\":" << span.length;
}

}  // namespace

void render_json(std::ostream& out, const SourceManager& sources,
                 const std::vector<Diagnostic>& diagnostics) {
  size_t errors = 0;
  out << "{\"diagnostics\":[";
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    bool is_error = d.severity() == Severity::Error;
    errors += is_error;
    out << (i ? "," : "") << '{';
    write_span_fields(out, sources, d.span);
    out << ",\"severity\":\"" << (is_error ? "error" : "warning") << "\",\"code\":\""
        << code_string(d.kind) << "\",\"message\":\"" << json_escape(d.message) << '"';
    if (!d.hint.empty()) out << ",\"hint\":\"" << json_escape(d.hint) << '"';
    out << ",\"notes\":[";
    for (size_t k = 0; k < d.notes.size(); ++k) {
      out << (k ? "," : "") << '{';
      write_span_fields(out, sources, d.notes[k].span);
      out << ",\"message\":\"" << json_escape(d.notes[k].message) << "\"}";
    }
    out << "]}";
  }
  out << "],\"errors\":" << errors << ",\"warnings\":" << diagnostics.size() - errors << "}\n";
}

}  // namespace frist::diag
