// The text renderer shows the source line as the reader sees it, with the
// caret under the right characters however many bytes they take, tabs and
// control characters as one column each, and very long lines cut to a
// window. The JSON renderer always produces valid JSON.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "diag/render.h"
#include "diag/source_manager.h"

using namespace frist::diag;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

Diagnostic unknown_name(FileId file, uint32_t line, uint32_t col, uint32_t length,
                        const std::string& name) {
  Diagnostics diags;
  diags.report(Kind::UnknownName, Span{file, line, col, length}, name);
  return diags.all().front();
}

std::string render(const SourceManager& sources, const Diagnostic& d) {
  std::ostringstream out;
  render_text(out, sources, {d});
  return out.str();
}

// The caret line without the gutter: what follows "      | ".
std::string caret_part(const std::string& rendered) {
  std::vector<std::string> lines = lines_of(rendered);
  REQUIRE(lines.size() >= 3);
  const std::string& caret = lines[2];
  size_t bar = caret.find(" | ");
  REQUIRE(bar != std::string::npos);
  return caret.substr(bar + 3);
}

std::string source_part(const std::string& rendered) {
  std::vector<std::string> lines = lines_of(rendered);
  REQUIRE(lines.size() >= 2);
  size_t bar = lines[1].find(" | ");
  REQUIRE(bar != std::string::npos);
  return lines[1].substr(bar + 3);
}

}  // namespace

TEST_CASE("the header names file, line, column, severity, code and message", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("sygedagpenge.frist", "case Sag { start: date }\n  when kategorii >= 2\n");
  std::string out = render(sources, unknown_name(f, 2, 8, 9, "kategorii"));
  CHECK(lines_of(out)[0] ==
        "sygedagpenge.frist:2:8: error[E0201]: cannot find `kategorii` in this scope");
  CHECK(lines_of(out)[1] == "    2 |   when kategorii >= 2");
  CHECK(lines_of(out)[2] == "      |        ^^^^^^^^^");
}

TEST_CASE("the caret counts Danish letters as one column each", "[diag][render]") {
  // "første_fraværsdag" has two two-byte letters before the misspelt name:
  // the caret must move by code points, not bytes.
  SourceManager sources;
  std::string line = "  due by første_fraværsdag + 14 dage";
  FileId f = sources.add("sygedagpenge.frist", line + "\n");
  // `dage` starts at code point 33 (byte 35).
  REQUIRE(line.substr(34, 4) == "dage");
  std::string out = render(sources, unknown_name(f, 1, 33, 4, "dage"));
  CHECK(source_part(out) == line);
  CHECK(caret_part(out) == std::string(32, ' ') + "^^^^");
}

TEST_CASE("a span of Danish letters gets one caret per letter", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("k.frist", "  when kommune = Kommune.Hjørring\n");
  std::string out = render(sources, unknown_name(f, 1, 26, 8, "Hjørring"));
  CHECK(caret_part(out) == std::string(25, ' ') + "^^^^^^^^");
}

TEST_CASE("a tab is shown as one space, so the caret stays under the name", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("t.frist", "\twhen\tkatgori >= 2\r\n");
  std::string out = render(sources, unknown_name(f, 1, 7, 7, "katgori"));
  CHECK(source_part(out) == " when katgori >= 2");
  CHECK(caret_part(out) == "      ^^^^^^^");
}

TEST_CASE("control characters are shown as spaces", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("n.frist", std::string("  fulfilled by samtale\0x", 24) + "\n");
  Diagnostics diags;
  diags.report(Kind::UnexpectedCharacter, Span{f, 1, 23, 1}, "U+0000");
  std::string out = render(sources, diags.all().front());
  CHECK(source_part(out) == "  fulfilled by samtale x");
  CHECK(caret_part(out) == std::string(22, ' ') + "^");
}

TEST_CASE("a 1 MB line is cut to a window around the span", "[diag][render]") {
  SourceManager sources;
  std::string line(500000, 'a');
  line += "fejl";
  line += std::string(500000, 'b');
  FileId f = sources.add("lang.frist", line + "\n");
  std::string out = render(sources, unknown_name(f, 1, 500001, 4, "fejl"));
  CHECK(out.size() < 1000);
  std::string shown = source_part(out);
  // 60 characters of context either side, each cut side marked with "…".
  CHECK(shown == "…" + std::string(60, 'a') + "fejl" + std::string(60, 'b') + "…");
  // "…" is one column: the caret sits after it and the 60 characters.
  CHECK(caret_part(out) == std::string(61, ' ') + "^^^^");
}

TEST_CASE("a long line is cut only on the side that is long", "[diag][render]") {
  SourceManager sources;
  std::string line = "  when x" + std::string(200, 'y');
  FileId f = sources.add("lang.frist", line + "\n");
  std::string out = render(sources, unknown_name(f, 1, 8, 1, "x"));
  CHECK(source_part(out) == "  when x" + std::string(60, 'y') + "…");
  CHECK(caret_part(out) == "       ^");
}

