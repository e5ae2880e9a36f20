#include "ingest/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>

#include "base/strings.h"
#include "ingest/html_rules.h"

namespace storyline {

namespace {

struct GumboDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE: case GUMBO_TAG_BR: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HR: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
      return true;
    default:
      return false;
  }
}

class Extractor {
 public:
  explicit Extractor(Article* a) : a_(a) {}

  void Walk(const GumboNode* node, int depth) {
    if (depth > kMaxDepth) return;  // hostile nesting: stop descending, keep what we have
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      AppendText(node->v.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& el = node->v.element;
    if (Skipped(el)) return;
    const bool block = IsBlockTag(el.tag);
    if (block) Break();
    for (unsigned i = 0; i < el.children.length; ++i) {
      Walk(static_cast<const GumboNode*>(el.children.data[i]), depth + 1);
    }
    if (block) Break();
  }

  void Break() {
    // Close the paragraph being built.
    std::string_view t(a_->text);
    size_t b = para_begin_, e = t.size();
    while (b < e && IsSpace(t[b])) ++b;
    while (e > b && IsSpace(t[e - 1])) --e;
    if (e > b) a_->paragraphs.push_back({b, e});
    if (e > b || t.size() > para_begin_) {
      a_->text += "\n\n";
    }
    para_begin_ = a_->text.size();
  }

 private:
  static constexpr int kMaxDepth = 400;

  static bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

  bool Skipped(const GumboElement& el) const {
    const HtmlRules& rules = HtmlRules::Get();
    const char* name = gumbo_normalized_tagname(el.tag);
    if (rules.IsSkippedTag(name)) return true;
    for (const char* attr : {"class", "id", "role"}) {
      const GumboAttribute* a = gumbo_get_attribute(&el.attributes, attr);
      if (a != nullptr && rules.IsSkippedClass(a->value)) return true;
    }
    const GumboAttribute* hidden = gumbo_get_attribute(&el.attributes, "hidden");
    return hidden != nullptr;
  }

  void AppendText(const GumboText& t) {
    const size_t begin = a_->text.size();
    a_->text += t.text;
    const size_t raw_begin = t.start_pos.offset;
    const size_t raw_size = t.original_text.length;
    const bool exact = std::strlen(t.text) == raw_size && std::memcmp(t.text, t.original_text.data, raw_size) == 0;
    a_->runs.push_back({begin, a_->text.size() - begin, raw_begin, raw_size, exact});
  }

  Article* a_;
  size_t para_begin_ = 0;
};

const GumboNode* FindFirst(const GumboNode* node, GumboTag tag, int depth = 0) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > 400) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& ch = node->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    if (const GumboNode* f = FindFirst(static_cast<const GumboNode*>(ch.data[i]), tag, depth + 1)) return f;
  }
  return nullptr;
}

std::string NodeText(const GumboNode* node, int depth = 0) {
  if (node == nullptr || depth > 400) return "";
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) return node->v.text.text;
  if (node->type != GUMBO_NODE_ELEMENT) return "";
  std::string out;
  const GumboVector& ch = node->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) out += NodeText(static_cast<const GumboNode*>(ch.data[i]), depth + 1);
  return out;
}


}  // namespace

Status ExtractHtml(Article* a) {
  std::unique_ptr<GumboOutput, GumboDeleter> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, a->raw.data(), a->raw.size()));
  if (!out) return Status::DataLoss("the HTML parser could not read the page");
  const GumboNode* root = out->root;
  const GumboNode* content = FindFirst(root, GUMBO_TAG_ARTICLE);
  if (content == nullptr) content = FindFirst(root, GUMBO_TAG_MAIN);
  if (content == nullptr) content = FindFirst(root, GUMBO_TAG_BODY);
  if (content == nullptr) content = root;

  a->text.clear();
  a->runs.clear();
  a->paragraphs.clear();
  Extractor ex(a);
  ex.Walk(content, 0);
  ex.Break();

  std::string headline = CollapseWhitespace(NodeText(FindFirst(root, GUMBO_TAG_H1)));
  if (headline.empty()) headline = CollapseWhitespace(NodeText(FindFirst(root, GUMBO_TAG_TITLE)));
  a->headline = headline;
  // The <h1> inside the content is the headline, not body text.
  if (!a->paragraphs.empty() && !headline.empty()) {
    const Span p = a->paragraphs.front();
    if (CollapseWhitespace(a->text.substr(p.begin, p.size())) == headline) a->paragraphs.erase(a->paragraphs.begin());
  }
  if (a->paragraphs.empty()) return Status::DataLoss("the HTML holds no article text (only markup)");
  return Status::Ok();
}

}  // namespace storyline
