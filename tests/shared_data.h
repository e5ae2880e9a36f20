// Where tests find ../shared (the evaluation data), which is never copied into
// the repository. STORYLINE_SHARED overrides the default sibling folder.
#ifndef STORYLINE_TESTS_SHARED_DATA_H_
#define STORYLINE_TESTS_SHARED_DATA_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace storyline::testing {

inline std::optional<std::filesystem::path> SharedDir() {
  if (const char* env = std::getenv("STORYLINE_SHARED")) {
    if (std::filesystem::is_directory(env)) return std::filesystem::path(env);
  }
  std::filesystem::path p = std::filesystem::path(STORYLINE_SOURCE_DIR) / ".." / "shared";
  if (std::filesystem::is_directory(p)) return p.lexically_normal();
  return std::nullopt;
}

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace storyline::testing

// Skips the current test, with one line saying why, when ../shared is absent.
#define STORYLINE_REQUIRE_SHARED(var)                                                 \
  auto var##_opt = ::storyline::testing::SharedDir();                                 \
  if (!var##_opt) GTEST_SKIP() << "../shared not found (set STORYLINE_SHARED); skipped"; \
  const std::filesystem::path var = *var##_opt

#endif  // STORYLINE_TESTS_SHARED_DATA_H_
