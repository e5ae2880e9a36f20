#include "text/rules.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Rules, CompiledRuleFilesParse) {
  const Rules& r = Rules::Get();
  EXPECT_EQ(r.Abbreviation("gen"), AbbreviationKind::kTitle);
  EXPECT_EQ(r.Abbreviation("u.s"), AbbreviationKind::kOther);
  EXPECT_EQ(r.Abbreviation("aleppo"), AbbreviationKind::kNone);
  EXPECT_TRUE(r.IsStopword("the"));
  EXPECT_FALSE(r.IsStopword("aleppo"));
}

TEST(Rules, MalformedRuleFileNamesFileAndLine) {
  auto r = Rules::Parse("mr\ttitle\nxx\n", "", "", "");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("abbreviations.txt:2"), std::string::npos) << r.status().message();
  auto bad = Rules::Parse("", "", "", "paragraph\t(unclosed\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("boilerplate.txt:1"), std::string::npos) << bad.status().message();
}

TEST(Rules, BoilerplateParagraphs) {
  const Rules& r = Rules::Get();
  for (const char* p : {"Related stories", "Kindly Share This Story:", "Share this article", "Related Post",
                        "With files from Reuters", "- OPINION: Trump win gives Assad free rein",
                        "Reporting by Jonas Hale; Editing by Mira Olsen", "Follow us on Twitter for updates",
                        "Photo: The broken span seen from the harbour wall.",
                        "— Mustapha (@mustapha_itani) November 21, 2016",
                        "The Bustan al-Basha neighbourhood in east Aleppo has seen heavy destruction (AFP/Getty)"}) {
    EXPECT_TRUE(r.IsBoilerplateParagraph(p)) << p;
  }
  for (const char* p : {"Rebels make last stand", "Syrian rebels will not withdraw from eastern Aleppo.",
                        "The council shared the cost of the new bridge."}) {
    EXPECT_FALSE(r.IsBoilerplateParagraph(p)) << p;
  }
}

TEST(Rules, PageTailStartsAtCommentForms) {
  const Rules& r = Rules::Get();
  EXPECT_TRUE(r.StartsTail("Leave a Reply"));
  EXPECT_TRUE(r.StartsTail("Leave a Comment"));
  EXPECT_TRUE(r.StartsTail("Your email address will not be published. Required fields are marked *"));
  EXPECT_FALSE(r.StartsTail("Residents left comments on the council's site, officials said."));
}

TEST(Rules, DatelinesAreCut) {
  const Rules& r = Rules::Get();
  const std::string a = "NAIROBI, Kenya (AP) _ FBI agents began questioning relatives.";
  EXPECT_EQ(a.substr(r.PrefixLength(a)), "FBI agents began questioning relatives.");
  const std::string b = "WASHINGTON (AP) — The gallery is unveiling portraits.";
  EXPECT_EQ(b.substr(r.PrefixLength(b)), "The gallery is unveiling portraits.");
  EXPECT_EQ(r.PrefixLength("THE desperate situation in Aleppo could lead to a massacre."), 0u);
  const std::string c = "MARROWBY (Northern Wire) - A pedestrian bridge collapsed.";
  EXPECT_EQ(c.substr(r.PrefixLength(c)), "A pedestrian bridge collapsed.");
}

TEST(Rules, SocialMediaSentences) {
  const Rules& r = Rules::Get();
  EXPECT_TRUE(r.IsBoilerplateSentence("#Syria pic.twitter.com/r3PvyBrwVo"));
  EXPECT_TRUE(r.IsBoilerplateSentence("It has been a horrific week for #Syria’s children."));
  EXPECT_FALSE(r.IsBoilerplateSentence("Syria's children have had a horrific week, UNICEF said."));
}

TEST(Rules, PhotoCaptionsAndCorrectionsAreNotSummaryMaterial) {
  const Rules& r = Rules::Get();
  EXPECT_TRUE(r.IsBoilerplateSentence("FILE - In this Sunday, Dec. 20, 2009 file photo, a nun walks in the square."));
  EXPECT_TRUE(r.IsBoilerplateSentence("In this photo taken on Monday, rescuers search the rubble."));
  EXPECT_TRUE(r.IsBoilerplateSentence("(Correction: This story has been updated to give the right date.)"));
  EXPECT_FALSE(r.IsBoilerplateSentence("In this town, the file of complaints keeps growing."));
  EXPECT_TRUE(r.IsBoilerplateSentence("Rating is available when the video has been rented."));
  EXPECT_TRUE(r.IsBoilerplateSentence("Email notifications are only sent once a day."));
  EXPECT_TRUE(r.IsBoilerplateSentence("The news and stories that matter, delivered weekday mornings."));
  EXPECT_TRUE(r.IsBoilerplateSentence("This material may not be published, broadcast, rewritten or redistributed."));
  EXPECT_FALSE(r.IsBoilerplateSentence("Aid was delivered to the town on Monday."));
}

