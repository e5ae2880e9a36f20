#include "service/server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <mutex>

#include "base/embedded_data.h"
#include "service/store.h"
#include "storyline/stream.h"
#include "storyline/summary.h"

namespace storyline {

namespace {

using Json = nlohmann::ordered_json;

void Reply(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", "application/json");
}

void Error(httplib::Response& res, int status, const std::string& message) { Reply(res, status, Json{{"error", message}}); }

// What the summarizer reads for a stored article: its title as the first
// line (the headline), then the text.
std::string ArticleRaw(const StoredArticle& a) { return a.title.empty() ? a.text : a.title + "\n\n" + a.text; }

class Service {
 public:
  explicit Service(std::unique_ptr<Store> store) : store_(std::move(store)) {}

  // Replays every stored article through the clusterer, in arrival order, so
  // story ids after a restart are the ones acknowledged before it.
  Status Rebuild() {
    STORYLINE_ASSIGN_OR_RETURN(std::vector<StoredArticle> all, store_->All());
    for (const StoredArticle& a : all) clusterer_.Add(a.title, a.text);
    return Status::Ok();
  }

  void PostArticles(const httplib::Request& req, httplib::Response& res, const ServerOptions& options) {
    Json body = Json::parse(req.body, nullptr, false);
    if (body.is_discarded()) return Error(res, 400, "request body is not valid JSON");
    if (body.is_object()) body = Json::array({body});
    if (!body.is_array() || body.empty()) return Error(res, 400, "expected an article object or a non-empty array");
    std::vector<StoredArticle> batch;
    for (size_t i = 0; i < body.size(); ++i) {
      const Json& a = body[i];
      const std::string where = "article " + std::to_string(i);
      if (!a.is_object()) return Error(res, 400, where + ": not an object");
      if (!a.contains("text") || !a["text"].is_string() || a["text"].get_ref<const std::string&>().empty()) {
        return Error(res, 400, where + ": \"text\" (a non-empty string) is required");
      }
      StoredArticle s;
      s.text = a["text"].get<std::string>();
      if (s.text.size() > options.max_article_bytes) {
        return Error(res, 400, where + ": text longer than " + std::to_string(options.max_article_bytes) + " bytes");
      }
      for (const char* field : {"id", "title", "source", "published"}) {
        if (!a.contains(field)) continue;
        if (!a[field].is_string()) return Error(res, 400, where + ": \"" + field + "\" must be a string");
        std::string v = a[field].get<std::string>();
        if (v.size() > 1000) return Error(res, 400, where + ": \"" + field + "\" longer than 1000 bytes");
        if (std::string(field) == "id") s.id = v;
        if (std::string(field) == "title") s.title = v;
        if (std::string(field) == "source") s.source = v;
        if (std::string(field) == "published") s.published = v;
      }
      batch.push_back(std::move(s));
    }
    std::lock_guard<std::mutex> lock(mu_);
    Json out = Json::array();
    std::vector<StoredArticle> fresh;
    std::vector<int> order;  // per batch item: index into fresh, or -1 (already stored)
    for (StoredArticle& s : batch) {
      if (!s.id.empty()) {
        if (auto existing = store_->FindById(s.id); existing.ok()) {
          order.push_back(-1);
          out.push_back({{"id", s.id}, {"story", existing->story}, {"new", false}});
          continue;
        }
      }
      order.push_back(static_cast<int>(fresh.size()));
      fresh.push_back(s);
    }
    // Place the new ones; if the store refuses them, rebuild the clusterer
    // from what is stored so that nothing unacknowledged shapes it.
    for (StoredArticle& s : fresh) s.story = clusterer_.Add(s.title, s.text);
    if (Status st = store_->Insert(&fresh); !st.ok()) {
      clusterer_ = StoryClusterer();
      Rebuild();
      return Error(res, 500, st.message());
    }
    size_t k = 0;
    Json result = Json::array();
    for (size_t i = 0; i < batch.size(); ++i) {
      if (order[i] < 0) {
        result.push_back(out[k++]);
        continue;
      }
      const StoredArticle& s = fresh[order[i]];
      ++version_[s.story];  // only the stories that changed are redone
      result.push_back({{"id", s.id}, {"story", s.story}, {"new", true}});
    }
    Reply(res, 201, result);
  }

