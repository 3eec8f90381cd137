// How query output meets the terminal: colour only on a TTY and never with NO_COLOR set (or as
// --color says), and lines wrapped to the window's width (COLUMNS, else 100 when not a TTY).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class ColorChoice { kAuto, kAlways, kNever };

struct Terminal {
  bool color = false;
  size_t width = 100;

  // The terminal of stdout under `choice`.
  static Terminal of_stdout(ColorChoice choice);

  // `text` in bold / dim / a type's colour when colour is on, else as is.
  std::string bold(std::string_view text) const;
  std::string dim(std::string_view text) const;
  std::string colored(std::string_view text, std::string_view entity_type) const;
};

// Display width of UTF-8 text: code points, not bytes (news names and quotes are rarely wide).
size_t display_width(std::string_view text);

// `text` broken at spaces into lines of at most `width` columns (a longer word gets its own line).
std::vector<std::string> wrap(std::string_view text, size_t width);

}  // namespace kg
