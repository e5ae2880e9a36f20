#include "storyline/facts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "facts/figures.h"
#include "facts/words.h"
#include "shared_data.h"
#include "test_articles.h"

namespace storyline {
namespace {

using testing::Text;

// Speaker of the quote containing `words` ("" if unattributed; "?" if no such quote).
std::string SpeakerOf(const Facts& f, const std::string& words) {
  for (const Quote& q : f.quotes) {
    if (q.words.find(words) != std::string::npos) return q.speaker;
  }
  return "?";
}

// Each pair: words of a quote, and the speaker expected for it ("" if unattributed).
void ExpectSpeakers(const Facts& f, std::initializer_list<std::pair<const char*, const char*>> expected) {
  for (const auto& [words, speaker] : expected) EXPECT_EQ(SpeakerOf(f, words), speaker) << words;
}

TEST(Quotes, EveryMarkStyleAndAttributionPattern) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "\xE2\x80\x9CThe bridge is closed,\xE2\x80\x9D said fire chief Rolf Bakker.\n"
      "\"We will rebuild it,\" Mayor Elena Voss told Reuters.\n"
      "``The surge reached 2.4 metres,'' harbour master Tomas Reyne said on Monday.\n"
      "French UN ambassador Francois Delattre warned: \xE2\x80\x9C" "France cannot remain silent.\xE2\x80\x9D\n"
      "The toll could rise, according to Dr. Sofia Marek, who called the night \xE2\x80\x98the worst in years\xE2\x80\x99.\n"
      "\xE2\x80\x9CWe were lucky,\xE2\x80\x9D she said.\n"
      "\xE2\x80\x9CThe railings were loose for years.\n"
      "\xE2\x80\x9CNobody came,\xE2\x80\x9D said shopkeeper Peter Cole.\n"
      "Later Delattre said the council had been \xE2\x80\x9Cwarned many times\xE2\x80\x9D.\n"
      "\xE2\x80\x9CThis is a sad day for the town,\xE2\x80\x9D a witness said.\n")});
  ExpectSpeakers(f, {
      {"The bridge is closed", "Rolf Bakker"},
      {"We will rebuild it", "Elena Voss"},
      {"The surge reached", "Tomas Reyne"},
      {"France cannot remain silent", "Francois Delattre"},
      {"the worst in years", "Sofia Marek"},
      {"We were lucky", "Sofia Marek"},  // "she" is the last person named
      {"The railings were loose", "Peter Cole"},  // quote over two paragraphs
      {"warned many times", "Francois Delattre"},  // "Delattre" is the same person
      {"This is a sad day", ""},  // an unnamed witness stays unattributed
  });
  for (const Quote& q : f.quotes) {
    if (q.words.find("warned many times") != std::string::npos) {
      EXPECT_TRUE(q.partial);
    }
    if (q.words.find("The bridge is closed") != std::string::npos) {
      EXPECT_FALSE(q.partial);
    }
  }
}

TEST(Quotes, RoleResolvedWhenTheTextNamesThePerson) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "Ministry spokesman Igor Petrov announced the plan on Monday.\n"
      "\xE2\x80\x9CThe operation is over,\xE2\x80\x9D the spokesman said.\n")});
  EXPECT_EQ(SpeakerOf(f, "The operation is over"), "Igor Petrov");
}

TEST(Quotes, ScareQuotesAreNotSpeech) {
  const Facts f = ExtractFacts({Text("a.txt", "Headline\nThe so-called \xE2\x80\x9Csafe zone\xE2\x80\x9D was shelled again.\n")});
  EXPECT_TRUE(f.quotes.empty());
}

double Value(const std::string& text, bool* vague = nullptr) {
  const SplitText split = SplitWords(text);
  const std::vector<Word>& w = split.words;
  double v = 0;
  bool vg = false;
  const size_t used = ParseNumber(w, 0, w.size(), &v, &vg);
  if (vague) *vague = vg;
  return used ? v : -1;
}

TEST(Words, LowercaseFormsViewOneCopyAndASecondSplitGivesTheSame) {
  const std::string text = "Assad\xE2\x80\x99s U.S. Forces said";
  const auto lowered = LoweredCopy(text);
  std::vector<Word> first, second;
  AppendWords(text, lowered.get(), 0, &first);
  AppendWords(text, lowered.get(), 0, &second);
  ASSERT_EQ(first.size(), 4u);
  ASSERT_EQ(second.size(), first.size());
  const char* expected[] = {"assad's", "u.s.", "forces", "said"};
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].lower, expected[i]);
    EXPECT_EQ(second[i].lower, expected[i]);
    EXPECT_EQ(first[i].text, std::string_view(text).substr(first[i].begin, first[i].end - first[i].begin));
  }
}

TEST(Figures, NumbersInDigitsWordsAndPhrases) {
  EXPECT_EQ(Value("50,000"), 50000);
  EXPECT_EQ(Value("2.4 million"), 2400000);
  EXPECT_EQ(Value("two"), 2);
  EXPECT_EQ(Value("twenty-one"), 21);
  EXPECT_EQ(Value("a quarter-million"), 250000);
  EXPECT_EQ(Value("half a million"), 500000);
  EXPECT_EQ(Value("three hundred"), 300);
  EXPECT_EQ(Value("a dozen"), 12);
  bool vague = false;
  EXPECT_EQ(Value("tens of thousands", &vague), 20000);
  EXPECT_TRUE(vague);
  EXPECT_EQ(Value("dozens", &vague), 24);
  EXPECT_TRUE(vague);
  EXPECT_EQ(Value("bridge"), -1);
}

const Figure* FigureWith(const Facts& f, const std::string& as_written) {
  for (const Figure& g : f.figures) {
    if (g.as_written == as_written) return &g;
  }
  return nullptr;
}

// Kind of the figure written `as_written`, or "none".
std::string KindOf(const Facts& f, const std::string& as_written) {
  const Figure* g = FigureWith(f, as_written);
  return g ? g->kind : "none";
}

// Each pair: a figure as written, and the kind expected for it.
void ExpectKinds(const Facts& f, std::initializer_list<std::pair<const char*, const char*>> expected) {
  for (const auto& [written, kind] : expected) EXPECT_EQ(KindOf(f, written), kind) << written;
}

TEST(Figures, KindQualifierPlaceTimeAndReporter) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "The Syrian Observatory for Human Rights said more than 50,000 people had been displaced in Aleppo.\n"
      "At least 21 civilians were killed in east Aleppo on Wednesday.\n"
      "Rescuers put the death toll at 45.\n"
      "Police arrested dozens of protesters and said 14 people were injured.\n"
      "The storm caused $3 million in damage, and 40% of homes lost power.\n"
      "The 82-year-old was born in 1916 and lives 20 km away; the bridge opened on May 5.\n")});
  const Figure* displaced = FigureWith(f, "more than 50,000");
  ASSERT_NE(displaced, nullptr);
  EXPECT_EQ(displaced->kind, "displaced");
  EXPECT_EQ(displaced->qualifier, "more than");
  EXPECT_EQ(displaced->value, 50000);
  EXPECT_EQ(displaced->place, "Aleppo");
  EXPECT_EQ(displaced->reporter, "Syrian Observatory for Human Rights");
  const Figure* killed = FigureWith(f, "At least 21");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->kind, "killed");
  EXPECT_EQ(killed->counts, "civilians");
  EXPECT_EQ(killed->place, "east Aleppo");
  EXPECT_EQ(killed->time, "wednesday");
  ASSERT_NE(FigureWith(f, "45"), nullptr);
  EXPECT_EQ(FigureWith(f, "45")->kind, "killed");
  ASSERT_NE(FigureWith(f, "dozens"), nullptr);
  EXPECT_EQ(FigureWith(f, "dozens")->kind, "arrested");
  ASSERT_NE(FigureWith(f, "14"), nullptr);
  EXPECT_EQ(FigureWith(f, "14")->kind, "wounded");
  ASSERT_NE(FigureWith(f, "$3 million"), nullptr);
  EXPECT_EQ(FigureWith(f, "$3 million")->kind, "money");
  ASSERT_NE(FigureWith(f, "40%"), nullptr);
  EXPECT_EQ(FigureWith(f, "40%")->kind, "percent");
  // Ages, years, measures and dates are not figures.
  EXPECT_EQ(FigureWith(f, "1916"), nullptr);
  EXPECT_EQ(FigureWith(f, "20"), nullptr);
  EXPECT_EQ(FigureWith(f, "5"), nullptr);
}

TEST(Quotes, SpeakersInDescriptionsSurnamesAndReportedSpeech) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Florida Gov. Rick Scott announced the plan on Monday.\n\n"
      "Broward County Sheriff Scott Israel welcomed it.\n\n"
      "``We are still searching the building,'' Goteborg police official Jon Edmundson said.\n\n"
      "``The smaller cut has a chain reaction,'' said Lee Won-ho, an analyst in Seoul.\n\n"
      "A spokesman for Prince Andrew said he had long embraced new technology.\n\n"
      "\"He was the first member of the family to tweet.\"\n\n"
      "Scott said he disagrees with the notion of arming teachers.\n\n"
      "\"My focus is on bringing in law enforcement.\"\n")});
  ExpectSpeakers(f, {
      {"still searching", "Jon Edmundson"},  // not the place before the title
      {"chain reaction", "Lee Won-ho"},
      {"first member of the family", ""},  // the spokesman, unnamed
      {"My focus", "Rick Scott"},  // by surname, from the paragraph before
  });
}

TEST(Quotes, NicknamesLeadersAndReportedSpeechAfterAQuote) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Prime Minister Benjamin Netanyahu spoke on Sunday.\n\n"
      "``They think they have us in their pocket,'' said the Israeli leader.\n\n"
      "Rep. W.J. (Billy) Tauzin, R-La., said the leaders were motivated by the shutdown.\n\n"
      "Tauzin said. Still, he said he would probably support the bill. ``It won't be enthusiastically,'' he said. "
      "``It won't be holding my nose either.'' House Speaker Newt Gingrich said he recognized that some were wary.\n\n"
      "Several Republicans said the bill seemed skewed. ``Our leadership did a good job,'' Rep. David McIntosh said.\n\n"
      "Strategist James Carville was anything but timid. "
      "Carville said he told officials at the White House, ``Don't waste your breath.''\n\n"
      "The council opened the Marrowby sports hall as a shelter.\n")});
  ExpectSpeakers(f, {
      {"in their pocket", "Benjamin Netanyahu"},
      {"enthusiastically", "W.J. Billy Tauzin"},
      {"holding my nose", "W.J. Billy Tauzin"},  // "Gingrich said he ..." opens a new sentence
      {"good job", "David McIntosh"},
      {"waste your breath", "James Carville"},  // "the White House" is no person
  });
  std::map<std::string, std::string> types;
  for (const Entity& e : f.entities) types[e.name] = e.type;
  EXPECT_EQ(types.count("Several Republicans"), 0u);
  EXPECT_EQ(types["White House"], "organisation");
  EXPECT_EQ(types.count("Marrowby"), 0u);  // a name used as a modifier, typed by nothing here
}

TEST(Quotes, UnnamedOfficialsOfOrganisationsAndAppositiveNames) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "A senior official of a NATO country called the arrest ``very good news.''\n\n"
      "Libyan Radio quoted an unnamed official in the Foreign Liaison Secretariat as saying that ``a solution is "
      "within reach.''\n\n"
      "``We welcome this action,'' said the aide, Mirza Jajric.\n\n"
      "She trails by 10 percentage points. The plan raises the tax by one percent. The Pan Am 103 bombing "
      "killed 270 people.\n\n"
      "Troops have arrested nine people, four of whom were indicted in secret. Calls grew for the arrest of the "
      "two most infamous men. Thailand, a country of 60 million, has many visitors.\n")});
  ExpectSpeakers(f, {
      {"very good news", ""},  // the official is not named; NATO is whom he works for
      {"within reach", ""},
      {"welcome this action", "Mirza Jajric"},
  });
  EXPECT_EQ(KindOf(f, "10"), "percent");
  EXPECT_EQ(KindOf(f, "one"), "percent");
  EXPECT_EQ(KindOf(f, "103"), "none");  // part of a name
  EXPECT_EQ(KindOf(f, "270"), "killed");
  ASSERT_NE(FigureWith(f, "four"), nullptr);  // four of the nine people
  EXPECT_EQ(FigureWith(f, "four")->counts, "people");
  EXPECT_EQ(KindOf(f, "two"), "count");
  EXPECT_EQ(KindOf(f, "60 million"), "count");
}

TEST(Facts, SurnamesThatAreTitlesOwnersAndKindsAfterTheNumber) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Rep. Peter King said it could be a terrorist act.\n\n"
      "``We had the Times Square bombing,'' King said.\n\n"
      "Another man involved in Tyshawn's shooting said ``everybody must die.''\n\n"
      "Two sailors died and 15 others were missing. About 56 sailors had been winched to safety.\n\n"
      "There are two that have been confirmed deceased, a week after the 9/11 anniversary.\n")});
  EXPECT_EQ(SpeakerOf(f, "Times Square"), "Peter King");  // "King" is a surname here, not a title
  EXPECT_EQ(SpeakerOf(f, "everybody must die"), "");    // Tyshawn owns the shooting; the man is unnamed
  EXPECT_EQ(KindOf(f, "15"), "missing");
  EXPECT_EQ(KindOf(f, "About 56"), "evacuated");
  EXPECT_EQ(KindOf(f, "two"), "killed");
  EXPECT_EQ(KindOf(f, "11"), "none");
}

TEST(Quotes, CaptionsColonsPerfectTenseAndExpressed) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Israel PM Benyamin Netanyahu said: \"Hamas is responsible and Hamas will pay.\" Hamas denies any involvement.\n\n"
      "Media caption Israeli government spokesman Mark Regev: \"All Israel is united in mourning\"\n\n"
      "Naftali Bennett wrote on Facebook: \"Now is a time for actions, not words.\"\n\n"
      "His spokesman Abdallah Abdallah expressed \"regret\" for the deaths.\n\n"
      "Mr Netanyahu has said the incident is a consequence of \"the partnership\" between the two.\n")});
  ExpectSpeakers(f, {
      {"Hamas will pay", "Benyamin Netanyahu"},  // introduced by "said:", not the next sentence
      {"united in mourning", "Mark Regev"},
      {"actions, not words", "Naftali Bennett"},
      {"regret", "Abdallah Abdallah"},
      {"the partnership", "Benyamin Netanyahu"},
  });
}

TEST(Quotes, AffiliationsSurnamesAfterTitlesAndLateTags) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "\"We were surprised,\" says psychological scientist Rachel Winograd of the University of Missouri.\n\n"
      "In late February, Dr. Nivedita More sent letters to parents.\n\n"
      "\"I'll discharge them within 30 days,\" said Dr. More, a board member of the academy.\n\n"
      "Fethullah Gulen left Turkey in 1999. Gulen sharply rejected any responsibility: \"I categorically deny such "
      "accusations.\"\n\n"
      "\"He's got nothing to lose\" by taking the blame, said Assistant State's Attorney Carol Rogala.\n\n"
      "Participants differed in all factors of the Five Factor Model.\n")});
  ExpectSpeakers(f, {
      {"We were surprised", "Rachel Winograd"},  // not "... of the University of Missouri"
      {"discharge them", "Nivedita More"},  // "More" after "Dr." is a surname
      {"categorically deny", "Fethullah Gulen"},
      {"nothing to lose", "Carol Rogala"},
  });
  EXPECT_EQ(KindOf(f, "Five"), "none");
}

TEST(Quotes, SheIsTheWomanTheTextNamed) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "His mother, Judy Dugar, cried in the courtroom.\n\n"
      "Karl Smith testified on Thursday that he was the real killer.\n\n"
      "\"He wouldn't lie about that,\" she said.\n\n"
      "\"I did it,\" he said.\n")});
  EXPECT_EQ(SpeakerOf(f, "lie about that"), "Judy Dugar");
  EXPECT_EQ(SpeakerOf(f, "I did it"), "Karl Smith");
}

TEST(Quotes, QuotedPeopleAppositivesAndDescribedSpeakers) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "In Washington, President Clinton expressed concern.\n\n"
      "``What happens next depends on you,'' Lockhart quoted the president telling the Russian leader.\n\n"
      "Montenegro's president, Milo Djukanovic, spoke on Monday.\n\n"
      "Djukanovic, a staunch Milosevic critic, called on the Yugoslav leader to speak ``with an unambiguous "
      "message.''\n\n"
      "Marc Hodler, an 80-year-old Swiss lawyer, said there is one agent who boasts ``that no city has won "
      "without his help.''\n\n"
      "Ethnic Albanians make up 90 percent of the province's 2 million-strong population.\n\n"
      "Seas smashed into the remnants of the 115-boat fleet, near a 40-foot vessel and a 9-year-old boy.\n\n"
      "He takes in thousands of pounds of scrap metal from a .40-caliber handgun factory.\n")});
  ExpectSpeakers(f, {
      {"What happens next", "Clinton"},  // the one quoted speaks, not Lockhart
      {"unambiguous message", "Milo Djukanovic"},  // the name opening the clause, before the appositive
      {"no city has won", ""},  // the agent who boasts is not named
  });
  ASSERT_NE(FigureWith(f, "2 million-strong"), nullptr);
  EXPECT_EQ(FigureWith(f, "2 million-strong")->value, 2000000);
  EXPECT_EQ(KindOf(f, "115-boat"), "count");  // a count written into a compound
  for (const char* measure : {"40-foot", "9-year-old", "thousands", "40-caliber"}) {
    EXPECT_EQ(KindOf(f, measure), "none") << measure;
  }
}

