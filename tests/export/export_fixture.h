// Shared by the exporter tests: a small news graph built by hand, with the cases that break
// exporters (parallel edges, XML metacharacters, UTF-8, curly quotes, a control character), and a
// scratch directory that cleans up after itself.
#pragma once

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::testing {

inline Graph::vertex_descriptor add_node(Graph& g, std::string id, std::string label,
                                         EntityType type, std::vector<std::string> aliases,
                                         int mentions, int documents) {
  NodeProps node;
  node.id = std::move(id);
  node.label = std::move(label);
  node.type = type;
  node.aliases = std::move(aliases);
  node.mentions = mentions;
  node.documents = documents;
  return boost::add_vertex(node, g);
}

inline EdgeProps make_edge(std::string relation, std::string predicate, int key,
                           std::vector<Evidence> evidence) {
  EdgeProps edge;
  edge.relation = std::move(relation);
  edge.predicate = std::move(predicate);
  edge.key = key;
  edge.weight = static_cast<int>(evidence.size());
  edge.evidence = std::move(evidence);
  return edge;
}

// Vertices in id order, edges in (source id, target id, relation) order, as KnowledgeGraph
// hands them over:
//   e0 org:at-t -> person:kamala-harris SUPPORTED (evidence with \n, a vertical tab, & < ")
//   e1 org:societe-generale -> org:at-t CONTRACT
//   e2 person:michael-bloomberg -> money:usd:100000000 PAID
//   e3 person:michael-bloomberg -> org:bloomberg-lp ROLE, title "CEO"
//   e4 person:michael-bloomberg -> person:kamala-harris FUNDED key 0, amount, two evidence records
//   e5 person:michael-bloomberg -> person:kamala-harris MET key 1 (parallel to e4)
inline Graph sample_graph() {
  Graph g;
  g[boost::graph_bundle].name = "Campaign & banks <test>";
  g[boost::graph_bundle].documents = 3;

  auto money = add_node(g, "money:usd:100000000", "$100 million", EntityType::kMoney,
                        {"$100 million"}, 2, 2);
  g[money].value = 100000000.0;
  g[money].currency = "USD";
  auto att = add_node(g, "org:at-t", "AT&T \"Ma Bell\" <NYSE: T>", EntityType::kOrg,
                      {"AT&T", "AT&T \"Ma Bell\" <NYSE: T>"}, 4, 2);
  auto blp = add_node(g, "org:bloomberg-lp", "Bloomberg L.P.", EntityType::kOrg,
                      {"Bloomberg L.P."}, 1, 1);
  auto socgen = add_node(g, "org:societe-generale", "Société Générale", EntityType::kOrg,
                         {"SocGen", "Société Générale"}, 3, 2);
  auto harris = add_node(g, "person:kamala-harris", "Kamala Harris", EntityType::kPerson,
                         {"Harris", "Kamala Harris"}, 7, 3);
  g[harris].titles = {"Vice President"};
  auto bloomberg = add_node(g, "person:michael-bloomberg", "Michael Bloomberg",
                            EntityType::kPerson,
                            {"Bloomberg", "Michael Bloomberg", "the former mayor"}, 12, 3);

  boost::add_edge(att, harris,
                  make_edge("SUPPORTED", "back", 0,
                            {{"wire-0107", "", 200, 262,
                              "AT&T's PAC said it \"backs\" Harris\nfor <now>\x0B today.",
                              "support.backed", 0.7, "", ""}}),
                  g);
  boost::add_edge(socgen, att,
                  make_edge("CONTRACT", "sign", 0,
                            {{"wire-0107", "", 300, 352,
                              "Société Générale signed a contract with AT&T.",
                              "contract.with", 0.75, "", ""}}),
                  g);
  boost::add_edge(bloomberg, money,
                  make_edge("PAID", "spend", 0,
                            {{"wire-0042", "", 0, 40, "Bloomberg spent $100 million.",
                              "money.spent", 0.9, "", ""}}),
                  g);
  EdgeProps role = make_edge("ROLE", "", 0,
                             {{"wire-0042", "", 41, 90, "Bloomberg L.P. CEO Michael Bloomberg said.",
                               "role.title_org", 0.85, "", ""}});
  role.title = "CEO";
  boost::add_edge(bloomberg, blp, role, g);
  EdgeProps funded = make_edge(
      "FUNDED", "give", 0,
      {{"wire-0042", "", 120, 161, "he gave $100 million to Harris's campaign", "funding.gave_to",
        0.8, "", ""},
       {"wire-0107", "", 5, 88,
        "Bloomberg\xE2\x80\x99s $100 million gift to Harris, \xE2\x80\x9C" "a historic sum,"
        "\xE2\x80\x9D was confirmed",
        "funding.gift_to", 0.65, "", ""}});
  funded.amount = "money:usd:100000000";
  boost::add_edge(bloomberg, harris, funded, g);
  boost::add_edge(bloomberg, harris,
                  make_edge("MET", "meet", 1,
                            {{"wire-0042", "", 170, 210, "Bloomberg met with Harris in New York.",
                              "meeting.met_with", 0.8, "", ""}}),
                  g);
  return g;
}

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kg-export-XXXXXX").string();
    const char* made = ::mkdtemp(pattern.data());
    path_ = made != nullptr ? made : "";
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Names of the entries of `dir`, sorted.
inline std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace kg::testing
