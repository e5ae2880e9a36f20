// `storyline serve` end to end: the API over loopback, bad requests, and an
// acknowledged article surviving SIGKILL and a restart.
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// A server process on a free loopback port.
class Server {
 public:
  explicit Server(const std::string& db) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      execl(STORYLINE_BINARY, STORYLINE_BINARY, "serve", "--db", db.c_str(), "--port", "0", nullptr);
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    const size_t colon = line.rfind(':');
    if (colon != std::string::npos) port_ = std::atoi(line.c_str() + colon + 1);
  }
  ~Server() { Kill(SIGTERM); }
  void Kill(int sig) {
    if (pid_ <= 0) return;
    kill(pid_, sig);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The example story's plain-text articles as POST /articles wants them.
Json ExampleArticles() {
  Json arts = Json::array();
  for (const char* name : {"01-northern-wire.txt", "02-marrowby-gazette.txt", "04-valley-herald.txt"}) {
    const std::string t = Read(fs::path(STORYLINE_SOURCE_DIR) / "examples/marrowby-bridge" / name);
    const size_t nl = t.find('\n');
    arts.push_back({{"id", name}, {"title", t.substr(0, nl)}, {"text", t.substr(nl + 1)}, {"source", name}});
  }
  return arts;
}

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("storyline_service_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db() const { return (dir_ / "store.db").string(); }
  fs::path dir_;
};

TEST_F(ServiceTest, ApiEndToEndAndRestartAfterSigkill) {
  auto server = std::make_unique<Server>(db());
  ASSERT_GT(server->port(), 0);
  httplib::Client client("127.0.0.1", server->port());

  auto posted = client.Post("/articles", ExampleArticles().dump(), "application/json");
  ASSERT_TRUE(posted);
  ASSERT_EQ(posted->status, 201) << posted->body;
  const Json placed = Json::parse(posted->body);
  ASSERT_EQ(placed.size(), 3u);
  const int story = placed[0]["story"];
  for (const auto& p : placed) EXPECT_EQ(p["story"], story) << "one story: " << posted->body;

  auto stories = client.Get("/stories");
  ASSERT_TRUE(stories);
  ASSERT_EQ(stories->status, 200);
  const Json list = Json::parse(stories->body);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["articles"], 3);
  EXPECT_EQ(list[0]["headline"], "Storm brings down Marrowby footbridge, dozens hurt");

  auto detail = client.Get("/stories/" + std::to_string(story));
  ASSERT_TRUE(detail);
  ASSERT_EQ(detail->status, 200);
  const Json s = Json::parse(detail->body);
  EXPECT_FALSE(s["summary"].empty());
  EXPECT_FALSE(s["quotes"].empty());
  bool wounded = false;
  for (const auto& d : s["disagreements"]) wounded = wounded || d["kind"] == "wounded";
  EXPECT_TRUE(wounded) << "14 vs 19 injured";
  // Citation offsets point into the source text the API serves: an
  // untrimmed summary sentence is its source passage, white space aside.
  for (const auto& sent : s["summary"]) {
    if (sent.value("trimmed", false)) continue;
    const Json span = sent["spans"][0];
    auto source = client.Get("/stories/" + std::to_string(story) + "/sources/" + std::to_string(span["source"].get<int>()));
    ASSERT_TRUE(source);
    std::string passage = source->body.substr(span["begin"], span["end"].get<size_t>() - span["begin"].get<size_t>());
    for (char& c : passage) c = c == '\n' ? ' ' : c;
    EXPECT_EQ(passage, sent["text"].get<std::string>());
    break;
  }

  // Posting the same id again changes nothing.
  auto again = client.Post("/articles", ExampleArticles()[0].dump(), "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(Json::parse(again->body)[0]["new"], false);

  // Acknowledged, then the process dies without a chance to clean up.
  auto late = client.Post("/articles",
                          Json{{"id", "late"}, {"title", "Central bank raises rates"},
                               {"text", "The central bank raised its main interest rate by a quarter point on Wednesday."}}
                              .dump(),
                          "application/json");
  ASSERT_TRUE(late);
  ASSERT_EQ(late->status, 201);
  server->Kill(SIGKILL);

  server = std::make_unique<Server>(db());
  ASSERT_GT(server->port(), 0);
  httplib::Client after("127.0.0.1", server->port());
  auto restarted = after.Get("/stories");
  ASSERT_TRUE(restarted);
  const Json list2 = Json::parse(restarted->body);
  ASSERT_EQ(list2.size(), 2u);
  EXPECT_EQ(list2[0]["headline"], "Central bank raises rates");
  EXPECT_EQ(list2[1]["articles"], 3);
  // The clusterer was rebuilt: a new article of the first story joins it.
  auto more = after.Post("/articles",
                         Json{{"text", "Engineers began examining the collapsed Quayside footbridge in Marrowby, where "
                                       "the storm injured people on the estuary bridge on Saturday."}}
                             .dump(),
                         "application/json");
  ASSERT_TRUE(more);
  EXPECT_EQ(Json::parse(more->body)[0]["story"], story);
}

TEST_F(ServiceTest, BadRequestsGetJsonErrorsAndChangeNothing) {
  Server server(db());
  ASSERT_GT(server.port(), 0);
  httplib::Client client("127.0.0.1", server.port());
  auto status_of = [&](const httplib::Result& r) { return r ? r->status : -1; };
  auto error_of = [&](const httplib::Result& r) { return r ? Json::parse(r->body, nullptr, false).value("error", "") : ""; };

  auto bad_json = client.Post("/articles", "{not json", "application/json");
  EXPECT_EQ(status_of(bad_json), 400);
  EXPECT_NE(error_of(bad_json).find("JSON"), std::string::npos);
  auto no_text = client.Post("/articles", R"({"id": "x", "title": "t"})", "application/json");
  EXPECT_EQ(status_of(no_text), 400);
  EXPECT_NE(error_of(no_text).find("text"), std::string::npos);
  EXPECT_EQ(status_of(client.Post("/articles", R"([{"text": "fine"}, {"text": 5}])", "application/json")), 400);
  EXPECT_EQ(status_of(client.Post("/articles", R"({"text": "t", "title": 7})", "application/json")), 400);
  EXPECT_EQ(status_of(client.Post("/articles", "[]", "application/json")), 400);
  const std::string huge(17u << 20, 'a');
  EXPECT_EQ(status_of(client.Post("/articles", huge, "application/json")), 413);
  EXPECT_EQ(status_of(client.Get("/stories/42")), 404);
  EXPECT_EQ(status_of(client.Get("/stories/1/sources/1")), 404);
  auto unknown = client.Get("/nowhere");
  EXPECT_EQ(status_of(unknown), 404);
  EXPECT_FALSE(error_of(unknown).empty());
  // The mixed batch with one bad article stored nothing.
  auto stories = client.Get("/stories");
  ASSERT_TRUE(stories);
  EXPECT_EQ(Json::parse(stories->body).size(), 0u);
}

TEST_F(ServiceTest, PageIsServed) {
  Server server(db());
  httplib::Client client("127.0.0.1", server.port());
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<title>Storyline</title>"), std::string::npos);
  EXPECT_EQ(page->body.find("innerHTML"), std::string::npos) << "article text must never be parsed as markup";
}

}  // namespace
