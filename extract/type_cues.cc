#include "extract/type_cues.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "extract/word_bytes.h"

namespace kg {
namespace {

// Everything here mirrors scripts/mine_type_cues.py; a change to one is a change to both.
constexpr size_t kWindow = 64;  // bytes of context scanned on each side of a name
constexpr std::string_view kLineEdge = "<nl>";
constexpr std::string_view kExamplesRow = "*examples*";
// How many pseudo-examples pull a feature's rate in a class towards its rate over all classes
// (an m-estimate): an unseen pairing is unlikely, not impossible, and a class with few examples
// (PLACE) is not punished for the features it has not met yet.
constexpr double kSmoothing = 300.0;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool has_lower(std::string_view s) { return std::any_of(s.begin(), s.end(), is_lower); }
bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_digit); }
bool has_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return is_upper(c) || is_lower(c); });
}

// "J." or "J.P.": one or two capitals, each with a period.
bool is_initial(std::string_view piece) {
  if (piece.size() != 2 && piece.size() != 4) return false;
  for (size_t k = 0; k < piece.size(); k += 2) {
    if (!is_upper(piece[k]) || piece[k + 1] != '.') return false;
  }
  return true;
}

// The cue token at or after *i in s (words of letters, digits and non-ASCII bytes with . - & '
// between them; a possessive 's; any other byte alone), moving *i past it; empty at the end.
std::string_view next_cue_token(std::string_view s, size_t* i) {
  size_t n = s.size();
  while (*i < n && is_space(s[*i])) ++*i;
  if (*i >= n) return {};
  size_t begin = *i;
  if (size_t mark = possessive_at(s, begin)) {
    *i = begin + mark;
  } else if (!is_word_byte(s[begin])) {
    *i = begin + 1;
  } else {
    size_t j = begin + 1;
    while (j < n) {
      bool joiner = s[j] == '.' || s[j] == '-' || s[j] == '&' || s[j] == '\'';
      if ((is_word_byte(s[j]) || (joiner && j + 1 < n && is_word_byte(s[j + 1]))) &&
          possessive_at(s, j) == 0) {
        ++j;
      } else {
        break;
      }
    }
    *i = j;
  }
  return s.substr(begin, *i - begin);
}

// The two cue tokens before byte `begin` on its line, nearest first; <nl> past the line's start.
// Only the window is searched for the line's start: a document of one long line stays linear.
std::array<std::string_view, 2> context_before(std::string_view text, size_t begin) {
  size_t start = begin >= kWindow ? begin - kWindow : 0;
  size_t newline = text.substr(start, begin - start).rfind('\n');
  if (newline != std::string_view::npos) {
    start += newline + 1;
  } else if (start > 0 && !is_space(text[start - 1])) {
    while (start < begin && !is_space(text[start])) ++start;  // no cut word
  }
  std::string_view window = text.substr(start, begin - start);
  std::array<std::string_view, 2> tokens{kLineEdge, kLineEdge};
  size_t i = 0;
  for (std::string_view token = next_cue_token(window, &i); !token.empty();
       token = next_cue_token(window, &i)) {
    tokens[1] = tokens[0];
    tokens[0] = token;
  }
  return tokens;
}

// The two cue tokens after byte `end` on its line; <nl> past the line's end.
std::array<std::string_view, 2> context_after(std::string_view text, size_t end) {
  size_t stop = std::min(text.size(), end + kWindow);
  size_t newline = text.substr(end, stop - end).find('\n');
  if (newline != std::string_view::npos) {
    stop = end + newline;
  } else if (stop < text.size() && !is_space(text[stop])) {
    while (stop > end && !is_space(text[stop])) --stop;  // no cut word
  }
  std::string_view window = text.substr(end, stop - end);
  std::array<std::string_view, 2> tokens{kLineEdge, kLineEdge};
  size_t i = 0;
  for (std::string_view& token : tokens) {
    std::string_view next = next_cue_token(window, &i);
    if (next.empty()) break;
    token = next;
  }
  return tokens;
}

