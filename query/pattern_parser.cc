#include "query/pattern_parser.h"

#include <map>

namespace kg {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_word_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_word_char(char c) { return is_word_start(c) || (c >= '0' && c <= '9'); }

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// "unknown entity type 'PERSN' (PERSON, ORG, ...)": the list comes from extract/entity_type.h so
// that it stays the list parse_type accepts.
std::string unknown_type(std::string_view written) {
  std::string message = "unknown entity type '" + std::string(written) + "' (";
  for (int i = 0; i < kEntityTypeCount; ++i) {
    if (i > 0) message += ", ";
    message += type_name(static_cast<EntityType>(i));
  }
  return message + ")";
}

bool is_property_key(std::string_view key) {
  return key == "name" || key == "id" || key == "type" || key == "label";
}

// Recursive descent over the bytes of the text; every parse_* returns false once fail() has
// recorded the first error, and the caller stops there.
class PatternParser {
 public:
  explicit PatternParser(std::string_view text) : text_(text) {}

  PatternParse run() {
    Pattern pattern;
    pattern.nodes.emplace_back();
    if (!parse_node(&pattern.nodes.back())) return std::move(result_);
    for (skip_space(); pos_ < text_.size(); skip_space()) {
      if (text_[pos_] != '-' && text_[pos_] != '<') {
        fail(pos_,
             "expected a relationship ('-[...]->', '<-[...]-', '-[...]-', '-->', '<--', "
             "'--') or the end of the pattern");
        return std::move(result_);
      }
      if (pattern.rels.size() == 3) {
        fail(pos_, "a pattern has at most 3 relationships");
        return std::move(result_);
      }
      pattern.rels.emplace_back();
      pattern.nodes.emplace_back();
      if (!parse_rel(&pattern.rels.back()) || !parse_node(&pattern.nodes.back())) {
        return std::move(result_);
      }
    }
    if (pattern.rels.empty()) {
      fail(pos_, "a pattern needs at least one relationship, e.g. (a)-->(b)");
      return std::move(result_);
    }
    result_.pattern = std::move(pattern);
    return std::move(result_);
  }

 private:
  enum class VarKind { kNode, kRel };

  // "(" [var] [":" TYPE] [props] ")"
  bool parse_node(NodePattern* node) {
    skip_space();
    if (!at('(')) return fail(pos_, "expected '(' to open a node");
    const size_t open = pos_++;
    node->column = column(open);
    skip_space();
    const size_t var_pos = pos_;
    node->var = std::string(word());
    if (!node->var.empty() && !declare(node->var, VarKind::kNode, var_pos)) return false;
    if (at(':')) {
      ++pos_;
      skip_space();
      const size_t type_pos = pos_;
      const std::string_view written = word();
      if (written.empty()) return fail(pos_, "expected an entity type after ':'");
      node->type = parse_type(ascii_upper(written));
      if (!node->type) return fail(type_pos, unknown_type(written));
    }
    if (at('{') && !parse_props(node)) return false;
    if (!at(')')) {
      return fail(
          pos_, "expected ')' to close the node opened at column " + std::to_string(column(open)));
    }
    ++pos_;
    return true;
  }

  // "{" key ":" string { "," key ":" string } "}"
  bool parse_props(NodePattern* node) {
    const size_t open = pos_++;
    while (true) {
      skip_space();
      const size_t key_pos = pos_;
      const std::string key = ascii_lower(word());
      if (key.empty()) return fail(pos_, "expected a property name (name, id, type, label)");
      if (!is_property_key(key)) {
        return fail(key_pos, "unknown property '" +
                                 std::string(text_.substr(key_pos, pos_ - key_pos)) +
                                 "' (name, id, type, label)");
      }
      if (!at(':')) return fail(pos_, "expected ':' after the property name");
      ++pos_;
      skip_space();
      const size_t value_pos = pos_;
      std::string value;
      if (!parse_string(&value)) return false;
      if (key == "type") {
        const std::optional<EntityType> type = parse_type(ascii_upper(value));
        if (!type) return fail(value_pos, unknown_type(value));
        value = std::string(type_name(*type));
      }
      node->props.emplace_back(key, std::move(value));
      if (at(',')) {
        ++pos_;
        continue;
      }
      if (at('}')) {
        ++pos_;
        return true;
      }
      return fail(pos_, "expected ',' or '}' to close the properties opened at column " +
                            std::to_string(column(open)));
    }
  }

