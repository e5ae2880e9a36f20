#include "summarize/story_document.h"

#include <gtest/gtest.h>

#include "shared_data.h"
#include "test_articles.h"

namespace storyline {
namespace {

using testing::Text;

const SentenceUnit* Find(const StoryDocument& d, const std::string& needle) {
  for (const SentenceUnit& u : d.units) {
    if (u.display.find(needle) != std::string::npos) return &u;
  }
  return nullptr;
}

TEST(StoryDocument, EmbeddedPostGluedIntoTextIsBoilerplate) {
  StoryDocument d = BuildStoryDocument({Text("a.txt",
      "Fighting goes on\n"
      "Residents began to flee. \"We need houses,\" he said.Launching an attack was not enough; they bombed the "
      "hospital too. #Syria pic.twitter.com/abc123\n"
      "— Someone (@someone) November 21, 2016\n"
      "The UN envoy was in Damascus over the weekend.\n")});
  const SentenceUnit* glued = Find(d, "Launching an attack");
  ASSERT_NE(glued, nullptr);
  EXPECT_TRUE(glued->boilerplate);
  const SentenceUnit* said = Find(d, "We need houses");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->boilerplate);
  EXPECT_EQ(Find(d, "@someone"), nullptr);  // the attribution line is a boilerplate paragraph
  ASSERT_NE(Find(d, "UN envoy"), nullptr);
  EXPECT_FALSE(Find(d, "UN envoy")->boilerplate);
}

TEST(StoryDocument, AnEllipsisThatTheParagraphGoesOnFromIsReadForFacts) {
  StoryDocument d = BuildStoryDocument({Text("a.txt",
      "Hearing\n"
      "\"The conclusion is that things are hidden,\" said Rep. Dan Burton, R-Ind. \"We have every right to check "
      "on what you're doing... So for you to deny this committee is wrong.\"\n"
      "A group within the military has attempted a coup, the prime minister says...\n")});
  const SentenceUnit* cut = Find(d, "We have every right");
  ASSERT_NE(cut, nullptr);
  EXPECT_TRUE(cut->boilerplate);  // never summarised
  EXPECT_TRUE(cut->read_for_facts);
  const SentenceUnit* teaser = Find(d, "prime minister says");
  ASSERT_NE(teaser, nullptr);
  EXPECT_TRUE(teaser->boilerplate);
  EXPECT_FALSE(teaser->read_for_facts);  // the paragraph ends there: a teaser cut off
}

TEST(StoryDocument, RepeatedCaptionAndPageTailAreDropped) {
  StoryDocument d = BuildStoryDocument({Text("a.txt",
      "Headline here\n"
      "A caption of the photo shown twice\n"
      "A caption of the photo shown twice\n"
      "The real first sentence of the story is here.\n"
      "Leave a Reply\n"
      "This comment is not part of the article.\n")});
  EXPECT_EQ(Find(d, "caption"), nullptr);
  EXPECT_EQ(Find(d, "comment"), nullptr);
  EXPECT_NE(Find(d, "real first sentence"), nullptr);
}

TEST(StoryDocument, SeedStoryWireParagraphIsOneUnitFromTwoOutlets) {
  STORYLINE_REQUIRE_SHARED(shared);
  IngestReport r = LoadArticles({(shared / "seeds").string()});
  ASSERT_EQ(r.articles.size(), 5u);
  StoryDocument d = BuildStoryDocument(r.articles);
  const SentenceUnit* wire = Find(d, "A withdrawal by the factions is rejected");
  ASSERT_NE(wire, nullptr);
  ASSERT_EQ(wire->occurrences.size(), 2u);
  EXPECT_EQ(wire->occurrences[0].article, 0);
  EXPECT_EQ(wire->occurrences[1].article, 4);
  EXPECT_EQ(Find(d, "Related stories"), nullptr);
  EXPECT_EQ(Find(d, "Kindly Share"), nullptr);
  EXPECT_EQ(Find(d, "amehnews"), nullptr);
  for (const char* social : {"Launching a gas attack", "pic.twitter.com", "Stop bombing schools"}) {
    const SentenceUnit* u = Find(d, social);
    EXPECT_TRUE(u == nullptr || u->boilerplate) << social;
  }
}

TEST(StoryDocument, OptionsSwitchCleaningCopiesAndTrimmingOff) {
  const std::vector<Article> story = {
      Text("a.txt", "Storm hits coast\nThe harbour wall (built in 1870) gave way on Monday night, police said.\n"
                    "Kindly share this story:\nLeave a Reply\nYour email address will not be published.\n"),
      Text("b.txt", "The harbour wall (built in 1870) gave way on Monday night, police said.\n")};
  const StoryDocument full = BuildStoryDocument(story);
  const SentenceUnit* wall = Find(full, "harbour wall");
  ASSERT_NE(wall, nullptr);
  EXPECT_EQ(wall->display, "The harbour wall gave way on Monday night.");
  EXPECT_TRUE(wall->trimmed);
  EXPECT_EQ(wall->occurrences.size(), 2u);
  EXPECT_EQ(Find(full, "email address"), nullptr);

  DocumentOptions off;
  off.clean = false;
  off.collapse_copies = false;
  off.trim = false;
  const StoryDocument bare = BuildStoryDocument(story, off);
  ASSERT_NE(Find(bare, "email address"), nullptr);
  int walls = 0;
  for (const SentenceUnit& u : bare.units) {
    if (u.display.find("harbour wall") == std::string::npos) continue;
    ++walls;
    EXPECT_FALSE(u.trimmed);
    EXPECT_EQ(u.display, "The harbour wall (built in 1870) gave way on Monday night, police said.");
  }
  EXPECT_EQ(walls, 2);
}

}  // namespace
}  // namespace storyline
