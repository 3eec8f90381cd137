#include "cli/terminal.h"

#include <algorithm>
#include <cstdlib>

#include <sys/ioctl.h>
#include <unistd.h>

namespace kg {
namespace {

constexpr size_t kMinWidth = 20;  // narrower windows wrap as if they were this wide

std::string paint(std::string_view text, const char* code) {
  return std::string("\033[") + code + "m" + std::string(text) + "\033[0m";
}

}  // namespace

Terminal Terminal::of_stdout(ColorChoice choice) {
  Terminal t;
  const bool tty = isatty(STDOUT_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  t.color = choice == ColorChoice::kAlways ||
            (choice == ColorChoice::kAuto && tty && (no_color == nullptr || *no_color == '\0'));
  winsize size{};
  if (tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    t.width = std::max<size_t>(size.ws_col, kMinWidth);
  } else if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    const long parsed = std::strtol(columns, nullptr, 10);
    if (parsed > 0 && parsed <= 1000)
      t.width = std::max<size_t>(static_cast<size_t>(parsed), kMinWidth);
  }
  return t;
}

std::string Terminal::bold(std::string_view text) const {
  return color ? paint(text, "1") : std::string(text);
}

std::string Terminal::dim(std::string_view text) const {
  return color ? paint(text, "2") : std::string(text);
}

std::string Terminal::colored(std::string_view text, std::string_view entity_type) const {
  if (!color) return std::string(text);
  // The hues of the GEXF export's viz:color, in the 16 colours every terminal has.
  const char* code = entity_type == "PERSON"                              ? "34"
                     : entity_type == "ORG"                               ? "32"
                     : entity_type == "GPE" || entity_type == "LOC"       ? "33"
                     : entity_type == "MONEY" || entity_type == "PERCENT" ? "35"
                                                                          : "36";
  return paint(text, code);
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

std::vector<std::string> wrap(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find(' ', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(begin, end - begin);
    begin = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace kg
