// Background word statistics: how common each word is in English at large,
// from a word list in frequency order (one word per line, most frequent
// first; scripts/background.sh builds one from GloVe's vocabulary).
//
// Optional: the default engine does not use them (docs/benchmarks.md says why).
// With them, a concept's weight is scaled by how informative its words are,
// log(rank + 10) / log(10000): "said" (rank 15) counts 0.35, a word of rank
// 10,000 counts 1, a rare name more.
//
// Thread-safety: immutable after Load; share one instance across threads.
#ifndef STORYLINE_BACKGROUND_H_
#define STORYLINE_BACKGROUND_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "storyline/status.h"

namespace storyline {

class BackgroundStats {
 public:
  // Reads the list; fails naming the file and line on unreadable or
  // implausible input (empty, binary, fewer than 1,000 words).
  static Result<std::shared_ptr<const BackgroundStats>> Load(const std::string& path);
  // Builds from the list's contents (for tests).
  static Result<std::shared_ptr<const BackgroundStats>> Parse(std::string_view name, std::string_view contents);

  // Informativeness of a Snowball stem (Token::stem); words not in the list
  // count as rarer than any in it.
  double Informativeness(const std::string& stem) const;
  size_t size() const { return rank_.size(); }

 private:
  BackgroundStats() = default;
  std::unordered_map<std::string, double> rank_;  // stem -> best (lowest) rank, from 1
  double unseen_rank_ = 1;
};

}  // namespace storyline

#endif  // STORYLINE_BACKGROUND_H_
