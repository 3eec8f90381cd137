// "Brennick has attacked both Democrats": the plural party word stands for the two Democrats the
// article names, so the attack is one OPPOSED triple for each of them. Who is a member comes from
// the article's MEMBER_OF triples, and from ~SAME_PARTY hints for a person whose party the
// article leaves to the reader: a primary is fought within one party, so "Okoro's primary rival,
// state Sen. Teresa Villanueva" makes her a Democrat when Okoro is one.
#pragma once

#include <vector>

#include "extract/analysis.h"

namespace kg {

// `triples`: the article's triples (their MEMBER_OF ones to a NORP give each person's party; a
// person given two parties has none). `same_party`: the matches of ~SAME_PARTY hint rules.
// `pairs`: the triples of rules whose object was written {PAIR:NORP}, object still the party.
// Returns, for each pair triple, one copy per member of its party other than its subject, the
// object's id set to the member (its span and text stay the party word's, as a pronoun's would),
// when there are exactly two such members; none otherwise. In the order of `pairs`, then of the
// members' ids.
std::vector<Triple> resolve_party_pairs(const std::vector<Triple>& triples,
                                        const std::vector<Triple>& same_party,
                                        const std::vector<Triple>& pairs);

}  // namespace kg
