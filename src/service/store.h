// The service's durable store: every acknowledged article, in SQLite (WAL
// journal, synchronous=FULL), with the story it joined.
//
// Thread-safety: none; the server serialises access.
#ifndef STORYLINE_SERVICE_STORE_H_
#define STORYLINE_SERVICE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "storyline/status.h"

struct sqlite3;

namespace storyline {

struct StoredArticle {
  int64_t seq = 0;        // arrival order, from 1
  std::string id;         // the client's id (or "a<seq>" when none was given)
  int64_t story = 0;
  std::string title, source, published, text;
  int64_t received = 0;   // Unix seconds
};

struct StorySummaryRow {
  int64_t story = 0;
  int64_t articles = 0;
  int64_t last_seq = 0;
  int64_t updated = 0;    // Unix seconds of the newest article
  std::string headline;   // the first article's title (or opening words)
  std::vector<std::string> outlets;
};

class Store {
 public:
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes the articles in one transaction; returns once it is committed.
  Status Insert(std::vector<StoredArticle>* articles);
  // The article with this client id, if stored.
  Result<StoredArticle> FindById(const std::string& id);
  // Every article, in arrival order (to rebuild the clusterer at start).
  Result<std::vector<StoredArticle>> All();
  Result<std::vector<StoredArticle>> StoryArticles(int64_t story);
  Result<std::vector<StorySummaryRow>> Stories(int limit);
  int64_t next_seq() const { return next_seq_; }

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  Status Rows(const std::string& sql, const std::vector<std::string>& params,
              std::vector<StoredArticle>* out);
  sqlite3* db_;
  int64_t next_seq_ = 1;
};

}  // namespace storyline

#endif  // STORYLINE_SERVICE_STORE_H_