TEST(Facts, RatesOwnersSpeakersAfterTheVerbAndRegionalAdjectives) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "The rate was 205 maternal deaths per 100,000 live births. About a third of India's 1.3 billion people are "
      "poor. Only about 250 former police officers came forward. Her 8 a.m.-to-10 a.m. shift began.\n\n"
      "\"Girls marry young,\" said Amit Sengupta, a physician with the Delhi Science Forum.\n\n"
      "He said the advice betrayed \"backward thinking.\"\n\n"
      "The East African operative wrote in a report that it \"almost made me explode.\"\n")});
  EXPECT_EQ(KindOf(f, "205"), "none");  // a rate
  EXPECT_EQ(KindOf(f, "100,000"), "none");
  EXPECT_EQ(KindOf(f, "1.3 billion"), "count");  // after an owner, not inside a name
  EXPECT_EQ(KindOf(f, "about 250"), "count");  // past "former"
  EXPECT_EQ(KindOf(f, "8"), "none");  // a time
  ExpectSpeakers(f, {
      {"backward thinking", "Amit Sengupta"},  // "said Amit Sengupta" made him the subject "he" stands for
      {"almost made me explode", ""},  // "East African" describes; no one is named
  });
}

TEST(Quotes, DecadesAskedTagsAndReportedSubjects) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Throughout the 1880s and '90s, rivals complained. Gates has been called a modern Rockefeller. ``But there "
      "is no consumer dissatisfaction,'' said Ron Chernow, author of ``Titan,'' a biography.\n\n"
      "``Who is the right wing now?'' asked Uzi Benziman, a board member of Haaretz.\n\n"
      "President Carlos Flores declared Hurricane Mitch had set back Honduras by 50 years. ``The country is "
      "semi-destroyed,'' he said.\n\n"
      "The number of homeless dropped from 580,000 to 569,000 on Thursday.\n")});
  ExpectSpeakers(f, {
      {"no consumer dissatisfaction", "Ron Chernow"},  // "'90s" opens no quote
      {"right wing now", "Uzi Benziman"},  // "asked X" right after a quote names the one asking
      {"semi-destroyed", "Carlos Flores"},  // Mitch is what Flores declared about, not a speaker
  });
  EXPECT_EQ(KindOf(f, "569,000"), "displaced");  // from 580,000 (homeless) to 569,000
}

TEST(Quotes, ParticiplesAfterACommaAndParliaments) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Boris Yeltsin sent a telegram to Gennady Seleznyov, chairman of parliament's lower house, the State Duma, "
      "saying the ``killers will be found.''\n\n"
      "The Bosnian Serbs reacted angrily, with the hardline president, Nikola Poplasen, saying his government "
      "would cut contacts ``to the necessary minimum.''\n\n"
      "Most children with the disease die between the ages of 6 and 12.\n")});
  ExpectSpeakers(f, {
      {"killers will be found", "Boris Yeltsin"},  // Seleznyov is whom the telegram went to
      {"necessary minimum", "Nikola Poplasen"},  // "with X, saying": X says it
  });
  EXPECT_EQ(KindOf(f, "6"), "none");  // ages
  EXPECT_EQ(KindOf(f, "12"), "none");
}

TEST(Facts, QuotedAsSayingAndSubjectCounts) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "``I feel for him,'' film director Vladimir Khotinenko was quoted as saying by the daily Kommersant.\n\n"
      "Deputies initially believed that all 13 were minors. Three were chained to furniture. The four-bedroom, "
      "2,388-square-foot home was dark.\n")});
  ExpectSpeakers(f, {{"I feel for him", "Vladimir Khotinenko"}});
  EXPECT_EQ(KindOf(f, "13"), "count");
  EXPECT_EQ(KindOf(f, "Three"), "count");
  EXPECT_EQ(KindOf(f, "2,388-square-foot"), "none");  // a measure
}

TEST(Facts, PartyTagsEchoesAndGluedScales) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Reid (D-Nev.) was asked whether he expects a vote tonight. ``I hope so,'' he told reporters.\n\n"
      "On the same show, McConnell echoed that ``we had a good day yesterday.''\n\n"
      "Turkey has spent more than $600m (459m euros; \xC2\xA3" "396m) on 17 refugee camps. The conflict has left two "
      "million internally displaced, of a pre-conflict population of 20.7 million. A 600m race was run.\n")});
  ExpectSpeakers(f, {
      {"I hope so", "Reid"},  // "Reid (D-Nev.)" is a person
      {"good day yesterday", "McConnell"},
  });
  ASSERT_NE(FigureWith(f, "$600m"), nullptr);
  EXPECT_EQ(FigureWith(f, "$600m")->value, 600e6);
  EXPECT_EQ(KindOf(f, "459m euros"), "money");
  EXPECT_EQ(KindOf(f, "20.7 million"), "count");  // a population, not the displaced
  EXPECT_EQ(KindOf(f, "600m"), "none");  // no currency: a distance
}

TEST(Figures, RangesTollsAndWhatIsNoCount) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "The injured toll was lowered to 180.\n"
      "A former student fatally shot 17 people at the school.\n"
      "About 300 or 400 people were inside, police said.\n"
      "Residents spent between $125 to $225 million a year.\n"
      "Several dozen families gathered at the church.\n"
      "The index fell in the third quarter from a high of 9,337.97 in July.\n"
      "The bank cut its rate one-quarter percentage point.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("180"), "wounded");
  EXPECT_EQ(kind("17"), "killed");
  EXPECT_EQ(kind("About 300"), "count");
  ASSERT_NE(FigureWith(f, "$125"), nullptr);
  EXPECT_EQ(FigureWith(f, "$125")->value, 125000000);
  ASSERT_NE(FigureWith(f, "Several dozen"), nullptr);
  EXPECT_EQ(FigureWith(f, "Several dozen")->value, 24);
  EXPECT_EQ(kind("quarter"), "none");  // a period
  EXPECT_EQ(kind("9,337.97"), "none");  // an index level, not a count
  ASSERT_NE(FigureWith(f, "one-quarter"), nullptr);
  EXPECT_DOUBLE_EQ(FigureWith(f, "one-quarter")->value, 0.25);
}

TEST(Figures, TheCurrencyAPhraseEndsIn) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "It's been proved that the other 650,000 missing Bitcoins were stolen.\n"
      "Prosecutors charged him with laundering 530,000 of the stolen Mt. Gox Bitcoins.\n"
      "Ten of the 11 countries adopting the euro dropped their rates.\n"
      "He sent friends a chart of the 70 pounds he'd lost.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("650,000"), "money");
  EXPECT_EQ(kind("530,000"), "money");
  EXPECT_EQ(kind("11"), "count");
  EXPECT_NE(kind("70"), "money");
}

TEST(Figures, AScaleWrittenIntoACompoundAndACoupleOfDozen) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "The speaker approved a $10-million advertising campaign.\n"
      "In the past, no more than a couple of dozen members have openly rebelled.\n")});
  ASSERT_NE(FigureWith(f, "$10-million"), nullptr);
  EXPECT_EQ(FigureWith(f, "$10-million")->kind, "money");
  EXPECT_EQ(FigureWith(f, "$10-million")->value, 10000000);
  ASSERT_NE(FigureWith(f, "more than a couple of dozen"), nullptr);  // (its qualifier is spanned too)
  EXPECT_TRUE(FigureWith(f, "more than a couple of dozen")->vague);
}

TEST(Figures, MoreOfATimeIsADuration) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n"
      "Pinochet, expected to be hospitalized for perhaps two more weeks, faces a long battle.\n"
      "Two more people were killed on Sunday.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("two"), "none");
  EXPECT_EQ(kind("Two"), "killed");
}

TEST(Facts, CurrenciesAndPresentTenseSpeechVerbs) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "A dose costs 400 baht at hospital pharmacies, and the fine is 2,000 pesos.\n\n"
      "The scan shows the crystal in three dimensions. The law covers 12 states.\n\n"
      "The court's 5-4 decision came after agents seized 18,000 pounds of marijuana.\n\n"
      "\"Why do you think we all like each other?\" Justin Timberlake asks.\n\n"
      "\"Oh, Viagra,\" exclaimed medical officer Yousef Baig.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("400 baht"), "money");
  EXPECT_EQ(kind("2,000 pesos"), "money");
  EXPECT_EQ(kind("three"), "none");  // a measure
  EXPECT_EQ(kind("12"), "count");    // "states" is a noun here, not a verb of saying
  EXPECT_EQ(kind("5-4"), "none");     // a score
  EXPECT_EQ(kind("18,000"), "none");  // a weight
  EXPECT_EQ(SpeakerOf(f, "like each other"), "Justin Timberlake");
  EXPECT_EQ(SpeakerOf(f, "Oh, Viagra"), "Yousef Baig");
}

TEST(Facts, OrganisationsThatAreTitlesNamesInQuotesAndExchangeRates) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "537,000: That's the number of Rohingya who have fled Myanmar in the past seven weeks.\n\n"
      "They flee a campaign the U.N. has called the world's \"fastest developing refugee emergency.\"\n\n"
      "At the United Nations, Kofi Annan said forces had increased their attacks. Annan listed violations of a "
      "U.N. resolution, decried the \"appalling atrocities in the province,\" and said forces were to blame.\n\n"
      "Drivers must write \"T2SDA\", an acronym for the event's original name, \"Truckers to Shut Down "
      "America\", on their windows, he said.\n\n"
      "The bank fixed the exchange rate at 3.8 ringgit to the dollar, and investors put in $142 million.\n\n"
      "Prices ranged from $5 to $10 a share.\n\n"
      "\"We must act now,\" U.N. Secretary-General Kofi Annan said.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("537,000"), "displaced");
  EXPECT_EQ(kind("3.8 ringgit"), "none");  // a price of one currency in another
  EXPECT_EQ(kind("$142 million"), "money");
  EXPECT_EQ(kind("$5"), "money");  // a range, not a rate
  ExpectSpeakers(f, {
      {"fastest developing refugee emergency", "United Nations"},  // "U.N.", the name the text writes out
      {"Truckers to Shut Down America", "?"},  // a name, not speech
      {"We must act now", "Kofi Annan"},       // a hyphenated title is no part of the name
  });
  EXPECT_NE(SpeakerOf(f, "appalling atrocities"), "United Nations");  // "a U.N. resolution" names no one
}

TEST(Quotes, LegislatorsOfStatesTranscriptLabelsAndListLetters) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Rep. Nancy Johnson of Connecticut said: ``There can be no justice without the truth.'' Rep. Gerald "
      "Kleczka of Wisconsin began the Democrats' arguments by saying, ``What the president did was wrong.''\n\n"
      "Rep. Dick Armey of Texas, the majority leader, said, ``A nation of laws cannot be ruled by a lawbreaker.''\n\n"
      "Rep. Charles Schumer, New York's senator-elect, said: ``The punishment must fit the crime.''\n\n"
      "``Our troops are in battle,'' said Rep. David Bonior of Michigan, the second-ranking House Democrat.\n\n"
      "But Rep. Tom DeLay of Texas dismissed the arguments. He began by praising Livingston: ``There is no "
      "greater American in my mind.''\n\n"
      "Angry Democrats booed and shouted, ``You resign!'' Livingston continued, ``I can only challenge you.''\n\n"
      "Sen. Trent Lott of Mississippi said the trial would go ahead. ``We will proceed,'' he said.\n\n"
      "Rep. John Conyers Jr. of Michigan assailed the articles. ``The majority has tried to dress up the "
      "counts,'' Conyers said.\n\n"
      "As he put it, ``If they cannot find it in one country, they seek it elsewhere.''\n\n"
      "President Donald Trump toured the border.\n\n"
      "TRUMP: \"Great briefing this afternoon on the start of our Southern Border WALL!\" - tweet Wednesday.\n\n"
      "COMMERCE DEPARTMENT: \"Between 1820 and 1950, almost every census asked about citizenship.\"\n\n"
      "RELATED: \"Mad About the Boys\" (November 2007)\n\n"
      "G Madonna: In 2009, Angela Jacobsen told a TV show, \"I was on call 24 hours a day.\" Jacobsen also "
      "revealed \"there wasn't any television in the house.\"\n")});
  ExpectSpeakers(f, {
      {"no justice without the truth", "Nancy Johnson"},     // not "Connecticut"
      {"What the president did was wrong", "Gerald Kleczka"},  // "Democrats'" closes no quote
      {"A nation of laws", "Dick Armey"},
      {"The punishment must fit", "Charles Schumer"},
      {"Our troops are in battle", "David Bonior"},
      {"no greater American", "Tom DeLay"},  // "He", not the one he praised
      {"I can only challenge you", "Livingston"},
      {"We will proceed", "Trent Lott"},
      {"dress up the counts", "John Conyers Jr"},
      {"Great briefing this afternoon", "Donald Trump"},
      {"almost every census", "Commerce Department"},
      {"Mad About the Boys", "?"},  // a link, not speech
      {"any television in the house", "Angela Jacobsen"},
  });
  EXPECT_NE(SpeakerOf(f, "You resign"), "Livingston");  // the tag after it is the next quote's
  for (const Entity& e : f.entities) {
    if (e.name == "Connecticut" || e.name == "Mississippi") {
      EXPECT_EQ(e.type, "place") << e.name;
    }
  }
}

TEST(Figures, DurationsPartitivesAndOtherGroups) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "The service has lost money for 11 straight years and for three consecutive quarters.\n\n"
      "The question was not asked in four of those censuses.\n\n"
      "Like hundreds of thousands of other Europeans, he chose London.\n\n"
      "At least 12 people were killed yesterday in Aleppo.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  const Figure* twelve = FigureWith(f, "At least 12");
  ASSERT_NE(twelve, nullptr);
  EXPECT_EQ(twelve->time, "yesterday");
  EXPECT_EQ(twelve->place, "Aleppo");
  EXPECT_EQ(kind("11"), "none");  // a duration
  EXPECT_EQ(kind("four"), "count");
  EXPECT_EQ(kind("hundreds of thousands"), "count");
}

TEST(Figures, MeasuresAddressesAgesCompoundsAndClauses) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "The platform stands 93 nautical miles south of the bay and pumps 1,533 barrels of oil a day.\n\n"
      "She has been visiting the McDonald's at 840 Park Ave. for three months.\n\n"
      "A paint crew had joined the usual four-man crew, and a three-letter word won.\n\n"
      "None of the 13 workers aboard was seriously injured, the governor said, though only 12 were able to grab "
      "life vests.\n\n"
      "Data show five people died in three separate limo accidents in 2010.\n\n"
      "The vehicle could carry eight or fewer passengers.\n\n"
      "Three survivors hospitalized were identified as Jasmine Desguia, 34, of San Jose.\n\n"
      "Her lead shrank by 10 percentage points.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("93"), "none");     // a measure
  EXPECT_EQ(kind("1,533"), "none");  // barrels measure
  EXPECT_EQ(kind("840"), "none");    // an address
  EXPECT_EQ(kind("four-man"), "count");
  EXPECT_EQ(kind("three-letter"), "none");
  EXPECT_EQ(kind("13"), "count");    // none of them was injured
  EXPECT_EQ(kind("12"), "count");    // the injury is the clause before "though"
  EXPECT_EQ(kind("five"), "killed");
  EXPECT_EQ(kind("three"), "count");  // the accidents did not die
  EXPECT_EQ(kind("eight"), "count");
  EXPECT_EQ(kind("Three"), "wounded");
  EXPECT_EQ(kind("34"), "none");     // an age
  EXPECT_EQ(kind("10"), "percent");  // percentage points: a share, no measure
}

TEST(Facts, SoundLevelsAsidesInBracketsAccordingToAndGoingOnSentences) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Most headphones could drive the sound well above 85 dB, and a few reached 88 dBA at 500 Hz.\n\n"
      "\"It's very moving,\" FOX 9 reporter Iris Perez (one of the first people to hear the song), told The "
      "Daily Beast. Perez compared it to Prince's \"The Holy River.\"\n\n"
      "The track will address \"the unrest in Baltimore and the issues around the country,\" according to "
      "Prince's publicist.\n\n"
      "The United States \"strongly condemns\" both attacks and expressed its condolences, according to a "
      "White House statement.\n\n"
      "A statement claimed five ISIS suicide bombers killed dozens of people.\n\n"
      "A second missile struck near the compound but injured no one, two officials in Aden said.\n")});
  auto kind = [&](const std::string& w) { return KindOf(f, w); };
  EXPECT_EQ(kind("85"), "none");  // decibels measure
  EXPECT_EQ(kind("500"), "none");
  EXPECT_EQ(kind("five"), "count");   // the bombers killed; they were not killed
  EXPECT_EQ(kind("dozens"), "killed");
  EXPECT_EQ(kind("two"), "count");    // "injured no one"
  ExpectSpeakers(f, {
      {"It's very moving", "Iris Perez"},
      {"The Holy River", "?"},              // a work's title after its owner
      {"the unrest in Baltimore", ""},      // the publicist is not named
      {"strongly condemns", "White House"},
  });
}

TEST(Facts, CoordinatedVerbsTitledAskersAndCurrentAndFormer) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "President Clinton called it an ``astonishing'' triumph and said the Democrats had won ``because they had "
      "a clear message.'' Republicans agreed.\n\n"
      "``What about the president?'' asked Rep. Tom DeLay of Texas, the majority whip.\n\n"
      "Microsoft has also sought the transcripts of 44 current and former Netscape employees.\n")});
  ExpectSpeakers(f, {
      {"because they had a clear message", "Clinton"},
      {"What about the president", "Tom DeLay"},
  });
  EXPECT_EQ(KindOf(f, "44"), "count");
}

TEST(Facts, HalfADozenRoundedUpAndSpeechVerbsOpeningATag) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Players association executive director Billy Hunter spoke on Monday.\n\n"
      "At least half a dozen other activists have been rounded up since the bombing.\n\n"
      "Added Hunter: ``Of course they don't expect much to get done.''\n")});
  const Figure* g = FigureWith(f, "At least half a dozen");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->value, 6);
  EXPECT_EQ(g->kind, "arrested");
  ExpectSpeakers(f, {{"they don't expect much", "Billy Hunter"}});
}

