#include "extract/bare_participle.h"

namespace kg {

bool is_bare_participle(std::string_view between, std::string_view verb, std::string_view lemma,
                        const std::set<std::string, std::less<>>& auxiliaries) {
  if (verb == lemma || verb.size() < 5 || verb.substr(verb.size() - 3) != "ing") return false;
  // A participial phrase after a comma, perhaps after an aside: "Smith, accusing", "Smith, 52,
  // accusing", "Acme, a group backing".
  size_t first = between.find_first_not_of(' ');
  if (first != std::string_view::npos && between[first] == ',') return false;
  // The word right before the verb: "is", "has been", "kept".
  size_t end = between.find_last_not_of(' ');
  if (end == std::string_view::npos) return true;
  size_t space = between.find_last_of(' ', end);
  size_t begin = space == std::string_view::npos ? 0 : space + 1;
  return auxiliaries.count(between.substr(begin, end + 1 - begin)) == 0;
}

}  // namespace kg
