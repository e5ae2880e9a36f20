#include "storyline/background.h"

#include <gtest/gtest.h>

#include <string>

#include "text/tokenizer.h"

namespace storyline {
namespace {

std::string List(int extra) {
  std::string s = "the\n,\nsaid\nSaying\ngovernment\n";
  for (int i = 0; i < extra; ++i) s.append("w").append(std::to_string(i)).append("x\n");
  return s + "governments\n";
}

std::string Stem(const std::string& w) { return Tokenize(w)[0].stem; }

TEST(BackgroundStats, CommonWordsAreLessInformative) {
  auto b = BackgroundStats::Parse("list.txt", List(2000));
  ASSERT_TRUE(b.ok()) << b.status().message();
  const double said = (*b)->Informativeness(Stem("said"));
  const double government = (*b)->Informativeness(Stem("government"));
  const double unseen = (*b)->Informativeness(Stem("Aleppo"));
  EXPECT_LT(said, government);
  EXPECT_LT(government, unseen);
  EXPECT_GT(said, 0);
  // Forms sharing a stem take the most frequent form's rank ("government",
  // line 5, not "governments", last).
  EXPECT_LT((*b)->Informativeness(Stem("governments")), (*b)->Informativeness(Stem("w1000x")));
}

TEST(BackgroundStats, RejectsWhatIsNotAWordList) {
  auto short_list = BackgroundStats::Parse("short.txt", List(10));
  ASSERT_FALSE(short_list.ok());
  EXPECT_NE(short_list.status().message().find("short.txt"), std::string::npos);
  auto binary = BackgroundStats::Parse("bin.dat", std::string("the\nab\0cd\n", 10));
  ASSERT_FALSE(binary.ok());
  EXPECT_NE(binary.status().message().find("bin.dat:2"), std::string::npos);
  EXPECT_FALSE(BackgroundStats::Load("/nonexistent/words.txt").ok());
}

}  // namespace
}  // namespace storyline
