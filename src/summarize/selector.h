// Sentence selection: which sentence units make the summary.
//
// Selectors implement one small interface and are chosen by name
// (SummaryOptions::method), so new methods slot in without touching callers.
#ifndef STORYLINE_SUMMARIZE_SELECTOR_H_
#define STORYLINE_SUMMARIZE_SELECTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "storyline/status.h"
#include "storyline/summary.h"
#include "summarize/story_document.h"

namespace storyline {

class Selector {
 public:
  virtual ~Selector() = default;
  // Returns indices into doc.units, chosen among `candidates`, whose words add
  // up to at most `budget`. Order does not matter; the caller orders them.
  virtual std::vector<int> Select(const StoryDocument& doc, const std::vector<int>& candidates,
                                  int budget) const = 0;
};

// The registered methods, the default first.
std::vector<std::string> SelectorNamesImpl();
// Selectors read the options' parts (position, redundancy, unigram
// concepts...) and background statistics; the budget comes with each call.
Result<std::unique_ptr<Selector>> MakeSelector(const std::string& name, const SummaryOptions& options);

// One factory per method, each in its own file.
std::unique_ptr<Selector> MakeConceptSelector(const SummaryOptions& options);
std::unique_ptr<Selector> MakeIlpSelector(const SummaryOptions& options);
std::unique_ptr<Selector> MakeSubmodularSelector(const SummaryOptions& options);
std::unique_ptr<Selector> MakeCentroidSelector(const SummaryOptions& options);

}  // namespace storyline

#endif  // STORYLINE_SUMMARIZE_SELECTOR_H_