TEST(Facts, TagsAfterDescriptionsReportedSubjectsOpeningPhrasesAndCalibres) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "``He definitely wasn't drunk when he came in,'' recalled the bartender, Matt Galloway.\n\n"
      "President Clinton spoke with reporters. But, speaking at a joint appearance, Clinton called the documents "
      "``quite important'' and said Iraq had ``some affirmative obligations'' to help.\n\n"
      "On other matters, Clinton declined to criticize the government of Indonesia, saying that he did not ``have "
      "enough facts at this moment.''\n\n"
      "The men pistol-whipped him with a .357 magnum.\n")});
  ExpectSpeakers(f, {
      {"wasn't drunk", "Matt Galloway"},
      {"have enough facts", "Clinton"},
  });
  EXPECT_NE(SpeakerOf(f, "some affirmative obligations"), "Iraq");  // said Iraq had: the reported subject
  EXPECT_EQ(KindOf(f, "357"), "none");
}

TEST(Facts, PeopleOfATownAndItsState) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "``This was a very positive, emotional day,'' Bert Ammerman of River Vale, New Jersey, whose brother died "
      "in the crash, said after the service. He said the town had ``proven that good intentions can overcome evil.''\n\n"
      "The plane had reached 31,000 feet (9,400 kms).\n")});
  ExpectSpeakers(f, {
      {"emotional day", "Bert Ammerman"},
      {"good intentions", "Bert Ammerman"},  // "he", not New Jersey
  });
  EXPECT_EQ(KindOf(f, "9,400"), "none");
}

TEST(Facts, CourtesyTitlesBodiesClosedQuotesAndProgressives) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "``The market is big,'' said Robert Chatham, a senior analyst. ``It is fragmented.'' Analysts say the leader "
      "today is IBM.\n\n"
      "Nor have others shown, Ms. Gere of International Data said, that they can. ``Telecommunications companies "
      "have not been able to,'' she said.\n\n"
      "The discovery ``elicited an avalanche of research,'' said the Nobel committee at the Karolinska Institute. "
      "Robert Furchgott said he was awakened at his home in Hewlett, N.Y. He said he was ``somewhat surprised'' to receive it.\n\n"
      "It came a day after Trump expressed support for the idea — an idea that many critics are calling a "
      "``colossally stupid idea.''\n\n"
      "The three 1998 winners never worked together.\n")});
  ExpectSpeakers(f, {
      {"It is fragmented", "Robert Chatham"},          // not "Analysts", whose sentence goes on
      {"Telecommunications companies", "Gere"},        // "she": Ms. Gere, not Chatham
      {"elicited an avalanche", "Nobel committee"},    // a body, not Alfred Nobel
      {"somewhat surprised", "Robert Furchgott"},      // "He" opens a sentence, not a name
      {"colossally stupid", ""},                       // many critics, not Trump
  });
  EXPECT_EQ(KindOf(f, "three"), "count");
}

TEST(Facts, PronounsWhereTheyStandReportedClausesAndSentencesBetween) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "``I think it's a terrible thing,'' said Dick Mabry, a refinery operator. He stopped to rub his eyes. "
      "``It's a revival of the Standard Oil Company.''\n\n"
      "``It showed that megamergers are doable,'' said Adam Sieminski, an analyst. He added that the heads of both "
      "companies, Lee Raymond, the chairman of Exxon, and Lucio Noto, the chairman of Mobil, are different "
      "personalities. ``It will not be easy,'' he said.\n\n"
      "Or something like the Robber Baron era, said Mabry, another operator. ``Remember that?'' he said, looking to "
      "his friend, Ernest Lewis, for agreement. ``But I better shut up. I still work for Mobil.''\n\n"
      "Union leaders are squawking. ''I don't believe creating new monopolies is the way,'' said Robert Wages, the "
      "union's president.\n")});
  ExpectSpeakers(f, {
      {"a revival", "Dick Mabry"},          // past "He stopped...", which is Mabry
      {"not be easy", "Adam Sieminski"},    // Raymond and Noto stand in what he reported
      {"I better shut up", "Dick Mabry"},   // "he" before Lewis is named
      {"new monopolies", "Robert Wages"},   // opened with two apostrophes
  });
}

TEST(Figures, PartsOfAnEarlierFigureBodiesCentsAndMeasures) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "At least 265 people were killed. An official said 161 of them were mostly civilians.\n\n"
      "On Oct. 3, the bodies of two missing teen-age girls were found. Children who had run a few hundred yards "
      "were mowed down.\n\n"
      "Crude oil fell 29 cents. Authorities ordered the detention of nearly 3,000 prosecutors and judges.\n")});
  EXPECT_EQ(KindOf(f, "161"), "killed");
  EXPECT_EQ(KindOf(f, "two"), "killed");  // not missing
  EXPECT_EQ(KindOf(f, "hundred"), "none");
  EXPECT_EQ(KindOf(f, "29 cents"), "money");
  EXPECT_EQ(KindOf(f, "nearly 3,000"), "arrested");
}

TEST(Facts, DescriptionsWithNamesCompoundSharesAndTotals) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "``I'm very sad and disappointed,'' said the NBA commissioner, David Stern.\n\n"
      "If the 63-percent threshold is met, raises fall. He thought 5 to 7 percent of the members _ currently "
      "numbering 115 _ were open to bribery. Players may exercise their rights after two seasons.\n\n"
      "Hodler contested the argument of the committee. ``My experience is that this is not true.''\n")});
  ExpectSpeakers(f, {
      {"very sad", "David Stern"},
      {"My experience", "Hodler"},
  });
  EXPECT_EQ(KindOf(f, "63-percent"), "percent");
  EXPECT_EQ(KindOf(f, "115"), "count");
  EXPECT_EQ(KindOf(f, "two"), "none");
}

TEST(Facts, DescribedSpeakersAfterOpeningsOfAGroupAndInTheirView) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "President Bill Clinton is unlikely to declare the task done. ``They have to vote,'' said Israeli government "
      "spokesman Moshe Fogel. Otherwise, he said, Israel will not move because ``transfer of territory is "
      "irreversible.'' In Washington, deputy U.S. State Department spokesman James Foley was evasive. ``The "
      "procedures need to be clear,'' he said.\n\n"
      "\xE2\x80\x9cOf course it feels bad,\xE2\x80\x9d said one of the mechanics, Pvt. Sardar Mohammad. "
      "\xE2\x80\x9c" "A Ranger is made of paper,\xE2\x80\x9d Pvt. Rahmatullah said.\n\n"
      "For union leader Joao Felicio, the proposed swap ``is a clear sign of the despair.''\n")});
  ExpectSpeakers(f, {
      {"transfer of territory", "Moshe Fogel"},  // "he": the one who said, not Clinton
      {"procedures need", "James Foley"},        // described after "In Washington,"
      {"feels bad", "Sardar Mohammad"},
      {"made of paper", "Rahmatullah"},
      {"a clear sign", "Joao Felicio"},
  });
}

TEST(Facts, ListedNamesBodiesWordsOfAndCrowds) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\n\n"
                    "President Clinton said Friday that he must ``live with the consequences.'' He was greeted with "
                    "shouts of ``We love you,'' Clinton told donors: ``I didn't even mind the protesters.''\n\n"
                    "Voting is, in the words of Stuart Stevens, a Republican consultant, ``a double bank-shot.''\n\n"
                    "``Republicans aren't going to let that happen,'' said Ed Goeas, a pollster. ``They know it.'' "
                    "D'Amato responded to questions with the usual language.\n"),
      Text("b.txt", "Headline\n\n"
                    "Supporters said that Vice President Al Gore, Hillary Rodham Clinton and Donna Shalala would "
                    "attend. Clinton administration officials have been calling donors.\n")});
  ExpectSpeakers(f, {
      {"live with the consequences", "Clinton"},  // not Hillary Rodham Clinton, named only in a list
      {"We love you", ""},                        // the shouts'
      {"mind the protesters", "Clinton"},
      {"double bank-shot", "Stuart Stevens"},
      {"They know it", "Ed Goeas"},               // D'Amato's sentence goes on
  });
}

TEST(Facts, SurnamesInLyBodiesAfterPlacesAndLikenings) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Voters like Timothy Daly agree. ``I'm pulling the Democratic ticket because I'm tired of it,'' Daly said.\n\n"
      "Roberg opened his remarks by asserting that Clinton had ``lost the moral authority to lead.''\n\n"
      "Rescuers faced a scene that local rescue service leader Lennart Olin likened to a ``gas chamber.'' About "
      "400 people, most aged 13 to 18, were at the dance; the hall had a maximum capacity of 150, police said. "
      "About 180 people were taken to hospitals.\n\n"
      "``Goteborg is today a city in shock,'' the Goteborg city council said in a statement.\n")});
  ExpectSpeakers(f, {
      {"pulling the Democratic ticket", "Timothy Daly"},  // "Daly", though it ends in -ly
      {"moral authority", "Roberg"},
      {"gas chamber", "Lennart Olin"},
      {"city in shock", "Goteborg city council"},
  });
  EXPECT_EQ(KindOf(f, "18"), "none");
  EXPECT_EQ(KindOf(f, "150"), "count");
  EXPECT_EQ(KindOf(f, "About 180"), "wounded");
}

TEST(Facts, CalledObjectsDaysBeforeVerbsAndRangesOfWords) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Gene Budig, the AL president, Friday called Garcia, a 24-year veteran, one of the league's ``most "
      "respected umpires.''\n\n"
      "The series may take four to seven games. The contribution is expected to total several billion dollars.\n")});
  ExpectSpeakers(f, {{"most respected umpires", "Gene Budig"}});  // not Garcia, whom he called so
  EXPECT_EQ(KindOf(f, "four"), "count");
  const Figure* g = FigureWith(f, "several billion dollars");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(g->vague);
  EXPECT_EQ(g->kind, "money");
}

TEST(Facts, AppositivesRolesSetOffWorksAndParagraphsInOneVoice) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Xu Wenli was sentenced on Monday. The couple has a daughter, Xu Jin, who is a student. ``I can't change the "
      "way I am,'' Xu said.\n\n"
      "Prime Minister Mahathir Mohamad fired his deputy. Anwar, says the prime minister, is ``despicable.''\n\n"
      "Claudia Everest is a survivor. She started A Dog A Day, drawing dogs. ``Facebook removed my posts,'' she said.\n\n"
      "Bruce Bochy, the manager, a reserve on the 1984 San Diego World Series team, has said: ``We wish we had had "
      "a different attitude.''\n\n"
      "``This is a Netscape case,'' the executive recalls Joel Klein saying. The case now extends to what it "
      "described in a filing as ``a broad pattern of anti-competitive conduct.''\n\n"
      "``Balancing tests are arbitrary,'' said Rep. Thomas Campbell. ``They hand defendants like Microsoft "
      "victory.'' Microsoft argues _ and many experts agree _ that the courts moved away.\n\n"
      "The New York medical examiner concluded that he ``became unresponsive'' while restrained.\n\n"
      "President Barack Obama issued a statement saying: \"As a father, I cannot imagine the pain.\"\n\n"
      "\"The United States condemns this senseless act of terror.\n\n"
      "\"I have offered our full support to Israel.\"\n")});
  ExpectSpeakers(f, {
      {"change the way I am", "Xu Wenli"},             // not his daughter, set off after "a daughter"
      {"despicable", "Mahathir Mohamad"},              // the prime minister, not Anwar
      {"removed my posts", "Claudia Everest"},         // "A Dog A Day" is her project
      {"different attitude", "Bruce Bochy"},           // before a chain of appositives
      {"Netscape case", "Joel Klein"},                 // the one recalled saying it
      {"broad pattern", ""},                           // what "it" described: no continuation
      {"hand defendants", "Thomas Campbell"},          // "Microsoft argues _ ..." goes on
      {"became unresponsive", ""},                     // the medical examiner, unnamed
      {"condemns this senseless act", "Barack Obama"},
      {"full support to Israel", "Barack Obama"},
  });
}

TEST(Facts, SurnamesInIngPronounSurnamesAndBodiesWithSeats) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\n"
      "Patrick Ewing spoke. ``I don't know if this is going to come to a speedy resolution,'' Ewing said.\n\n"
      "Richard Winning was rescued. ``The worst thing was the capsizing,'' Winning said.\n\n"
      "``They locked us out,'' said Rockets forward Mario Elie.\n\n"
      "``My husband is innocent,'' said his wife, He Xintong.\n\n"
      "The U.S. National Weather Service in Miami said the storm could weaken.\n\n"
      "Zha Jianguo pledged to campaign ``to save Xu Wenli.''\n\n"
      "Jelisic pleaded guilty to murdering 12 Muslims. A few hundred fans chanted. A 45-knot gale hit. Barely "
      "one-tenth were likely to take part. Two more crew were plucked from a liferaft.\n")});
  ExpectSpeakers(f, {
      {"speedy resolution", "Patrick Ewing"},  // "Ewing" ends in -ing, yet names him
      {"capsizing", "Richard Winning"},
      {"locked us out", "Mario Elie"},        // not "Rockets"
      {"My husband is innocent", "He Xintong"},
      {"to save Xu Wenli", "Zha Jianguo"},
  });
  EXPECT_EQ(KindOf(f, "12"), "killed");
  EXPECT_EQ(KindOf(f, "45-knot"), "none");
  EXPECT_EQ(KindOf(f, "one-tenth"), "percent");
  EXPECT_EQ(KindOf(f, "Two"), "evacuated");
  const Figure* few = FigureWith(f, "A few hundred");
  ASSERT_NE(few, nullptr);
  EXPECT_TRUE(few->vague);
}

TEST(Disagreements, DifferentFiguresForTheSameCountOnly) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nAt least 21 civilians were killed in east Aleppo on Wednesday, medics said.\n"
                    "Separately, 300 people have died of cholera in Yemen this year.\n"),
      Text("b.txt", "Headline\nThe Civil Defence group said 45 civilians were killed in east Aleppo on Wednesday.\n"
                    "Two children were killed in Idlib on Tuesday.\n")});
  ASSERT_EQ(f.disagreements.size(), 1u);
  const Disagreement& d = f.disagreements[0];
  EXPECT_EQ(d.kind, "killed");
  ASSERT_EQ(d.figures.size(), 2u);
  EXPECT_EQ(f.figures[d.figures[0]].value, 21);
  EXPECT_EQ(f.figures[d.figures[1]].value, 45);
  EXPECT_EQ(f.figures[d.figures[1]].reporter, "Civil Defence");
}

TEST(Quotes, AMisspeltSurnameIsThePersonALetterAway) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nWhite House spokesman Joe Lockhart spoke on Monday.\n"
                    "\"We call on the government to free them,\" Lockart said.\n"
                    "Matthew Shepard died on Monday. \"He trusted everyone,\" the Shepards said.\n")});
  ExpectSpeakers(f, {{"We call on the government", "Joe Lockhart"}, {"He trusted everyone", "Shepards"}});
}

TEST(Quotes, AMisspeltGivenNameIsTheFormTheStoryUsesMore) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nPrime Minister Binali Yildirim said the coup had failed.\n"
                    "Binali Yildirim said the plotters would be punished. Binali Yildirim spoke again.\n"
                    "Turkish Prime Minister Benali Yildirim said 161 people were killed. \"They will receive every "
                    "punishment,\" the prime minister said.\n"
                    "John Smith and Jane Smith spoke. \"We are glad,\" John Smith said.\n")});
  ExpectSpeakers(f, {{"They will receive every", "Binali Yildirim"}, {"We are glad", "John Smith"}});
}

TEST(Quotes, QuotedNicknamesAndReflected) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nDriver Orville \"Ricky\" Brown checked his GPS.\n\n\"We'll be there soon,\" he told her.\n\n"
                    "Aaron Kreifels found him. \"Sometimes I wonder why I found him alive,\" Kreifels reflected.\n")});
  ExpectSpeakers(f, {{"be there soon", "Orville Ricky Brown"}, {"Sometimes I wonder", "Aaron Kreifels"}});
}

TEST(Quotes, AnAbbreviationsDotBeforeASentenceOpenerEndsTheName) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nThe laws work, said Brian Levin, a professor at Stockton College, in Pomona, N.J. Instead, he "
                    "said, they send a message. ``We want to deter the broken windows,'' he said.\n")});
  ExpectSpeakers(f, {{"deter the broken windows", "Brian Levin"}});
}

TEST(Quotes, QuotedByAPaperAsSayingBeforeTheQuote) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nGokay Sofuoglu was quoted Saturday by the Koelner Stadt-Anzeiger newspaper as saying it "
                    "was significant that \"all parties unanimously rejected the coup.\"\n\n"
                    "Foreign Minister Mohammad Javad Zarif was quoted by the official IRNA news agency as praising the "
                    "\"brave defense by the people of Turkey.\"\n\n"
                    "The Anadolu Agency quotes Mevlut Cavusoglu as saying that \"we have demanded their return.\"\n")});
  ExpectSpeakers(f, {{"all parties", "Gokay Sofuoglu"},
                     {"brave defense", "Mohammad Javad Zarif"},
                     {"demanded their return", "Mevlut Cavusoglu"}});
}

TEST(Quotes, LinksToOtherStoriesAndAdvertisementsAreNoPartOfTheFacts) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\n\nAvery Gardiner, of the Brady Campaign, called it a \"colossally stupid idea.\"\n\n"
                    "Related: NRA's Wayne LaPierre accuses Democrats of exploiting 17 deaths\n\n"
                    "\"If having more guns made Americans safer, we would have the lowest rates,\" she said.\n\n"
                    "Eric Holder denied it.\n\nADVERTISEMENT ADVERTISEMENT\n\n"
                    "\"We're not going to be hiding behind any kind of privileges,\" he said.\n")});
  ExpectSpeakers(f, {{"more guns", "Avery Gardiner"}, {"hiding behind", "Eric Holder"}});
  for (const Figure& g : f.figures) EXPECT_NE(g.value, 17);
}

TEST(Quotes, ATitleWordAsASurnameAndTitlesBeforeAPersonFromAPlace) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nRep. Peter King of Long Island, N.Y., said Republicans would be stronger. ``It gives us "
                    "more leverage,'' he said.\n\nGingrich said he was sorry. Majority Leader Sen. Trent Lott of "
                    "Mississippi also admitted mistakes. He also conceded that the bill hurt his party. ``We need to "
                    "listen,'' he said in Washington.\n\nSecretary of State Hillary Clinton said the plan would fail. ``It is over,'' she "
                    "said.\n")});
  ExpectSpeakers(f, {{"more leverage", "Peter King"}, {"need to listen", "Trent Lott"}, {"It is over", "Hillary Clinton"}});
}

