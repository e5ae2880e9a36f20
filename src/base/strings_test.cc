#include "base/strings.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline {
namespace {

TEST(Strings, CollapseWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  Related:\n\tthe  next\r\nstory "), "Related: the next story");
  EXPECT_EQ(CollapseWhitespace(" \n "), "");
}

// IsCollapsed says whether collapsing would change the text, for every
// string of up to six bytes over a few letters and every kind of space.
TEST(Strings, IsCollapsedAgreesWithCollapseWhitespace) {
  const std::string alphabet = "a \n\t\r";
  std::string s;
  int checked = 0;
  for (size_t length = 0; length <= 6; ++length) {
    size_t count = 1;
    for (size_t i = 0; i < length; ++i) count *= alphabet.size();
    for (size_t n = 0; n < count; ++n) {
      s.clear();
      for (size_t i = 0, m = n; i < length; ++i, m /= alphabet.size()) s += alphabet[m % alphabet.size()];
      EXPECT_EQ(IsCollapsed(s), CollapseWhitespace(s) == s) << '"' << s << '"';
      ++checked;
    }
  }
  EXPECT_EQ(checked, 19531);  // 5^0 + ... + 5^6
}

}  // namespace

TEST(Strings, IsAllCaps) {
  EXPECT_TRUE(IsAllCaps("TRUMP"));
  EXPECT_TRUE(IsAllCaps("U.N."));
  EXPECT_TRUE(IsAllCaps("KILLED:"));
  EXPECT_FALSE(IsAllCaps("I"));
  EXPECT_FALSE(IsAllCaps("Trump"));
  EXPECT_FALSE(IsAllCaps("e-mail"));
  EXPECT_FALSE(IsAllCaps("1994"));
}

}  // namespace storyline
