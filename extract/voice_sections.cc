#include "extract/voice_sections.h"

#include <algorithm>

#include "extract/cue_words.h"

namespace kg {
namespace {

bool is_handle_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// True when `s` holds "@name" not glued to a word before it (an e-mail address is no handle).
bool holds_handle(std::string_view s) {
  for (size_t p = s.find('@'); p != std::string_view::npos; p = s.find('@', p + 1)) {
    bool glued = p > 0 && is_handle_char(s[p - 1]);
    if (!glued && p + 1 < s.size() && is_handle_char(s[p + 1])) return true;
  }
  return false;
}

// True when the sentence is a line of its own: a line break (or the text's edge) on both sides,
// with only blanks between.
bool is_own_line(std::string_view text, Span s) {
  for (size_t i = s.begin; i > 0; --i) {
    char c = text[i - 1];
    if (c == '\n') break;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  for (size_t i = s.end; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') break;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// "Comments (12):" -> "comments": lower case, without a trailing colon, count or blanks.
std::string heading_key(std::string_view line) {
  std::string key = normalize_for_cues(line);
  auto strip_end = [&] {
    while (!key.empty() && (key.back() == ' ' || key.back() == ':' || key.back() == '\r')) {
      key.pop_back();
    }
  };
  strip_end();
  if (!key.empty() && key.back() == ')') {
    size_t open = key.rfind('(');
    if (open != std::string::npos &&
        std::all_of(key.begin() + static_cast<long>(open) + 1, key.end() - 1,
                    [](char c) { return c >= '0' && c <= '9'; })) {
      key.erase(open);
    }
  }
  strip_end();
  return key;
}

bool opens_with_dash(std::string_view s) {
  return s.rfind("\xE2\x80\x94", 0) == 0 || s.rfind("\xE2\x80\x93", 0) == 0 ||
         s.rfind("-", 0) == 0;
}

bool is_byline(std::string_view s) {
  if (s.size() < 4 || s.compare(0, 3, "By ") != 0 || !(s[3] >= 'A' && s[3] <= 'Z')) return false;
  char last = s.back();
  if (last == '.' || last == '!' || last == '?') return false;
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= 12;
}

// True when a blank line lies between the two offsets.
bool blank_line_between(std::string_view text, size_t from, size_t to) {
  std::string_view gap = text.substr(from, to - from);
  size_t first = gap.find('\n');
  if (first == std::string_view::npos) return false;
  size_t second = gap.find('\n', first + 1);
  if (second == std::string_view::npos) return false;
  std::string_view between = gap.substr(first + 1, second - first - 1);
  return between.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Whether the text before `end` separates its paragraphs by single line breaks rather than by
// blank lines: more single breaks than blank-line gaps. Then a line is a paragraph.
bool lines_are_paragraphs(std::string_view text, size_t end) {
  size_t single = 0, blank = 0;
  for (size_t p = text.find('\n'); p < end && p != std::string_view::npos;) {
    size_t q = p + 1;  // past the gap: blanks and further line breaks
    bool blank_gap = false;
    for (size_t i = q; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n') {
        blank_gap = true;
        q = i + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
    }
    ++(blank_gap ? blank : single);
    p = text.find('\n', q);
  }
  return single > blank;
}

}  // namespace

const char* voice_name(Voice voice) {
  switch (voice) {
    case Voice::kComment: return "comment";
    case Voice::kSocialPost: return "social";
    case Voice::kByline: return "byline";
    case Voice::kArticle: break;
  }
  return "";
}

std::vector<Voice> sentence_voices(std::string_view text, const std::vector<Span>& sentences,
                                   const std::vector<std::string>& comment_headings) {
  std::vector<Voice> voices(sentences.size(), Voice::kArticle);
  std::vector<std::string> headings;
  for (const std::string& h : comment_headings) headings.push_back(heading_key(h));
  bool in_comments = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Span s = sentences[i];
    const std::string_view sentence = s.of(text);
    if (in_comments) {
      voices[i] = Voice::kComment;
      continue;
    }
    if (is_own_line(text, s) &&
        std::find(headings.begin(), headings.end(), heading_key(sentence)) != headings.end()) {
      in_comments = true;  // the heading itself states nothing
      continue;
    }
    if (holds_handle(sentence)) {
      voices[i] = Voice::kSocialPost;
      if (opens_with_dash(sentence)) {
        // A signature: the post it signs is the rest of its paragraph, back to a blank line; or,
        // where single line breaks part the paragraphs, the line right above the signature.
        size_t line_above = text.rfind('\n', s.begin);
        const bool by_lines =
            line_above != std::string_view::npos && lines_are_paragraphs(text, line_above);
        for (size_t j = i; j > 0; --j) {
          const Span gap{sentences[j - 1].end, sentences[j].begin};
          if (blank_line_between(text, gap.begin, gap.end)) break;
          if (by_lines && j < i && gap.of(text).find('\n') != std::string_view::npos) break;
          if (voices[j - 1] == Voice::kArticle) voices[j - 1] = Voice::kSocialPost;
        }
      }
    } else if (is_own_line(text, s) && is_byline(sentence)) {
      voices[i] = Voice::kByline;
    }
  }
  return voices;
}

}  // namespace kg
