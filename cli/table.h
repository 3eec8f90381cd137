// A table of aligned columns for query answers. Cells are plain text; the last column wraps to
// the terminal's width and continues under itself. Colour is applied after alignment so escape
// codes never shift a column.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/terminal.h"

namespace kg {

class Table {
 public:
  // `wrap_last`: the last column is running text (evidence) that wraps; otherwise every column is
  // a short cell, only aligned.
  explicit Table(std::vector<std::string> headers, bool wrap_last = true)
      : headers_(std::move(headers)), wrap_last_(wrap_last) {}

  // One row; `type` (an entity type or empty) colours its first cell.
  void add(std::vector<std::string> cells, std::string type = "");
  bool empty() const { return rows_.empty(); }
  size_t size() const { return rows_.size(); }

  void print(const Terminal& terminal, std::ostream& out) const;

 private:
  struct Row {
    std::vector<std::string> cells;
    std::string type;
  };
  std::vector<std::string> headers_;
  std::vector<Row> rows_;
  bool wrap_last_;
};

}  // namespace kg
