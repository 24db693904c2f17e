// The one JSON string escaper: result writers, JSON diagnostics, the AST dump
// and test case files all quote text the same way. Bytes pass through as
// they are (callers that may hold invalid UTF-8 clean it first); quotes,
// backslashes and control characters are escaped.
#pragma once

#include <string>
#include <string_view>

namespace frist {

inline std::string json_escape(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (byte < 0x20) {
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 15];
        } else {
          out += c;
        }
    }
  }
  return out;
}

// `text` escaped and in double quotes.
inline std::string json_quoted(std::string_view text) {
  return "\"" + json_escape(text) + "\"";
}

}  // namespace frist
