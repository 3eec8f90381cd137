#include "extract/mention_spans.h"

#include <algorithm>

#include "extract/word_bytes.h"

namespace kg {
namespace {

Status parse_types(std::string_view list, const std::string& where, std::set<EntityType>* out) {
  for (std::string_view word : split_words(list)) {
    std::optional<EntityType> type = parse_type(word);
    if (!type) return Status::BadRule(where + ": unknown type \"" + std::string(word) + "\"");
    out->insert(*type);
  }
  return Status::OK();
}

}  // namespace

Result<MentionSpans> MentionSpans::load(const std::string& rules_dir) {
  MentionSpans spans;
  const std::string path = rules_dir + "/lexicon/mention_spans.txt";
  Result<std::vector<RuleLine>> lines = read_rule_lines(path);
  if (!lines.ok()) return lines.status();
  for (const RuleLine& line : *lines) {
    const std::string where = path + ":" + std::to_string(line.number);
    std::string_view text = line.text;
    size_t space = text.find(' ');
    std::string_view key = text.substr(0, space);
    std::string_view value = space == std::string_view::npos ? "" : trim(text.substr(space + 1));
    if (value.empty()) return Status::BadRule(where + ": want KEY VALUE");
    Status status = Status::OK();
    if (key == "the-types") {
      status = parse_types(value, where, &spans.article_types_);
    } else if (key == "possessive-types") {
      status = parse_types(value, where, &spans.possessive_types_);
    } else if (key == "the-word") {
      spans.article_words_.insert(std::string(value));
    } else if (key == "the-name") {
      spans.article_names_.insert(std::string(value));
    } else {
      return Status::BadRule(where + ": unknown key \"" + std::string(key) +
                             "\" (want the-types, the-word, the-name or possessive-types)");
    }
    if (!status.ok()) return status;
  }
  for (const char* nouns : {"/lexicon/modified_nouns.txt", "/lexicon/place_nouns.txt"}) {
    Result<std::vector<RuleLine>> words = read_rule_lines(rules_dir + nouns);
    if (!words.ok()) return words.status();
    for (RuleLine& word : *words) spans.modified_nouns_.insert(std::move(word.text));
  }
  return spans;
}

bool MentionSpans::takes_article(std::string_view name, EntityType type) const {
  if (article_names_.contains(name)) return true;
  std::vector<std::string_view> words = split_words(name);
  if (words.size() >= 2 && article_types_.count(type)) return true;
  for (std::string_view word : words) {
    if (article_words_.contains(word)) return true;
  }
  return false;
}

Span MentionSpans::written(std::string_view text, const Mention& mention, Span limit,
                           bool sentence_end) const {
  Span out = mention.span;
  std::string_view name = mention.span.of(text);
  const bool several_words = name.find(' ') != std::string_view::npos;

  // "... a unit of Acme Inc.": the period ends the sentence, as in Penn Treebank tokens. Dotted
  // initials keep theirs ("in the U.S.").
  std::string_view last_word = name.substr(name.rfind(' ') + 1);
  if (sentence_end && last_word.size() > 2 && last_word.back() == '.' &&
      std::count(last_word.begin(), last_word.end(), '.') == 1) {
    --out.end;
  }

  // "Hong Kong's port", "Coca-Cola's": the possessive of a name of several words (or of
  // hyphenated parts, which OntoNotes tokenizes apart) is written with it.
  const size_t hyphen = name.find('-');
  const bool hyphenated = hyphen != std::string_view::npos && hyphen > 0 &&
                          hyphen + 1 < name.size() && is_word_byte(name[hyphen + 1]);
  if ((several_words || hyphenated) && possessive_types_.count(mention.type)) {
    size_t clitic = possessive_at(text, out.end);
    if (clitic > 0 && out.end + clitic <= limit.end) out.end += static_cast<uint32_t>(clitic);
  }

  if (!takes_article(name, mention.type)) return out;
  const uint32_t begin = mention.span.begin;
  if (begin < limit.begin + 4 || text[begin - 1] != ' ') return out;
  std::string_view article = text.substr(begin - 4, 3);
  if (article != "the" && article != "The" && article != "THE") return out;
  if (begin - 4 > 0 && is_word_byte(text[begin - 5])) return out;  // "bathe", "lathe"
  // "the New York-based bank", "the [Dow Jones] industrials": the article belongs to the noun the
  // name modifies. A possessive name keeps it ("the Commerce Department's report").
  if (out.end == mention.span.end) {
    if (out.end < text.size() && text[out.end] == '-') return out;
    size_t word_begin = out.end;
    while (word_begin < limit.end && text[word_begin] == ' ') ++word_begin;
    size_t word_end = word_begin;
    while (word_end < limit.end && (is_word_byte(text[word_end]) || text[word_end] == '-')) ++word_end;
    if (word_end > word_begin && modified_nouns_.contains(text.substr(word_begin, word_end - word_begin))) {
      return out;
    }
  }
  out.begin = begin - 4;
  return out;
}

void MentionSpans::apply(std::string_view text, const std::vector<Span>& sentences,
                         std::vector<Mention>* mentions) const {
  auto ends_sentence = [&sentences](Span span) {
    auto it = std::lower_bound(sentences.begin(), sentences.end(), span.end,
                               [](Span s, uint32_t end) { return s.end < end; });
    return it != sentences.end() && it->end == span.end;
  };
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& mention = (*mentions)[i];
    if (mention.pronoun || mention.description || mention.type >= EntityType::kMoney) continue;  // values have their rules
    Span limit{i == 0 ? 0u : (*mentions)[i - 1].span.end,
               i + 1 == mentions->size() ? static_cast<uint32_t>(text.size())
                                         : (*mentions)[i + 1].span.begin};
    Span grown = written(text, mention, limit, ends_sentence(mention.span));
    if (grown != mention.span) mention.written = grown;
  }
}

}  // namespace kg
