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

std::vector<std::string> SelectorNamesImpl();
Result<std::unique_ptr<Selector>> MakeSelector(const std::string& name);

}  // namespace storyline

#endif  // STORYLINE_SUMMARIZE_SELECTOR_H_
