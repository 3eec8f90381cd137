// Which sentences are not in the article's voice: reader comments, quoted posts, bylines.
#include "extract/voice_sections.h"

#include <catch2/catch.hpp>

namespace kg {
namespace {

// Spans of the given sentences, found in order in `text`.
std::vector<Span> spans(const std::string& text, const std::vector<std::string>& sentences) {
  std::vector<Span> out;
  size_t from = 0;
  for (const std::string& s : sentences) {
    size_t at = text.find(s, from);
    REQUIRE(at != std::string::npos);
    out.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())});
    from = at + s.size();
  }
  return out;
}

const std::vector<std::string> kHeadings = {"Comments", "Reader comments"};

TEST_CASE("every sentence after a Comments heading is a comment") {
  const std::string text =
      "The Harbor Board approved the dredging plan on Monday.\n\nComments (3)\n\n"
      "Mayor Lund backed this from day one.\nTotal waste of money.";
  auto voices = sentence_voices(text, spans(text, {"The Harbor Board approved the dredging plan on Monday.",
                                                   "Comments (3)",
                                                   "Mayor Lund backed this from day one.",
                                                   "Total waste of money."}),
                                kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kArticle, Voice::kArticle, Voice::kComment,
                                     Voice::kComment});
  CHECK(std::string(voice_name(Voice::kComment)) == "comment");
  CHECK(std::string(voice_name(Voice::kArticle)).empty());
}

TEST_CASE("the word comments inside a sentence opens no comment section") {
  const std::string text = "Lund declined to make comments.\nThe board voted 5-2.";
  auto voices = sentence_voices(
      text, spans(text, {"Lund declined to make comments.", "The board voted 5-2."}), kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kArticle, Voice::kArticle});
}

TEST_CASE("a quoted post and its signature line are social, the article is not") {
  const std::string text =
      "The senator celebrated the vote online.\n\n"
      "Proud to stand with the dock workers of Tacoma today!\n"
      "\xE2\x80\x94 Dana Reyes (@SenDanaReyes) May 2, 2031\n\n"
      "The bill now goes to the House.";
  auto voices = sentence_voices(
      text,
      spans(text, {"The senator celebrated the vote online.",
                   "Proud to stand with the dock workers of Tacoma today!",
                   "\xE2\x80\x94 Dana Reyes (@SenDanaReyes) May 2, 2031", "The bill now goes to the House."}),
      kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kArticle, Voice::kSocialPost, Voice::kSocialPost,
                                     Voice::kArticle});
}

TEST_CASE("where single line breaks part paragraphs a signature signs only the line above") {
  const std::string text =
      "Harbor Board Backs Dredging Plan\n"
      "The board voted 5-2 on Monday. Lund Shipping backed Mayor Ada Lund in the vote.\n"
      "Lund thanked the board.\n"
      "A great day for the harbor! Lund Shipping backed Ada Lund again.\n"
      "\xE2\x80\x94 Pia Holm (@piaholm) June 3, 2031";
  auto voices = sentence_voices(
      text,
      spans(text, {"Harbor Board Backs Dredging Plan", "The board voted 5-2 on Monday.",
                   "Lund Shipping backed Mayor Ada Lund in the vote.", "Lund thanked the board.",
                   "A great day for the harbor!", "Lund Shipping backed Ada Lund again.",
                   "\xE2\x80\x94 Pia Holm (@piaholm) June 3, 2031"}),
      kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kArticle, Voice::kArticle, Voice::kArticle,
                                     Voice::kArticle, Voice::kSocialPost, Voice::kSocialPost,
                                     Voice::kSocialPost});

  // Blank lines part the paragraphs: a post of two lines is signed whole.
  const std::string blank =
      "The senator celebrated online.\n\nThe board met.\n\n"
      "Proud of the dock workers!\nSee you in Tacoma.\n"
      "\xE2\x80\x94 Dana Reyes (@SenDanaReyes) May 2, 2031";
  voices = sentence_voices(
      blank,
      spans(blank, {"The senator celebrated online.", "The board met.",
                    "Proud of the dock workers!", "See you in Tacoma.",
                    "\xE2\x80\x94 Dana Reyes (@SenDanaReyes) May 2, 2031"}),
      kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kArticle, Voice::kArticle, Voice::kSocialPost,
                                     Voice::kSocialPost, Voice::kSocialPost});
}

TEST_CASE("an e-mail address is no handle") {
  const std::string text = "Tips go to news@harborgazette.example, the editor said.";
  auto voices = sentence_voices(text, spans(text, {text}), kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kArticle});
}

TEST_CASE("a byline line is a byline, a sentence opening with By is not") {
  const std::string text =
      "By Tomas Lindqvist and Ana Ferreira, Harbor Gazette\n\n"
      "By Friday, Kestrel Foods had bought the Lund bakery chain.";
  auto voices = sentence_voices(
      text,
      spans(text, {"By Tomas Lindqvist and Ana Ferreira, Harbor Gazette",
                   "By Friday, Kestrel Foods had bought the Lund bakery chain."}),
      kHeadings);
  CHECK(voices == std::vector<Voice>{Voice::kByline, Voice::kArticle});
}

}  // namespace
}  // namespace kg
