// The fact extractor's word lists (data/facts_lexicon.txt), parsed once.
//
// Thread-safety: Get() builds on first use (thread-safe static); const after.
#ifndef STORYLINE_FACTS_LEXICON_H_
#define STORYLINE_FACTS_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "storyline/status.h"

namespace storyline {

// Hashing that lets string-keyed containers be searched with a string_view,
// without building a std::string for every lookup.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using WordMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// A read-only table from words to values, open-addressed with a cheap hash:
// the extractor asks the lexicon about every word it splits, and a node map's
// bucket division and pointer chase cost more than the lookup itself.
template <typename V>
class WordTable {
 public:
  void Build(const WordMap<V>& from) {
    size_t capacity = 16;
    while (capacity < from.size() * 2) capacity *= 2;  // at most half full
    slots_.assign(capacity, Slot{});
    pool_.clear();
    for (const auto& [word, value] : from) {
      const uint64_t h = Hash(word);
      size_t i = h & (capacity - 1);
      while (slots_[i].length != kEmpty) i = (i + 1) & (capacity - 1);
      slots_[i] = Slot{h, static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(word.size()), value};
      pool_ += word;
    }
  }
  // The value for `w`, or null.
  const V* Find(std::string_view w) const {
    if (slots_.empty()) return nullptr;
    const uint64_t h = Hash(w);
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.length == kEmpty) return nullptr;
      if (s.hash == h && s.length == w.size() && std::string_view(pool_).substr(s.offset, s.length) == w) return &s.value;
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, length = kEmpty;
    V value{};
  };
  static uint64_t Hash(std::string_view w) {  // FNV-1a
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  std::vector<Slot> slots_;
  std::string pool_;
};

// Classes a word can belong to, cached on each Word (words.h) so that the
// extractor asks the tables once per word, not once per rule.
enum WordClass : uint32_t {
  kSpeechVerbClass = 1u << 0,
  kTitleClass = 1u << 1,
  kRoleClass = 1u << 2,
  kOrgClass = 1u << 3,
  kNotCountClass = 1u << 4,
  kReportVerbClass = 1u << 5,
  kPeopleClass = 1u << 6,
  kNationalityClass = 1u << 7,
  kPlaceWordClass = 1u << 8,
  kStopwordClass = 1u << 9,
  kStarterClass = 1u << 10,
  kConnectorClass = 1u << 11,
  kCalendarClass = 1u << 12,
  kAddresseeVerbClass = 1u << 13,
  kNumberStartClass = 1u << 14,  // a number expression may start with it ("two", "dozens", "a")
  kFemaleClass = 1u << 15,       // marks a woman: "mother", "Mrs", "actress" (lexicon kind female)
  kMaleClass = 1u << 16,         // marks a man: "father", "Mr", "actor" (lexicon kind male)
  kNamingClass = 1u << 17,       // quotation marks after it hold a name: "called", "titled" (lexicon kind naming_word)
  kPlacePrefixClass = 1u << 18,  // a capitalised word that opens a place's name: "Mt", "Mount", "Lake" (place_prefix)
  kTextPartClass = 1u << 19,     // a part of a text named with its numeral: "Article I", "Section 2" (text_part)
};

class Lexicon {
 public:
  static const Lexicon& Get();
  static Result<std::unique_ptr<Lexicon>> Parse(std::string_view contents);

  // All lookups take lowercase words.
  bool IsSpeechVerb(std::string_view w) const { return Has(speech_verbs_, w); }
  bool IsTitle(std::string_view w) const { return Has(titles_, w); }
  bool IsRole(std::string_view w) const { return Has(roles_, w); }
  bool IsOrgWord(std::string_view w) const { return Has(org_words_, w); }
  bool IsNotCount(std::string_view w) const { return Has(not_count_, w); }
  bool IsReportVerb(std::string_view w) const { return Has(report_verbs_, w); }
  bool IsPeople(std::string_view w) const { return Has(people_, w); }
  bool IsCurrency(std::string_view w) const { return Has(currencies_, w); }
  bool IsFunds(std::string_view w) const { return Has(funds_, w); }
  bool IsLegalForm(std::string_view w) const { return Has(legal_forms_, w); }
  bool IsLeaderTitle(std::string_view w) const { return Has(leader_titles_, w); }
  // Whether title `short_form` ("gov", "sen") stands for role word `word`
  // ("governor", "senator").
  bool Abbreviates(std::string_view short_form, std::string_view word) const {
    std::string key(short_form);
    key.append("\t").append(word);
    return Has(abbreviations_, key);
  }
  bool IsNationality(std::string_view w) const { return Has(nationalities_, w); }
  bool IsPlaceWord(std::string_view w) const { return Has(place_words_, w); }
  // The classes of a lowercase word (WordClass bits).
  uint32_t Classes(std::string_view w) const {
    const uint32_t* c = class_table_.Find(w);
    return c ? *c : 0;
  }
  // Value of a number word ("two", "thousand"), or 0.
  double NumberWord(std::string_view w) const;
  // Whether a number expression may start with this word (cheap pre-check).
  bool MayStartNumber(std::string_view w) const { return Has(number_starts_, w); }
  // Kind of count a word signals ("killed" for "dead"), or empty.
  std::string_view Kind(std::string_view w) const;
  // Multi-word entries, longest first: (words, value).
  const std::vector<std::pair<std::vector<std::string>, double>>& Vague() const { return vague_; }
  const std::vector<std::vector<std::string>>& Qualifiers() const { return qualifiers_; }

 private:
  Lexicon() = default;
  static bool Has(const WordSet& s, std::string_view w) { return s.find(w) != s.end(); }
  WordSet speech_verbs_, addressee_verbs_, titles_, roles_, org_words_, not_count_, report_verbs_, people_, nationalities_, place_words_,
      currencies_, funds_, legal_forms_, text_parts_, leader_titles_;
  WordSet abbreviations_;  // "short<TAB>word"
  WordSet number_starts_;  // first words of every number word and vague amount
  // The tables asked for every word (classes, kinds, number words), built once
  // by Parse.
  WordTable<uint32_t> class_table_;
  WordTable<std::string> kind_table_;
  WordTable<double> number_table_;
  std::vector<std::pair<std::vector<std::string>, double>> vague_;
  std::vector<std::vector<std::string>> qualifiers_;
};

}  // namespace storyline

#endif  // STORYLINE_FACTS_LEXICON_H_
