// Articles for tests, built from strings.
#ifndef STORYLINE_TESTS_TEST_ARTICLES_H_
#define STORYLINE_TESTS_TEST_ARTICLES_H_

#include <gtest/gtest.h>

#include <string>

#include "storyline/article.h"

namespace storyline::testing {

// A plain-text article named `name` (also its path) from `raw`.
inline Article Text(const std::string& name, const std::string& raw) {
  Result<Article> a = ParseArticle(name, name, raw, ArticleFormat::kText);
  EXPECT_TRUE(a.ok()) << a.status().message();
  return a.ok() ? *a : Article{};
}

}  // namespace storyline::testing

#endif  // STORYLINE_TESTS_TEST_ARTICLES_H_