TEST(Quotes, SaidSheTellsTheSubjectsSex) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\n``We have hard facts,'' said Judith Cheng-Hopkins of the World Food Program.\n\n"
                    "Dr. Katona-Apte, a nutrition expert who has worked in Bangladesh, said she was shocked when she "
                    "first visited a kindergarten. ``There were these two children sitting at a desk,'' she said.\n\n"
                    "``It is a structural problem,'' Ms. Cheng-Hopkins said.\n")});
  ExpectSpeakers(f, {{"two children", "Katona-Apte"}});
}

TEST(Quotes, OneWordAfterAIsADescription) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nWyoming Gov. Jim Geringer had warned that protesters were ``just flat not welcome.'' "
                    "The governor, a Republican, added, ``What we don't need is a bunch of wingnuts coming in.''\n")});
  ExpectSpeakers(f, {{"bunch of wingnuts", "Jim Geringer"}});
}

TEST(Quotes, AnAppositiveOfTheBodySomeoneWorksForAndAndSaidAfterAnOpeningPhrase) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nDr. Amy Klinger, director of programs and co-founder of the Educator's School Safety "
                    "Network, a nonprofit that supports safer schools, said she found it \"ironic and sad\" that "
                    "nothing else is discussed.\n\nAt one point, Camdessus looked at the impassive Suharto and said, "
                    "``You see what this means for your family.''\n")});
  ExpectSpeakers(f, {{"ironic and sad", "Amy Klinger"}, {"for your family", "Camdessus"}});
}

TEST(Quotes, AnAllianceIsABodyThatSomeoneIsOf) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nThe president of a group denied the charges.\n\nAlp Aslandogan of the New York-based "
                    "Alliance for Shared Values tells The Associated Press \"we categorically deny such accusations.\"\n")});
  ExpectSpeakers(f, {{"categorically deny", "Alp Aslandogan"}});
}

TEST(Quotes, HeSaidButAdded) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\n``It is a regular part of the food basket,'' Sten Swedlund said. Doctors in North Korea say "
                    "many people suffer after eating it, he said, but added, ``If you're very hungry, it fills your "
                    "stomach.''\n")});
  ExpectSpeakers(f, {{"fills your stomach", "Sten Swedlund"}});
}

TEST(Quotes, AQuoteGoesOnAfterAnEllipsis) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\n\"The conclusion is that things are hidden,\" said Rep. Dan Burton, R-Ind. \"We have "
                    "every right to check on what you're doing... So for you to deny this committee is wrong.\"\n")});
  ExpectSpeakers(f, {{"every right to check", "Dan Burton"}});
}

TEST(Quotes, AStatementSpeaksForWhoeverIssuedIt) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nAfter the verdicts, the American Embassy issued a strong condemnation. \"We are "
                    "deeply disappointed with the verdicts,\" the statement said.\n"
                    "The White House condemned the attack, according to a White House statement. \"This attack "
                    "only shows their depravity,\" read the statement.\n"
                    "\"Researchers could not say whether it was intentional,\" concluded the report, by the "
                    "Economic Review Commission.\n"
                    "\"Nobody expected the storm to turn,\" the letter said.\n")});
  ExpectSpeakers(f, {{"deeply disappointed", "American Embassy"},
                     {"only shows their depravity", "White House"},
                     {"Researchers could not say", "Economic Review Commission"},
                     {"Nobody expected", ""}});  // no one said they wrote it
}

TEST(Quotes, ATitledPersonOfAnInstitutionAndAnOfficesPossessive) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nProfessor Lawrence White of New York University, who was chief economist of the Justice "
               "Department's antitrust division, says the courts treat tying as unusual. No one, he said, \"would "
               "challenge the right of manufacturers to tie erasers to pencils.\"\n")});
  ExpectSpeakers(f, {{"would challenge the right", "Lawrence White"}});
  auto type_of = [&](const std::string& name) {
    for (const Entity& e : f.entities) {
      if (e.name == name) return e.type;
    }
    return std::string("?");
  };
  EXPECT_EQ(type_of("Lawrence White"), "person");
  EXPECT_EQ(type_of("New York University"), "organisation");
  EXPECT_EQ(type_of("Justice Department"), "organisation");
}

TEST(Quotes, TheBodyByItsKindIsTheOneTheTextNamed) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe Cambodian People's Party accused the senators of meddling.\n\n"
               "\"The senators should consider this resolution wisely,\" the party said in a statement.\n\n"
               "The Sam Rainsy Party and the Funcinpec Party disagree.\n\n"
               "\"We will not take part,\" the party said.\n")});
  ExpectSpeakers(f, {{"The senators should consider", "Cambodian People's Party"},
                     {"We will not take part", ""}});  // two more parties since: the text has not said which
}

TEST(Quotes, WroteOfSomeoneIsAboutThem) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\"An increasingly paranoid prime minister is said to believe in an axis,\" the weekly "
               "wrote of Erdogan at the time.\n\"He is a man of peace,\" said Smith of his neighbour Jones.\n")});
  ExpectSpeakers(f, {{"increasingly paranoid", ""}, {"a man of peace", "Smith"}});
}

TEST(Quotes, AnAdverbBetweenPronounAndVerbAndTheSubjectOfWhatWasSaid) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nPresident Kim Dae-jung spoke on Monday. He also said the North must limit its missile "
               "development, citing the \"great shock\" in Japan.\nOfficials said the North must stop its "
               "\"reckless provocations\" at once.\n")});
  ExpectSpeakers(f, {{"great shock", "Kim Dae-jung"}, {"reckless provocations", ""}});
}

TEST(Quotes, AppositivesNamingSomeoneElseAndRelativeClauses) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nIn 2009, Angela Jacobsen, the former nanny for the singer's son, David Banda, whom the "
               "star adopted from Malawi, told an Australian TV show, \"I was on call 24 hours a day.\"\n"
               "Ms. Mary Boyle, who has not yet begun to run commercials, said her status had \"allowed me to be "
               "more focused.\"\n")});
  ExpectSpeakers(f, {{"I was on call", "Angela Jacobsen"}, {"allowed me to be", "Mary Boyle"}});
}

TEST(Quotes, AnAgeBetweenNameAndVerb) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe bodies of Peter Kennedy and Darren Hickey were identified. \"He was just making a "
               "career for himself,\" Hickey's sister Deborah, 21, said Wednesday, fighting back tears.\n"
               "Saramago, 75, wrote his breakthrough novel in 1982, \"Baltasar and Blimunda.\"\n")});
  ExpectSpeakers(f, {{"He was just making", "Deborah"}, {"Baltasar", "?"}});  // a title, no quote
}

TEST(Figures, CompoundNumberWordsWordRangesAndKindsThatDescribeAnotherNoun) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nFrom 1921 through 1996, a hundred and forty-four people died on the mountain.\n"
               "Going home means forfeiting the fifty to ninety thousand dollars they spent. Guides take home "
               "between two and eight thousand dollars.\n"
               "The Senate could not muster the 67 votes needed to remove the wounded president.\n"
               "In response to the killing, about 50 candlelight vigils were scheduled.\n"
               "The families of three French citizens, of whom two disappeared, filed suit.\n"
               "More than 400,000 people have become refugees since January.\n"
               "Of the 162 people who suffered non-fatal injuries, 76 remain in hospital.\n")});
  ASSERT_NE(FigureWith(f, "a hundred and forty-four"), nullptr);
  EXPECT_EQ(FigureWith(f, "a hundred and forty-four")->value, 144);
  EXPECT_EQ(KindOf(f, "a hundred and forty-four"), "killed");
  ASSERT_NE(FigureWith(f, "fifty"), nullptr);
  EXPECT_EQ(FigureWith(f, "fifty")->value, 50000);
  EXPECT_EQ(KindOf(f, "fifty"), "money");
  ASSERT_NE(FigureWith(f, "two"), nullptr);
  EXPECT_EQ(FigureWith(f, "two")->value, 2000);
  ExpectKinds(f, {{"67", "count"}, {"about 50", "count"}, {"three", "count"}, {"More than 400,000", "displaced"},
                  {"162", "wounded"}});
}

TEST(Figures, WeightsEarlyYearsAgesTemperaturesModelsAndCues) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe two pieces have a combined mass of 70,000 pounds.\n"
               "He was executed for treason in 1535 because of his beliefs.\n"
               "The widow of Alexei Jaccard, who was 25 when he was tortured, filed suit.\n"
               "The fire raised the temperature to 600 degrees (1,100 F) in the hall.\n"
               "All 259 people aboard the Boeing 747 and 11 people on the ground were killed.\n"
               "The Padres set an attendance record of 2,555,901 this season.\n"
               "The port lies in the city of about 125,000, the county seat.\n"
               "A score of cargo aircraft landed on Thursday.\n"
               "When we had two prime ministers, everything moved very slowly.\n"
               "The province prohibits abortions at its six hospitals.\n"
               "Seven Sherpas were swept to their deaths in 1922.\n")});
  for (const char* none : {"70,000 pounds", "1535", "25", "1,100"}) EXPECT_EQ(FigureWith(f, none), nullptr) << none;
  ExpectKinds(f, {{"259", "killed"}, {"2,555,901", "count"}, {"about 125,000", "count"}, {"two", "count"},
                  {"six", "count"}, {"Seven", "killed"}});
  ASSERT_NE(FigureWith(f, "A score"), nullptr);
  EXPECT_EQ(FigureWith(f, "A score")->value, 20);
}

TEST(Facts, AnOrganisationsInitialsStandForItsName) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe African National Congress led the struggle against apartheid.\n"
               "\"We will always be proud of what we did,\" the ANC said in a statement.\n")});
  ExpectSpeakers(f, {{"We will always be proud", "African National Congress"}});
  for (const Entity& e : f.entities) EXPECT_NE(e.name, "ANC");
}

TEST(Quotes, ObjectsOfPrepositionsStatementsSaidInAndTheWritersWordsBetween) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nA leaflet signed by the group and faxed to Reuters in Jerusalem said the \"heroic "
               "attack\" had been carried out \"to confront the great conspiracy.\"\n\n"
               "Service was suspended near Elizabeth, spokesman Craig Schulz said in a statement. Trains were "
               "held at the stations for an hour. \"Robust security measures are in place,\" the statement "
               "said.\n\n"
               "Mourners had laid cards. The inscriptions were brief _ \"We miss you\" _ and the people "
               "reading them had few words. \"I just wanted to show my sympathy,\" said Caroline Ericsson.\n\n"
               "This weekend, foreign diplomatic observers in Kosovo reported that a \"military stand-down\" had "
               "taken place.\n\n"
               "For Lasse Gustavsson, showing his face mattered. The former Goteborg firefighter lost his ears in "
               "a blast. \"I can't give them hope,\" he said.\n")});
  EXPECT_EQ(SpeakerOf(f, "military stand-down"), "");
  ExpectSpeakers(f, {{"heroic attack", ""},
                     {"Robust security measures", "Craig Schulz"},
                     {"We miss you", ""},
                     {"I just wanted", "Caroline Ericsson"},
                     {"I can't give them hope", "Lasse Gustavsson"}});
}

TEST(Quotes, BodiesSpokenOfAsItTheirReportsAndTheirHeadWord) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nThe Foreign Office is advising Britons to stay indoors. It says \"the situation now "
               "appears quieter in Istanbul.\"\n\n"
               "Turkey's state-run Anadolu Agency says all soldiers have been taken into custody.\n\n"
               "The report says anti-terrorism police will now conduct a \"detailed search\" at the headquarters.\n\n"
               "Y. Alp Aslandogan of the New York-based Alliance for Shared Values denied the charges. Earlier, the "
               "alliance said, \"we condemn any military intervention.\"\n\n"
               "The mayor is advising calm. The report says the council was \"told many times\" of the danger.\n")});
  ExpectSpeakers(f, {{"the situation now appears quieter", "Foreign Office"},
                     {"detailed search", "Anadolu Agency"},
                     {"we condemn any military intervention", "Alliance for Shared Values"},
                     // (No body spoke before "the report": no one to give it to.)
                     {"told many times", ""}});
}

TEST(Quotes, ARoleTheNextSentenceNamesForTheFirstTime) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nPresident Recep Tayyip Erdogan spoke in Istanbul.\n\n"
               "The Turkish Cypriot leader says the coup attempt has \"no effect\" on the island. Mustafa Akinci "
               "told broadcaster BRT on Saturday that the troops remain loyal.\n\n"
               "A lawyer for the Turkish government says \"there are indications of direct involvement\" of a cleric.\n\n"
               "Robert Amsterdam said in a statement that his firm would act.\n\n"
               "The Turkish leader says the plotters will pay \"a heavy price\" for it. Erdogan spoke from a "
               "phone.\n")});
  ExpectSpeakers(f, {{"no effect", "Mustafa Akinci"},
                     {"there are indications", "Robert Amsterdam"},
                     // (Someone named before: the leader is the one the text already named.)
                     {"a heavy price", "Recep Tayyip Erdogan"}});
}

TEST(Quotes, DescriptionsWithAPhraseBeforeTheNameAndAsXPutIt) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\n\"It's something he's thought about a lot,\" said his coach since December 2008, "
               "Larry Stefanki.\n\nWith this \"lunatic creative act,\" as Edmund White put it in the review, he "
               "derails the national saga.\n")});
  ExpectSpeakers(f, {{"something he's thought about", "Larry Stefanki"}, {"lunatic creative act", "Edmund White"}});
}

TEST(Quotes, PluralOwnersAndTheBodyAPersonOwns) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nPresident Barack Obama signaled an aggressive campaign. \"How much do you want it?\" ABC "
               "News' Diane Sawyer asked Obama during an interview.\n\n"
               "Many of the women were nurses. The owner of Limo Stop, San Jose resident Kultar Singh, expressed "
               "condolences. \"We are saddened by this horrific event,\" he said.\n")});
  ExpectSpeakers(f, {{"How much do you want it?", "Diane Sawyer"}, {"We are saddened", "Kultar Singh"}});
}

TEST(Quotes, ATagAfterAnOpeningPhraseAndTheOneWhoseViewASentenceGives) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nRobert Litan was an official. \"A good part of this case is just Round II,\" in the "
               "early 1990s, Litan said.\n\n"
               "Charles Rule headed the division. Vice President Al Gore has never commented. And Gore, who "
               "represents the administration, has said nothing. In Rule's opinion, the administration would be "
               "foolish to involve itself. \"It would be a little odd for the administration,\" he said.\n")});
  ExpectSpeakers(f, {{"A good part of this case", "Robert Litan"}, {"It would be a little odd", "Charles Rule"}});
  for (const Entity& e : f.entities) EXPECT_FALSE(e.name == "Rule" && e.type == "place");
}

TEST(Quotes, VerbsOfPraiseBlameAndRequestAndAnAdverbAfterAnAppositive) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nJohn Wolf, the ambassador for APEC, recently acknowledged that the crisis \"ricochets "
               "around the world with no clear sign.\"\n\n"
               "U.S. President Bill Clinton requested a \"global relief effort\" to help Central America.\n\n"
               "In its citation, the Swedish Academy praised Saramago \"who with parables sustained by imagination "
               "enables us to apprehend an elusory reality.\" Although Saramago discounts the influence of "
               "\"magical realism\" on his work, his novels use the supernatural.\n")});
  ExpectSpeakers(f, {{"ricochets around the world", "John Wolf"},
                     {"global relief effort", "Bill Clinton"},
                     {"who with parables", "Swedish Academy"},
                     // (A sentence about someone else: the academy's words end.)
                     {"magical realism", "?"}});
}

TEST(Quotes, ParticlesInSurnamesAndColourfulVerbs) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nAn economist at the Banque Bruxelles Lambert, Liesbeth Van de Craen, said the cuts were "
               "timely. \"We are clearly headed for a slowdown,\" she said.\n\n"
               "\"Ask Osama bin Laden if he is better off now,\" Kerry boomed at the convention.\n")});
  ExpectSpeakers(f, {{"clearly headed for a slowdown", "Liesbeth Van de Craen"}, {"Ask Osama bin Laden", "Kerry"}});
}

TEST(Quotes, AddingAfterATellingSubjectAndASubjectAfterAnOpeningPhrase) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nPolice Commissioner James O'Neill told reporters that investigators had not yet "
               "received clearance to interview Ahmad Rahami, adding, \"That may happen in the next 24 hours.\"\n\n"
               "Charles Kartman spoke in Seoul. But in a statement distributed by the U.S. Embassy here Saturday, "
               "Kartman backtracked, saying instead that the United States lacks \"conclusive evidence\" of it.\n\n"
               "Hodler said he overheard Spyros Metaxa, a wealthy Greek businessman who led the bid, describing IOC "
               "members as \"stupid and greedy men\" for imposing restrictions.\n")});
  ExpectSpeakers(f, {{"That may happen", "James O'Neill"},
                     {"conclusive evidence", "Charles Kartman"},
                     {"stupid and greedy", "Spyros Metaxa"}});
}

TEST(Quotes, RelativeClausesAfterAPrepositionNamesGivenAndTheNextSentencesShe) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nJudge Adolphus Karibi-Whyte presided. Delic was sentenced to 20 years by Karibi-Whyte, "
               "who denounced rape as \"a despicable act which strikes at the core of human dignity.\"\n\n"
               "\"I do not go to church,\" said a young man who gave his name only as Sami.\n\n"
               "Attorney General Janet Reno said she would press on. \"We will find him,\" Reno said.\n\n"
               "\"We are shaken,\" said Melinda DuBois, assistant director of the clinic. She said the arrest had "
               "brought no relief. \"I don't think it makes anyone at the clinic feel differently,\" she said.\n")});
  ExpectSpeakers(f, {{"a despicable act", "Adolphus Karibi-Whyte"},
                     {"I do not go to church", "Sami"},
                     {"feel differently", "Melinda DuBois"}});
}