  void GetStories(httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mu_);
    auto rows = store_->Stories(1000);
    if (!rows.ok()) return Error(res, 500, rows.status().message());
    Json out = Json::array();
    for (const StorySummaryRow& r : *rows) {
      out.push_back({{"id", r.story}, {"headline", r.headline}, {"articles", r.articles}, {"outlets", r.outlets},
                     {"updated", r.updated}, {"last_article", r.last_seq}});
    }
    Reply(res, 200, out);
  }

  void GetStory(int64_t id, httplib::Response& res) {
    std::vector<StoredArticle> stored;
    uint64_t version = 0;
    {
      std::lock_guard<std::mutex> lock(mu_);
      version = version_[id];
      auto it = cache_.find(id);
      if (it != cache_.end() && it->second.first == version) {
        res.status = 200;
        res.set_content(it->second.second, "application/json");
        return;
      }
      auto rows = store_->StoryArticles(id);
      if (!rows.ok()) return Error(res, 500, rows.status().message());
      stored = std::move(rows).value();
    }
    if (stored.empty()) return Error(res, 404, "no story " + std::to_string(id));
    // Summarizing runs outside the lock: other requests go on meanwhile.
    std::vector<Article> articles;
    for (const StoredArticle& a : stored) {
      const std::string name = a.source.empty() ? a.id : a.source;
      Result<Article> parsed = ParseArticle(name, a.id, ArticleRaw(a), ArticleFormat::kText);
      if (parsed.ok()) articles.push_back(std::move(parsed).value());
    }
    if (articles.empty()) return Error(res, 500, "no article of story " + std::to_string(id) + " holds usable text");
    Result<Summary> summary = Summarize(articles, SummaryOptions{});
    if (!summary.ok()) return Error(res, 500, summary.status().message());
    Json j = Json::parse(Render(*summary, OutputFormat::kJson));
    j["story"] = id;
    std::string body = j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (version_[id] == version) cache_[id] = {version, body};  // unless the story changed meanwhile
    }
    res.status = 200;
    res.set_content(std::move(body), "application/json");
  }

  void GetSource(int64_t id, size_t n, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mu_);
    auto stored = store_->StoryArticles(id);
    if (!stored.ok()) return Error(res, 500, stored.status().message());
    if (n == 0 || n > stored->size()) return Error(res, 404, "story " + std::to_string(id) + " has no source " + std::to_string(n));
    const StoredArticle& a = (*stored)[n - 1];
    res.status = 200;
    res.set_content(ArticleRaw(a), "text/plain; charset=utf-8");
  }

 private:
  std::mutex mu_;
  std::unique_ptr<Store> store_;
  StoryClusterer clusterer_;
  std::map<int64_t, uint64_t> version_;                         // story -> changes so far
  std::map<int64_t, std::pair<uint64_t, std::string>> cache_;  // story -> (version, rendered JSON)
};

}  // namespace

Status RunServer(const ServerOptions& options) {
  STORYLINE_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(options.db));
  Service service(std::move(store));
  STORYLINE_RETURN_IF_ERROR(service.Rebuild());
  auto page = data::Find("web/index.html");
  if (!page) return Status::Internal("the web page was not compiled in");

  httplib::Server server;
  server.new_task_queue = [&] { return new httplib::ThreadPool(options.threads); };
  server.set_payload_max_length(options.max_body_bytes);
  server.set_tcp_nodelay(true);  // small JSON replies go out at once, not after a delayed ACK
  server.Post("/articles", [&](const httplib::Request& req, httplib::Response& res) {
    service.PostArticles(req, res, options);
  });
  server.Get("/stories", [&](const httplib::Request&, httplib::Response& res) { service.GetStories(res); });
  server.Get(R"(/stories/(\d{1,18}))", [&](const httplib::Request& req, httplib::Response& res) {
    service.GetStory(std::stoll(req.matches[1]), res);
  });
  server.Get(R"(/stories/(\d{1,18})/sources/(\d{1,9}))", [&](const httplib::Request& req, httplib::Response& res) {
    service.GetSource(std::stoll(req.matches[1]), std::stoul(req.matches[2]), res);
  });
  server.Get("/", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(*page), "text/html; charset=utf-8");
  });
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    const std::string message = res.status == 404   ? "no such resource: " + req.path
                                : res.status == 413 ? "request body too large"
                                                    : "request failed";
    Error(res, res.status, message);
  });
  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
  } else if (!server.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port < 0) return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port));
  std::printf("listening on http://%s:%d\n", options.host.c_str(), port);
  std::fflush(stdout);
  if (!server.listen_after_bind()) return Status::IoError("server stopped");
  return Status::Ok();
}

}  // namespace storyline
