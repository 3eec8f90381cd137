// The entity types of the output contract (../shared/OUTPUT_FORMATS.md) and their names.
#pragma once

#include <optional>
#include <string_view>

namespace kg {

enum class EntityType : uint8_t { kPerson, kOrg, kGpe, kLoc, kNorp, kEvent, kMoney, kPercent, kDate };
constexpr int kEntityTypeCount = 9;

// "PERSON", "ORG", ... as written in rule files and output.
std::string_view type_name(EntityType type);
// Lower-case id prefix: "person", "org", ...
std::string_view type_prefix(EntityType type);
std::optional<EntityType> parse_type(std::string_view name);

}  // namespace kg
