// Node ids are made from content: "person:michael-bloomberg". slugify gives the part after the
// colon: lower case, runs of anything but letters and digits become one '-', UTF-8 letters kept.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string slugify(std::string_view name);

// The shortest decimal text that reads back as `value`: 450000000, 0.1, 16600000000.
std::string format_amount(double value);

}  // namespace kg
