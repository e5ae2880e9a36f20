#include "base/file_reader.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace storyline {
namespace {

std::string TempFile(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / ("storyline_fr_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

TEST(ReadFileBounded, ReadsWholeFile) {
  auto r = ReadFileBounded(TempFile("ok", "hello\nworld"), 100);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, "hello\nworld");
}

TEST(ReadFileBounded, MissingFileNamesThePath) {
  auto r = ReadFileBounded("/nonexistent/storyline/article.txt", 100);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/storyline/article.txt"), std::string::npos);
}

TEST(ReadFileBounded, OversizedFileIsRefusedWithTheLimit) {
  auto r = ReadFileBounded(TempFile("big", std::string(2000, 'x')), 1000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kResourceExhausted);
  EXPECT_NE(r.status().message().find("1000"), std::string::npos);
}

TEST(ReadFileBounded, FolderIsNotAFile) {
  auto r = ReadFileBounded(std::filesystem::temp_directory_path().string(), 1000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace storyline
