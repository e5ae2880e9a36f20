#include "base/file_reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace storyline {

namespace {
struct FileCloser {
  void operator()(FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
}  // namespace

Result<std::string> ReadFileBounded(const std::string& path, size_t max_bytes) {
  const bool is_stdin = path == "-";
  if (!is_stdin) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      if (errno == ENOENT) return Status::NotFound(path + ": no such file");
      return Status::IoError(path + ": " + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return Status::InvalidArgument(path + ": is a folder, not a file");
    if (static_cast<size_t>(st.st_size) > max_bytes) {
      return Status::ResourceExhausted(path + ": " + std::to_string(st.st_size) +
                                       " bytes is over the article size limit of " +
                                       std::to_string(max_bytes) + " bytes");
    }
  }
  std::unique_ptr<FILE, FileCloser> f(is_stdin ? stdin : std::fopen(path.c_str(), "rb"));
  if (!f) return Status::IoError(path + ": " + std::strerror(errno));
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    out.append(buf, n);
    if (out.size() > max_bytes) {
      return Status::ResourceExhausted((is_stdin ? std::string("standard input") : path) +
                                       ": more than the article size limit of " +
                                       std::to_string(max_bytes) + " bytes");
    }
  }
  if (std::ferror(f.get())) return Status::IoError(path + ": read error");
  return out;
}

}  // namespace storyline
