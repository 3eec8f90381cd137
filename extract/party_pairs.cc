#include "extract/party_pairs.h"

#include <map>
#include <set>
#include <string>
#include <tuple>

namespace kg {
namespace {

// Person id -> party id, from MEMBER_OF triples whose object is a NORP; "" when two disagree.
std::map<std::string, std::string> stated_parties(const std::vector<Triple>& triples) {
  std::map<std::string, std::string> party_of;
  for (const Triple& t : triples) {
    if (t.relation != "MEMBER_OF" || t.object.id.rfind("norp:", 0) != 0) continue;
    auto [it, inserted] = party_of.emplace(t.subject.id, t.object.id);
    if (!inserted && it->second != t.object.id) it->second.clear();
  }
  return party_of;
}

// Adds the party a ~SAME_PARTY hint gives one side when only the other side's is known. Repeated
// until nothing changes, so a chain of rivals shares the party of its one stated member.
void add_hinted_parties(const std::vector<Triple>& same_party,
                        std::map<std::string, std::string>* party_of) {
  auto known = [&](const std::string& id) {
    auto it = party_of->find(id);
    return it == party_of->end() ? std::string() : it->second;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (const Triple& hint : same_party) {
      const std::string a = known(hint.subject.id), b = known(hint.object.id);
      if (!a.empty() && !party_of->count(hint.object.id)) {
        (*party_of)[hint.object.id] = a;
        changed = true;
      } else if (!b.empty() && !party_of->count(hint.subject.id)) {
        (*party_of)[hint.subject.id] = b;
        changed = true;
      }
    }
  }
}

}  // namespace

std::vector<Triple> resolve_party_pairs(const std::vector<Triple>& triples,
                                        const std::vector<Triple>& same_party,
                                        const std::vector<Triple>& pairs) {
  std::vector<Triple> resolved;
  if (pairs.empty()) return resolved;
  std::map<std::string, std::string> party_of = stated_parties(triples);
  add_hinted_parties(same_party, &party_of);
  // Two rules may read the same words: one triple per sentence, subject, relation and member.
  std::set<std::tuple<uint32_t, uint32_t, std::string, std::string>> seen;
  for (const Triple& pair : pairs) {
    std::set<std::string> members;
    for (const auto& [person, party] : party_of) {
      if (party == pair.object.id && person != pair.subject.id) members.insert(person);
    }
    if (members.size() != 2) continue;  // "both" names two; any other count is not this pair
    for (const std::string& member : members) {
      if (!seen.emplace(pair.evidence.begin, pair.subject.span.begin, pair.relation, member)
               .second) {
        continue;
      }
      Triple t = pair;
      t.object.id = member;
      resolved.push_back(std::move(t));
    }
  }
  return resolved;
}

}  // namespace kg
