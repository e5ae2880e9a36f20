#include "ingest/plain_text.h"

#include <gtest/gtest.h>

#include "ingest/text_decoder.h"

namespace storyline {
namespace {

Article Text(const std::string& raw) {
  Article a;
  a.raw = raw;
  DecodedText d = DecodeToUtf8(raw);
  a.text = d.text;
  a.runs = d.runs;
  SplitPlainText(&a);
  return a;
}

TEST(PlainText, OneParagraphPerLineAndHeadline) {
  Article a = Text("Rebels hold their ground\nThe offensive went on.\n\nRelated stories\nAid was blocked.\n");
  EXPECT_EQ(a.headline, "Rebels hold their ground");
  EXPECT_EQ(a.paragraphs.size(), 4u);
}

TEST(PlainText, FirstSentenceIsNotAHeadline) {
  Article a = Text("Syrian forces pushed forward on Tuesday.\nCivilians fled.\n");
  EXPECT_TRUE(a.headline.empty());
}

TEST(PlainText, HardWrappedWireCopyJoinsLines) {
  Article a = Text(
      "Cambodian leader Hun Sen on Friday rejected opposition parties' demands \n"
      "for talks outside the country, accusing them of trying to internationalize \n"
      "the political crisis. Government and opposition parties have asked \n"
      "King Norodom Sihanouk to host a summit meeting after a series of talks \n"
      "between the two opposition groups and Hun Sen's party to form a new \n"
      "government failed. Opposition leaders said they could not negotiate.\n");
  EXPECT_TRUE(a.headline.empty());
  ASSERT_EQ(a.paragraphs.size(), 1u);
}

TEST(PlainText, WrappedParagraphsBreakAtBlankAndIndentedLines) {
  Article a = Text(
      "   The first paragraph of wrapped copy runs over a couple of lines \n"
      "of about the same width, as wire services send it out. \n"
      "   A second paragraph starts with an indent and also runs over two \n"
      "lines of text before it stops at the end of the sentence here. \n"
      "\n"
      "A third one follows a blank line and is long enough to count as \n"
      "wrapped, like the ones before it in this example article text.\n");
  EXPECT_EQ(a.paragraphs.size(), 3u);
}

}  // namespace
}  // namespace storyline
