#include "storyline/background.h"

#include <algorithm>
#include <cmath>

#include "base/file_reader.h"
#include "text/tokenizer.h"

namespace storyline {

namespace {

// Larger lists are not word lists.
constexpr size_t kMaxBytes = 64u << 20;
constexpr size_t kMinWords = 1000;
// Informativeness = log(rank + kRankOffset) / log(kPivotRank).
constexpr double kRankOffset = 10;
constexpr double kPivotRank = 10000;

}  // namespace

Result<std::shared_ptr<const BackgroundStats>> BackgroundStats::Load(const std::string& path) {
  STORYLINE_ASSIGN_OR_RETURN(std::string contents, ReadFileBounded(path, kMaxBytes));
  return Parse(path, contents);
}

Result<std::shared_ptr<const BackgroundStats>> BackgroundStats::Parse(std::string_view name,
                                                                      std::string_view contents) {
  std::shared_ptr<BackgroundStats> stats(new BackgroundStats());
  size_t line = 0, words = 0;
  for (size_t begin = 0; begin < contents.size();) {
    size_t end = contents.find('\n', begin);
    if (end == std::string_view::npos) end = contents.size();
    const std::string_view word = contents.substr(begin, end - begin);
    begin = end + 1;
    ++line;
    if (word.find('\0') != std::string_view::npos || word.size() > 200) {
      return Status::InvalidArgument(std::string(name) + ":" + std::to_string(line) +
                                     ": not a word list (binary data or a line over 200 bytes)");
    }
    const std::vector<Token> tokens = Tokenize(word);
    if (tokens.size() != 1) continue;  // punctuation, multi-word entries
    ++words;
    stats->rank_.emplace(tokens[0].stem, static_cast<double>(line));  // first (most frequent) form wins
  }
  if (words < kMinWords) {
    return Status::InvalidArgument(std::string(name) + ": only " + std::to_string(words) +
                                   " words; a background list needs at least " + std::to_string(kMinWords));
  }
  stats->unseen_rank_ = static_cast<double>(line + 1);
  return std::shared_ptr<const BackgroundStats>(std::move(stats));
}

double BackgroundStats::Informativeness(const std::string& stem) const {
  auto it = rank_.find(stem);
  const double rank = it == rank_.end() ? unseen_rank_ : it->second;
  return std::log(rank + kRankOffset) / std::log(kPivotRank);
}

}  // namespace storyline
