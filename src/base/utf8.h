// UTF-8 validation, repair and small code-point helpers.
//
// Storyline keeps every article's raw bytes untouched and works on a valid
// UTF-8 copy; Utf8Repair builds that copy and reports what it changed.
#ifndef STORYLINE_BASE_UTF8_H_
#define STORYLINE_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyline {

// Byte offset of the first invalid UTF-8 sequence in `s`, or nullopt when `s`
// is valid (overlong forms, surrogates and code points past U+10FFFF are invalid).
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Decodes the code point starting at s[i]; sets *len to its byte length.
// Returns U+FFFD with *len = 1 for an invalid sequence.
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in valid UTF-8 `s`.
size_t CountCodePoints(std::string_view s);

}  // namespace storyline

#endif  // STORYLINE_BASE_UTF8_H_
