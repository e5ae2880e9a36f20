#include <nlohmann/json.hpp>

#include "storyline/summary.h"

namespace storyline {

namespace {

std::string Cites(const SummarySentence& s) {
  std::string out;
  for (const Citation& c : s.citations) out.append("[").append(std::to_string(c.source + 1)).append("]");
  return out;
}

std::string RenderText(const Summary& sm, bool markdown) {
  std::string out;
  if (markdown) out += "## Summary\n\n";
  for (const SummarySentence& s : sm.sentences) {
    out.append(s.text).append(" ").append(Cites(s)).append(markdown ? "\n\n" : "\n");
  }
  if (sm.sentences.empty()) out += markdown ? "_No sentence of the sources could be used._\n\n" : "(no summary)\n";
  out += markdown ? "## Sources\n\n" : "\nSources\n";
  for (size_t i = 0; i < sm.sources.size(); ++i) {
    const SourceInfo& src = sm.sources[i];
    if (markdown) {
      out.append(std::to_string(i + 1)).append(". **").append(src.headline).append("** (`").append(src.name).append("`)\n");
    } else {
      out.append("[").append(std::to_string(i + 1)).append("] ").append(src.headline).append(" (").append(src.name).append(")\n");
    }
  }
  return out;
}

std::string RenderJson(const Summary& sm) {
  nlohmann::ordered_json j;
  j["words"] = sm.words;
  j["summary"] = nlohmann::ordered_json::array();
  for (const SummarySentence& s : sm.sentences) {
    nlohmann::ordered_json js;
    js["text"] = s.text;
    if (s.trimmed) js["trimmed"] = true;
    js["sources"] = nlohmann::ordered_json::array();
    js["spans"] = nlohmann::ordered_json::array();
    for (const Citation& c : s.citations) {
      js["sources"].push_back(c.source + 1);
      js["spans"].push_back({{"source", c.source + 1}, {"begin", c.raw.begin}, {"end", c.raw.end}});
    }
    j["summary"].push_back(std::move(js));
  }
  j["sources"] = nlohmann::ordered_json::array();
  for (size_t i = 0; i < sm.sources.size(); ++i) {
    j["sources"].push_back(
        {{"id", i + 1}, {"name", sm.sources[i].name}, {"path", sm.sources[i].path}, {"headline", sm.sources[i].headline}});
  }
  // Replace invalid UTF-8 rather than throw: text is valid by construction,
  // but a file name need not be.
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string Render(const Summary& summary, OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return RenderJson(summary);
    case OutputFormat::kMarkdown: return RenderText(summary, true);
    case OutputFormat::kText: break;
  }
  return RenderText(summary, false);
}

}  // namespace storyline
