// Names as users type them: "okafor" finds "Okafor", "Jose Nunez" finds "José Núñez". A folded
// name is lower-case ASCII where the text was a Latin letter (accents dropped, precomposed or
// combining: "ó" and "o" + U+0301 both give "o"; "ß" -> "ss"), with
// curly apostrophes made straight and runs of spaces made one; other characters stay as written.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string fold_name(std::string_view name);

}  // namespace kg