TEST(Quotes, ANumberQuotedAloneAndIsWhatXSaid) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nGoteborg chief prosecutor Ulf Noren spoke Saturday. Earlier in the day, Noren had said it "
               "was a \"50-50\" chance that the fire was arson.\n\n"
               "\"You never want a serious crisis to go to waste,\" is what Rahm Emanuel, Obama's chief of staff, said "
               "as the economy went into free-fall.\n")});
  ExpectSpeakers(f, {{"50-50", "Ulf Noren"}, {"serious crisis", "Rahm Emanuel"}});
}

TEST(Quotes, HeadlinesNameNoSpeakersAndTagsLateInTheirSentence) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nTraffic was hijacked, said Dmitri Alperovitch of McAfee.\n\nCyber Experts Have Proof That "
               "China Has Hijacked U.S.-Based Internet Traffic: UPDATED\n\n"
               "\"If China Telecom intercepts that, you will not know any better,\" he said.\n\n"
               "The U.S.-China Economic and Security Review Commission releases its report on Nov. 17. A commission press "
               "release said the 2010 report will address \"the increasingly sophisticated nature of malicious activity.\"\n\n"
               "\"We were asked to contact you,\" says a woman who picked up the call and identified herself as Nancy.\n\n"
               "Fred Wertheimer, president of Democracy 21, a nonprofit advocate of campaign finance reform, said, "
               "\"This is a new version of caveat emptor.\"\n\n"
               "Rep. Peter King wrote a letter. The vaults included possibly \"a sensitive, covered facility\" outside the "
               "campus in Langley, Va., King wrote.\n")});
  ExpectSpeakers(f, {{"If China Telecom intercepts", "Dmitri Alperovitch"},
                     {"increasingly sophisticated", "Security Review Commission"},
                     {"We were asked to contact you", "Nancy"},
                     {"caveat emptor", "Fred Wertheimer"},
                     {"covered facility", "Peter King"}});
}

TEST(Quotes, AnOrganisationsShortFormIsItsName) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nThe official Xinhua News Agency reported the verdict. The courts ruled the two should be "
               "\"severely punished\" as repeat offenders, Xinhua said.\n\nThe Russian Federation objected. \"We "
               "object,\" the Russian said.\n")});
  ExpectSpeakers(f, {{"severely punished", "Xinhua News Agency"}});
  // ("the Russian" is no short form of the Russian Federation.)
  for (const Entity& e : f.entities) {
    if (e.name == "Russian Federation") {
      EXPECT_EQ(e.mentions, 1);
    }
  }
}

TEST(Quotes, OneSpokenWordWithItsTagAndATitleAfterOf) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\n\"That I'm talking to,\" says the doctor. \"Uh-huh,\" Nancy replies.\n\n"
               "\"They're pitiful, helpless giants,\" said Ronald Chernow, the author of \"Titan,\" a biography of "
               "John D. Rockefeller.\n")});
  ExpectSpeakers(f, {{"Uh-huh", "Nancy"}, {"Titan", "?"}});
}

TEST(Quotes, AJointStatementByABodyAndABodyThatAlsoSaid) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nBrazil and the International Monetary Fund met. \"The discussions continue with the "
               "objective of reaching agreement soon,\" said a joint statement by the IMF and the Finance Ministry.\n\n"
               "The Sam Rainsy Party met on Monday. \"We will not join,\" the party also said.\n")});
  // (The joint statement is no one body's: two saying one thing together.)
  ExpectSpeakers(f, {{"The discussions continue", ""}, {"We will not join", "Sam Rainsy Party"}});
}

TEST(Figures, ObjectsOfOtherVerbsPartsAfterIncludingAndSplits) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe guards murdered nine Serbs and tortured six in the camp.\n"
               "At least 83 people, including 24 women and children, were killed in the attack.\n"
               "The bombings killed 224 people, including 12 Americans, and injured an estimated 5,000.\n"
               "The number of refugees who have fled the conflict has reached a million.\n"
               "New York has 151 providers, including 61 hospitals and 44 clinics.\n"
               "The Republicans hold a 55-to-45 majority.\n"
               "The number had decreased 18 percent, to 2,380 from 2,908.\n")});
  ExpectKinds(f, {{"nine", "killed"}, {"six", "count"}, {"At least 83", "killed"}, {"24", "killed"},
                  {"12", "killed"}, {"an estimated 5,000", "wounded"}, {"a million", "displaced"},
                  {"44", "count"}, {"2,380", "count"}, {"55-to-45", "none"}});
  ASSERT_NE(FigureWith(f, "12"), nullptr);
  EXPECT_TRUE(FigureWith(f, "12")->part);
}

TEST(Figures, TalliesAfterTheirWordNumberWordsWithoutANounCrewsAndMeasuresInCompounds) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe resolution passed by a vote of 188-112 on Friday.\n"
               "A brief meeting between the three did not help.\n"
               "Police detained or scared off prospective lawyers, forcing the four to argue their own defenses.\n"
               "It makes talking about the five of them messy.\n"
               "The yacht, which has a crew of 11, was halfway across the strait.\n"
               "The yachts retired from the 630-nautical-mile race, as oil fell from the $20-a-barrel level.\n")});
  ExpectKinds(f, {{"188", "count"}, {"112", "count"}, {"three", "count"}, {"four", "count"}, {"five", "count"},
                  {"11", "count"}, {"630-nautical-mile", "none"}, {"$20-a-barrel", "money"}});
}

TEST(Figures, APollsMarginInPointsIsAShareAnIndexsPointsAreNot) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe president leads Gingrich by 10 points. He runs 13 points ahead of Pawlenty. That is "
               "an 11-point improvement for the GOP since March.\n"
               "The Dow rose 214 points on Monday. The team won by 12 points. It is a 10-point plan.\n")});
  ExpectKinds(f, {{"10", "percent"}, {"13", "percent"}, {"11-point", "percent"}, {"214", "none"}, {"12", "none"},
                  {"10-point", "none"}});
}

TEST(Figures, TakenPrisonerAndTheConvictedCountedBeforeTheirCharge) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nAt least 18 enemy soldiers were killed and 40 taken prisoner, the commander said.\n"
               "One of the Zebra Killers, a gang of four convicted of a slew of murders, has been found dead.\n"
               "Israel released 750 Palestinian prisoners.\n")});
  ExpectKinds(f, {{"40", "arrested"}, {"four", "count"}, {"750", "count"}});
}

TEST(Quotes, ANameAmongNamesIsNoSubject) {
  // "Minas Gerais" is set off by commas, but as one place of a list: the
  // "he" after the quote is still the political scientist.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nPolitical scientist Eduardo Kugelmas spoke on Monday.\n\n"
               "Kugelmas said opponents of the president stand a good chance in four large states _ Sao Paulo, "
               "Minas Gerais, Rio de Janeiro and Rio Grande do Sul. ``If they win, the president will face a "
               "tough uphill battle,'' he said.\n\n"
               "The UN's envoy to Syria, Staffan de Mistura, said the rebels could not hold out. ``This is a "
               "military acceleration,'' he said.\n")});
  ExpectSpeakers(f, {{"If they win", "Eduardo Kugelmas"}, {"This is a military acceleration", "Staffan de Mistura"}});
}

TEST(Quotes, AQuoteThatIsAWholeSentenceAfterOneAboutAPerson) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nPatrick Ewing did not want to sound like a striking longshoreman. ``I'm not going to "
               "try and put it in dollars and cents.'' But Ewing played the public-relations game.\n\n"
               "Taylor Swift is the cat lady at home. She owns a few cats, according to a person familiar with "
               "her house. \"She's constantly grooming them.\"\n")});
  ExpectSpeakers(f, {{"I'm not going to try", "Patrick Ewing"}, {"She's constantly grooming", ""}});
}

TEST(Quotes, TitlesOfWorksInsideASentenceAreNoQuotes) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nCritic Harold Bloom praised Cormac McCarthy's \"Blood Meridian\" and Philip Roth's "
               "\"American Pastoral.\"\n\n"
               "Asked whether the vote was clean, Marc Hodler said, ``Certainly not.''\n\n"
               "Gov. Rick Scott called for a \"See Something, Say Something\" hotline, funding \"to require "
               "access to dedicated mental health counselors.\"\n")});
  ExpectSpeakers(f, {{"Blood Meridian", "?"},
                     {"American Pastoral", "?"},
                     {"Certainly not", "Marc Hodler"},
                     {"See Something", "?"},
                     {"to require access", "Rick Scott"}});
}

TEST(Quotes, ABodyNamedByItsNationOrOwnerInLowercase) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe Greek government says a Turkish Blackhawk helicopter will be returned to Turkey "
               "\"as soon as possible\" but it will examine the asylum demand.\n\n"
               "The United Nations human rights office urged on Tuesday all Israelis and Palestinians to exercise "
               "\"maximum restraint\" as the tension escalated.\n\n"
               "Hamas rulers congratulated the president. The Islamic militant group said the coup was a "
               "\"vicious plot against the people.\"\n")});
  ExpectSpeakers(f, {{"as soon as possible", "Greek government"},
                     {"maximum restraint", "United Nations human rights office"},
                     {"vicious plot", ""}});
}

TEST(Quotes, AGroupIsNoSpeaker) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nRefugees described the journey. \"We were so afraid we had an accident on the road,\" "
               "Refugees said.\n\n"
               "\"We want the vote now,\" Republicans said on Tuesday.\n")});
  ExpectSpeakers(f, {{"We were so afraid", ""}, {"We want the vote now", ""}});
}

TEST(Quotes, ACommonPluralOpeningItsSentenceAndATitleAloneAreNoSpeakers) {
  // Capitalised only where they open a sentence, "Organizers" and "Witnesses"
  // are groups; "Adams" stands inside a sentence too, and is a name.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nOrganizers of Monday's strike had called for a non-violent ``day of mourning.'' "
               "Witnesses said the crowd was ``very angry.''\n\n"
               "Smith has \"nothing to lose\" by confessing, Assistant State's Attorney said.\n\n"
               "The report was written by Adams. Adams said the plan was ``a mistake.''\n")});
  ExpectSpeakers(f, {{"day of mourning", ""}, {"very angry", ""}, {"nothing to lose", ""}, {"a mistake", "Adams"}});
}

TEST(Quotes, AJointStatementAndANameDescribingANounAfterTheVerb) {
  // Two bodies' statement is no one speaker's; "the Brazil-IMF discussions"
  // is what the statement said, not who said it.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nA joint statement by the IMF and the Brazilian government said the two sides agreed. "
               "The joint statement said the Brazil-IMF discussions ``were aimed at preparing the ground.'' The "
               "two sides are to continue their talks ``with the objective of reaching early agreement,'' the "
               "statement said.\n\n"
               "``We are ready,'' said a statement from the Kremlin.\n")});
  ExpectSpeakers(f, {{"were aimed at", ""}, {"with the objective", ""}, {"We are ready", "Kremlin"}});
}

TEST(Quotes, AStatesShortFormInAnAppositiveAndANameDescribingAnUnnamedRole) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nCharles LaLoggia, editor of the newsletter in Potomac, Md., said: ``Some of the premiums "
               "are low.''\n\n"
               "Rep. Mark Souder, R-Ind., said: ``Most of my friends agree.''\n\n"
               "``What we knew about the ownership was little,'' said one senior U.S. intelligence official.\n")});
  ExpectSpeakers(f, {{"Some of the premiums", "Charles LaLoggia"}, {"Most of my friends", "Mark Souder"},
                     {"What we knew", ""}});
}

TEST(Quotes, ACountryOpeningItsSentenceAStreetABodyBeforeItsPlaceAndUnnamedSources) {
  // "The United States" is no "he"; a street does not speak; "The Bourse in
  // Paris" does; "quoted sources as saying" is no one named.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nJustice Minister Mohammed al-Zuwiy spoke on Wednesday. The United States and Britain insist "
               "that the suspects serve their term in Britain. He said the trial will be ``honest and just.''\n\n"
               "A worker at a polling station in Tel Aviv's Rothschild Boulevard remarked, \"I worked during the "
               "previous elections.\"\n\n"
               "The Bourse in Paris also announced a meeting to discuss ``the steps needed to create a market.''\n\n"
               "The Daily Star newspaper quoted sources as saying that Hariri was ``outraged'' by the vote.\n")});
  ExpectSpeakers(f, {{"honest and just", "Mohammed al-Zuwiy"}, {"I worked during", ""}, {"the steps needed", "Bourse"},
                     {"outraged", ""}});
}

TEST(Quotes, AMinisterOfStateABodysNameAfterOfAnOpeningThatNamesSomeoneAndAttacks) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nGujarat Minister of State Pradipsinh Jadeja told reporters the law was made \"in "
               "consultation with the people\".\n\n"
               "Helen Alvarez, a spokeswoman for the National Conference of Catholic Bishops, said the bill was bad. "
               "``It is a good tactic for them,'' she conceded.\n\n"
               "Ariel Sharon was named minister. An acerbic critic of his rival, Yitzhak Rabin, Sharon attacked the "
               "accords as ``terrible and dangerous'' and condemned Arafat as a ``war criminal.''\n\n"
               "``We will not name it,'' the Ministry of Foreign Affairs and Trade said.\n")});
  ExpectSpeakers(f, {{"in consultation", "Pradipsinh Jadeja"}, {"It is a good tactic", "Helen Alvarez"},
                     {"terrible and dangerous", "Ariel Sharon"}, {"war criminal", "Ariel Sharon"},
                     {"We will not name it", "Ministry of Foreign Affairs and Trade"}});
}

TEST(Quotes, ARoleForTheShortFormOfATitle) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nGov. Rick Scott proposed a school safety plan on Friday.\n\n"
               "Asked about a ban on rifles, the governor said that \"banning specific weapons is not going to fix "
               "this.\"\n")});
  ExpectSpeakers(f, {{"banning specific weapons", "Rick Scott"}});
}

TEST(Quotes, ASingleGraveAccentOpeningAQuote) {
  // "` ... ''": a typo for ``; inside a double quote, `...' is a quote within it.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nRep. Mark Souder, R-Ind., said: ` Most of my friends are split about 50-50.'' He voted "
               "for it.\n\n"
               "Camdessus looked at the president. ``He said, `I called in my children, and they all "
               "understand.''' the adviser recalled.\n")});
  ExpectSpeakers(f, {{"Most of my friends", "Mark Souder"}});
  EXPECT_NE(SpeakerOf(f, "He said, `I called in my children"), "?");
}

TEST(Quotes, AnOwnerAfterTheVerbIsNoSpeaker) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nPresident Bill Clinton met his aides.\n\nClinton, in a telephone call with Russian "
               "President Boris Yeltsin, said Milosevic's compliance with U.N. demands ``must be verifiable, "
               "tangible and irreversible.''\n")});
  ExpectSpeakers(f, {{"must be verifiable", "Bill Clinton"}});
}

TEST(Quotes, AWordUsedAloneBeforeAndANationsModifierAreNoPeople) {
  // "Bitcoin" stood alone long before "Bitcoin Cash"; "Russian Bitcoin
  // exchange administrators" are described, not named: "he" is still Karpelès.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nMark Karpelès ran the biggest Bitcoin exchange. Bitcoin fell.\n\n"
               "The assets, including Bitcoin derivatives such as Bitcoin Cash, ballooned.\n\n"
               "Karpelès has been moving apartments. Bitcoin is volatile. He holds a theory: that Russian "
               "Bitcoin exchange administrators were behind the attacks.\n\n"
               "\"After I came out, I felt like in a kind of dream,\" he says.\n")});
  ExpectSpeakers(f, {{"After I came out", "Mark Karpelès"}});
}

TEST(Quotes, SexFromAPronounOpeningALaterClause) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nJulia Gonzales still had an option when she learned that something was wrong with her "
               "baby. Her daughter Carmen is due any day now.\n\n"
               "As a devout Catholic, Gonzales, 30, refused to consider abortion.\n\n"
               "\"I didn't even have the idea in my mind to stop the pregnancy,\" she said.\n")});
  ExpectSpeakers(f, {{"I didn't even have the idea", "Julia Gonzales"}});
}

TEST(Quotes, APlaceOpenedByMountAndANameEndingAClauseBeforeAColon) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nKim Nilsson was vexed. When Mt. Gox ran low on Bitcoins, Willy helped.\n\n"
               "He had a reputation for solving bugs. And that's how he approached Mt. Gox: \"It was basically just "
               "the world's biggest puzzle.\"\n\n"
               "Media caption Israeli government spokesman Mark Regev: \"All Israel is united in mourning.\"\n")});
  // (No one yet for the first: "how he approached" is no tag; but not "Gox".)
  ExpectSpeakers(f, {{"It was basically just", ""}, {"All Israel is united", "Mark Regev"}});
}

TEST(Quotes, MixedMarksPairAsWritten) {
  // A typographic mark left open is closed by the straight one after it.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nMark Olsen took the stage.\n\n"
               "\xE2\x80\x9C" "From the top,\" he said. \"With a little more life.\xE2\x80\x9D\n")});
  ExpectSpeakers(f, {{"From the top,", "Mark Olsen"}, {"With a little more life.", "Mark Olsen"}});
  for (const Quote& q : f.quotes) EXPECT_EQ(q.words.find("he said"), std::string::npos) << q.words;
}

TEST(Quotes, WhatABodyCallsSomething) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nPalestinian Authority President Mahmoud Abbas, who heads the Fatah party, has condemned "
               "the abductions, even as the Palestinian Cabinet has criticized what it calls \"Israel's illegal "
               "measures\" in response.\n")});
  ExpectSpeakers(f, {{"Israel's illegal measures", "Palestinian Cabinet"}});
}

TEST(Quotes, TheGroupIsTheBodyTheSentenceBeforeOpensWith) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nHamas has made no such claim. Still, as it bears the brunt of the retaliation, the group "
               "warned that if Netanyahu \"brings a war on Gaza, the gates of hell will open to him.\"\n")});
  ExpectSpeakers(f, {{"brings a war on Gaza", "Hamas"}});
}

