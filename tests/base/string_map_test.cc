#include "base/string_map.h"

#include <string>

#include <catch2/catch.hpp>

namespace kg {
namespace {

TEST_CASE("StringMap finds what was added by view, and nothing else", "[string_map]") {
  StringMap<int> map;
  CHECK(map.find("anything") == nullptr);
  CHECK(map.emplace("Bloomberg", 1));
  CHECK(map.emplace("New York City", 2));
  CHECK_FALSE(map.emplace("Bloomberg", 3));  // the first value wins
  const std::string text = "Mayor of New York City";
  REQUIRE(map.find(std::string_view(text).substr(9)) != nullptr);
  CHECK(*map.find(std::string_view(text).substr(9)) == 2);
  CHECK(*map.find("Bloomberg") == 1);
  CHECK(map.find("bloomberg") == nullptr);
  CHECK(map.find("New York") == nullptr);
  CHECK(map.find("") == nullptr);
  CHECK(map.size() == 2);
}

TEST_CASE("StringMap keeps every key through growth, long keys included", "[string_map]") {
  StringMap<size_t> map;
  for (size_t i = 0; i < 5000; ++i)
    map.emplace("key " + std::to_string(i) + std::string(i % 80, 'x'), i);
  CHECK(map.size() == 5000);
  for (size_t i = 0; i < 5000; ++i) {
    const size_t* value = map.find("key " + std::to_string(i) + std::string(i % 80, 'x'));
    REQUIRE(value != nullptr);
    CHECK(*value == i);
  }
  CHECK(map.find("key 5000") == nullptr);
  CHECK(map.find("key 1" + std::string(79, 'x')) == nullptr);  // a length the map holds
}

TEST_CASE("StringMap holds the empty key when added", "[string_map]") {
  StringMap<char> map;
  map.emplace("", 'e');
  REQUIRE(map.find("") != nullptr);
  CHECK(*map.find("") == 'e');
}

}  // namespace
}  // namespace kg