TEST(Rules, VideoPlayersGalleriesAndSignUpFormsAreNotSummaryMaterial) {
  const Rules& r = Rules::Get();
  for (const char* s : {
           "JUST WATCHED Officials look for evidence at dump site Replay More Videos ...",
           "Hide Caption 8 of 22 Photos: The damage on September 12.",
           "Newsletter Sign Up Continue reading the main story Please verify you're not a robot.",
           "Breaking News Emails Get breaking news alerts and special reports.",
           "Document 255 Edit in Browser /_layouts/images/icxddoc.gif",
           "CLOSE The company decided to remove the scenes.",
           // A caption cut short, and an agency caption ending in its weekday and date.
           "Troopers light flares at the scene in Foster City, Calif., Saturday,...",
           "The word appears in the new edition, in New York, Thursday, Sept. 20, 2018.",
           // Embedded-post and page-widget notices, and an archive's crawl notice.
           "You always have the option to delete your Tweet location history.",
           "You can add location information to your Tweets, such as your city, from the web.",
           "By embedding Twitter content in your website, you are agreeing to the Developer Agreement.",
           "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
           "These crawls are part of an effort to archive pages as they are created.",
           "Sorry, but you can only react up to 3 times!",
           "Add this video to your website by copying the code below.",
           "Please try again later.",
           "<> Embed CTRL-C or CMD-C, then press Enter.",
           "You must select a newsletter to subscribe to.",
           "Daly's original comments and tweeted apology can be seen here.",
           "Read the full statement here.",
       }) {
    EXPECT_TRUE(r.IsBoilerplateSentence(s)) << s;
  }
  for (const char* s : {
           "Kushner also attended the meeting on June 9, 2016.",
           "Close to 300 people signed up for the march.",
           "She said she watched the replay of the match on Sunday.",
           "Police traced the location of the tweets to a library.",
           "The Internet Archive said it would appeal.",
           "Firefighters will try again later in the week.",
           "The bodies were found here on Tuesday.",
       }) {
    EXPECT_FALSE(r.IsBoilerplateSentence(s)) << s;
  }
}

TEST(Rules, SentencesOpeningWithAPronounLeanOnContext) {
  const Rules& r = Rules::Get();
  EXPECT_TRUE(r.LeansOnContext("He said the bridge would reopen."));
  EXPECT_TRUE(r.LeansOnContext("This was the third collapse in a decade."));
  EXPECT_TRUE(r.LeansOnContext("It, too, was closed."));
  EXPECT_FALSE(r.LeansOnContext("Hesitant officials said the bridge would reopen."));
  EXPECT_TRUE(r.LeansOnContext("It's closed, they\xE2\x80\x99ll say."));
  EXPECT_TRUE(r.LeansOnContext("They\xE2\x80\x99re closed."));
  EXPECT_FALSE(r.LeansOnContext("Itsy bitsy."));
  EXPECT_FALSE(r.LeansOnContext("The mayor said it would reopen."));
}

TEST(Rules, TrimSentenceCutsAsidesAndClosingSpeechTags) {
  const Rules& r = Rules::Get();
  EXPECT_EQ(r.TrimSentence("The bridge (opened in 1998) gave way on Monday, the fire chief said."),
            "The bridge gave way on Monday.");
  EXPECT_EQ(r.TrimSentence("About 300 households were moved out, officials told Reuters."),
            "About 300 households were moved out.");
  // A sentence that quotes someone keeps its speech tag: it says who spoke.
  EXPECT_EQ(r.TrimSentence("\"Every minute counts,\" the fire chief said."), "\"Every minute counts,\" the fire chief said.");
  EXPECT_EQ(r.TrimSentence("\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said."),
            "\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said.");
  // Only a tag at the very end, after a comma, is cut.
  EXPECT_EQ(r.TrimSentence("Officials said the bridge would reopen."), "Officials said the bridge would reopen.");
}

}  // namespace
}  // namespace storyline