TEST_CASE("a caret never runs past the end of the shown line", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("s.frist", "  do hold \"første\n");
  Diagnostics diags;
  diags.report(Kind::UnterminatedString, Span{f, 1, 11, 500});
  std::string out = render(sources, diags.all().front());
  CHECK(caret_part(out) == std::string(10, ' ') + std::string(7, '^'));
}

TEST_CASE("diagnostics without a place print `frist` and no source line", "[diag][render]") {
  SourceManager sources;
  Diagnostics diags;
  diags.report(Kind::NoRulebookFiles, Span{}, ".");
  std::ostringstream out;
  render_text(out, sources, diags.all());
  CHECK(out.str() == "frist: error[E0010]: no `.frist` files in folder `.`\n");
}

TEST_CASE("hints and notes follow the diagnostic", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("d.frist", "source SDL = act \"a\"\nsource SDL = act \"b\"\n");
  Diagnostics diags;
  diags.report(Kind::DuplicateDeclaration, Span{f, 2, 8, 3}, "SDL")
      .hint("remove one")
      .note(Span{f, 1, 8, 3}, "first declared here");
  std::ostringstream out;
  render_text(out, sources, diags.all());
  CHECK(out.str() ==
        "d.frist:2:8: error[E0202]: `SDL` is declared twice\n"
        "    2 | source SDL = act \"b\"\n"
        "      |        ^^^\n"
        "      = hint: remove one\n"
        "d.frist:1:8: note: first declared here\n"
        "    1 | source SDL = act \"a\"\n"
        "      |        ^^^\n");
}

TEST_CASE("invalid UTF-8 in a source line is shown as U+FFFD", "[diag][render]") {
  SourceManager sources;
  FileId f = sources.add("l.frist", "case S \"F\xF8rste\" {\n");
  Diagnostics diags;
  diags.report(Kind::InvalidUtf8, Span{f, 1, 10, 1}, 0xF8u);
  std::string out = render(sources, diags.all().front());
  CHECK(lines_of(out)[0] == "l.frist:1:10: error[E0002]: the file is not valid UTF-8 (byte 0xF8)");
  CHECK(source_part(out) == "case S \"F\xEF\xBF\xBDrste\" {");
  CHECK(caret_part(out) == std::string(9, ' ') + "^");
}

TEST_CASE("JSON escapes quotes, backslashes and control characters", "[diag][json]") {
  CHECK(json_escape("plain tekst med æøå") == "plain tekst med æøå");
  CHECK(json_escape("\"citat\"") == "\\\"citat\\\"");
  CHECK(json_escape("C:\\sti") == "C:\\\\sti");
  CHECK(json_escape("a\nb\tc\rd") == "a\\nb\\tc\\rd");
  CHECK(json_escape(std::string("nul\0byte", 8)) == "nul\\u0000byte");
  CHECK(json_escape("\x01\x1f") == "\\u0001\\u001f");
  // Invalid UTF-8 becomes U+FFFD so the output stays valid JSON.
  CHECK(json_escape("F\xF8rste") == "F\xEF\xBF\xBDrste");
}

TEST_CASE("the JSON renderer writes one object with escaped fields", "[diag][json]") {
  SourceManager sources;
  FileId f = sources.add("mappe \"x\"/r.frist", "  do request \"LÆ\\285\"\n");
  Diagnostics diags;
  diags.report(Kind::InvalidEscape, Span{f, 1, 17, 2}, "2").hint("write `\\\"`");
  diags.report(Kind::EmptyFile, Span{f, 1, 1, 1});
  std::ostringstream out;
  render_json(out, sources, diags.all());
  CHECK(
      out.str() ==
      "{\"diagnostics\":["
      "{\"file\":\"mappe \\\"x\\\"/r.frist\",\"line\":1,\"column\":17,\"length\":2,"
      "\"severity\":\"error\",\"code\":\"E0014\","
      "\"message\":\"unknown escape `\\\\2` in text\",\"hint\":\"write `\\\\\\\"`\",\"notes\":[]},"
      "{\"file\":\"mappe \\\"x\\\"/r.frist\",\"line\":1,\"column\":1,\"length\":1,"
      "\"severity\":\"warning\",\"code\":\"W0704\","
      "\"message\":\"the file declares nothing\",\"notes\":[]}"
      "],\"errors\":1,\"warnings\":1}\n");
}

TEST_CASE("diagnostics sort by file, line and column, ties in reporting order", "[diag]") {
  Diagnostics diags;
  diags.report(Kind::UnknownName, Span{1, 1, 1, 1}, "c");
  diags.report(Kind::UnknownName, Span{0, 5, 2, 1}, "b");
  diags.report(Kind::UnknownName, Span{0, 5, 2, 1}, "b2");
  diags.report(Kind::UnknownName, Span{0, 2, 9, 1}, "a");
  std::vector<Diagnostic> sorted = diags.sorted();
  REQUIRE(sorted.size() == 4);
  CHECK(sorted[0].message == "cannot find `a` in this scope");
  CHECK(sorted[1].message == "cannot find `b` in this scope");
  CHECK(sorted[2].message == "cannot find `b2` in this scope");
  CHECK(sorted[3].message == "cannot find `c` in this scope");
}
