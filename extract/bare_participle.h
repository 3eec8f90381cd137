// A bare "-ing" form is no clause's verb: "filed a complaint with the FEC on Jan. 28 accusing X"
// (the complaint accuses, not the FEC), "analysts at Brookings expect total spending to pass
// $100 million" (spending is a noun). A subject-first match whose verb is such a form is dropped
// unless the form follows an auxiliary ("Acme is backing X", "has been accusing") or opens a
// participial phrase right after a comma ("Smith, accusing Jones of fraud, ...").
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace kg {

// `between` is the abstracted text from the end of the subject placeholder to the start of the
// verb form `verb` of `lemma`; `auxiliaries` are lexicon/progressive_auxiliaries.txt. True when
// `verb` is an "-ing" form ("bring" itself is none) not backed as above.
bool is_bare_participle(std::string_view between, std::string_view verb, std::string_view lemma,
                        const std::set<std::string, std::less<>>& auxiliaries);

}  // namespace kg
