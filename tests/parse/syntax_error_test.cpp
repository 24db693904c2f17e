// Syntax errors in our words, at the right place: typical mistakes, unknown
// characters, unclosed texts, and the limits that keep one mistake from
// burying the rest (one error per line, at most 50 per file).
#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

std::string errors_of(const std::string& text) {
  return parse_text(text)->listing();
}

TEST_CASE("typical mistakes read as what to write", "[parse][syntax]") {
  CHECK(errors_of("requirement") == "E0004 1:12 expected a name, found end of file\n");
  CHECK(errors_of("source SDL act \"x\"") == "E0004 1:12 expected `=`, found `act`\n");
  CHECK(errors_of("parameter p: money when") == "E0004 1:20 expected `=`, found `when`\n");
  CHECK(errors_of("requirement r when (a))\n  do hold") == "E0004 1:23 unexpected `)`\n");
  CHECK(errors_of("foo bar") ==
        "E0004 1:1 expected a declaration (`requirement`, `trial`, `case`, ...), found `foo`\n");
  CHECK(errors_of("requirement r when kategori >= do hold") ==
        "E0004 1:32 expected an expression, found `do`\n");
  CHECK(errors_of("enum X { A, B\ncase Y { }") == "E0004 2:1 expected `,` or `}`, found `case`\n");
  CHECK(errors_of("requirement r due before the end of week x") ==
        "E0004 1:42 expected a whole number, found `x`\n");
  CHECK(errors_of("requirement r due") ==
        "E0004 1:18 expected a deadline (`before`, `within`, `between`, ...), found end of file\n");
  CHECK(errors_of("requirement r due at the latest 3 weks after x") ==
        "E0004 1:35 expected a unit of time (`days`, `weeks`, `months`, `years`), found `weks`\n");
  CHECK(errors_of("case C { x: }") == "E0004 1:13 expected a type, found `}`\n");
  CHECK(errors_of("test \"x\" { case S { } expect r pending }") ==
        "E0004 1:23 expected `as`, found `expect`\n");
  CHECK(errors_of("calendar c { closed \"x\" every June 5 }") ==
        "E0004 1:31 expected a whole number, found `June`\n");
  CHECK(errors_of("requirement r due within x weeks after d") ==
        "E0004 1:26 expected a number, found `x`\n");
  CHECK(errors_of("source S = act \"x\" nr. 12.5") ==
        "E0004 1:24 expected a whole number, found `12.5`\n");
}

TEST_CASE("unknown characters are named, control characters by code", "[parse][syntax]") {
  CHECK(errors_of("requirement r @ when a") == "E0003 1:15 unexpected character `@`\n");
  CHECK(errors_of(std::string("enum A { X }\x01")) == "E0003 1:13 unexpected character U+0001\n");
  CHECK(errors_of(std::string("enum A {\0 X }", 13)) == "E0003 1:9 unexpected character U+0000\n");
  CHECK(errors_of("enum A { X } \xE2\x80\x8B") == "E0003 1:14 unexpected character U+200B\n");
  // The character is left out, so the rest still parses.
  auto p = parse_text("requirement r ~ when a");
  CHECK(p->decl<ast::RequirementDecl>().clauses.when);
}

TEST_CASE("an unclosed text is reported once; the rest of its line is text", "[parse][syntax]") {
  auto p = parse_text("requirement r \"abc when ) (\nrequirement s when b");
  CHECK(p->listing() == "E0005 1:15 text literal is not closed before the end of the line\n");
  CHECK(span_text(p->diags.all()[0].span) == "1:15+13");
  REQUIRE(p->file.decls.size() == 2);
  CHECK(p->decl<ast::RequirementDecl>(1).clauses.when);
}

TEST_CASE("recovery continues with the next declaration", "[parse][syntax]") {
  auto p = parse_text(
      "requirement a when (x\n"
      "enum E { A }\n"
      "junk here\n"
      "requirement b due\n"
      "case C { }\n");
  CHECK(p->listing() ==
        "E0004 2:1 expected `)`, found `enum`\n"
        "E0004 3:1 unexpected `junk`\n"
        "E0004 5:1 expected a deadline (`before`, `within`, `between`, ...), found `case`\n");
  // Declarations with an error are left out; the others are all there.
  REQUIRE(p->file.decls.size() == 2);
  CHECK(std::holds_alternative<ast::EnumDecl>(p->file.decls[0]));
  CHECK(std::holds_alternative<ast::CaseDecl>(p->file.decls[1]));
}

TEST_CASE("after junk, parsing resumes at a declaration in column 1", "[parse][syntax]") {
  // `calendar` also starts a clause; resuming there would cascade.
  auto p = parse_text(
      "requirement r\n"
      "  whenri x\n"
      "  calendar c\n"
      "  no roll forward\n"
      "requirement s when b\n");
  CHECK(p->listing() == "E0004 2:3 unexpected `whenri`\n");
  REQUIRE(p->file.decls.size() == 2);
  CHECK(p->decl<ast::RequirementDecl>(1).name.text == "s");
}

TEST_CASE("at most one syntax error per line", "[parse][syntax]") {
  CHECK(errors_of("requirement r @ when ) ( $ due\n") == "E0003 1:15 unexpected character `@`\n");
}

TEST_CASE("at most 50 syntax errors per file, the last one saying so", "[parse][syntax]") {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "enum E { A B }\n";
  auto p = parse_text(text);
  REQUIRE(p->diags.all().size() == 50);
  auto sorted = p->diags.sorted();
  CHECK(sorted.back().span.line == 50);
  REQUIRE(sorted.back().notes.size() == 1);
  CHECK(sorted.back().notes[0].message == "further syntax errors in this file are not shown");
}

TEST_CASE("an empty file and a file of comments parse to nothing", "[parse][syntax]") {
  CHECK(parse_ok("")->file.decls.empty());
  CHECK(parse_ok("# nothing\n\n   \n")->file.decls.empty());
}

}  // namespace
}  // namespace frist::parse::testing
