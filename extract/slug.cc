#include "extract/slug.h"


namespace kg {

std::string slugify(std::string_view name) {
  std::string slug;
  bool dash = false;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
                (c >= 'A' && c <= 'Z');
    // Curly punctuation (’ “ ” — –) is E2 80 xx: a separator, not a letter.
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
      keep = false;
      i += 2;
    }
    if (!keep) {
      dash = !slug.empty();
      continue;
    }
    if (dash) slug += '-';
    dash = false;
    if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < name.size() &&
               static_cast<unsigned char>(name[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(name[i + 1]) <= 0x9E &&
               static_cast<unsigned char>(name[i + 1]) != 0x97) {
      slug += name[i];  // Latin-1 capital: lower case is 0x20 further on
      slug += static_cast<char>(static_cast<unsigned char>(name[++i]) + 0x20);
    } else {
      slug += static_cast<char>(c);
    }
  }
  return slug;
}

}  // namespace kg
