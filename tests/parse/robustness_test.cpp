// Whatever bytes a file holds, parsing returns: no crash, no exception, no
// ANTLR text, only our diagnostics at valid positions. Covers invalid
// UTF-8, NUL bytes, huge lines, absurd nesting, very long operator chains
// and random buffers (fixed seed, so failures reproduce).
#include <random>

#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

// Only parse-phase codes, never ANTLR's wording, every span inside the file.
void require_clean(const Parsed& p) {
  INFO(p.listing());
  for (const diag::Diagnostic& d : p.diags.all()) {
    int code = diag::info(d.kind).code;
    CHECK(code < 200);
    for (const char* antlr : {"mismatched", "extraneous", "viable", "expecting", "<EOF>",
                              "token recognition", "missing '"}) {
      CHECK(d.message.find(antlr) == std::string::npos);
    }
    CHECK(d.span.file == 0);
    CHECK(d.span.line >= 1);
    CHECK(d.span.col >= 1);
  }
}

std::unique_ptr<Parsed> parse_clean(const std::string& text) {
  std::unique_ptr<Parsed> p;
  REQUIRE_NOTHROW(p = parse_text(text));
  require_clean(*p);
  return p;
}

TEST_CASE("invalid UTF-8 is reported once, and the rest is still checked", "[parse][robust]") {
  auto p = parse_clean("enum A { X }\nenum B { \xFF\xFE Y }\nrequirement r when (\n");
  CHECK(p->listing() ==
        "E0002 2:10 the file is not valid UTF-8 (byte 0xFF)\n"
        "E0004 3:21 expected an expression, found end of file\n");
  auto overlong = parse_clean("enum A { \xC0\xAF }");
  CHECK(overlong->listing().starts_with("E0002 1:10 the file is not valid UTF-8 (byte 0xC0)\n"));
}

TEST_CASE("NUL bytes and an empty file", "[parse][robust]") {
  CHECK(parse_clean(std::string("\0", 1))->listing() == "E0003 1:1 unexpected character U+0000\n");
  CHECK(parse_clean(std::string(1000, '\0'))->listing() ==
        "E0003 1:1 unexpected character U+0000\n");
  CHECK(parse_clean("")->listing().empty());
}

TEST_CASE("a 1 MB line", "[parse][robust]") {
  std::string words;
  for (int i = 0; i < 250000; ++i) words += "xy ";
  CHECK(parse_clean("requirement r when " + words)->listing() == "E0004 1:23 unexpected `xy`\n");
  CHECK(parse_clean(std::string(1 << 20, 'a'))->listing() ==
        "E0004 1:1 expected a declaration (`requirement`, `trial`, `case`, ...), found "
        "`aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…`\n");
  CHECK(parse_clean("source S = act \"" + std::string(1 << 20, 'b') + "\"")->listing().empty());
  CHECK(parse_clean("# " + std::string(1 << 20, 'c') + "\nenum A { X }")->listing().empty());
  CHECK(parse_clean("parameter p: integer = " + std::string(1 << 20, '9'))
            ->listing()
            .starts_with("E0013 1:24 number `9999"));
  std::string junk;
  for (int i = 0; i < 300000; ++i) junk += ") ";
  CHECK(parse_clean(junk)->diags.all().size() == 1);
}

TEST_CASE("absurd nesting is refused before parsing", "[parse][robust]") {
  const std::string head = "parameter p: integer = ";
  auto parens = parse_clean(head + std::string(100000, '(') + "1" + std::string(100000, ')'));
  CHECK(parens->listing() == "E0006 1:224 the rule nests too deeply (more than 200 levels)\n");
  CHECK(parens->file.decls.empty());
  std::string nots, negs, ifs, wheres, ends, braces;
  for (int i = 0; i < 100000; ++i) {
    nots += "not ";
    negs += "- ";
    ifs += "if a then b else ";
    wheres += "first e where ";
    ends += "end of week 1 from ";
    braces += "x in {";
  }
  for (const std::string& deep : {nots, negs, ifs, wheres, ends, braces}) {
    auto p = parse_clean(head + deep + "x");
    CHECK(p->listing().starts_with("E0006 "));
  }
  // Up to the limit is fine.
  std::string ok = head + std::string(190, '(') + "1" + std::string(190, ')');
  CHECK(parse_clean(ok)->listing().empty());
}

TEST_CASE("very long operator chains stay within the builder's depth", "[parse][robust]") {
  std::string chain = "parameter p: integer = a";
  for (int i = 0; i < 100000; ++i) chain += " + a";
  auto p = parse_clean(chain);
  CHECK(p->listing() == "E0006 1:24 the rule nests too deeply (more than 1000 levels)\n");
  CHECK(p->file.decls.empty());
  std::string fine = "parameter p: integer = a";
  for (int i = 0; i < 900; ++i) fine += " and not a";
  CHECK(parse_clean(fine)->listing().empty());
}

TEST_CASE("random buffers", "[parse][robust]") {
  std::mt19937 rng(20240611);
  for (int i = 0; i < 200; ++i) {
    std::string buffer(rng() % 4096, '\0');
    for (char& c : buffer) c = static_cast<char>(rng() & 0xFF);
    parse_clean(buffer);
  }
}

TEST_CASE("random words of the language", "[parse][robust]") {
  static const char* words[] = {
      "requirement", "trial",      "test",   "case", "event", "when",  "due",   "before",
      "the",         "end",        "of",     "week", "(",     ")",     "{",     "}",
      "not",         "-",          "if",     "then", "else",  "where", "first", "x",
      "8",           "2020-01-01", "\"t\"",  ",",    "=",     "and",   "or",    "per",
      "§",           "§§",         "stk.",   "½",    "weeks", "from",  "to",    "by",
      "every",       "version",    "expect", "as",   "of",    "in",    "is",    "known",
      "DKK",         "1.5",        "13b",    "@",    "\"",    "\n",    "#",     "\xFF",
      "fulfilled",   "enum",       "import"};
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    std::string text;
    size_t n = rng() % 200;
    for (size_t k = 0; k < n; ++k) text += std::string(words[rng() % std::size(words)]) + " ";
    parse_clean(text);
  }
}

}  // namespace
}  // namespace frist::parse::testing
