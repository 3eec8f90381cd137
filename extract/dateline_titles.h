// A local title before a name with no place of its own ("Mayor Lucia Ferraro", "Gov. Ann Hale")
// in an article filed from a place ("PHOENIX —", "DAYTON, Ohio —") is that place's office: news
// writes the town or state only when it differs from the dateline's.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/document.h"
#include "extract/voice_sections.h"

namespace kg {

// lexicon/city_titles.txt and lexicon/state_titles.txt, compared case-insensitively with the
// title a mention carries (Mention::title).
struct LocalTitles {
  std::vector<std::string> city;   // "Mayor", "Councilman", "Police Chief"
  std::vector<std::string> state;  // "Gov.", "Lt. Gov."
  // lexicon/past_title_words.txt: a word before the title that makes the office a past one
  // ("Former Mayor X"); the ROLE's title keeps it, as written ("Former Mayor").
  std::vector<std::string> past;
  // lexicon/city_states.tsv: a US city and its state ("Baltimore" -> "Maryland"), for a state
  // title under a dateline that writes the city alone.
  std::map<std::string, std::string, std::less<>> city_states;
};

// ROLE triples (rule "dateline.local_title") for each PERSON mention after the article's first
// dateline whose title is in `titles`, in a sentence of the article's own voice (`voices`, one per
// analysis.sentences). A city title gets the dateline's place; a state title the place after its
// comma ("DAYTON, Ohio —"), else a place the article says the dateline town lies in (a LOCATED_IN
// triple of `found`), else the state `titles.city_states` gives the town when the article names that
// state ("BALTIMORE —" and "the Maryland attorney general"), else nothing. None when the title has a place already: written before it
// ("Ohio Gov. X") or after the name ("Mayor X of Tucson"), or a ROLE of `found` with that title.
std::vector<Triple> dateline_title_roles(const Document& doc, const DocumentAnalysis& analysis,
                                         const LocalTitles& titles, const std::vector<Voice>& voices,
                                         const std::vector<Triple>& found);

}  // namespace kg
