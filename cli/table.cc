#include "cli/table.h"

#include <algorithm>

namespace kg {
namespace {

constexpr size_t kGap = 2;            // spaces between columns
constexpr size_t kMinLastWidth = 40;  // narrower than this, the last column goes below its row
constexpr size_t kUnderIndent = 4;    // ... indented this much

constexpr size_t kMinCellWidth = 10;  // a column is never cut narrower than this

// `text` cut to `width` columns, its end marked with "…" when anything was cut.
std::string cut(const std::string& text, size_t width) {
  if (display_width(text) <= width || width == 0) return text;
  std::string out;
  size_t columns = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_character && ++columns == width) break;
    out += text[i];
  }
  return out + "…";
}

// Narrows the widest columns, one column at a time, until they and their gaps fit `budget` (or
// none can shrink further).
void fit(std::vector<size_t>* widths, size_t count, size_t budget) {
  auto total = [&] {
    size_t sum = 0;
    for (size_t c = 0; c < count; ++c) sum += (*widths)[c] + kGap;
    return sum;
  };
  while (total() > budget) {
    auto widest =
        std::max_element(widths->begin(), widths->begin() + static_cast<std::ptrdiff_t>(count));
    if (*widest <= kMinCellWidth) return;
    --*widest;
  }
}

std::string pad(const std::string& text, size_t width) {
  const size_t w = display_width(text);
  return text + std::string(width > w ? width - w : 0, ' ');
}

}  // namespace

void Table::add(std::vector<std::string> cells, std::string type) {
  cells.resize(headers_.size());
  rows_.push_back({std::move(cells), std::move(type)});
}

void Table::print(const Terminal& terminal, std::ostream& out) const {
  const size_t columns = headers_.size();
  std::vector<size_t> widths(columns, 0);
  const size_t aligned = wrap_last_ ? columns - 1 : columns;
  for (size_t c = 0; c < aligned; ++c) {
    widths[c] = display_width(headers_[c]);
    for (const Row& row : rows_) widths[c] = std::max(widths[c], display_width(row.cells[c]));
  }
  // Names are cut only when they do not fit even with the running text moved under its row.
  fit(&widths, aligned, terminal.width + kGap);
  size_t indent = 0;
  for (size_t c = 0; c + 1 < columns; ++c) indent += widths[c] + kGap;
  // Too little room beside the other columns: the last one goes under its row, indented.
  const bool beside = terminal.width >= indent + kMinLastWidth;
  const size_t last_indent = beside ? indent : kUnderIndent;
  const size_t last_width =
      terminal.width > last_indent ? terminal.width - last_indent : kMinLastWidth;

  auto print_row = [&](const std::vector<std::string>& cells, const std::string& type,
                       bool header) {
    if (!wrap_last_) {  // short cells: aligned, the last one unpadded
      std::string line;
      for (size_t c = 0; c < columns; ++c) {
        std::string cell = cut(cells[c], widths[c]);
        if (c + 1 < columns) cell = pad(cell, widths[c] + kGap);
        if (header) cell = terminal.bold(cell);
        if (c == 0 && !type.empty()) cell = terminal.colored(cell, type);
        line += cell;
      }
      out << line << '\n';
      return;
    }
    std::string line;
    for (size_t c = 0; c + 1 < columns; ++c) {
      std::string cell = cut(cells[c], widths[c]);
      if (c + 2 < columns || beside) cell = pad(cell, widths[c] + kGap);
      if (header) cell = terminal.bold(cell);
      if (c == 0 && !type.empty()) cell = terminal.colored(cell, type);
      line += cell;
    }
    if (header && !beside) {  // the last column's name would stand alone on its line
      out << line << '\n';
      return;
    }
    const std::vector<std::string> wrapped = wrap(cells[columns - 1], last_width);
    for (size_t i = 0; i < wrapped.size(); ++i) {
      std::string text = header ? terminal.bold(wrapped[i]) : wrapped[i];
      if (i == 0 && beside) {
        out << line << text;
      } else {
        if (i == 0 && columns > 1) out << line << '\n';
        out << std::string(last_indent, ' ') << text;
      }
      out << '\n';
    }
  };
  print_row(headers_, "", true);
  for (const Row& row : rows_) print_row(row.cells, row.type, false);
}

}  // namespace kg
