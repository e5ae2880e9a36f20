// Turns raw bytes into valid UTF-8 text plus the text -> raw offset runs.
#ifndef STORYLINE_INGEST_TEXT_DECODER_H_
#define STORYLINE_INGEST_TEXT_DECODER_H_

#include <string>
#include <vector>

#include "storyline/article.h"

namespace storyline {

struct DecodedText {
  std::string text;
  std::vector<OffsetRun> runs;
  size_t repaired_bytes = 0;      // invalid UTF-8 bytes read as Windows-1252
  size_t first_invalid_byte = 0;  // meaningful when repaired_bytes > 0
};

// Valid UTF-8 passes through as one exact run. Each byte of an invalid
// sequence is read as Windows-1252 (what mislabelled news pages almost always
// are) and becomes an inexact one-byte run. A UTF-8 byte-order mark is skipped.
DecodedText DecodeToUtf8(const std::string& raw);

}  // namespace storyline

#endif  // STORYLINE_INGEST_TEXT_DECODER_H_
