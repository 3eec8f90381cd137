// Names typed without capitals or accents find the names as written.
#include "query/name_fold.h"

#include <catch2/catch.hpp>

namespace kg {
namespace {

TEST_CASE("folding drops case and accents of Latin letters") {
  CHECK(fold_name("José Núñez") == "jose nunez");
  CHECK(fold_name("JOSÉ NÚÑEZ") == "jose nunez");
  CHECK(fold_name("Łukasz Żmuda-Trzebiatowski") == "lukasz zmuda-trzebiatowski");
  CHECK(fold_name("Straße") == "strasse");
  CHECK(fold_name("Œuvre Ærø") == "oeuvre aero");
  CHECK(fold_name("Chloë Dvořák") == "chloe dvorak");
  CHECK(fold_name("Okafo\xCC\x81r") ==
        "okafor");  // o + combining acute (U+0301), as some keyboards type it
}

TEST_CASE("folding makes apostrophes straight and spaces single") {
  CHECK(fold_name("O’Rourke") == "o'rourke");
  CHECK(fold_name("  Maria   Okafor ") == "maria okafor");
}

TEST_CASE("characters outside Latin letters stay as written") {
  CHECK(fold_name("3 × 4 ÷ 2") == "3 × 4 ÷ 2");
  CHECK(fold_name("Москва") == "Москва");
  CHECK(fold_name("$5 million") == "$5 million");
  // A stray byte is kept, not dropped or widened.
  CHECK(fold_name(std::string("a\xff") + "b") == std::string("a\xff") + "b");
}

}  // namespace
}  // namespace kg