// One feature's text, built in place: no allocation per feature.
class FeatureText {
 public:
  explicit FeatureText(std::string_view prefix) { add(prefix); }
  FeatureText& add(std::string_view raw) {
    for (char c : raw) push(c);
    return *this;
  }
  // A context or name token as the miner spells it: lower-case ASCII, each run of digits one 0
  // ("1996-08-30" -> "0-0-0", "2-1" -> "0-0").
  FeatureText& add_token(std::string_view token) {
    bool in_number = false;
    for (char c : token) {
      if (is_digit(c)) {
        if (!in_number) push('0');
        in_number = true;
        continue;
      }
      in_number = false;
      push(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return *this;
  }
  // A context token: as add_token(), unless it may be a name (it has a capital, or is more than
  // one non-ASCII character) and is no word of the context word lists. Then it is spelled by what
  // a public list says it is ("<gpe>", "<first>") or else by its shape ("Wasim" -> "Xx"), so that
  // no name of the mined text becomes a feature.
  FeatureText& add_context(std::string_view token, const CueWordLists& lists) {
    if (!may_be_name(token)) return add_token(token);
    std::array<char, kWindow> buffer{};
    std::string_view title = title_case(token, &buffer);
    if (lists.context_words.contains(token) || lists.context_words.contains(title)) {
      return add_token(token);
    }
    if (!add_list_class(token, title, lists)) add_shape(token);
    return *this;
  }
  // A word of the name that its cue table does not spell out (no ordinary head word such as
  // "bank"): its list class as for a context token, else its shape in brackets so that it never
  // reads as a word: "first=<gpe>", "last=<first>", "last=<Xx>". In a shouted name a word's
  // capitals say nothing: it has the shape of its title case.
  FeatureText& add_name_class(std::string_view word, bool shouted, const CueWordLists& lists) {
    std::array<char, kWindow> buffer{};
    std::string_view title = title_case(word, &buffer);
    if (!add_list_class(word, title, lists)) add("<").add_shape(shouted ? title : word).add(">");
    return *this;
  }
  std::string_view view() const { return {buffer_.data(), size_}; }

 private:
  // "THE" -> "The", "NEW-YORK" -> "New-York" (in *buffer); a token with a lower-case letter, or
  // longer than the buffer, as it is.
  static std::string_view title_case(std::string_view token, std::array<char, kWindow>* buffer) {
    if (has_lower(token) || token.size() > buffer->size()) return token;
    bool word_start = true;
    for (size_t k = 0; k < token.size(); ++k) {
      char c = token[k];
      (*buffer)[k] = is_upper(c) && !word_start ? static_cast<char>(c - 'A' + 'a') : c;
      word_start = c == '-';
    }
    return std::string_view(buffer->data(), token.size());
  }
  // Adds what a public list says the token is ("<gpe>", "<first>"); false if none lists it.
  bool add_list_class(std::string_view token, std::string_view title, const CueWordLists& lists) {
    const GazetteerEntry* entry = lists.gazetteer.find(token);
    if (entry == nullptr) entry = lists.gazetteer.find(title);
    if (entry != nullptr) {
      add("<").add(type_prefix(entry->type)).add(">");
      return true;
    }
    if (lists.first_names.contains(token) || lists.first_names.contains(title)) {
      add("<first>");
      return true;
    }
    return false;
  }
  static bool may_be_name(std::string_view token) {
    if (token.empty() || !is_word_byte(token[0])) return false;  // "'S", "(", "<nl>"
    return std::any_of(token.begin(), token.end(), is_upper) ||
           (token.size() > 3 && std::any_of(token.begin(), token.end(), [](char c) {
              return static_cast<unsigned char>(c) >= 0x80;
            }));
  }
  // Capitals as X (a run of two or more as XX), other letters and non-ASCII bytes as x (a run as
  // one), each run of digits as 0, other bytes as written: "McDonald" -> "XxXx", "U.S." -> "X.X.".
  FeatureText& add_shape(std::string_view token) {
    char previous = 0;
    bool doubled = false;
    for (char c : token) {
      char shape = is_upper(c) ? 'X' : is_digit(c) ? '0' : is_word_byte(c) ? 'x' : c;
      bool run = shape == previous && (shape == 'X' || shape == 'x' || shape == '0');
      previous = shape;
      if (run && shape == 'X' && !doubled) {
        push('X');
        doubled = true;
      }
      if (run) continue;
      doubled = false;
      push(shape);
    }
    return *this;
  }
  void push(char c) {
    if (size_ < buffer_.size()) buffer_[size_++] = c;  // an over-long feature matches nothing
  }
  std::array<char, 160> buffer_{};
  size_t size_ = 0;
};

// Calls visit(std::string_view feature) for every feature of the name text[span], each once.
// spelled(feature) says whether the cue table has a name word's feature "first=bank": the miner
// keeps only ordinary head words, so a word the table lacks is written as its class.
template <class Spelled, class Visit>
void for_each_feature(std::string_view text, Span span, const CueWordLists& lists,
                      Spelled&& spelled, Visit&& visit) {
  std::string_view name = span.of(text);
  // The name's words (tokens that start with a word byte), up to the first, the last and a count.
  std::string_view first, last;
  int count = 0;
  bool shouted = true, lower_word = false, inner_capital = false;
  size_t i = 0;
  for (std::string_view token = next_cue_token(name, &i); !token.empty();
       token = next_cue_token(name, &i)) {
    if (!is_word_byte(token[0])) continue;
    if (count++ == 0) first = token;
    last = token;
    if (has_lower(token)) shouted = false;
    if (!is_upper(token[0])) lower_word = true;
    // McDonald, MacLeod; not "J.D" nor "U.S"
    if (token.find('.') == std::string_view::npos &&
        std::any_of(token.begin() + 1, token.end(), is_upper)) {
      inner_capital = true;
    }
  }
  if (count == 0) return;

  const auto before = context_before(text, span.begin);
  const auto after = context_after(text, span.end);
  visit(FeatureText("p1=").add_context(before[0], lists).view());
  visit(FeatureText("n1=").add_context(after[0], lists).view());
  // The words on both sides, with the name's length: "<nl> X said" is mostly "Acme Corp said".
  visit(FeatureText("p1n1=")
            .add_context(before[0], lists)
            .add("_")
            .add_context(after[0], lists)
            .add(count == 1 ? "_1" : "_2+")
            .view());
  // Past a line's edge the second token says nothing the first did not.
  if (before[0] != kLineEdge) {
    visit(FeatureText("p2=")
              .add_context(before[1], lists)
              .add("_")
              .add_context(before[0], lists)
              .view());
  }
  if (after[0] != kLineEdge) {
    visit(FeatureText("n2=")
              .add_context(after[0], lists)
              .add("_")
              .add_context(after[1], lists)
              .view());
  }
  visit(count < 4 ? FeatureText("words=").add(std::string_view(&"0123"[count], 1)).view()
                  : std::string_view("words=4+"));
  if (shouted) {
    visit("caps");
    // A shouted name among shouted words: a headline or a results table.
    bool context_letters = false, context_lower = false;
    for (const auto* side : {&before, &after}) {
      for (std::string_view token : *side) {
        if (token == kLineEdge || !has_letter(token)) continue;
        context_letters = true;
        context_lower = context_lower || has_lower(token);
      }
    }
    if (context_letters && !context_lower) visit("caps_context");
  }
  bool first_name = lists.first_names.contains(first);
  if (!first_name && shouted && first.size() < 64) {
    std::array<char, 64> title{};  // "JOHN" -> "John"
    for (size_t k = 0; k < first.size(); ++k) {
      title[k] = k > 0 && is_upper(first[k]) ? static_cast<char>(first[k] - 'A' + 'a') : first[k];
    }
    first_name = lists.first_names.contains(std::string_view(title.data(), first.size()));
  }
  if (first_name) visit("first_name");
  if (last.size() >= 4 && std::all_of(last.begin(), last.end(),
                                      [](char c) { return is_upper(c) || is_lower(c); })) {
    visit(FeatureText("suffix=").add_token(last.substr(last.size() - 3)).view());
  }
  if (count >= 2) {
    for (auto [prefix, word] : {std::pair{std::string_view("first="), first},
                                std::pair{std::string_view("last="), last}}) {
      FeatureText as_word(prefix);
      as_word.add_token(word);
      if (spelled(as_word.view())) {
        visit(as_word.view());
      } else {
        visit(FeatureText(prefix).add_name_class(word, shouted, lists).view());
      }
    }
  }
  if (lists.common_words.contains(first)) visit("common_first");  // "It Matters", "Last Week"
  // "J. Smith", "J.P. Bolduc": an initial before the last word; else any period ("Corp.").
  bool initial = false;
  size_t last_space = name.rfind(' ');
  for (size_t k = 0; last_space != std::string_view::npos && k < last_space && !initial;) {
    size_t space = name.find(' ', k);
    initial = is_initial(name.substr(k, space - k));
    k = space + 1;
  }
  if (initial) {
    visit("initial");
  } else if (name.find('.') != std::string_view::npos) {
    visit("period");
  }
  if (name.find('-') != std::string_view::npos) visit("hyphen");
  if (name.find('&') != std::string_view::npos) visit("ampersand");
  if (has_digit(name)) visit("digit");
  if (lower_word) visit("lower_word");                   // "Bank of", "de", "van"
  if (!shouted && inner_capital) visit("inner_capital");  // McDonald, MacLeod
  if (count == 1 && first.size() <= 4 && shouted) visit("short_caps");
}

uint64_t fnv1a(std::string_view s) {
  uint64_t hash = 14695981039346656037ull;
  for (char c : s) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

CueClass CueGuess::best() const {
  return static_cast<CueClass>(std::max_element(score.begin(), score.end()) - score.begin());
}

double CueGuess::margin(CueClass c) const {
  double other = -INFINITY;
  for (size_t k = 0; k < score.size(); ++k) {
    if (k != static_cast<size_t>(c)) other = std::max(other, score[k]);
  }
  return of(c) - other;
}

Result<TypeCues> TypeCues::load(const std::string& path) {
  Result<std::vector<RuleLine>> lines = read_rule_lines(path);
  if (!lines.ok()) return lines.status();
  using Counts = std::array<double, kCueClasses>;
  std::unordered_map<uint64_t, std::pair<std::string, Counts>> counts;
  Counts examples{};
  bool have_examples = false;
  for (const RuleLine& line : *lines) {
    auto bad = [&](const std::string& why) {
      return Status::BadRule(path + ":" + std::to_string(line.number) + ": " + why);
    };
    std::string_view text = line.text;
    size_t tab = text.find('\t');
    std::string_view feature = text.substr(0, tab);
    Counts row{};
    for (double& count : row) {
      if (tab == std::string_view::npos) {
        return bad("want FEATURE<TAB>PERSON<TAB>ORG<TAB>PLACE<TAB>NONE (four counts)");
      }
      size_t next = text.find('\t', tab + 1);
      std::string_view field = text.substr(tab + 1, next == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : next - tab - 1);
      uint64_t value = 0;
      auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
      if (error != std::errc() || end != field.data() + field.size() || field.empty()) {
        return bad("count \"" + std::string(field) + "\" is not a whole number");
      }
      count = static_cast<double>(value);
      tab = next;
    }
    if (tab != std::string_view::npos) return bad("more than four counts");
    if (feature.empty()) return bad("empty feature");
    if (feature == kExamplesRow) {
      examples = row;
      have_examples = true;
      continue;
    }
    // A feature listed twice (a user's line after the mined ones) adds up.
    auto [it, added] = counts.try_emplace(fnv1a(feature), std::string(feature), Counts{});
    if (!added && it->second.first != feature) {
      return bad("feature \"" + std::string(feature) + "\" has the hash of \"" + it->second.first +
                 "\"; rename it");
    }
    for (int c = 0; c < kCueClasses; ++c) it->second.second[c] += row[c];
  }
  if (!have_examples || std::any_of(examples.begin(), examples.end(),
                                    [](double n) { return n <= 0; })) {
    return Status::BadRule(path + ": want a line \"*examples*\" with four counts above 0");
  }
  TypeCues cues;
  double total = 0;
  for (double n : examples) total += n;
  for (int c = 0; c < kCueClasses; ++c) {
    cues.log_prior_[c] = static_cast<float>(std::log(examples[c] / total));
  }
  cues.log_likelihood_.reserve(counts.size());
  for (const auto& [hash, named] : counts) {
    const Counts& seen = named.second;
    double rate = (seen[0] + seen[1] + seen[2] + seen[3]) / total;
    Row& row = cues.log_likelihood_[hash];
    for (int c = 0; c < kCueClasses; ++c) {
      row[c] = static_cast<float>(
          std::log((seen[c] + kSmoothing * rate) / (examples[c] + kSmoothing)));
    }
  }
  return cues;
}

Result<WordSet> TypeCues::load_context_words(const std::string& lexicon) {
  WordSet words;
  for (const char* name : kContextWordFiles) {
    Result<std::vector<RuleLine>> lines = read_rule_lines(lexicon + "/" + name);
    if (!lines.ok()) return lines.status();
    for (RuleLine& line : *lines) words.insert(std::move(line.text));
  }
  return words;
}

CueGuess TypeCues::prior() const {
  CueGuess guess;
  for (int c = 0; c < kCueClasses; ++c) guess.score[c] = log_prior_[c];
  return guess;
}

bool TypeCues::has(std::string_view feature) const {
  return log_likelihood_.find(fnv1a(feature)) != log_likelihood_.end();
}

CueGuess TypeCues::guess(std::string_view text, Span span, const CueWordLists& lists) const {
  CueGuess guess = prior();
  auto spelled = [this](std::string_view feature) { return has(feature); };
  for_each_feature(text, span, lists, spelled, [&](std::string_view feature) {
    auto it = log_likelihood_.find(fnv1a(feature));
    if (it == log_likelihood_.end()) return;
    for (int c = 0; c < kCueClasses; ++c) guess.score[c] += it->second[c];
  });
  return guess;
}

std::vector<std::string> TypeCues::features(std::string_view text, Span span,
                                            const CueWordLists& lists) const {
  std::vector<std::string> out;
  auto spelled = [this](std::string_view feature) { return has(feature); };
  for_each_feature(text, span, lists, spelled,
                   [&](std::string_view feature) { out.emplace_back(feature); });
  return out;
}

}  // namespace kg