TEST(Quotes, ACapitalisedRoleOpeningAParticiplesClause) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nIsraeli Prime Minister Benjamin Netanyahu spoke at the funeral.\n\n"
               "A short time later -- after the burials of Naftali Frankel, a dual U.S.-Israeli citizen, in Modiin "
               "-- the Prime Minister spoke again before a security cabinet meeting, saying, \"May God avenge their "
               "blood.\"\n")});
  ExpectSpeakers(f, {{"May God avenge", "Benjamin Netanyahu"}});
}

TEST(Quotes, AVerbOfSayingRightAfterTheMarkOpensATag) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThomas Mann, a scholar, spoke about the party. ``They know he sees the broader world,'' "
               "Mann said. ``We are most defined by who we hate'' said Rep. Mark Souder, R-Ind.\n")});
  ExpectSpeakers(f, {{"We are most defined", "Mark Souder"}});
}

TEST(Quotes, OneNameBeforeAnAppositiveOpeningWithAnOwner) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nNetscape president James Barksdale and Marc Andreessen met Microsoft.\n\n"
               "Barksdale, Netscape's 55-year-old chief executive, told a colleague that the encounter was "
               "``the damnedest meeting I've ever attended.''\n")});
  ExpectSpeakers(f, {{"the damnedest meeting", "James Barksdale"}});
}

