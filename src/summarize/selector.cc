#include "summarize/selector.h"

namespace storyline {

namespace {

struct Method {
  const char* name;
  std::unique_ptr<Selector> (*make)(const SummaryOptions&);
};

constexpr Method kMethods[] = {
    {"concept", MakeConceptSelector},
    {"ilp", MakeIlpSelector},
    {"submodular", MakeSubmodularSelector},
    {"centroid", MakeCentroidSelector},
};

}  // namespace

std::vector<std::string> SelectorNamesImpl() {
  std::vector<std::string> names;
  for (const Method& m : kMethods) names.emplace_back(m.name);
  return names;
}

Result<std::unique_ptr<Selector>> MakeSelector(const std::string& name, const SummaryOptions& options) {
  for (const Method& m : kMethods) {
    if (name == m.name) return m.make(options);
  }
  std::string known;
  for (const Method& m : kMethods) known += (known.empty() ? "" : ", ") + std::string(m.name);
  return Status::InvalidArgument("unknown summary method '" + name + "' (known: " + known + ")");
}

}  // namespace storyline
