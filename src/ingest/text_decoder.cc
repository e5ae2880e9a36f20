#include "ingest/text_decoder.h"

#include "base/utf8.h"

namespace storyline {

namespace {
// Windows-1252 0x80..0x9F; zero where the code page leaves the byte undefined.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

void AddExact(DecodedText* d, size_t raw_begin, size_t raw_end) {
  if (raw_end <= raw_begin) return;
  if (!d->runs.empty()) {
    OffsetRun& last = d->runs.back();
    if (last.exact && last.raw_begin + last.raw_size == raw_begin &&
        last.text_begin + last.text_size == d->text.size()) {
      last.raw_size += raw_end - raw_begin;
      last.text_size += raw_end - raw_begin;
      return;
    }
  }
  d->runs.push_back({d->text.size(), raw_end - raw_begin, raw_begin, raw_end - raw_begin, true});
}
}  // namespace

DecodedText DecodeToUtf8(const std::string& raw) {
  DecodedText d;
  size_t start = 0;
  if (raw.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
  d.text.reserve(raw.size() - start);
  size_t i = start;
  size_t copy_from = start;
  while (i < raw.size()) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    const char32_t cp = DecodeUtf8(raw, i, &len);
    if (!(cp == 0xFFFD && len == 1 && raw.compare(i, 3, "\xEF\xBF\xBD") != 0)) {
      i += len;
      continue;
    }
    // Invalid byte: flush the valid stretch before it, then repair it.
    AddExact(&d, copy_from, i);
    d.text.append(raw, copy_from, i - copy_from);
    if (d.repaired_bytes++ == 0) d.first_invalid_byte = i;
    const size_t text_begin = d.text.size();
    char32_t repaired = c;
    if (c < 0xA0) repaired = kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : U'\uFFFD';
    AppendUtf8(repaired, &d.text);
    d.runs.push_back({text_begin, d.text.size() - text_begin, i, 1, false});
    ++i;
    copy_from = i;
  }
  AddExact(&d, copy_from, raw.size());
  d.text.append(raw, copy_from, raw.size() - copy_from);
  return d;
}

}  // namespace storyline
