#include "graph/graph_builder.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "extract/slug.h"

namespace kg {
namespace {

size_t word_count(const std::string& s) {
  return 1 + static_cast<size_t>(std::count(s.begin(), s.end(), ' '));
}

// The fuller of two names: more words, then longer, then the smaller string (for determinism).
bool fuller(const std::string& a, const std::string& b) {
  if (word_count(a) != word_count(b)) return word_count(a) > word_count(b);
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

template <class T>
void merge_sorted(std::vector<T>* into, const std::vector<T>& more) {
  into->insert(into->end(), more.begin(), more.end());
  std::sort(into->begin(), into->end());
  into->erase(std::unique(into->begin(), into->end()), into->end());
}

bool is_date(const std::string& id) {
  static const std::string prefix = std::string(type_prefix(EntityType::kDate)) + ":";
  return id.compare(0, prefix.size(), prefix) == 0;
}

// "last month's" -> "last month": OntoNotes-style DATE mentions keep the possessive.
std::string without_possessive(std::string_view date) {
  for (std::string_view ending : {"'s", "\xE2\x80\x99s"}) {
    if (date.size() > ending.size() && date.substr(date.size() - ending.size()) == ending) {
      date.remove_suffix(ending.size());
    }
  }
  return std::string(date);
}

// A year written in an event's name dates it: "the 2022 midterm elections", "the 1996 Olympics".
std::string year_in_name(const std::string& name) {
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    const bool starts_word = i == 0 || name[i - 1] == ' ';
    const bool ends_word = i + 4 == name.size() || name[i + 4] == ' ';
    if (!starts_word || !ends_word) continue;
    const std::string_view word(name.data() + i, 4);
    if ((word.substr(0, 2) == "19" || word.substr(0, 2) == "20") &&
        std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::string(word);
    }
  }
  return {};
}

// The entries of a hashed map in key order.
template <class Map>
std::vector<typename Map::value_type*> in_key_order(Map* map) {
  std::vector<typename Map::value_type*> entries;
  entries.reserve(map->size());
  for (auto& entry : *map) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  return entries;
}

// "jane smith" for "Jane A. Smith" and "Jane Smith": the words a middle name or initial sits
// between.
std::string first_and_last(const std::string& name) {
  return slugify(name.substr(0, name.find(' '))) + " " + slugify(name.substr(name.rfind(' ') + 1));
}

}  // namespace

size_t GraphBuilder::EdgeKeyHash::operator()(const EdgeKey& key) const noexcept {
  const std::hash<std::string> hash;
  size_t h = hash(std::get<0>(key));
  h = h * 31 + hash(std::get<1>(key));
  return h * 31 + hash(std::get<2>(key));
}

void GraphBuilder::add(const DocumentContribution& contribution) {
  ++documents_;
  // An amount is a node of its own article only ("...@doc"), and only where an edge uses it:
  // one that no triple of the article names can never become a node, so it is not kept (a
  // corpus of a million articles holds millions of them).
  std::set<std::string_view> named;
  for (const TripleFact& triple : contribution.triples) {
    named.insert({triple.subject, triple.object, triple.amount});
  }
  for (const Entity& entity : contribution.entities) {
    if (entity.type == EntityType::kMoney && !named.count(entity.id) && !nodes_.count(entity.id)) {
      continue;
    }
    NodeData& node = nodes_[entity.id];
    NodeProps& props = node.props;
    if (props.id.empty()) {
      props.id = entity.id;
      props.type = entity.type;
      props.label = entity.label;
      props.value = entity.value;
      props.currency = entity.currency;
      node.type_guessed = entity.type_guessed;
    } else if (entity.type != EntityType::kMoney && fuller(entity.label, props.label)) {
      props.label = entity.label;
    }
    props.mentions += entity.mentions;
    props.documents += 1;
    node.type_guessed = node.type_guessed && entity.type_guessed;
    merge_sorted(&props.titles, entity.titles);
    for (const std::string& alias : entity.aliases) ++node.alias_counts[alias];
  }
  for (const TripleFact& triple : contribution.triples) {
    if (is_date(triple.object)) {
      std::string& date = nodes_[triple.subject].props.date;  // input order: the first wins
      if (date.empty()) date = without_possessive(triple.object_text);
      continue;
    }
    EdgeData& edge = edges_[{triple.subject, triple.relation, triple.object}];
    if (edge.evidence.empty()) {
      edge.predicate = triple.predicate;
      edge.title = triple.title;
    }
    if (edge.amount.empty()) edge.amount = triple.amount;
    if (edge.title.empty()) edge.title = triple.title;
    edge.evidence.push_back({contribution.doc_id, triple.field, triple.start, triple.end,
                             triple.text, triple.rule, triple.confidence, triple.hedge,
                             triple.voice});
  }
}

// Which nodes fold into which: a node whose id is what one alias of exactly one other, fuller
// node of the same type would be called ("FTC" where a document defined it, "Smith" where a
// document wrote "Jane Smith ... Smith"); then a person named without a middle name with exactly
// one person named with one ("Jane Smith" -> "Jane A. Smith"); then a lone surname with exactly
// one full-named person, also from a node whose type was only guessed.
std::map<std::string, std::string> GraphBuilder::merge_targets() const {
  std::map<std::string, std::set<std::string>> claims;  // id an alias would have -> heads
  std::map<std::string, std::set<std::string>> surname_claims;
  // "Jane Smith" in one article, "Jane A. Smith" in another: first and last word -> the people
  // named with more words between them.
  std::map<std::string, std::set<std::string>> middle_claims;
  for (const auto& [id, node] : nodes_) {
    const NodeProps& props = node.props;
    if (props.type >= EntityType::kMoney) continue;
    std::string prefix = std::string(type_prefix(props.type)) + ":";
    for (const auto& [alias, count] : node.alias_counts) {
      std::string alias_id = prefix + slugify(alias);
      if (alias_id != id && fuller(props.label, alias)) claims[alias_id].insert(id);
    }
    if (props.type == EntityType::kPerson && word_count(props.label) > 1) {
      std::string surname = props.label.substr(props.label.rfind(' ') + 1);
      surname_claims[prefix + slugify(surname)].insert(id);
    }
    if (props.type == EntityType::kPerson && word_count(props.label) > 2) {
      middle_claims[first_and_last(props.label)].insert(id);
    }
  }
  std::map<std::string, std::string> targets;
  for (const auto& [id, node] : nodes_) {
    auto claim = claims.find(id);
    if (claim != claims.end() && claim->second.size() == 1) {
      targets[id] = *claim->second.begin();
      continue;
    }
    if (claim != claims.end()) continue;  // several heads claim it: ambiguous, keep apart
    if (node.props.type == EntityType::kPerson && word_count(node.props.label) == 2) {
      // Without the middle name: the one person written with it; with two ("Jane A. Smith",
      // "Jane B. Smith") it stays apart.
      auto middle = middle_claims.find(first_and_last(node.props.label));
      if (middle != middle_claims.end() && middle->second.size() == 1) {
        targets[id] = *middle->second.begin();
        continue;
      }
    }
    if (word_count(node.props.label) != 1) continue;
    // A lone surname joins the one full-named person who has it; so does a lone word of another
    // type when every document only guessed that type from its shape ("Okafor" said nothing
    // more than being a capitalized word, so it was guessed an ORG).
    const std::string person_id =
        std::string(type_prefix(EntityType::kPerson)) + ":" + slugify(node.props.label);
    if (node.props.type != EntityType::kPerson && !node.type_guessed) continue;
    auto surname = surname_claims.find(person_id);
    if (surname != surname_claims.end() && surname->second.size() == 1) {
      targets[id] = *surname->second.begin();
    }
  }
  // Follow chains to their head.
  for (auto& [id, target] : targets) {
    std::set<std::string> seen{id};
    while (targets.count(target) && seen.insert(target).second) target = targets.at(target);
  }
  return targets;
}

const std::string& GraphBuilder::resolve(const std::string& id) const {
  auto it = merged_into_.find(id);
  return it == merged_into_.end() ? id : it->second;
}

Graph GraphBuilder::finish(const std::string& name) {
  merged_into_ = merge_targets();

  // Fold merged nodes into their heads.
  for (const auto& [from, to] : merged_into_) {
    NodeData& source = nodes_.at(from);
    NodeData& head = nodes_.at(to);
    head.props.mentions += source.props.mentions;
    head.props.documents += source.props.documents;
    merge_sorted(&head.props.titles, source.props.titles);
    if (head.props.date.empty()) head.props.date = source.props.date;
    for (const auto& [alias, count] : source.alias_counts) head.alias_counts[alias] += count;
  }
  for (const auto& [from, to] : merged_into_) nodes_.erase(from);

  // Re-key edges by merged ids; edges that became self-loops are dropped.
  std::map<EdgeKey, EdgeData> merged_edges;
  for (auto* entry : in_key_order(&edges_)) {  // the first key's predicate wins: keep it stable
    const EdgeKey& key = entry->first;
    EdgeData& data = entry->second;
    EdgeKey final_key{resolve(std::get<0>(key)), std::get<1>(key), resolve(std::get<2>(key))};
    if (std::get<0>(final_key) == std::get<2>(final_key)) continue;
    if (!nodes_.count(std::get<0>(final_key)) || !nodes_.count(std::get<2>(final_key))) continue;
    EdgeData& into = merged_edges[final_key];
    if (into.evidence.empty()) {
      into.predicate = data.predicate;
      into.title = data.title;
      into.amount = data.amount.empty() ? std::string() : resolve(data.amount);
    }
    into.evidence.insert(into.evidence.end(), std::make_move_iterator(data.evidence.begin()),
                         std::make_move_iterator(data.evidence.end()));
  }
  edges_.clear();

  // Values are nodes only where an edge uses them.
  std::set<std::string> used;
  for (const auto& [key, data] : merged_edges) {
    used.insert(std::get<0>(key));
    used.insert(std::get<2>(key));
    if (!data.amount.empty()) used.insert(data.amount);
  }

  Graph graph;
  graph[boost::graph_bundle].name = name;
  graph[boost::graph_bundle].documents = documents_;
  std::map<std::string, Graph::vertex_descriptor> vertex_of;
  for (auto* entry : in_key_order(&nodes_)) {  // vertices in id order
    const std::string& id = entry->first;
    NodeData& node = entry->second;
    NodeProps& props = node.props;
    if (props.type >= EntityType::kMoney && !used.count(id)) continue;
    if (props.type == EntityType::kEvent && props.date.empty())
      props.date = year_in_name(props.label);
    props.aliases.clear();
    std::string most_frequent;
    int best = 0;
    for (const auto& [alias, count] : node.alias_counts) {
      props.aliases.push_back(alias);
      if (count > best) {
        best = count;
        most_frequent = alias;
      }
    }
    // An amount is labelled as it is most often written; a name keeps its fullest form.
    if (props.type == EntityType::kMoney) props.label = most_frequent;
    // Boost 1.74's add_vertex and add_edge copy their property: add empty, then move it in.
    const Graph::vertex_descriptor vertex = boost::add_vertex(graph);
    graph[vertex] = std::move(props);
    vertex_of[id] = vertex;
  }
  nodes_.clear();  // all moved into the graph; resolve() needs only merged_into_

  struct Pending {
    std::string source, target, relation;
    EdgeProps props;
  };
  std::vector<Pending> pending;
  for (auto& [key, data] : merged_edges) {
    EdgeProps props;
    props.relation = std::get<1>(key);
    props.predicate = data.predicate;
    props.amount = data.amount;
    props.title = data.title;
    std::sort(data.evidence.begin(), data.evidence.end());
    std::set<std::tuple<std::string, std::string, uint32_t, uint32_t>> sentences;
    for (const Evidence& e : data.evidence) sentences.insert({e.doc, e.field, e.start, e.end});
    props.weight = static_cast<int>(sentences.size());
    props.evidence = std::move(data.evidence);
    pending.push_back({std::get<0>(key), std::get<2>(key), props.relation, std::move(props)});
  }
  // (source, target, relation) is unique, so this order is total.
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.source, a.target, a.relation) < std::tie(b.source, b.target, b.relation);
  });
  std::map<std::pair<std::string, std::string>, int> keys;
  for (Pending& edge : pending) {
    edge.props.key = keys[{edge.source, edge.target}]++;
    const auto added = boost::add_edge(vertex_of.at(edge.source), vertex_of.at(edge.target), graph);
    graph[added.first] = std::move(edge.props);
  }
  return graph;
}

}  // namespace kg
