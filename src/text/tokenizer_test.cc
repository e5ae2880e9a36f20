#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Tokenizer, LowercasesSplitsHyphensAndKeepsApostrophes) {
  auto t = Tokenize("President Assad’s forces seized rebel-held Aleppo.");
  std::vector<std::string> lower;
  for (const Token& tok : t) lower.push_back(tok.lower);
  EXPECT_EQ(lower, (std::vector<std::string>{"president", "assad's", "forces", "seized", "rebel", "held", "aleppo"}));
  EXPECT_EQ(t[1].stem, "assad");
  EXPECT_EQ(t[2].stem, "forc");
}

TEST(Tokenizer, NonAsciiLettersStayInWords) {
  auto t = Tokenize("Zeid Ra’ad al-Hussein met François — briefly.");
  std::vector<std::string> lower;
  for (const Token& tok : t) lower.push_back(tok.lower);
  EXPECT_EQ(lower, (std::vector<std::string>{"zeid", "ra'ad", "al", "hussein", "met", "françois", "briefly"}));
}

TEST(Tokenizer, MarksStopwords) {
  auto t = Tokenize("The battle of Aleppo");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[0].stopword);
  EXPECT_FALSE(t[1].stopword);
}

TEST(Tokenizer, CountsWordsLikeRouge) {
  EXPECT_EQ(CountWords("  At least 21 civilians -- killed.\n"), 6);
  EXPECT_EQ(CountWords(""), 0);
}

}  // namespace
}  // namespace storyline
