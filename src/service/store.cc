#include "service/store.h"

#include <sqlite3.h>

#include <ctime>
#include <map>
#include <memory>
#include <set>

namespace storyline {

namespace {

Status SqlError(sqlite3* db, const std::string& what) {
  return Status::IoError(what + ": " + sqlite3_errmsg(db));
}

std::string Column(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

struct Statement {
  sqlite3_stmt* st = nullptr;
  ~Statement() { sqlite3_finalize(st); }
};

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr) !=
      SQLITE_OK) {
    Status s = Status::IoError(path + ": cannot open database: " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<Store> store(new Store(db));
  // WAL keeps readers and the writer apart; FULL sync makes a committed
  // article survive power loss, so an acknowledgement means it is on disk.
  STORYLINE_RETURN_IF_ERROR(store->Exec("PRAGMA journal_mode=WAL"));
  STORYLINE_RETURN_IF_ERROR(store->Exec("PRAGMA synchronous=FULL"));
  STORYLINE_RETURN_IF_ERROR(store->Exec(
      "CREATE TABLE IF NOT EXISTS articles ("
      " seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, story INTEGER NOT NULL, title TEXT, source TEXT,"
      " published TEXT, text TEXT NOT NULL, received INTEGER NOT NULL)"));
  STORYLINE_RETURN_IF_ERROR(store->Exec("CREATE INDEX IF NOT EXISTS articles_story ON articles(story, seq)"));
  Statement st;
  if (sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(seq), 0) FROM articles", -1, &st.st, nullptr) != SQLITE_OK) {
    return SqlError(db, path);
  }
  if (sqlite3_step(st.st) == SQLITE_ROW) store->next_seq_ = sqlite3_column_int64(st.st, 0) + 1;
  return store;
}

Store::~Store() { sqlite3_close(db_); }

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    Status s = Status::IoError(std::string("database: ") + (err ? err : "error"));
    sqlite3_free(err);
    return s;
  }
  return Status::Ok();
}

Status Store::Insert(std::vector<StoredArticle>* articles) {
  STORYLINE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Statement st;
  if (sqlite3_prepare_v2(db_,
                         "INSERT INTO articles (seq, id, story, title, source, published, text, received)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         -1, &st.st, nullptr) != SQLITE_OK) {
    Exec("ROLLBACK");
    return SqlError(db_, "database");
  }
  int64_t seq = next_seq_;
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  for (StoredArticle& a : *articles) {
    a.seq = seq++;
    a.received = now;
    if (a.id.empty()) a.id = "a" + std::to_string(a.seq);
    sqlite3_reset(st.st);
    sqlite3_bind_int64(st.st, 1, a.seq);
    sqlite3_bind_text(st.st, 2, a.id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st.st, 3, a.story);
    sqlite3_bind_text(st.st, 4, a.title.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st.st, 5, a.source.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st.st, 6, a.published.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st.st, 7, a.text.data(), static_cast<int>(a.text.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st.st, 8, a.received);
    if (sqlite3_step(st.st) != SQLITE_DONE) {
      Status s = SqlError(db_, "article " + a.id);
      Exec("ROLLBACK");
      return s;
    }
  }
  STORYLINE_RETURN_IF_ERROR(Exec("COMMIT"));
  next_seq_ = seq;
  return Status::Ok();
}

Status Store::Rows(const std::string& sql, const std::vector<std::string>& params, std::vector<StoredArticle>* out) {
  Statement st;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.st, nullptr) != SQLITE_OK) return SqlError(db_, "database");
  for (size_t i = 0; i < params.size(); ++i) {
    sqlite3_bind_text(st.st, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
  }
  int rc;
  while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
    StoredArticle a;
    a.seq = sqlite3_column_int64(st.st, 0);
    a.id = Column(st.st, 1);
    a.story = sqlite3_column_int64(st.st, 2);
    a.title = Column(st.st, 3);
    a.source = Column(st.st, 4);
    a.published = Column(st.st, 5);
    a.text.assign(static_cast<const char*>(sqlite3_column_blob(st.st, 6)) ? static_cast<const char*>(sqlite3_column_blob(st.st, 6)) : "",
                  static_cast<size_t>(sqlite3_column_bytes(st.st, 6)));
    a.received = sqlite3_column_int64(st.st, 7);
    out->push_back(std::move(a));
  }
  return rc == SQLITE_DONE ? Status::Ok() : SqlError(db_, "database");
}

constexpr const char* kColumns = "SELECT seq, id, story, title, source, published, text, received FROM articles";

Result<StoredArticle> Store::FindById(const std::string& id) {
  std::vector<StoredArticle> rows;
  STORYLINE_RETURN_IF_ERROR(Rows(std::string(kColumns) + " WHERE id = ?", {id}, &rows));
  if (rows.empty()) return Status::NotFound("no article " + id);
  return rows.front();
}

Result<std::vector<StoredArticle>> Store::All() {
  std::vector<StoredArticle> rows;
  STORYLINE_RETURN_IF_ERROR(Rows(std::string(kColumns) + " ORDER BY seq", {}, &rows));
  return rows;
}

Result<std::vector<StoredArticle>> Store::StoryArticles(int64_t story) {
  std::vector<StoredArticle> rows;
  STORYLINE_RETURN_IF_ERROR(Rows(std::string(kColumns) + " WHERE story = ? ORDER BY seq", {std::to_string(story)}, &rows));
  return rows;
}

Result<std::vector<StorySummaryRow>> Store::Stories(int limit) {
  Statement st;
  const std::string sql =
      "SELECT story, COUNT(*), MAX(seq), MAX(received) FROM articles GROUP BY story ORDER BY MAX(seq) DESC LIMIT " +
      std::to_string(limit);
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.st, nullptr) != SQLITE_OK) return SqlError(db_, "database");
  std::vector<StorySummaryRow> out;
  while (sqlite3_step(st.st) == SQLITE_ROW) {
    StorySummaryRow r;
    r.story = sqlite3_column_int64(st.st, 0);
    r.articles = sqlite3_column_int64(st.st, 1);
    r.last_seq = sqlite3_column_int64(st.st, 2);
    r.updated = sqlite3_column_int64(st.st, 3);
    out.push_back(std::move(r));
  }
  for (StorySummaryRow& r : out) {
    Statement q;
    if (sqlite3_prepare_v2(db_, "SELECT title, source, text FROM articles WHERE story = ? ORDER BY seq", -1, &q.st,
                           nullptr) != SQLITE_OK) {
      return SqlError(db_, "database");
    }
    sqlite3_bind_int64(q.st, 1, r.story);
    std::set<std::string> seen;
    while (sqlite3_step(q.st) == SQLITE_ROW) {
      const std::string title = Column(q.st, 0), source = Column(q.st, 1);
      if (r.headline.empty()) {
        r.headline = !title.empty() ? title : Column(q.st, 2).substr(0, 80);
      }
      if (!source.empty() && seen.insert(source).second) r.outlets.push_back(source);
    }
  }
  return out;
}

}  // namespace storyline
