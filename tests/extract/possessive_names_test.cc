// Possessive short names: "Halvard's" later in a story is the organization "Halvard's Credit
// Service Inc." named before, found wherever the text writes it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/possessive_names.h"

namespace kg {
namespace {

Mention mention_of(std::string_view text, std::string_view name, EntityType type,
                   size_t occurrence = 0) {
  size_t at = text.find(name);
  while (occurrence-- > 0) at = text.find(name, at + 1);
  REQUIRE(at != std::string_view::npos);
  Mention m;
  m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())};
  m.type = type;
  return m;
}

std::vector<std::string> texts_of(std::string_view text, const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (const Mention& m : mentions) out.emplace_back(m.span.of(text));
  return out;
}

const auto kNoOwner = [](std::string_view) { return false; };

TEST_CASE("every later W's of a possessive organization is that organization") {
  const std::string text =
      "Halvard's Credit Service Inc. cut the bonds. Halvard’s analysts agreed, Halvard said, "
      "and Halvard's expects more. XHalvard's and Halvard'sx are other words.";
  std::vector<Mention> mentions = {
      mention_of(text, "Halvard's Credit Service Inc.", EntityType::kOrg),
      mention_of(text, "Halvard", EntityType::kPerson, 2)};  // "Halvard said": no possessive
  add_possessive_short_names(text, kNoOwner, &mentions);
  CHECK(texts_of(text, mentions) ==
        std::vector<std::string>{"Halvard's Credit Service Inc.", "Halvard’s", "Halvard",
                                 "Halvard's"});
  CHECK(mentions[1].type == EntityType::kOrg);
  CHECK(mentions[1].canonical == "Halvard's Credit Service Inc.");
  CHECK(mentions[2].type == EntityType::kPerson);
}

TEST_CASE("a mention of W alone grows to W's, a longer or a pronoun mention stays") {
  const std::string text =
      "Brisk's Bakery Co. opened. Brisk's owner and Brisk's Bakery Co. staff cheered, and Jolt's "
      "Cafe Inc. said Jolt's chef left.";
  std::vector<Mention> mentions = {
      mention_of(text, "Brisk's Bakery Co.", EntityType::kOrg),
      mention_of(text, "Brisk", EntityType::kPerson, 1),
      mention_of(text, "Brisk's Bakery Co.", EntityType::kOrg, 1),
      mention_of(text, "Jolt's Cafe Inc.", EntityType::kOrg),
      mention_of(text, "Jolt", EntityType::kPerson, 1)};
  mentions[4].pronoun = true;  // not a real pronoun; shows that pronouns are left alone
  add_possessive_short_names(text, kNoOwner, &mentions);
  CHECK(texts_of(text, mentions) ==
        std::vector<std::string>{"Brisk's Bakery Co.", "Brisk's", "Brisk's Bakery Co.",
                                 "Jolt's Cafe Inc.", "Jolt"});
  CHECK(mentions[1].type == EntityType::kOrg);
  CHECK(mentions[1].rule == "name.possessive_short");
}

TEST_CASE("an owner's possessive stays an owner") {
  const std::string text = "Norland's Fair Trade Office ruled. Norland's rules apply.";
  std::vector<Mention> mentions = {mention_of(text, "Norland's Fair Trade Office", EntityType::kOrg)};
  add_possessive_short_names(
      text, [](std::string_view word) { return word == "Norland"; }, &mentions);
  CHECK(mentions.size() == 1);
}

}  // namespace
}  // namespace kg
