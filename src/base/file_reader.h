// Reading whole files and standard input, bounded by a size limit.
#ifndef STORYLINE_BASE_FILE_READER_H_
#define STORYLINE_BASE_FILE_READER_H_

#include <cstddef>
#include <string>

#include "storyline/status.h"

namespace storyline {

// Reads `path` ("-" is standard input) into a string. Fails with
// kResourceExhausted, naming the limit, when the input is longer than
// `max_bytes`; never reads more than max_bytes + 1 bytes.
Result<std::string> ReadFileBounded(const std::string& path, size_t max_bytes);

}  // namespace storyline

#endif  // STORYLINE_BASE_FILE_READER_H_
