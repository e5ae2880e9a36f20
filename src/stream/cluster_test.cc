#include "storyline/stream.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(StoryClusterer, SameStoryJoinsOtherStoryStartsNew) {
  StoryClusterer c;
  const int64_t a = c.Add("Storm brings down Marrowby footbridge", "A pedestrian bridge over the Marrow estuary collapsed "
                          "on Saturday as a winter storm battered Marrowby, injuring at least 14 people.");
  const int64_t b = c.Add("Marrowby bridge collapse", "The Quayside footbridge in Marrowby collapsed into the estuary "
                          "during the storm; 19 people were injured, the mayor said.");
  const int64_t d = c.Add("Central bank raises rates", "The central bank raised interest rates by a quarter point on "
                          "Wednesday to cool inflation, its governor said.");
  EXPECT_EQ(a, 1);
  EXPECT_EQ(b, a);
  EXPECT_NE(d, a);
  EXPECT_EQ(c.active_stories(), 2u);
}

TEST(StoryClusterer, DeterministicAndBoundedByActiveStories) {
  ClusterOptions o;
  o.active_window = 3;
  StoryClusterer c1(o), c2(o);
  std::vector<int64_t> r1, r2;
  for (int i = 0; i < 20; ++i) {
    const std::string text = "unique topic number " + std::to_string(i) + " word" + std::to_string(i * 7) +
                             " thing" + std::to_string(i * 13);
    r1.push_back(c1.Add("", text));
    r2.push_back(c2.Add("", text));
  }
  EXPECT_EQ(r1, r2);
  EXPECT_LE(c1.active_stories(), 4u);  // retired stories leave memory
  EXPECT_EQ(c1.articles_seen(), 20);
}

TEST(StoryClusterer, EmptyTextIsItsOwnStory) {
  StoryClusterer c;
  EXPECT_EQ(c.Add("", ""), 1);
  EXPECT_EQ(c.Add("", ""), 2);
}

}  // namespace
}  // namespace storyline
