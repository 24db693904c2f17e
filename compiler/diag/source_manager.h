// Owns the text of every file of a run and maps positions to lines, so that
// diagnostics from any phase can show the offending source line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frist::diag {

using FileId = uint32_t;
inline constexpr FileId kNoFile = UINT32_MAX;

// A span is a range inside one line of one file. Line and column are
// 1-based; columns count Unicode code points, which is what a reader sees.
struct Span {
  FileId file = kNoFile;
  uint32_t line = 0;
  uint32_t col = 0;
  uint32_t length = 0;

  bool valid() const { return file != kNoFile && line > 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

class SourceManager {
 public:
  // Registers text under a display path and returns its id. The text is
  // stored as given; invalid UTF-8 is the parser's concern.
  FileId add(std::string path, std::string text);

  const std::string& path(FileId id) const { return files_[id].path; }
  const std::string& text(FileId id) const { return files_[id].text; }
  size_t file_count() const { return files_.size(); }

  // The text of a 1-based line without its line break; empty if out of range.
  std::string_view line_text(FileId id, uint32_t line) const;

 private:
  struct File {
    std::string path;
    std::string text;
    std::vector<uint32_t> line_starts;
  };
  std::vector<File> files_;
};

}  // namespace frist::diag
