// Rules as data: abbreviations, sentence starters, stopwords and boilerplate
// patterns, parsed once from the files in data/.
//
// Thread-safety: Get() builds the rules on first use (thread-safe static);
// every method is const and safe to call concurrently.
#ifndef STORYLINE_TEXT_RULES_H_
#define STORYLINE_TEXT_RULES_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "storyline/status.h"

namespace re2 {
class RE2;
}

namespace storyline {

enum class AbbreviationKind { kNone, kTitle, kMonth, kOther };

class Rules {
 public:
  // The rules compiled into the library. A rule file that fails to parse is a
  // Storyline bug (tests parse every file), so this aborts with the message.
  static const Rules& Get();
  // Parses rules from file contents; used by Get() and by tests.
  static Result<std::unique_ptr<Rules>> Parse(std::string_view abbreviations, std::string_view starters,
                                              std::string_view stopwords,
                                              std::string_view boilerplate);
  ~Rules();

  AbbreviationKind Abbreviation(std::string_view lower_word) const;
  bool IsSentenceStarter(std::string_view lower_word) const { return starters_.find(lower_word) != starters_.end(); }
  bool IsStopword(std::string_view lower_word) const { return stopwords_.find(lower_word) != stopwords_.end(); }
  // Every stopword and sentence starter (for word-class tables built once).
  template <typename Fn>
  void ForEachStopwordAndStarter(Fn fn) const {
    for (const auto& w : stopwords_) fn(w, true);
    for (const auto& w : starters_) fn(w, false);
  }

  bool IsBoilerplateParagraph(std::string_view paragraph) const;
  bool StartsTail(std::string_view paragraph) const;
  // Length of a dateline or similar prefix to cut from the paragraph (0: none).
  size_t PrefixLength(std::string_view paragraph) const;
  bool IsBoilerplateSentence(std::string_view sentence) const;
  // A sentence that is boilerplate only for ending in an ellipsis ("...",
  // "…"): a teaser cut off, or, when its paragraph goes on, words left out.
  bool IsBoilerplateForEllipsisOnly(std::string_view sentence) const;
  // An editor's note ("UPDATE: ...", "Correction: ..."): not summary
  // material, but its quotes and figures count.
  bool IsEditorsNote(std::string_view sentence) const;
  // A line of page furniture that names another story or fills a slot
  // ("Related: ...", "ADVERTISEMENT ADVERTISEMENT"): no part of the
  // story's facts (its names are no subjects, its figures count nothing here).
  bool IsFactsFurniture(std::string_view sentence) const;
  // The sentence with its asides cut, and its closing speech tag when it
  // quotes no one; white space and the first letter's case are tidied.
  std::string TrimSentence(std::string_view sentence) const;
  // Whether the sentence opens with a word that points back to an earlier
  // sentence (a pronoun or demonstrative), so it reads poorly on its own.
  bool LeansOnContext(std::string_view sentence) const;

 private:
  Rules() = default;
  // Transparent hashing: lookups by string_view build no std::string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, AbbreviationKind, Hash, std::equal_to<>> abbreviations_;
  std::unordered_set<std::string, Hash, std::equal_to<>> starters_, stopwords_;
  std::vector<std::unique_ptr<re2::RE2>> paragraph_, tail_, prefix_, sentence_, aside_, speech_tag_, opener_, note_, furniture_;
  // Each kind's patterns as one alternation: one pass over the text.
  std::unique_ptr<re2::RE2> paragraph_any_, tail_any_, sentence_any_, furniture_any_;
};

}  // namespace storyline

#endif  // STORYLINE_TEXT_RULES_H_
