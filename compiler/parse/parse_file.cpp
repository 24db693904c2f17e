// Parses one registered file whatever bytes it holds. Invalid UTF-8 is
// reported once and replaced by U+FFFD so the rest is still checked; the
// text is lexed, cleaned of unknown characters, measured for nesting, parsed
// by ANTLR with our error strategy and listener, and built into the AST.
// ANTLR's exceptions are caught here as a last resort; nothing of ANTLR
// leaves this file except through the builders.
#include <antlr4-runtime.h>

#include "FristLexer.h"
#include "FristParser.h"
#include "diag/utf8.h"
#include "parse/builder.h"
#include "parse/parse.h"
#include "parse/syntax_errors.h"
#include "parse/tokens.h"

namespace frist::parse {

namespace {

using detail::SyntaxErrors;

// Reports E0002 at the first invalid byte; true if there was one.
bool check_utf8(diag::FileId file, const std::string& raw, diag::Diagnostics& diags) {
  std::optional<size_t> bad = diag::first_invalid_utf8(raw);
  if (!bad) return false;
  size_t line_start = raw.rfind('\n', *bad == 0 ? 0 : *bad - 1);
  line_start = (line_start == std::string::npos || *bad == 0) ? 0 : line_start + 1;
  uint32_t line = 1 + static_cast<uint32_t>(std::count(raw.begin(), raw.begin() + *bad, '\n'));
  std::string_view before(raw.data() + line_start, *bad - line_start);
  uint32_t col = static_cast<uint32_t>(diag::decode_utf8_lossy(before).size()) + 1;
  diags.report(diag::Kind::InvalidUtf8, diag::Span{file, line, col, 1},
               static_cast<unsigned>(static_cast<unsigned char>(raw[*bad])));
  return true;
}

// Where each line ends, in code points, without its line break.
std::vector<size_t> line_ends(const std::u32string& text) {
  std::vector<size_t> ends;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == U'\n') {
      ends.push_back(i > 0 && text[i - 1] == U'\r' ? i - 1 : i);
    }
  }
  return ends;
}

void parse_text(const std::u32string& text, bool had_invalid_utf8, SyntaxErrors& errors,
                diag::Diagnostics& diags, ast::File& out) {
  antlr4::ANTLRInputStream input(diag::encode_utf8(text));
  grammar::FristLexer lexer(&input);
  detail::TokenWords words(lexer.getVocabulary());
  detail::ErrorListener listener(errors, words);
  lexer.removeErrorListeners();
  lexer.addErrorListener(&listener);
  detail::TokenVector tokens = detail::lex_all(lexer, words, errors, had_invalid_utf8);
  if (const antlr4::Token* deep = detail::too_deep_at(tokens, words)) {
    diags.report(diag::Kind::NestingTooDeep, detail::token_span(errors.file(), deep),
                 detail::kMaxNesting);
    return;
  }
  detail::VectorTokenSource source(std::move(tokens), &input);
  antlr4::CommonTokenStream stream(&source);
  grammar::FristParser parser(&stream);
  parser.removeErrorListeners();
  parser.addErrorListener(&listener);
  parser.setErrorHandler(std::make_shared<detail::ErrorStrategy>(errors, words));
  grammar::FristParser::FileContext* tree = parser.file();
  detail::BuildContext bc;
  bc.file = errors.file();
  bc.line_ends = line_ends(text);
  bc.diags = &diags;
  detail::build_file(bc, tree, out);
}

}  // namespace

ast::File parse_file(diag::FileId file, const diag::SourceManager& sources,
                     diag::Diagnostics& diags) {
  ast::File out;
  out.id = file;
  out.path = sources.path(file);
  const std::string& raw = sources.text(file);
  bool had_invalid_utf8 = check_utf8(file, raw, diags);
  std::u32string text = diag::decode_utf8_lossy(raw);
  SyntaxErrors errors(file);
  try {
    parse_text(text, had_invalid_utf8, errors, diags, out);
  } catch (...) {
    // Never expected; ANTLR's own words must not reach the user either way.
    out.imports.clear();
    out.decls.clear();
    errors.add(diag::Kind::SyntaxError, diag::Span{file, 1, 1, 1},
               "the file could not be parsed; please report this as a bug in Frist");
  }
  errors.flush(diags);
  return out;
}

}  // namespace frist::parse
