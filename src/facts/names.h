// Names in running text: runs of capitalised words ("Francois Delattre",
// "Syrian Observatory for Human Rights"), with the titles before them
// ("French UN ambassador", "Maj Gen") set apart, and the story-wide
// canonical form of each ("Delattre" -> "Francois Delattre").
#ifndef STORYLINE_FACTS_NAMES_H_
#define STORYLINE_FACTS_NAMES_H_

#include <unordered_map>
#include <unordered_set>
#include <optional>
#include <string>
#include <vector>

#include "facts/words.h"

namespace storyline {

struct NameRun {
  size_t first = 0, last = 0;  // word indices, inclusive, of the name proper (titles excluded)
  std::string name;            // words joined by spaces
  std::string title;           // lowercase words just before that describe the person ("defence ministry spokesperson")
  bool org = false;            // an organisation ("... Observatory", "UNICEF")
  bool capitals = false;       // written in capitals ("TRUMP:", "DAVID SHULKIN"); `name` is then in title case
};

// The surname of a full name: its last word, past a generational suffix
// ("John Conyers Jr." -> "Conyers"; "Jr." alone stays).
std::string_view Surname(std::string_view name);

// Whether `longer` has the words of `name` in order ("Igor Konashenkov" has
// "Konashenkov"; "Bashar al-Assad" has no "Asma Assad").
bool HasWordsOf(const std::string& longer, const std::string& name);

// "TRUMP" -> "Trump", "JEAN-MARC" -> "Jean-Marc" (ASCII letters).
std::string TitleCase(std::string_view word);

// The name whose last word is words[i] (scanning left, not before `lo`).
std::optional<NameRun> NameEndingAt(const std::vector<Word>& words, size_t lo, size_t i);
// The name whose first word is at or after words[i] (titles skipped), within [i, hi).
std::optional<NameRun> NameStartingAt(const std::vector<Word>& words, size_t i, size_t hi);

// Story-wide name forms: short forms map to the longest form sharing their
// last word ("Delattre", "Francois Delattre"; "Assad", "Bashar al-Assad").
class NameIndex {
 public:
  void Add(const std::string& name);
  // An organisation's name, so that its initials stand for it ("ANC").
  void AddOrganisation(const std::string& name);
  // A short form the text gives in brackets after the name ("the U.N. Food
  // and Agriculture Organisation (FAO)"): it stands for that name, whatever
  // its letters.
  void AddShortForm(const std::string& short_form, const std::string& name);
  // A person named anywhere, not as a subject ("Barack Obama's portrait"):
  // it stands for no bare surname, but makes one two people share ambiguous.
  void AddBystander(const std::string& name);
  std::string Canonical(const std::string& name) const;

 private:
  static std::string Key(const std::string& name);  // last word, lowercase, without "al-"
  void AddHead(const std::string& head, const std::string& name);  // a short form of an organisation's name
  std::unordered_map<std::string, std::string> longest_;  // key -> longest form
  std::unordered_map<std::string, std::vector<std::string>> forms_;  // key -> every form of two words or more
  std::unordered_map<std::string, std::vector<std::string>> bystanders_;  // key -> forms AddBystander gave
  std::unordered_set<std::string> bystander_names_;                       // every name AddBystander was given
  std::unordered_map<std::string, std::string> by_first_;  // first word -> the one full name with it ("" if several)
  std::unordered_map<std::string, std::string> by_initials_;  // "ANC" -> "African National Congress" ("" if several)
  std::unordered_map<std::string, std::string> by_head_;  // "Xinhua" -> "Xinhua News Agency" ("" if several)
  std::unordered_map<std::string, int> mentions_;  // name as added -> how many times
};

bool IsPronoun(std::string_view lower);  // he, she, they, ...
bool EndsPossessive(const Word& w);        // "Assad's", "New York's"
bool IsDirectionWord(std::string_view lower);  // east, northern, central, ...
// "Aleppo-based", "Russian-backed": a description, not part of a name.
bool IsCompoundModifier(std::string_view lower);
// A company's legal form (lexicon kind legal_form), in any case, with or
// without its dot: "Inc", "Corp.", "N.V.".
bool IsLegalFormWord(std::string_view word);
// "Physio Technology" of "Physio Technology Inc", "Samuel Montagu" of "Samuel
// Montagu and Co Ltd": a name without the legal forms that end it (the first
// word always kept).
std::string_view WithoutLegalForm(std::string_view name);

}  // namespace storyline

#endif  // STORYLINE_FACTS_NAMES_H_
