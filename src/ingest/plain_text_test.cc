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

// Wire copy whose paragraphs are two or three lines, each with a short
// first or last line ("Diamond Shamrock Corp said that"), is wrapped too: its
// lines run on mid-sentence into unindented lines. Lines that stop at a
// sentence's end stay paragraphs of their own.
TEST(PlainText, ShortWrappedParagraphsAreToldByLinesThatRunOn) {
  Article a = Text(
      "Diamond Shamrock Corp said that\n"
      "effective today it had cut its contract prices for crude oil by\n"
      "1.50 dlrs a barrel.\n"
      "    The reduction brings its posted price for West Texas\n"
      "Intermediate to 16.00 dlrs a barrel, the company said.\n"
      "    \"The price reduction today was made in the light of falling\n"
      "oil product prices and a weak crude oil market,\" a company\n"
      "spokeswoman said.\n"
      " Reuter\n");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_EQ(a.text.substr(a.paragraphs[0].begin, a.paragraphs[0].size()),
            "Diamond Shamrock Corp said that\neffective today it had cut its contract prices for crude oil by\n"
            "1.50 dlrs a barrel.");
  Article lines = Text(
      "The offensive went on overnight.\n"
      "Aid convoys were blocked again.\n"
      "Civilians fled towards the west.\n"
      "The council met again on Friday.\n"
      "No vote was taken at the meeting.\n"
      "Relief agencies asked for a pause\n"
      "Share this story\n");
  EXPECT_EQ(lines.paragraphs.size(), 7u);
}

// A headline run into the first line ("DOME REPEATS ... STAKE FOR SALE Dome
// Petroleum Ltd's 23.2 pct stake of", over 90 bytes) leaves the rest wrapped.
TEST(PlainText, OneLongLineAmongWrappedOnesIsAHeadlineRunIn) {
  Article a = Text(
      "DOME REPEATS DOME MINES STAKE FOR SALE Dome Petroleum Ltd's 23.2 pct stake of gold producer\n"
      "Dome Mines Ltd continues to be for sale \"at the\n"
      "right price,\" spokesman David Annesley said in response to an\n"
      "inquiry.\n"
      "    Reaffirming remarks made last year by chairman Howard\n"
      "Macdonald, Annesley said the company is considering selling its\n"
      "stake in Dome Mines.\n");
  ASSERT_EQ(a.paragraphs.size(), 2u);
}

}  // namespace
}  // namespace storyline
