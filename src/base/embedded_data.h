// Rule files from data/, compiled into the library (see cmake/EmbedData.cmake).
#ifndef STORYLINE_BASE_EMBEDDED_DATA_H_
#define STORYLINE_BASE_EMBEDDED_DATA_H_

#include <optional>
#include <string_view>
#include <utility>

namespace storyline::data {

// The content of data/`name`, or nullopt when no such file was embedded.
std::optional<std::string_view> Find(std::string_view name);

}  // namespace storyline::data

#endif  // STORYLINE_BASE_EMBEDDED_DATA_H_
