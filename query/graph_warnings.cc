#include "query/graph_warnings.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace kg {
namespace {

bool is_value_type(EntityType type) {
  return type == EntityType::kMoney || type == EntityType::kPercent || type == EntityType::kDate;
}

// What find_warnings reads of every vertex, gathered in one pass over the edges.
struct VertexFacts {
  int degree = 0;
  std::set<std::string> documents;     // of its edges' evidence
  std::map<std::string, int> by_rule;  // evidence records of its edges per rule
  int evidence = 0;
};

std::vector<VertexFacts> gather(const Graph& g) {
  std::vector<VertexFacts> facts(boost::num_vertices(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    for (Vertex v : {boost::source(*e, g), boost::target(*e, g)}) {
      VertexFacts& f = facts[v];
      ++f.degree;
      for (const Evidence& evidence : g[*e].evidence) {
        f.documents.insert(evidence.doc);
        ++f.by_rule[evidence.rule];
        ++f.evidence;
      }
    }
  }
  return facts;
}

int top_rule_count(const VertexFacts& f) {
  int top = 0;
  for (const auto& [rule, count] : f.by_rule) top = std::max(top, count);
  return top;
}

// Sorts by badness (higher first, then vertex id) and keeps the first kMaxWarningVertices.
GraphWarning make_warning(std::string kind, std::vector<std::pair<double, Vertex>> found,
                          std::string advice) {
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  GraphWarning warning{std::move(kind), {}, found.size(), std::move(advice)};
  for (size_t i = 0; i < found.size() && i < kMaxWarningVertices; ++i) {
    warning.vertices.push_back(found[i].second);
  }
  return warning;
}

}  // namespace

bool looks_like_junk_label(const std::string& label) {
  bool lower = false, upper = false;
  for (char c : label) {
    lower |= std::islower(static_cast<unsigned char>(c)) != 0;
    upper |= std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  if (lower && !upper) return true;
  bool one_short_word = label.size() <= 3 && label.find(' ') == std::string::npos;
  return one_short_word && lower;  // "He", "Sen" but not "FTC" or "3M"
}

std::vector<GraphWarning> find_warnings(const Graph& g) {
  std::vector<VertexFacts> facts = gather(g);
  double connected = 0, degree_sum = 0;
  for (const VertexFacts& f : facts) {
    if (f.degree > 0) ++connected, degree_sum += f.degree;
  }
  double mean_degree = connected > 0 ? degree_sum / connected : 0;

  std::vector<std::pair<double, Vertex>> isolated, single, junk_label, shared_value, one_rule;
  for (auto [v, end] = boost::vertices(g); v != end; ++v) {
    const NodeProps& node = g[*v];
    const VertexFacts& f = facts[*v];
    if (f.degree == 0) {
      // A value mentioned once in passing is normal, not noise.
      if (node.mentions <= 1 && !is_value_type(node.type)) single.emplace_back(0, *v);
      if (node.mentions > 1) isolated.emplace_back(node.mentions, *v);
      continue;
    }
    if (f.degree >= kJunkLabelMinDegree && !is_value_type(node.type) &&
        looks_like_junk_label(node.label)) {
      junk_label.emplace_back(f.degree, *v);
    }
    if (is_value_type(node.type) && f.documents.size() > 1) {
      shared_value.emplace_back(f.documents.size(), *v);
    }
    if (f.degree >= kOneRuleMinDegree && f.degree >= kOneRuleDegreeFactor * mean_degree &&
        top_rule_count(f) >= kOneRuleShare * f.evidence) {
      one_rule.emplace_back(f.degree, *v);
    }
  }

  std::vector<GraphWarning> warnings;
  auto add = [&](const char* kind, std::vector<std::pair<double, Vertex>>& found,
                 const char* advice) {
    if (!found.empty()) warnings.push_back(make_warning(kind, std::move(found), advice));
  };
  add("isolated", isolated,
      "named more than once but in no relation: if the text states one, a pattern in "
      "rules/relations/*.rules misses it (bench/relation_errors.py lists misses by rule)");
  add("single-mention", single,
      "named once and in no relation, often a capitalized word taken for a name: if it is "
      "never a name alone, add it to rules/lexicon/common_words.txt");
  add("junk-label-hub", junk_label,
      "a hub labelled in lower case or by one short word is likely a description or pronoun "
      "taken for a name: check rules/lexicon/descriptions.tsv, pronouns.tsv and common_words.txt");
  add("shared-value-node", shared_value,
      "amounts, percentages and dates are one node per article by design; this one has edges "
      "from several documents, so its id lost the @document: check rules/entities/ and "
      "graph/graph_builder.cc");
  add("one-rule-hub", one_rule,
      "far more edges than the rest, mostly made by one rule: check that rule in "
      "rules/relations/*.rules for over-matching (kg query OUT entity NAME shows the evidence)");
  return warnings;
}

}  // namespace kg