  // '...' or "..." with \' \" \\ escapes.
  bool parse_string(std::string* value) {
    if (!at('\'') && !at('"')) return fail(pos_, "expected a quoted string ('...' or \"...\")");
    const size_t open = pos_;
    const char quote = text_[pos_++];
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (text_[pos_] == '\\') {
        const size_t escape = pos_++;
        if (pos_ == text_.size()) break;
        const char c = text_[pos_];
        if (c != '\'' && c != '"' && c != '\\') {
          return fail(escape, "unknown escape '\\" +
                                  std::string(text_.substr(pos_, char_length(pos_))) +
                                  "' (write \\', \\\" or \\\\)");
        }
      }
      *value += text_[pos_++];
    }
    if (pos_ == text_.size()) return fail(open, "unterminated string");
    ++pos_;
    return true;
  }

  // ["<"] "-" ["[" [var] [":" REL {"|" [":"] REL}] "]"] "-" [">"], not both "<" and ">".
  bool parse_rel(RelPattern* rel) {
    const size_t start = pos_;
    rel->column = column(start);
    const bool points_left = text_[pos_] == '<';
    if (points_left) {
      ++pos_;
      if (!at('-')) return fail(pos_, "expected '-' after '<'");
    }
    ++pos_;
    const bool bracket = at('[');
    if (bracket && !parse_rel_body(rel)) return false;
    if (!at('-'))
      return fail(pos_, bracket ? "expected '-' after ']'" : "expected '[' or '-' after '-'");
    ++pos_;
    const bool points_right = at('>');
    if (points_right && points_left) {
      return fail(pos_,
                  "a relationship points one way ('<-[...]-' or '-[...]->') or neither "
                  "('-[...]-'), not both");
    }
    if (points_right) ++pos_;
    rel->direction = points_left    ? Direction::kIn
                     : points_right ? Direction::kOut
                                    : Direction::kEither;
    return true;
  }

  bool parse_rel_body(RelPattern* rel) {
    const size_t open = pos_++;
    skip_space();
    const size_t var_pos = pos_;
    rel->var = std::string(word());
    if (!rel->var.empty() && !declare(rel->var, VarKind::kRel, var_pos)) return false;
    if (at(':')) {
      char after = ':';
      do {
        ++pos_;
        skip_space();
        if (after == '|' && at(':')) {  // Cypher also writes ":FUNDED|:PAID"
          ++pos_;
          skip_space();
        }
        const std::string_view relation = word();
        if (relation.empty()) {
          return fail(pos_, std::string("expected a relation class after '") + after + "'");
        }
        rel->relations.push_back(ascii_upper(relation));
        after = '|';
      } while (at('|'));
    }
    if (at('*')) return fail(pos_, "variable-length relationships are not supported");
    if (at('{')) return fail(pos_, "properties on relationships are not supported");
    if (!at(']')) {
      return fail(pos_, "expected ']' to close the relationship opened at column " +
                            std::to_string(column(open)));
    }
    ++pos_;
    return true;
  }

  // A node variable may repeat (the same node again); a relationship variable may not, and no
  // name may be both.
  bool declare(const std::string& var, VarKind kind, size_t var_pos) {
    const auto [it, added] = vars_.emplace(var, kind);
    if (added || (kind == VarKind::kNode && it->second == VarKind::kNode)) return true;
    if (it->second != kind)
      return fail(var_pos, "'" + var + "' names both a node and a relationship");
    return fail(var_pos, "relationship variable '" + var + "' is used twice");
  }

  void skip_space() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
  }
  // Skips spaces; true when the next character is c.
  bool at(char c) {
    skip_space();
    return pos_ < text_.size() && text_[pos_] == c;
  }
  // An identifier at pos_ (letters, digits, '_', not starting with a digit), or empty.
  std::string_view word() {
    const size_t start = pos_;
    if (pos_ < text_.size() && is_word_start(text_[pos_])) {
      while (pos_ < text_.size() && is_word_char(text_[pos_])) ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }
  // Bytes of the UTF-8 character at pos (1 for a stray byte).
  size_t char_length(size_t pos) const {
    size_t end = pos + 1;
    while (end < text_.size() && (static_cast<unsigned char>(text_[end]) & 0xC0) == 0x80) ++end;
    return end - pos;
  }
  // 1-based character column of byte pos: continuation bytes of UTF-8 do not count.
  size_t column(size_t pos) const {
    size_t chars = 0;
    for (size_t i = 0; i < pos && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
    }
    return chars + 1 + (pos > text_.size() ? pos - text_.size() : 0);
  }
  bool fail(size_t pos, std::string message) {
    result_.error_column = column(pos);
    result_.error = std::move(message);
    return false;
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::map<std::string, VarKind> vars_;
  PatternParse result_;
};

}  // namespace

PatternParse parse_pattern(std::string_view text) { return PatternParser(text).run(); }

}  // namespace kg
