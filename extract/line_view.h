// What the line shape readers (line_shapes.cc, wire_credit_lines.cc) share: one line's tokens
// [begin, end) of a sentence, the marks patterns left on them, and the shapes being written.
#pragma once

#include <string_view>
#include <vector>

#include "extract/line_shapes.h"
#include "extract/tokenizer.h"

namespace kg {

class LineView {
 public:
  LineView(std::string_view text, const std::vector<Token>& tokens,
           const std::vector<bool>& claimed, const std::vector<bool>& dated,
           const TableWords& words, size_t begin, size_t end, LineShapes* shapes)
      : text_(text), tokens_(tokens), claimed_(claimed), dated_(dated), words_(words),
        begin_(begin), end_(end), shapes_(shapes) {}

 protected:

  // Token i's text; empty outside the line, so readers may look past its ends.
  std::string_view at(size_t i) const {
    return i >= begin_ && i < end_ ? tokens_[i].span.of(text_) : std::string_view();
  }
  bool is_word(size_t i) const {
    return i >= begin_ && i < end_ && tokens_[i].kind == TokenKind::kWord;
  }
  // The name of tokens [begin, end) plays `role`.
  void set(size_t begin, size_t end, NameRole role) {
    shapes_->role[begin] = role;
    shapes_->name_end[begin] = end;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<bool>& claimed_;
  const std::vector<bool>& dated_;
  const TableWords& words_;
  size_t begin_, end_;
  LineShapes* shapes_;
};

}  // namespace kg
