// StringMap<V>: a hash map from std::string, searched by std::string_view without building a
// string. The word lists are asked about every token of every article; an ordered map's string
// compares were a sixth of `kg build`'s time. (C++17's unordered_map cannot search by a view;
// boost::unordered_map's compatible-key find can.)
#pragma once

#include <boost/unordered_map.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace kg {

struct TextHash {
  size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};
struct TextEqual {
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

template <class V>
class StringMap {
 public:
  const V* find(std::string_view key) const {
    auto it = map_.find(key, TextHash{}, TextEqual{});
    return it == map_.end() ? nullptr : &it->second;
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // Adds `key` unless it is there already (the first value wins); true if added.
  bool emplace(std::string key, V value) {
    return map_.emplace(std::move(key), std::move(value)).second;
  }
  size_t size() const { return map_.size(); }

 private:
  boost::unordered_map<std::string, V, TextHash, TextEqual> map_;
};

}  // namespace kg
