// The article text of an HTML page: its paragraphs, without navigation,
// scripts, forms, share bars, comment sections and other page furniture.
#ifndef STORYLINE_INGEST_HTML_EXTRACTOR_H_
#define STORYLINE_INGEST_HTML_EXTRACTOR_H_

#include "storyline/article.h"

namespace storyline {

// Parses article->raw (valid UTF-8 is not required: gumbo replaces bad bytes)
// with an HTML5 parser and fills text, runs, paragraphs and headline. The
// headline is the first <h1>, else <title>. Content is read from <article>
// when the page has one, else <main>, else <body>. Returns an error when the
// page holds no text.
Status ExtractHtml(Article* article);

}  // namespace storyline

#endif  // STORYLINE_INGEST_HTML_EXTRACTOR_H_
