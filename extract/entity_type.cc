#include "extract/entity_type.h"

#include <array>

namespace kg {
namespace {
constexpr std::array<std::string_view, kEntityTypeCount> kNames = {
    "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "MONEY", "PERCENT", "DATE"};
constexpr std::array<std::string_view, kEntityTypeCount> kPrefixes = {
    "person", "org", "gpe", "loc", "norp", "event", "money", "percent", "date"};
}  // namespace

std::string_view type_name(EntityType type) { return kNames[static_cast<size_t>(type)]; }
std::string_view type_prefix(EntityType type) { return kPrefixes[static_cast<size_t>(type)]; }

std::optional<EntityType> parse_type(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

}  // namespace kg
