// `storyline serve`: the HTTP API and the reader's web page over the store.
//
//   POST /articles                 one article or an array: {"id"?, "text", "title"?, "source"?, "published"?}
//   GET  /stories                  stories, newest first
//   GET  /stories/{id}             summary, quotes, figures, disagreements, sources (summarize's JSON)
//   GET  /stories/{id}/sources/{n} the n-th source article's text as stored (offsets in the JSON point here)
//   GET  /                         the web page
//
// API documented in docs/api.md.
#ifndef STORYLINE_SERVICE_SERVER_H_
#define STORYLINE_SERVICE_SERVER_H_

#include <cstddef>
#include <string>

#include "storyline/status.h"

namespace storyline {

struct ServerOptions {
  std::string db = "storyline.db";
  std::string host = "127.0.0.1";
  int port = 8080;                      // 0: any free port
  size_t max_body_bytes = 16u << 20;    // larger requests get 413
  size_t max_article_bytes = 4u << 20;  // a larger article text gets 400
  int threads = 32;  // cpp-httplib holds a thread per kept-alive connection
};

// Runs until the process is stopped. Prints "listening on http://HOST:PORT"
// on standard output once it accepts connections.
Status RunServer(const ServerOptions& options);

}  // namespace storyline

#endif  // STORYLINE_SERVICE_SERVER_H_
