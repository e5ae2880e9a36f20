#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

class SentenceSplitterTable : public ::testing::TestWithParam<Case> {};

TEST_P(SentenceSplitterTable, Splits) { EXPECT_EQ(Split(GetParam().text), GetParam().sentences); }

INSTANTIATE_TEST_SUITE_P(
    NewsEnglish, SentenceSplitterTable,
    ::testing::Values(
        Case{"TitlesBeforeNames",
             "Russian defence ministry spokesperson Maj. Gen. Igor Konashenkov spoke. Dr. David Nott agreed.",
             {"Russian defence ministry spokesperson Maj. Gen. Igor Konashenkov spoke.", "Dr. David Nott agreed."}},
        Case{"CountryAbbreviationInsideSentence",
             "The U.S. Embassy in Nairobi was hit. Another round of Russia-U.S. talks made no progress.",
             {"The U.S. Embassy in Nairobi was hit.", "Another round of Russia-U.S. talks made no progress."}},
        Case{"CountryAbbreviationEndingSentence", "Aid was sent by the U.S. The talks resumed on Monday.",
             {"Aid was sent by the U.S.", "The talks resumed on Monday."}},
        Case{"MonthAbbreviationBeforeDay", "The bombing of Aug. 7 killed 213 people. It was condemned.",
             {"The bombing of Aug. 7 killed 213 people.", "It was condemned."}},
        Case{"Initials", "The report by J. R. Smith was published. It named no one.",
             {"The report by J. R. Smith was published.", "It named no one."}},
        Case{"DecimalsAndThousands", "More than 50,000 people fled. The surge reached 3.5 metres.",
             {"More than 50,000 people fled.", "The surge reached 3.5 metres."}},
        Case{"QuoteEndingInsideQuotationMarks",
             "He added: \"France cannot remain silent.\" The council met on Wednesday.",
             {"He added: \"France cannot remain silent.\"", "The council met on Wednesday."}},
        Case{"CurlyQuoteWithSpeakerAfter", "“Save the civilians!” he said. “Let them out.”",
             {"“Save the civilians!” he said.", "“Let them out.”"}},
        Case{"WireQuotes", "``It is detrimental,'' he said. Hun Sen's party won 64 seats.",
             {"``It is detrimental,'' he said.", "Hun Sen's party won 64 seats."}},
        Case{"HeadlineWithoutStop", "Rebels make last stand", {"Rebels make last stand"}},
        Case{"MissingSpaceAfterStop", "\"We are looking for empty houses,\" he said.Launching an attack was not enough.",
             {"\"We are looking for empty houses,\" he said.", "Launching an attack was not enough."}},
        Case{"TimeAbbreviation", "It fell at 6 p.m. while people crossed. Nobody died.",
             {"It fell at 6 p.m. while people crossed.", "Nobody died."}},
        Case{"QuestionAndExclamation", "Who is to blame? Nobody knows! Officials declined to comment.",
             {"Who is to blame?", "Nobody knows!", "Officials declined to comment."}},
        Case{"LowercaseAfterStopIsNotABoundary", "Food, fuel, medicine etc. were short. Aid came later.",
             {"Food, fuel, medicine etc. were short.", "Aid came later."}},
        Case{"Ellipsis", "The line went dead... Then the shelling began.",
             {"The line went dead...", "Then the shelling began."}},
        Case{"WrappedLines", "Hun Sen said \non Friday that talks \nwould go on. The king agreed.",
             {"Hun Sen said \non Friday that talks \nwould go on.", "The king agreed."}}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(SentenceSplitter, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n ").empty());
}

TEST(SentenceSplitter, SpansCoverOnlyTrimmedText) {
  const std::string text = "  First one.   Second one.  ";
  auto spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Second one.");
}

}  // namespace
}  // namespace storyline
