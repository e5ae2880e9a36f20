#include "base/utf8.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Utf8, ValidTextHasNoInvalidByte) {
  EXPECT_FALSE(FindInvalidUtf8("plain ascii").has_value());
  EXPECT_FALSE(FindInvalidUtf8("Zeid Ra\xE2\x80\x99" "ad al Hussein \xF0\x9F\x98\x80").has_value());
}

TEST(Utf8, ReportsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\xC3(def"), 3u);       // lead byte without continuation
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\xAF"), 2u);        // overlong slash
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);     // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // past U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("caf\xE9"), 3u);           // Latin-1 e-acute
  EXPECT_EQ(FindInvalidUtf8("end\xE2\x80"), 3u);       // truncated at end
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  for (char32_t cp : {U'a', U'\u00e9', U'\u2019', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t len = 0;
    EXPECT_EQ(DecodeUtf8(s, 0, &len), cp);
    EXPECT_EQ(len, s.size());
  }
  size_t len = 0;
  EXPECT_EQ(DecodeUtf8("\xFF", 0, &len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
}

TEST(Utf8, CountsCodePoints) { EXPECT_EQ(CountCodePoints("a\xE2\x80\x99z"), 3u); }

}  // namespace
}  // namespace storyline
