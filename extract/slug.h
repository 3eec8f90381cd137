// Node ids are made from content: "person:michael-bloomberg". slugify gives the part after the
// colon: lower case, runs of anything but letters and digits become one '-', UTF-8 letters kept.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string slugify(std::string_view name);

}  // namespace kg