TEST(Quotes, SheIsTheSubjectJustNamedOverAWomanNamedEarlier) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nMrs. Ellen Fink recalled the day. ``I said, `Lynne, just relax,''' Mrs. Fink said.\n\n"
               "Marilynne Buckham, the clinic director, sent it to Slepian. ``He definitely took it seriously,'' "
               "she recalled.\n")});
  ExpectSpeakers(f, {{"He definitely took it seriously", "Marilynne Buckham"}});
}

TEST(Quotes, ShoutingIsSaying) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe Rev. Paul Schenck led the protest. As the doctor pushed through the crowd, Schenck "
               "cupped his hands around his mouth and lunged, shouting, ``Slepian, you pig!''\n")});
  ExpectSpeakers(f, {{"Slepian, you pig!", "Paul Schenck"}});
}

TEST(Quotes, ANameModifyingANounIsNoSpeakerForAParticiple) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nFormer President George W. Bush keeps coming to Obama's defense.\n\n"
               "He defended the move in his memoir and he popped up again last week at the Las Vegas convention of "
               "the National Automobile Dealers Association, saying he would \xE2\x80\x9C" "do it again.\xE2\x80\x9D\n")});
  ExpectSpeakers(f, {{"do it again.", "George W. Bush"}});
}

TEST(Quotes, ARoleAndAnAdverbBeforeTheVerb) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nU.S. District Judge James Teilborg ruled on Monday.\n\n"
               "The judge also wrote that the state provided \"substantial and well-documented\" evidence.\n")});
  ExpectSpeakers(f, {{"substantial and well-documented", "James Teilborg"}});
}

TEST(Quotes, OneNameDescribedWithWho) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nFeda Mohammad Ulfat owns the yard.\n\nHafizullah, an employee of Ulfat's who goes by one "
               "name, wandered through the yard. Hafizullah pointed to the helicopter and laughed.\n\n"
               "\"I can't wait until they start selling those here,\" he said.\n")});
  ExpectSpeakers(f, {{"I can't wait", "Hafizullah"}});
}

TEST(Quotes, NameParticlesOwnersAffiliationsAndDescribedSingleNames) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nBack in the golden years, Kasuku wa Ngeyo had a farm. \"Nobody is making money any "
               "more,\" said Kasuku, the son of an Italian settler.\n\n"
               "Anwar was arrested on Sept. 20. \"We claim that his detention is illegal,\" said one of Anwar's "
               "lawyers, Pawancheek Marican.\n\n"
               "Elizabeth Bell led the study. Carbon data alone is too ambiguous, says Thomas McCollom at the "
               "University of Colorado.\n\n\"I know a lot of people want to use such data,\" he says.\n\n"
               "My colleague Kareem Shaheen reports from the hospital. Cagri, a 29-year-old, was wounded by "
               "shrapnel. \"We just panicked,\" he said.\n\n"
               "Senior advisers say he will run against the \"mushy middle\" of the party.\n\n"
               "Rep. Kim Deog-ryong of the Parliament's Foreign Affairs Committee said he had \"information\" "
               "about the sites. \"It was not sufficient,\" Kim said.\n")});
  ExpectSpeakers(f, {{"Nobody is making money", "Kasuku wa Ngeyo"},
                     {"We claim that his detention", "Pawancheek Marican"},
                     {"I know a lot of people", "Thomas McCollom"},
                     {"We just panicked", "Cagri"},
                     {"information", "Kim Deog-ryong"},
                     {"It was not sufficient", "Kim Deog-ryong"}});
  EXPECT_NE(SpeakerOf(f, "mushy middle"), "Senior");
}

TEST(Figures, SharesAgesPairsAndListItems) {
  std::string text = "Headline\n";
  for (const char* line : {"Rural development got 0.2 percent of the budget.",
                           "The enthusiasm will be tremendous in maybe a third of the party.",
                           "A quarter of a century later, the farm is a memory.",
                           "The bill would lower the voting age from 18 to 16 this year.",
                           "More than 10,000 16- and 17-year-old residents would be added.",
                           "Rwandan refugees and two rebellions have wiped out the herds.",
                           "Millions of North Koreans might have starved to death.",
                           "The party claims a membership of 2.4 million in a nation of 22 million."}) {
    text.append(line).append("\n");
  }
  const Facts f = ExtractFacts({Text("a.txt", text)});
  ASSERT_NE(FigureWith(f, "0.2"), nullptr);
  EXPECT_DOUBLE_EQ(FigureWith(f, "0.2")->value, 0.2);
  ExpectKinds(f, {{"a third", "percent"}, {"A quarter", "none"}, {"18", "none"}, {"16", "none"},
                  {"two", "count"}, {"Millions", "killed"}, {"2.4 million", "count"}});
}

TEST(Figures, PartsAfterIncludeAColonOrAnOwnerAndCountsOfAPossessive) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\nGreek police say that the eight arrested Turks include two majors, four captains and three "
      "sergeants.\n\nThe general said more than 190 people died in clashes: 41 police officers, five soldiers and 47 "
      "civilians.\n\nThe storm killed eight people (six of my teammates among them).\n\n"
      "She rode with nine of her girlfriends. Obama singled out 13 of his Republican rivals.\n")});
  ExpectKinds(f, {{"eight", "arrested"}, {"two", "arrested"}, {"four", "arrested"}, {"three", "arrested"},
                  {"41", "killed"}, {"five", "killed"}, {"47", "killed"}, {"six", "killed"},
                  {"nine", "count"}, {"13", "count"}});
}

TEST(Figures, TalliesOfVotesAndSeatsAreTwoCountsAndScoresNone) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\nRepublicans kept their 55-45 hold over the Senate. The board voted 2-2 on Monday. The council "
      "approved the plan in a unanimous 7-0 vote. The court ruled in a 5-4 decision.\n")});
  ExpectKinds(f, {{"55", "count"}, {"45", "count"}, {"2", "count"}, {"7", "count"}});
  // Both sides of "2-2" are figures; no one voted against in "7-0", and a decision's split is a score.
  EXPECT_EQ(std::count_if(f.figures.begin(), f.figures.end(), [](const Figure& g) { return g.as_written == "2"; }), 2);
  EXPECT_EQ(FigureWith(f, "0"), nullptr);
  EXPECT_EQ(FigureWith(f, "5"), nullptr);
  EXPECT_EQ(FigureWith(f, "4"), nullptr);
}

TEST(Figures, VagueSumsBodiesOfAListMoreOfTheSameAndTheAccused) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\nHundreds of billions of dollars have fled from economies on every continent. The fund extracts "
      "commitments in return for billions in aid.\n\nThe bodies of the bride and four other friends were found "
      "huddled by the window.\n\nIt cited a letter sent by 14 \xE2\x80\x9C" "clean\xE2\x80\x9D Russian athletes.\n\n"
      "About 200 teachers took a gun course. Hundreds more in Butler County signed up.\n\n"
      "He had foreseen gains ranging from 10 seats to more than 40. The two men charged in the killing of "
      "Shepard are both white.\n")});
  ExpectKinds(f, {{"Hundreds of billions", "money"}, {"billions", "money"}, {"four", "killed"}, {"14", "count"},
                  {"Hundreds", "count"}, {"10", "count"}, {"more than 40", "count"}, {"two", "count"}});
  ASSERT_NE(FigureWith(f, "14"), nullptr);
  EXPECT_EQ(FigureWith(f, "14")->counts, "athletes");
  ASSERT_NE(FigureWith(f, "Hundreds"), nullptr);
  EXPECT_EQ(FigureWith(f, "Hundreds")->counts, "teachers");
}

TEST(Figures, WhatNumbersSoManySumsGivenAnotherSourcesCountAndAForce) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\nAbortions have been declining. They now number roughly 1.5 million a year, according to "
      "Guttmacher, or 1.4 million, according to the committee.\n\nA labor union that had contributed millions to "
      "Democrats was granted a stake.\n\nSun is a corporate software company with a sales force of several "
      "thousand.\n\nChina and the US are number one and two in the world.\n\n\"I wonder why the five of us were able "
      "to escape,\" Brown said.\n")});
  ExpectKinds(f, {{"roughly 1.5 million", "count"}, {"1.4 million", "count"}, {"millions", "money"},
                  {"several thousand", "count"}, {"two", "none"}, {"five", "count"}});
}

TEST(Figures, RecordsOfALogAreNoProse) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\nThe exchange said 340 customers had lost their savings.\n\n"
      "22-10-2013 8:12 - UID: 661608 Type: buy Currency: USD BTC: 27.8937579 Fiat: 5687.54\n\n"
      "22-10-2013 8:24 - UID: 661609 Type: buy Currency: USD BTC: 47.13035799 Fiat: 9312.21\n")});
  ASSERT_NE(FigureWith(f, "340"), nullptr);
  EXPECT_EQ(FigureWith(f, "661608"), nullptr);
  EXPECT_EQ(FigureWith(f, "661609"), nullptr);
  EXPECT_EQ(f.figures.size(), 1u);
}

TEST(Figures, LivesTakenLivesTouchedAndAgentsOfAPassive) {
  const Facts f = ExtractFacts({Text("a.txt",
      "Headline\n\nThe fire claimed the lives of five people.\n\nMatt will have made a difference in the lives of "
      "thousands, she said.\n\nThe crew saved the lives of 20 passengers.\n\nThe student who was killed was "
      "mourned at his funeral Friday by 1,000 people. The death toll rose by 12 overnight.\n")});
  ExpectKinds(f, {{"five", "killed"}, {"thousands", "count"}, {"20", "count"}, {"1,000", "count"}, {"12", "killed"}});
}

TEST(Disagreements, ClausesOfTheirOwnAndRangesAreNoSides) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nTwo yacht crew members are dead, three yachts remain missing and rescuers were "
                    "stretched on Monday.\n"),
      Text("b.txt", "Headline\nThe race left two yachts missing on Monday, officials said.\n"
                    "Prosecutor Anna Berg said Kovac pleaded guilty to murdering 12 people in Brcko.\n"),
      Text("c.txt", "Headline\nKovac boasted that he had killed 20 or 30 people in Brcko, the court heard.\n")});
  // Each number takes the kind of its own clause.
  EXPECT_EQ(KindOf(f, "Two"), "killed");
  EXPECT_EQ(KindOf(f, "three"), "missing");
  // Two and three yachts missing on Monday: one count, two figures.
  ASSERT_EQ(f.disagreements.size(), 1u);
  EXPECT_EQ(f.disagreements[0].kind, "missing");
  // "20 or 30" is a rough figure: no side against the 12 he pleaded to.
  ASSERT_NE(FigureWith(f, "20"), nullptr);
  EXPECT_TRUE(FigureWith(f, "20")->range);
  EXPECT_TRUE(FigureWith(f, "30")->range);
  EXPECT_FALSE(FigureWith(f, "12")->range);
}

TEST(Disagreements, PeopleMissingAreNoSideOfYachtsMissing) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nThe storm left three yachts missing on Monday, officials said.\n"),
      Text("b.txt", "Headline\nThe race left two yachts missing on Monday.\n"),
      Text("c.txt", "Headline\nTwo sailors died and 15 others were missing on Monday.\n")});
  ASSERT_EQ(f.disagreements.size(), 1u);
  for (int i : f.disagreements[0].figures) EXPECT_EQ(f.figures[i].counts, "yachts") << f.figures[i].as_written;
}

TEST(Figures, TakenToAHospitalPerishedFourthsAndTheKindOfThoseWho) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nSeven others on board were taken to a hospital by helicopter.\n"
               "In 1996, 12 people perished on the mountain.\n"
               "Only about one-fourth appear to be doing so, and three-fourths of the members agreed.\n"
               "It was a fourth straight loss.\n"
               "The gathering included 60 family members of those who perished.\n")});
  ExpectKinds(f, {{"Seven", "wounded"}, {"12", "killed"}, {"about one-fourth", "percent"},
                  {"three-fourths", "percent"}, {"a fourth", "none"}, {"60", "count"}});
}

TEST(Figures, ConfessionsAddressesTitlesSharesOfOnePercentAndSubjectsAfterAnOpening) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nTwo other men have confessed to killing Muslims.\n"
               "Officers responded to 1794 Silver Bell Circle on Monday.\n"
               "The model, 35, went to a market with the Die Hard actor.\n"
               "Exports fell three tenths of 1 percent, to about $74.8 billion.\n"
               "Police arrested 17 people. As of Tuesday, 12 had been released.\n")});
  ExpectKinds(f, {{"Two", "count"}, {"1794", "none"}, {"35", "none"}, {"three tenths of 1 percent", "percent"},
                  {"1", "none"}, {"12", "count"}});
  ASSERT_NE(FigureWith(f, "three tenths of 1 percent"), nullptr);
  EXPECT_NEAR(FigureWith(f, "three tenths of 1 percent")->value, 0.3, 1e-9);
}

TEST(Figures, CorpsesCountedAreTheDeadWhereTheyAreCounted) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nTwo officials were found purchasing corpses from grave robbers.\n"
               "Zhong said he has stolen more than 20 corpses in local villages.\n")});
  ExpectKinds(f, {{"Two", "count"}, {"more than 20", "killed"}});
}

TEST(Figures, AHospitalByNameAndAPartOfAPlainCount) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nSeven others were flown to Merimbula Hospital, the center said.\n"
               "About 200 North Koreans have defected to the South in the past three years, including 60 so far this "
               "year.\n")});
  ExpectKinds(f, {{"Seven", "wounded"}, {"60", "count"}});
  ASSERT_NE(FigureWith(f, "60"), nullptr);
  EXPECT_TRUE(FigureWith(f, "60")->part);
}

TEST(Disagreements, ChargesAndPartsAreNoSides) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nThe indictment says at least 14 prisoners were killed at the camp in 1992.\n"
                    "Only 18 of the dead had been identified in Goteborg by Friday.\n"),
      Text("b.txt", "Headline\nLandzo, a guard, was convicted of killing three prisoners at the camp in 1992.\n"
                    "The fire in Goteborg killed 60 people on Friday.\n")});
  ASSERT_NE(FigureWith(f, "three"), nullptr);
  EXPECT_TRUE(FigureWith(f, "three")->charged);
  ASSERT_NE(FigureWith(f, "18"), nullptr);
  EXPECT_TRUE(FigureWith(f, "18")->part);
  EXPECT_TRUE(f.disagreements.empty());
}

TEST(Entities, NamedAcrossArticlesWithCounts) {
  const Facts f = ExtractFacts({
      Text("a.txt", "Headline\nMayor Elena Voss visited Marrowby on Monday.\nThe Red Cross sent a team to Marrowby.\n"),
      Text("b.txt", "Headline\nVoss said the Red Cross would stay in Marrowby.\n")});
  auto find = [&](const std::string& name) -> const Entity* {
    for (const Entity& e : f.entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  };
  ASSERT_NE(find("Elena Voss"), nullptr);
  EXPECT_EQ(find("Elena Voss")->type, "person");
  EXPECT_EQ(find("Elena Voss")->articles, 2);
  ASSERT_NE(find("Red Cross"), nullptr);
  EXPECT_EQ(find("Red Cross")->type, "organisation");
  ASSERT_NE(find("Marrowby"), nullptr);
  EXPECT_EQ(find("Marrowby")->type, "place");
}

// The seed story: the disagreements a careful reader finds there, and the
// quotes attributed to the right people.
TEST(Facts, SeedStory) {
  STORYLINE_REQUIRE_SHARED(shared);
  IngestReport r = LoadArticles({(shared / "seeds").string()});
  ASSERT_EQ(r.articles.size(), 5u);
  const Facts f = ExtractFacts(r.articles);
  auto disagreement = [&](const std::string& kind, double a, double b) {
    for (const Disagreement& d : f.disagreements) {
      if (d.kind != kind) continue;
      bool has_a = false, has_b = false;
      for (int i : d.figures) {
        has_a = has_a || f.figures[i].value == a;
        has_b = has_b || f.figures[i].value == b;
      }
      if (has_a && has_b) return true;
    }
    return false;
  };
  EXPECT_TRUE(disagreement("displaced", 20000, 50000));
  EXPECT_TRUE(disagreement("killed", 21, 45));
  EXPECT_TRUE(disagreement("trapped", 120000, 250000));
  ExpectSpeakers(f, {
      {"France and its partners cannot remain silent", "Francois Delattre"},
      {"A withdrawal by the factions is rejected", "Zakaria Malahifji"},
      {"This is the decision of the factions", "Zakaria Malahifji"},
      {"The careful and long-planned operations", "Igor Konashenkov"},
      {"Our Western counterparts", "Igor Konashenkov"},
      {"The battle of Aleppo has reached its end", "Rami Abdel Rahman"},
      {"Save the civilian population", "Jean-Marc Ayrault"},
      {"They send out a cry to the world", "Brita Hagi Hasan"},
      {"held hostage", "Francois Hollande"},
      {"We’re living the final moments", ""},  // "a Syrian military source"
  });
}

TEST(Quotes, AnOutletRelaysWhomTheSentenceHasSayingIt) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe man the magazine identifies as Radek Sikorski says the \"alliance isn't worth "
               "anything,\" the AP reports. Judge James Teilborg also said the state gave \"substantial and "
               "well-documented\" evidence, reports AP. Fans wore gray \"in tribute to all those lost,\" "
               "organizers said, according to CNN. The city is \"broke,\" CNN reports. The tree is \"sad,\" "
               "USA Today reports.\n")});
  ExpectSpeakers(f, {{"alliance isn't worth", "Radek Sikorski"},
                     {"substantial and well-documented", "James Teilborg"},
                     {"in tribute to all", ""},
                     {"broke", "CNN"},
                     {"sad", "USA Today"}});
}

TEST(Quotes, ASurnameTwoPeopleShareStaysAsWritten) {
  // Barack Obama is named only as an owner, Vanellope Hope Wilkins only as
  // a baby: neither says a thing, but either makes the bare surname ambiguous.
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe gallery unveiled portraits of Michelle Obama and Barack Obama. Barack Obama's "
               "portrait was painted by Kehinde Wiley. Obama also joked he tried to \"negotiate\" with Wiley. "
               "As for Michelle Obama, she said she was \"a little overwhelmed.\"\n\n"
               "Naomi Findlay and Dean Wilkins are the parents of a baby girl. Vanellope Hope Wilkins went into "
               "surgery. \"No one believed she was going to make it,\" adds Wilkins.\n")});
  ExpectSpeakers(f, {{"negotiate", "Obama"}, {"a little overwhelmed", "Michelle Obama"}, {"No one believed", "Wilkins"}});
}

TEST(Quotes, AFirstNameAloneIsTheOnePersonNamedWithIt) {
  const Facts f = ExtractFacts({Text("a.txt", "Headline\nThe governor met with Dennis Shepard, the student's father.\n"),
                                Text("b.txt", "Headline\n``We will never forget,'' said the student's father, Dennis, "
                                              "outside City Hall.\n")});
  ExpectSpeakers(f, {{"We will never forget", "Dennis Shepard"}});
}

TEST(Quotes, SomeoneUnnamedWhomAnIndefiniteArticleOpens) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nDoctors say the baby, Vanellope Hope Wilkins, is doing well. A pediatric cardiologist says "
               "Vanellope \"has proved very resilient.\"\n\n"
               "Lego is big. \"Most sales come in a few weeks,\" the company's CFO says.\n\n"
               "Mayor Christian Bollwage spoke first. An official close to the investigation tells Reuters that the "
               "devices were crude. \"That's what worries us,\" he says.\n\n"
               "Patrick Ewing did not want to sound like a striking longshoreman demanding benefits. \"I'm not "
               "going to put it in dollars.\"\n")});
  ExpectSpeakers(f, {{"has proved very resilient", ""},
                     {"Most sales come", ""},
                     {"That's what worries us", ""},
                     {"I'm not going to put", "Patrick Ewing"}});
}

TEST(Quotes, CallsABodyOnItsSubjectAndAPersonNamedLikeAPlace) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe Manhattan blast, which NY Gov. Andrew Cuomo calls \"obviously an act of terrorism,\" "
               "hurt 29.\n\n"
               "The National Center on Sexual Exploitation said in a statement that the film normalizes \"unwanted "
               "touching.\"\n\n"
               "Mike Huckabee is the early favorite. Rob Port complains that he is \"a nanny statist.\"\n\n"
               "Donald Trump spoke in Iowa. The New York Times reports he's been trying to change that by asking, \"What do "
               "you have to lose?\"\n")});
  ExpectSpeakers(f, {{"obviously an act", "Andrew Cuomo"},
                     {"unwanted touching", "National Center on Sexual Exploitation"},
                     {"a nanny statist", "Rob Port"},
                     {"What do you have to lose", "Donald Trump"}});
}

TEST(Figures, AFifthOfAGroupAndAMarginByPointsInAPoll) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nA fifth of respondents said they had been asked. Huckabee beat Obama by eight points in a "
               "hypothetical poll match-up. He finished a fifth straight race. The team won by nine points.\n")});
  ExpectKinds(f, {{"A fifth", "percent"}, {"eight", "percent"}, {"a fifth", "none"}, {"nine", "none"}});
  const Figure* fifth = FigureWith(f, "A fifth");
  ASSERT_NE(fifth, nullptr);
  EXPECT_EQ(fifth->value, 20);
}

TEST(Quotes, TagsThatEndTheSentenceOutletsAndRelativeClauses) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nYuval Levin reviewed the speech. Obama \"laid out no agenda of his own,\" and his "
               "attack was the speech's \"sole coherent message,\" he writes. It was the \"fourth best speech\" after "
               "Joe Biden's, writes Yuval Levin at the National Review.\n\n"
               "Mark Karpeles tells his story. He wrote that he would pass on it, Business Insider reported. \"The "
               "only thing I'm touching is this bankruptcy,\" he tells Fortune.\n\n"
               "The bridge can hold 800 people, per ABC, which adds that \"those wishing for more\" may jump. "
               "Thrillist documents the reaction to the spruce, which it calls a \"balding network of pines.\"\n\n"
               "Some highlights, from the Times: Romney: \"So little time, so much to redistribute.\" Romney "
               "tweaked the press, saying, \"I have seen the early reports from the dinner.\"\n")});
  ExpectSpeakers(f, {{"laid out no agenda", "Yuval Levin"},
                     {"sole coherent message", "Yuval Levin"},
                     {"fourth best speech", "Yuval Levin"},
                     {"The only thing", "Mark Karpeles"},
                     {"those wishing for more", "ABC"},
                     {"balding network", "Thrillist"},
                     {"So little time", "Romney"},
                     {"I have seen the early reports", "Romney"}});
}

TEST(Figures, QuotedNounsChildrenTheOnesWhoAndWeightsLost) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nNo one knows that better than the world's 50 \"least powerful\" people. The page has more "
               "than 55,000 \"likes.\" A vet had to give up his 14 \"therapy ducks.\"\n"
               "Stephanie Smith, a developer and mother of five, owns buildings. Most took the class, but the 25 who "
               "didn't were notified. The limo had one more passenger than the eight it was allowed to carry. He "
               "lost 70 pounds in his cell. Been looking for 15 mins.\n")});
  ExpectKinds(f, {{"50", "count"}, {"more than 55,000", "count"}, {"14", "count"}, {"five", "count"}, {"25", "count"},
                  {"eight", "count"}, {"70 pounds", "none"}, {"15", "none"}});
}

TEST(Figures, ARangeOfSharesAndAnAcronymBeforeTheCountedNoun) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nHodler estimated that 5-7% of the 115 IOC members took money. Turnout was 40-45 percent. "
               "The prize was awarded to three US researchers. The court ruled 5-4. He hit 4 RBI in 29 games.\n")});
  ExpectKinds(f, {{"5", "percent"}, {"7%", "percent"}, {"115", "count"}, {"40", "percent"}, {"45", "percent"},
                  {"three", "count"}, {"5-4", "none"}, {"4", "count"}});
  const Figure* researchers = FigureWith(f, "three");
  ASSERT_NE(researchers, nullptr);
  EXPECT_EQ(researchers->counts, "researchers");
}

TEST(Quotes, WritersAndTheirOutletsCouplesAndUnnamedSpeakersWithNamesInside) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nCause for alarm? Bob Sullivan, MSNBC: \"These incidents fall in the middle.\" Nate Anderson, "
               "Ars Technica: \"The culprit here was a routing problem.\"\n\n"
               "Another couple, Bekah and Danny Bowman of Orange County, have learned the news. \"The publicity has "
               "been a silver lining,\" says Bekah.\n\n"
               "Many are praising her idea, with Mashable calling her efforts \"inspired,\" and others tweeting. "
               "Daly's voice sounded, as TMZ puts it\xE2\x80\x94\"like a gay stereotype.\"\n\n"
               "Sen. Amer Abu Eisheh spoke. A Hamas spokesman says \"no group\" has taken responsibility. He warns "
               "that Israeli forces \"will open the gates of hell.\"\n\n"
               "\"I don't believe that Facebook wants Tsu to go viral,\" one user from Colombia says.\n\n"
               "residents said the water was \"brown and smelled of rot.\"\n")});
  ExpectSpeakers(f, {{"These incidents fall", "Bob Sullivan"},
                     {"The culprit here", "Nate Anderson"},
                     {"The publicity has been", "Bekah Bowman"},
                     {"inspired", "Mashable"},
                     {"like a gay stereotype", "TMZ"},
                     {"no group", ""},
                     {"will open the gates", ""},
                     {"I don't believe", ""},
                     {"brown and smelled", ""}});  // (a tag opening the paragraph in lowercase)
}

TEST(Figures, SourcesSideBySideInOneSentenceDisagree) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nSuicide bombers hit two mosques in Sanaa today. Casualty numbers differ, with Reuters reporting "
               "at least 16 have been killed; CNN says 25, AP says 46, and AFP claims at least 55 have died.\n")});
  const Figure* cnn = FigureWith(f, "25");
  ASSERT_NE(cnn, nullptr);
  EXPECT_EQ(cnn->kind, "killed");
  EXPECT_EQ(cnn->reporter, "CNN");
  ASSERT_NE(FigureWith(f, "at least 16"), nullptr);
  EXPECT_EQ(FigureWith(f, "at least 16")->reporter, "Reuters");
  ASSERT_EQ(f.disagreements.size(), 1u);
  EXPECT_EQ(f.disagreements[0].kind, "killed");
  EXPECT_EQ(f.disagreements[0].figures.size(), 4u);
}

TEST(Quotes, ASubjectAfterAndAndAVerbBeforeTheQuoteOverATagWithAClause) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nSen. Amer Abu Eisheh spoke first. One of the teens held American citizenship and President "
               "Obama has issued a statement. He also urged \"all parties to refrain from steps that could hurt.\"\n\n"
               "Sebastian Sobczak founded the site. And while he claims that the reason is a model that is \"dangerous "
               "to them,\" Facebook rep Melanie Ensign says it all boils down to user experience.\n\n"
               "Juan Antonio Samaranch said only himself and director general Francois Carrad could speak. \"This is "
               "not the first time I do this,\" he said.\n")});
  ExpectSpeakers(f, {{"all parties to refrain", "Obama"},
                     {"dangerous to them", "Sebastian Sobczak"},
                     {"This is not the first time", "Juan Antonio Samaranch"}});
}

TEST(Quotes, AsSomeonePutsItBeforeAQuoteAndATagThatIntroducesTheNext) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nCarson Daly spoke on the radio. Then, making his voice sound\xE2\x80\x94" "as TMZ puts "
               "it\xE2\x80\x94\"like a gay stereotype,\" Daly continued, \"Uh, we're headed down to Vegas.\"\n\n"
               "Susan Carland gave a dollar for each tweet. Many are praising her idea, with Mashable calling her "
               "efforts \"inspired,\" and UNICEF Australia tweeting: \"You've turned hate into something wonderful.\"\n\n"
               "James DeBoy taught the class. \"All of them had BMIs well over 30,\" he said, \"and some of them lost "
               "weight.\"\n")});
  ExpectSpeakers(f, {{"like a gay stereotype", "TMZ"},
                     {"Uh, we're headed", "Carson Daly"},
                     {"inspired", "Mashable"},
                     {"You've turned hate", "UNICEF Australia"},
                     {"All of them had", "James DeBoy"},
                     {"and some of them lost", "James DeBoy"}});
}

TEST(Quotes, AnOwnersPersonInTheWordsOfAndAssurancesAndAppeals) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe West reacted. China's Jiang Zemin stated economic reform is not a prelude to democracy "
               "and vowed to crush any challenges to the party or \"social stability\".\n\n"
               "Democrats said that the resignation was, in the words of Jerrold Nadler (D-N.Y), \"a surrender to "
               "sexual McCarthyism\".\n\n"
               "Yevgeny Primakov then assured the public that \"there is no program,\" suggesting otherwise.\n\n"
               "Pope John Paul II appealed to \"all public and private institutions\" to help.\n")});
  ExpectSpeakers(f, {{"social stability", "Jiang Zemin"},
                     {"a surrender to", "Jerrold Nadler"},
                     {"there is no program", "Yevgeny Primakov"},
                     {"all public and private", "John Paul II"}});
}

TEST(Quotes, ANameBeforeWhoAcrossAListAndARoleAfterAnOpeningPhrase) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nDiane Moyer was asked to leave. Moyer, who lives on a farm with Jimmy, four other "
               "kangaroos, and other animals, tells the Daily Citizen that they are the \"most loving animals that I "
               "have ever had\" and that all is well.\n\n"
               "President Barack Obama is shifting into campaign mode. In an interview with Diane Sawyer of ABC News, "
               "the president was not afraid to name his challengers, saying, \"We have got a test of theories.\"\n\n"
               "In a speech on Friday, the president and party chief, Jiang Zemin, stressed the party's role, saying, "
               "\"The Western mode must never be adopted.\"\n")});
  ExpectSpeakers(f, {{"most loving animals", "Diane Moyer"},
                     {"We have got a test", "Barack Obama"},
                     {"The Western mode", "Jiang Zemin"}});
}

TEST(Quotes, AnUnnamedSpeakerEndsTheEarlierSpeakersRun) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nPrince will play a concert in Baltimore on Sunday to \"promote peace\" in the wake of the "
               "death, USA Today reports. He's asking those who attend the \"Rally 4 Peace\" concert to wear gray \"in "
               "tribute to all those recently lost in the violence,\" organizers said, according to CNN. \"In a spirit "
               "of healing, the event is meant to be a catalyst.\"\n")});
  ExpectSpeakers(f, {{"promote peace", "USA Today"}, {"in tribute to all", ""}, {"In a spirit of healing", ""}});
}

TEST(Figures, WireAbbreviationsForMoneySharesAndScale) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nThe company cut its prices by 1.50 dlrs a barrel. The World Bank lent it 300 mln dlrs last "
               "month. The government devalued its currency by 31 pct in September. OPEC is producing 15.8 mln bpd. "
               "He expected bids of dlrs 3 million to dlrs 5 million. Shearson earned part of American Express' 1.25 "
               "billion dlr profit.\n")});
  ExpectKinds(f, {{"1.50 dlrs", "money"}, {"300 mln dlrs", "money"}, {"31", "percent"}, {"15.8 mln", "none"},
                  {"dlrs 3 million", "money"}, {"dlrs 5 million", "money"}, {"1.25 billion dlr", "money"}});
  const Figure* loan = FigureWith(f, "300 mln dlrs");
  ASSERT_NE(loan, nullptr);
  EXPECT_EQ(loan->value, 300e6);
  const Figure* bid = FigureWith(f, "dlrs 3 million");
  ASSERT_NE(bid, nullptr);
  EXPECT_EQ(bid->value, 3e6);
}

TEST(Figures, AUnitWrittenOnceAPriceBelowOneAndRangesOfAmounts) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\nLosses are estimated at 3.1 billion yen against a 6.99 billion loss a year earlier. Exports "
               "rallied to 2.5 mln bpd from 1.2 mln in the third week. It had revenues of 8.4 mln dlrs in 1986, up "
               "from revenues of 5.9 mln. The warrants are exercisable at .125 dlrs per share. Prices would remain at "
               "about 15-18 dlrs a barrel. Marathon cut its price one dlr a barrel. The acquisition would contribute "
               "between five and 10 pct of earnings. Holders get 0.523 common share for each share. In the current "
               "quarter of seven licensees it earned 67.1 mln dlrs. It orbits a 4.1 billion-year-old star.\n")});
  ExpectKinds(f, {{"3.1 billion yen", "money"}, {"6.99 billion", "money"}, {"2.5 mln", "none"}, {"1.2 mln", "none"},
                  {"8.4 mln dlrs", "money"}, {"5.9 mln", "money"}, {".125 dlrs", "money"}, {"15", "money"},
                  {"18", "money"}, {"one dlr", "money"}, {"five", "percent"}, {"10", "percent"}, {"0.523", "none"},
                  {"quarter", "none"}, {"67.1 mln dlrs", "money"}, {"4.1 billion-year-old", "none"}});
  const Figure* price = FigureWith(f, ".125 dlrs");
  ASSERT_NE(price, nullptr);
  EXPECT_DOUBLE_EQ(price->value, 0.125);
  const Figure* earned = FigureWith(f, "67.1 mln dlrs");
  ASSERT_NE(earned, nullptr);
  EXPECT_EQ(earned->value, 67100000);
}

TEST(Quotes, ABodyAndRoleBeforeTheNameAnAideToSomeoneAndABodysShortName) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nRates may fall, said J.P. Morgan and Co Inc chairman Lewis Preston.\n\nHe said the "
               "market could rally but, \"I don't think the Fed is going to encourage that.\"\n\n\"Hopefully it is "
               "a trend,\" said Richardson Greenshields of Canada Ltd economist Susan Clark in Toronto.\n\n\"With "
               "the framework eased, they became the framework,\" said Bache Securities (Japan) analyst Darrell "
               "Whitten.\n\n\"We thought the balance would improve,\" commented economist James Donegan at "
               "Midland Doherty Ltd.\n\nExports grew. \"Income growth will drive exports,\" said Midland's "
               "Donegan.\n\n\"The grain companies are trying to get this fired up again,\" an aide to Agriculture "
               "Secretary Richard Lyng said.\n"),
                                Text("b.txt", "Headline\n\nThe Wedge Group Inc holds a stake. Wedge Group said it met "
                                              "him.\n\nWedge, in a filing, said a restructuring would be \"highly "
                                              "desirable.\"\n\nRoyal Bank of Canada said losses rose. Royal Bank said "
                                              "it set its provisions \"given the continued problems.\"\n\nThe move "
                                              "was the result of rates, which \"have made the industry attractive,\" "
                                              "according to a GTX statement. GTX Corp makes systems.\n")});
  ExpectSpeakers(f, {{"I don't think the Fed", "Lewis Preston"},
                     {"Hopefully it is a trend", "Susan Clark"},
                     {"With the framework eased", "Darrell Whitten"},
                     {"We thought the balance", "James Donegan"},
                     {"Income growth will drive", "James Donegan"},
                     {"The grain companies", ""},
                     {"highly desirable", "Wedge Group Inc"},
                     {"given the continued problems", "Royal Bank of Canada"},
                     {"have made the industry", "GTX Corp"}});
}

TEST(Quotes, ATitleRunBeforeANameAndAnAppositiveOfCapitalAndRole) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "BELGIAN SAYS EC WOULD REACT TO TEXTILE BILL Belgian Foreign Trade Minister Herman De Croo said the EC "
               "would retaliate.\n\nCongress passed a bill, but it was vetoed by President Reagan.\n\nHe said if a "
               "bill was enacted, \"we will impose taxes on a lot of American products.\"\n\nAsked to comment, "
               "Michael Samuels, U.S. ambassador to the GATT, told Reuters: \"These charges have been made since the "
               "very beginning.\"\n")});
  ExpectSpeakers(f, {{"we will impose taxes", "Herman De Croo"}, {"These charges have been made", "Michael Samuels"}});
}

TEST(Quotes, AnObjectPastANationalityIsNoSubjectForHe) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nFranz-Josef Feiter, agricultural adviser to West German Chancellor Helmut Kohl, agreed "
               "the Community must heed the market. However, \"differentiated policy treatment is required,\" he "
               "said.\n")});
  EXPECT_EQ(SpeakerOf(f, "differentiated policy treatment"), "Franz-Josef Feiter");
}

// A document word opening its paragraph ("Report says ...") has nothing
// before it to read (the sanitized build checks the bounds).
TEST(Quotes, ADocumentWordOpeningItsParagraph) {
  const Facts f = ExtractFacts({Text("a.txt", "Headline\n\nReport says rates rose.\n\n\"We are firm,\" the report said.\n")});
  EXPECT_NE(SpeakerOf(f, "We are firm"), "?");
}

TEST(Quotes, APersonOfABodyInOneRunAndTheNameOfAnOffice) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nMoney growth slowed. Stephen Slifer of Shearson Lehman Brothers Inc added, \"We have "
               "some very good-looking data.\"\n\nNigel Lawson, Britain's Chancellor of the Exchequer, said some "
               "countries may need to cut rates. Speaking to journalists, he said central banks would intervene "
               "\"as and when necessary.\"\n")});
  ExpectSpeakers(f, {{"We have some very good-looking data", "Stephen Slifer"}, {"as and when necessary", "Nigel Lawson"}});
}

TEST(Quotes, APersonOfTheDescribedBodyAndACountryNamedByCoast) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nGrowth slowed. Economist Wendy Smith Cork of the brokerage Nesbitt Thomson Bongard Inc "
               "said \"it shows the economy is not moving along very steadily.\"\n"),
                                Text("b.txt", "Headline\n\nIvory Coast today predicted a rebound, Agriculture Minister "
                                              "Denis Bra Kanon said. Ivory Coast was chosen to speak for producers. "
                                              "\"An initiative is likely very soon,\" he said.\n")});
  ExpectSpeakers(f, {{"it shows the economy", "Wendy Smith Cork"}, {"An initiative is likely", "Denis Bra Kanon"}});
}

TEST(Quotes, AnApposedPersonBeforeHerEmployerAndAnUnnamedAuthorityOnAPlace) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nWinter grains are off to a poor start, analysts said.\n\n\"The Soviets are not getting "
               "off to a good start,\" Gail Martell, chief meteorologist for E.F. Hutton said.\n\n\"Where the crop is "
               "really made is still ahead of us,\" an Agriculture Department authority on the USSR said.\n")});
  ExpectSpeakers(f, {{"The Soviets are not getting", "Gail Martell"}, {"Where the crop is", ""}});
}

TEST(Quotes, ATagsPersonOfALowercaseFirmAndACompanyByItsForeignLegalForm) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nAmerican Brands failed when Unilever N.V. agreed to buy the company.\n\n\"This is just "
               "typical,\" said George Thompson of Prudential-Bache securities. \"There is more to come here,\" he "
               "said.\n\n\"We have no comment,\" Unilever said.\n"),
                                Text("b.txt", "Headline\n\nThe bid failed when Unilever N.V. agreed to buy the "
                                              "company. \"It was a surprise,\" he said.\n")});
  ExpectSpeakers(f, {{"There is more to come", "George Thompson"},
                     {"We have no comment", "Unilever N.V."},
                     {"It was a surprise", ""}});  // (a company is no "he")
}

TEST(Quotes, AskedByTheOwnersPersonATagWithoutItsCommaAndAnArticleOfATreaty) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nMarc Cohen of Republic National Bank of New York said: \"The market has the "
               "impetus.\"\n\nThe dollar sank. \"Will this still be so at 130?,\" asked Republic's Cohen.\n"),
                                Text("b.txt", "Headline\n\nSumner Redstone, 63, won the bid today.\n\n\"We've had "
                                              "counsel working for some time in every region\" Redstone told Reuters "
                                              "in an interview.\n"),
                                Text("c.txt", "Headline\n\n\"We are being accused of not implementing it,\" Albert "
                                              "Melnikov said. Article I in the agreement states that \"purchases will "
                                              "be made at the market price.\"\n\n\"The United States should supply "
                                              "grain,\" he said.\n")});
  ExpectSpeakers(f, {{"Will this still be so", "Marc Cohen"},
                     {"We've had counsel", "Sumner Redstone"},
                     {"The United States should supply", "Albert Melnikov"}});
}

TEST(Quotes, AHeadlineInCapitalsRunIntoTheTextIsNoName) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "SPAR SEES SEES STRONG FIVE-YEAR GROWTH &lt;Spar Aerospace Ltd>, reporting a lower profit, said it "
               "expects growth. Spar added that lower costs \"will remove a serious drain on profits\" this year.\n\n"
               "WHITE HOUSE SPOKESWOMAN SARAH SANDERS, on the census: \"This is a question that has been asked.\"\n")});
  ExpectSpeakers(f, {{"will remove a serious drain", "Spar"}, {"This is a question", "Sarah Sanders"}});
  for (const Entity& e : f.entities) EXPECT_EQ(e.name.find("Growth"), std::string::npos) << e.name;
}

TEST(Quotes, TheCompanyOfTheLeadByItsLegalForm) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "DOME PLAN MAY FORCE SALE OF ENCOR STAKE Dome Petroleum Ltd's proposal may force the company to sell its "
               "stake in &lt;Encor Energy Corp Inc>, Dome said in a filing.\n    After five years, \"the shares of "
               "Encor may be required to be disposed,\" the company said.\n"),
                                Text("b.txt", "UNION TEXAS RESERVES DROPPED IN 1986 Union Texas Petroleum said its "
                                              "reserves fell.\n    Union Texas is owned by Allied-Signal Inc.\n    "
                                              "\"Development of this discovery will not be economical,\" the "
                                              "company said.\n")});
  ExpectSpeakers(f, {{"the shares of Encor", "Dome Petroleum Ltd"}, {"Development of this discovery", ""}});
}

TEST(Quotes, APersonSetOffByACommaAndARoleBeforeHerEmployer) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nPrices rose today.\n\nDaniel McKinley, oil analyst with Smith Barney, Upham Harris "
               "and Co said, \"both markets have been oversold.\"\n\nIn testimony today, Tom Cook, director of "
               "industry affairs for the National Cattlemens Association said \"the Congress must take a tough "
               "stand.\"\n\n\"Greed has created a feeding frenzy,\" Rep. Edward Markey, D-Mass, the chairman of the "
               "Telecommunications and Finance said at a hearing.\n\n\"The companies can operate profitably,\" Daniel "
               "Tulis, a natural gas analyst with Shearson Lehman Bros. said.\n")});
  ExpectSpeakers(f, {{"both markets have been", "Daniel McKinley"},
                     {"the Congress must take", "Tom Cook"},
                     {"Greed has created", "Edward Markey"},
                     {"The companies can operate", "Daniel Tulis"}});
}

TEST(Quotes, ANameTheWireFollowsWithATickerIsACompany) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "HEINZ INTERESTED IN GUINNESS H.J. Heinz &lt;HNZ.N> chairman Tony O'Reilly would be interested in "
               "buying Guinness PLC &lt;GUIN.L>'s brewery division, a spokesman said.\n    In a magazine article, he "
               "suggested a price.\n    \"A multiple of ten times earnings would be the top whack,\" he said.\n")});
  ExpectSpeakers(f, {{"A multiple of ten times", "Tony O'Reilly"}});
  for (const Entity& e : f.entities) {
    EXPECT_NE(e.name, "HNZ");
    EXPECT_NE(e.name, "N");
    if (e.name == "H.J. Heinz") {
      EXPECT_EQ(e.type, "organisation");
    }
  }
}

TEST(Quotes, APlaceBasedBodyAnOwnerAfterOfAndACompanyInCapitalsBeforeItsLegalForm) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n    A spokeswoman for Milan-based Ambrosiano said, \"We have no information at this "
               "time.\"\n"),
                                Text("b.txt", "Headline\n    Jose Melicias from the research department of Drexel "
                                              "Burnham Lambert said Brazil would export more.\n    He said the debt "
                                              "was a major consideration. \"The government has no money,\" he "
                                              "added.\n"),
                                Text("c.txt", "INVESTOR GROUP HAS TALKS WITH PESCH ON AMI &lt;AMI> WEDGE Group Inc, a "
                                              "Houston investment firm, said it has had talks.\n    WEDGE said it "
                                              "believes that \"some form of restructuring would be desirable.\"\n")});
  ExpectSpeakers(f, {{"We have no information", ""},
                     {"The government has no money", "Jose Melicias"},
                     {"some form of restructuring", "WEDGE Group Inc"}});
  for (const Entity& e : f.entities) EXPECT_EQ(e.name.find("Pesch On"), std::string::npos) << e.name;
}

TEST(Quotes, ItSaidOfTheBodyThatSpokeAndTheReportOfTheLeadsBody) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nFrench industry is failing, the Organisation for Economic Cooperation and Development "
               "said.\n    Unemployment could climb, it said in an annual review of the French economy.\n    The "
               "report said the French economy was \"increasingly ill-adapted to demand\" on export markets.\n    "
               "Exports fell last year.\n    \"Wage restraint must continue,\" it said.\n")});
  ExpectSpeakers(f, {{"increasingly ill-adapted", "Organisation for Economic Cooperation and Development"},
                     {"Wage restraint must continue", "Organisation for Economic Cooperation and Development"}});
}

TEST(Quotes, AnotherNameForTheThingJustNamedIsNoQuote) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nChemLawn Corp said it adopted a shareholder rights plan, or \"poison pill,\" to deter "
               "attempts to acquire the company, ChemLawn said.\n")});
  for (const Quote& q : f.quotes) EXPECT_EQ(q.words.find("poison pill"), std::string::npos) << q.words;
}

TEST(Quotes, ACompanyWithoutItsLegalFormIsTheSameSpeaker) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nPhysio Technology Inc said it would cut costs.\n\n\"We will reduce our overhead,\" "
               "Physio Technology said.\n")});
  ExpectSpeakers(f, {{"We will reduce our overhead", "Physio Technology Inc"}});
}

TEST(Quotes, TheCompanyOpeningALongSentenceAndItOfTheBodyThatSpoke) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "BROWN-FORMAN SETS STOCK SPLIT Brown-Forman Inc said its board approved a stock split.\n    Earnings "
               "fell.\n    The company said lower corporate tax rates and the restructuring \"are expected to improve "
               "earnings and cash flow.\"\n"),
                                Text("b.txt", "Headline\n\nThe OECD said growth would slow.\n\nExports fell.\n\nIt "
                                              "said orders at its members' factories, counted in June, \"continue to "
                                              "run at a strong pace.\"\n"),
                                Text("c.txt", "NORTON TO SELL UNIT Norton co said it agreed to sell its business, Norton "
                                              "co Pty Ltd, to &lt;Global Mining and Industrial Corp>.\n    The company "
                                              "said the unit is being sold because \"growing pressures had required "
                                              "management time.\"\n")});
  ExpectSpeakers(f, {{"are expected to improve", "Brown-Forman Inc"},
                     {"continue to run at", "OECD"},
                     {"growing pressures had", ""}});  // (the lead names its company without its legal form)
}

TEST(Quotes, NamesStayShortOnHostileText) {
  // A name run repeated thousands of times, and a text in capitals: no name
  // grows with the text (each would be hashed per mention, and read again
  // from every word).
  std::string repeated = "Headline\n\n", capitals = "Headline\n\n";
  for (int i = 0; i < 2000; ++i) repeated += "Acme Corp and ";
  repeated += "Acme Corp said. \"We rose by much,\" the company said.\n";
  for (int i = 0; i < 2000; ++i) capitals += std::string("WORD") + static_cast<char>('A' + i % 26) + " ";
  capitals += "said.\n";
  const Facts f = ExtractFacts({Text("a.txt", repeated), Text("b.txt", capitals)});
  auto words = [](const std::string& x) { return std::count(x.begin(), x.end(), ' ') + 1; };
  for (const Entity& e : f.entities) EXPECT_LE(words(e.name), 16) << e.name.substr(0, 80);
  for (const Quote& q : f.quotes) EXPECT_LE(words(q.speaker), 16) << q.speaker.substr(0, 80);
}

TEST(Quotes, WhomAnOwnerOpeningTheSentenceOwnsAndAPersonBeforeAnAside) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\n\"Quotas will come back,\" the roaster added.\n\nDutch Coffee Roasters' Association "
               "secretary Jan de Vries said the roasters were disappointed.\n\n\"There is no absolute need for quotas "
               "at this moment,\" he said.\n"),
                                Text("b.txt", "Headline\n\nBelgian Foreign Trade Minister Herman De Croo expects "
                                              "a compromise.\n\nDe Croo, here for talks with Administration "
                                              "officials and Congressmen, said if a textile bill passed, \"the only "
                                              "way we could react would be retaliation.\"\n\nHer parents, Naomi "
                                              "Findlay, 31, and Dean Wilkins, 43, from Nottingham, say she is \"a "
                                              "real fighter with a big heart.\"\n")});
  ExpectSpeakers(f, {{"There is no absolute need", "Jan de Vries"}, {"the only way we could react", "Herman De Croo"}});
  EXPECT_NE(SpeakerOf(f, "a real fighter"), "Naomi Findlay");  // (two saying it together)
}

TEST(Quotes, AShortFormTheTextGivesInBracketsStandsForTheName) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nThe U.N. Food and Agriculture Organisation (FAO) said output would fall.\n\n\"Thus the "
               "prospects are worse,\" FAO said.\n\nThe National Liberation Front of Corsica (FLNC) will disarm. "
               "\"The time has come,\" the FLNC said.\n")});
  ExpectSpeakers(f, {{"Thus the prospects", "Food and Agriculture Organisation"},  // ("U.N." read as a title)
                     {"The time has come", "National Liberation Front of Corsica"}});
}

TEST(Quotes, CompanyWordsMakeABody) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nThe work was done at Intel Architecture Labs in Hillsboro. Zenith Laboratories Inc and "
               "Acme Pharmaceuticals were not involved.\n\nAn internal Intel memo stated that Gates made \"vague "
               "threats about supporting its competitors.\"\n")});
  ExpectSpeakers(f, {{"vague threats", "Intel"}});
  for (const Entity& e : f.entities) {
    if (e.name == "Intel Architecture Labs" || e.name == "Acme Pharmaceuticals") {
      EXPECT_EQ(e.type, "organisation") << e.name;
    }
  }
}

TEST(Quotes, AReportInItsOwnersNameFarBackInWireCopy) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nSoybean imports will rise, the U.S. Embassy said in its annual report on Indonesia.\n\n"
               "It said output fell.\n\nMeal imports will fall.\n\nProduction will rise, the report said.\n\n"
               "Imports will rise.\n\nChina is the main supplier.\n\nArea planted will grow.\n\nPrices rose.\n\n"
               "Yields fell.\n\n\"Yield increases continue to be hampered,\" the report said.\n"),
                                Text("b.txt", "Headline\n\nThe results were qualified, auditors said in Hawkeye's "
                                              "annual report to shareholders.\n\nHawkeye Bancorp lost money. \"The "
                                              "restructuring has improved the condition,\" the report said.\n")});
  ExpectSpeakers(f, {{"Yield increases", "U.S. Embassy"}, {"The restructuring has improved", "Hawkeye Bancorp"}});
}

TEST(Quotes, AWireApostropheASourceAfterAccordingToAndAReportNamedAgain) {
  const Facts f = ExtractFacts({Text(
      "a.txt", "Headline\n\nKuwait\"s Oil Minister said there were no plans for a meeting. \"None of the OPEC "
               "members has asked for such a meeting,\" Sheikh Ali al-Khalifa al-Sabah said. Ecuador\"s deputy "
               "energy minister Fernando Santos Alvite said his country wanted a lower price. He said: \"We expected "
               "such pressure.\"\n"),
                                Text("b.txt", "Headline\n\nThe company is looking to acquisitions, according to John "
                                              "Smith, its president.\n\nHe said: \"There are times when a market is "
                                              "done best with a partner.\"\n")});
  ExpectSpeakers(f, {{"None of the OPEC", "Ali al-Khalifa al-Sabah"},  // ("Sheikh" a title)
                     {"We expected such pressure", "Fernando Santos Alvite"},
                     {"There are times", "John Smith"}});
  EXPECT_EQ(f.quotes.size(), 3u);  // no quote opens or closes at "Kuwait"s"
  // "The report" read again on the way back extends the search for who issued it.
  const Facts r = ExtractFacts({Text(
      "a.txt", "Headline\n\nIndonesia is nearing a crossroads, the U.S. Embassy says in a new report.\n\n"
               "Aid has been welcomed by the World Bank.\n\nBankers say reform is crucial.\n\n"
               "The report praises the reforms.\n\nExports fell.\n\nImports rose.\n\n"
               "The report says Indonesia\"s growth was about zero. \"This is the lowest rate of growth since the "
               "mid-1960s,\" the report notes.\n")});
  EXPECT_EQ(SpeakerOf(r, "This is the lowest rate"), "U.S. Embassy");
}

}  // namespace
}  // namespace storyline
