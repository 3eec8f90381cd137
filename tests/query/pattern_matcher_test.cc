// match_pattern on small graphs built by hand: directions, relation alternatives, properties,
// repeated variables, edge uniqueness, row order, limit and truncation.
#include "query/pattern_matcher.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "query/pattern_parser.h"

namespace kg {
namespace {

struct NodeSpec {
  std::string id, label;
  EntityType type;
  std::vector<std::string> aliases;
};
struct EdgeSpec {
  std::string source, relation, target;
};

// REQUIRES: nodes sorted by id, edges by (source, target, relation), as GraphBuilder makes them.
Graph make_graph(const std::vector<NodeSpec>& nodes, const std::vector<EdgeSpec>& edges) {
  Graph graph;
  for (const NodeSpec& spec : nodes) {
    NodeProps props;
    props.id = spec.id;
    props.label = spec.label;
    props.type = spec.type;
    props.aliases = spec.aliases;
    boost::add_vertex(props, graph);
  }
  const auto vertex = [&](const std::string& id) {
    for (Vertex v = 0; v < boost::num_vertices(graph); ++v) {
      if (graph[v].id == id) return v;
    }
    FAIL("no node " << id);
    return Vertex{};
  };
  for (const EdgeSpec& spec : edges) {
    EdgeProps props;
    props.relation = spec.relation;
    props.weight = 1;
    boost::add_edge(vertex(spec.source), vertex(spec.target), props, graph);
  }
  return graph;
}

//  0 gpe:ohio   1 money:usd:5000000   2 org:harbor-bank   3 org:pentagon (no edges)
//  4 person:jose-nunez   5 person:maria-okafor   6 person:tom-becker
// Edges in graph order (rank 0..8): harbor-bank LOCATED_IN ohio, harbor-bank FUNDED maria-okafor,
// jose-nunez PAID $5 million, jose-nunez FUNDED harbor-bank, maria-okafor FUNDED harbor-bank,
// maria-okafor ROLE harbor-bank, maria-okafor MET tom-becker, tom-becker MET maria-okafor,
// tom-becker OPPOSED tom-becker (a self-loop).
const Graph& news_graph() {
  static const Graph kGraph = make_graph(
      {{"gpe:ohio", "Ohio", EntityType::kGpe, {"Ohio"}},
       {"money:usd:5000000", "$5 million", EntityType::kMoney, {"$5 million"}},
       {"org:harbor-bank", "Harbor Bank", EntityType::kOrg, {"Harbor Bank"}},
       {"org:pentagon", "Pentagon", EntityType::kOrg, {"Pentagon"}},
       {"person:jose-nunez", "José Núñez", EntityType::kPerson, {"José Núñez", "Núñez"}},
       {"person:maria-okafor", "Maria Okafor", EntityType::kPerson, {"Maria Okafor", "Okafor"}},
       {"person:tom-becker", "Tom Becker", EntityType::kPerson, {"Becker", "Tom Becker"}}},
      {{"org:harbor-bank", "LOCATED_IN", "gpe:ohio"},
       {"org:harbor-bank", "FUNDED", "person:maria-okafor"},
       {"person:jose-nunez", "PAID", "money:usd:5000000"},
       {"person:jose-nunez", "FUNDED", "org:harbor-bank"},
       {"person:maria-okafor", "FUNDED", "org:harbor-bank"},
       {"person:maria-okafor", "ROLE", "org:harbor-bank"},
       {"person:maria-okafor", "MET", "person:tom-becker"},
       {"person:tom-becker", "MET", "person:maria-okafor"},
       {"person:tom-becker", "OPPOSED", "person:tom-becker"}});
  return kGraph;
}

std::string short_id(const Graph& graph, Vertex v) {
  const std::string& id = graph[v].id;
  return id.substr(id.find(':') + 1);
}

// "maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank": the bound nodes, then the edges.
std::string row_text(const Graph& graph, const PatternRow& row) {
  std::string text;
  for (Vertex v : row.nodes) text += (text.empty() ? "" : " ") + short_id(graph, v);
  text += " /";
  for (const Edge& e : row.edges) {
    text += " " + short_id(graph, boost::source(e, graph)) + "-" + graph[e].relation + "->" +
            short_id(graph, boost::target(e, graph));
  }
  return text;
}

PatternMatches run(const Graph& graph, const std::string& text, size_t limit) {
  PatternParse parse = parse_pattern(text);
  INFO(text << ": " << parse.error);
  REQUIRE(parse.pattern.has_value());
  return match_pattern(graph, *parse.pattern, limit);
}

std::vector<std::string> rows(const std::string& text, size_t limit = 100,
                              const Graph& graph = news_graph()) {
  std::vector<std::string> out;
  for (const PatternRow& row : run(graph, text, limit).rows) out.push_back(row_text(graph, row));
  return out;
}

using Rows = std::vector<std::string>;

TEST_CASE("an arrow to the right binds source then target") {
  CHECK(rows("(p:PERSON)-[:FUNDED]->(x)") ==
        Rows{"jose-nunez harbor-bank / jose-nunez-FUNDED->harbor-bank",
             "maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank"});
}

TEST_CASE("an arrow to the left binds target then source") {
  CHECK(rows("(x)<-[:FUNDED]-(p:PERSON)") ==
        Rows{"harbor-bank jose-nunez / jose-nunez-FUNDED->harbor-bank",
             "harbor-bank maria-okafor / maria-okafor-FUNDED->harbor-bank"});
  CHECK(rows("(x:PERSON)<-[:FUNDED]-(p)") ==
        Rows{"maria-okafor harbor-bank / harbor-bank-FUNDED->maria-okafor"});
}

TEST_CASE("a search that starts at a named node walks edges backwards as well") {
  // The start is the node with the id, the last one; FUNDED is walked against its direction.
  CHECK(rows("(p)-[:FUNDED]->(b {id:'org:harbor-bank'})") ==
        Rows{"jose-nunez harbor-bank / jose-nunez-FUNDED->harbor-bank",
             "maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank"});
  CHECK(rows("(a)-->(b)-[:FUNDED]->(c {name:'Maria Okafor'})") ==
        Rows{"jose-nunez harbor-bank maria-okafor / jose-nunez-FUNDED->harbor-bank "
             "harbor-bank-FUNDED->maria-okafor",
             "maria-okafor harbor-bank maria-okafor / maria-okafor-FUNDED->harbor-bank "
             "harbor-bank-FUNDED->maria-okafor",
             "maria-okafor harbor-bank maria-okafor / maria-okafor-ROLE->harbor-bank "
             "harbor-bank-FUNDED->maria-okafor"});
}

TEST_CASE("an undirected relationship matches both ways, ordered by neighbour then edge") {
  CHECK(rows("(a:PERSON {name:'okafor'})-[r]-(b)") ==
        Rows{"maria-okafor harbor-bank / harbor-bank-FUNDED->maria-okafor",
             "maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank",
             "maria-okafor harbor-bank / maria-okafor-ROLE->harbor-bank",
             "maria-okafor tom-becker / maria-okafor-MET->tom-becker",
             "maria-okafor tom-becker / tom-becker-MET->maria-okafor"});
}

TEST_CASE("a self-loop matches once in every direction") {
  const Rows loop{"tom-becker tom-becker / tom-becker-OPPOSED->tom-becker"};
  CHECK(rows("(t {name:'Tom Becker'})-[:OPPOSED]-(x)") == loop);
  CHECK(rows("(t {name:'Tom Becker'})-[:OPPOSED]->(x)") == loop);
  CHECK(rows("(t {name:'Tom Becker'})<-[:OPPOSED]-(x)") == loop);
}

TEST_CASE("alternative relation classes, in any case") {
  CHECK(rows("(x)-[:FUNDED|PAID]->(y:MONEY)") ==
        Rows{"jose-nunez usd:5000000 / jose-nunez-PAID->usd:5000000"});
  CHECK(rows("(x:PERSON)-[:funded|role]->(y)") ==
        Rows{"jose-nunez harbor-bank / jose-nunez-FUNDED->harbor-bank",
             "maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank",
             "maria-okafor harbor-bank / maria-okafor-ROLE->harbor-bank"});
}

TEST_CASE("an unknown relation class finds nothing") {
  const PatternMatches matches = run(news_graph(), "(a)-[:BRIBED]->(b)", 100);
  CHECK(matches.rows.empty());
  CHECK_FALSE(matches.truncated);
}

TEST_CASE("a repeated variable closes a cycle, and no edge is used twice in a row") {
  CHECK(rows("(a)-[:MET]->(b)-[:MET]->(a)") ==
        Rows{"maria-okafor tom-becker maria-okafor / maria-okafor-MET->tom-becker "
             "tom-becker-MET->maria-okafor",
             "tom-becker maria-okafor tom-becker / tom-becker-MET->maria-okafor "
             "maria-okafor-MET->tom-becker"});
  // The same from the other end, where the search starts at the named last node.
  CHECK(rows("(a)-[:MET]->(b)-[:MET]->(a {name:'tom becker'})") ==
        Rows{"tom-becker maria-okafor tom-becker / tom-becker-MET->maria-okafor "
             "maria-okafor-MET->tom-becker"});
  // Tom's self-loop would close (a)-->(b)-->(a) by itself twice: it may bind once only.
  for (const std::string& row : rows("(a)-->(b)-->(a)")) {
    CHECK(row.find("tom-becker tom-becker tom-becker") == std::string::npos);
  }
  CHECK(rows("(a)-->(b)-->(a)").size() == 6);
  // Different variables may still bind the same vertex, through different edges.
  CHECK(rows("(a:PERSON)-[:OPPOSED]->(b)-[:MET]->(c)") ==
        Rows{"tom-becker tom-becker maria-okafor / tom-becker-OPPOSED->tom-becker "
             "tom-becker-MET->maria-okafor"});
}

TEST_CASE("an undirected chain does not walk back along the edge it came by") {
  CHECK(rows("(a)-[:MET]-(b)-[:MET]-(c)") ==
        Rows{"maria-okafor tom-becker maria-okafor / maria-okafor-MET->tom-becker "
             "tom-becker-MET->maria-okafor",
             "maria-okafor tom-becker maria-okafor / tom-becker-MET->maria-okafor "
             "maria-okafor-MET->tom-becker",
             "tom-becker maria-okafor tom-becker / maria-okafor-MET->tom-becker "
             "tom-becker-MET->maria-okafor",
             "tom-becker maria-okafor tom-becker / tom-becker-MET->maria-okafor "
             "maria-okafor-MET->tom-becker"});
}

TEST_CASE("three hops") {
  CHECK(rows("(j {name:'jose nunez'})-[:FUNDED]->(b:ORG)-[:FUNDED]->(m)-[:MET]-(t)") ==
        Rows{"jose-nunez harbor-bank maria-okafor tom-becker / jose-nunez-FUNDED->harbor-bank "
             "harbor-bank-FUNDED->maria-okafor maria-okafor-MET->tom-becker",
             "jose-nunez harbor-bank maria-okafor tom-becker / jose-nunez-FUNDED->harbor-bank "
             "harbor-bank-FUNDED->maria-okafor tom-becker-MET->maria-okafor"});
}

TEST_CASE("node properties") {
  const Rows jose{"jose-nunez usd:5000000 / jose-nunez-PAID->usd:5000000"};
  SECTION("name: the label or any alias, folded") {
    CHECK(rows("(a {name:'JOSE NUNEZ'})-[:PAID]->(m)") == jose);
    CHECK(rows("(a {name:'Núñez'})-[:PAID]->(m)") == jose);
    CHECK(rows("(a {name:'nunez'})-[:PAID]->(m)") == jose);
    CHECK(rows("(a {name:'Jose'})-[:PAID]->(m)").empty());
  }
  SECTION("label: the label only, folded") {
    CHECK(rows("(a {label:'jose núñez'})-[:PAID]->(m)") == jose);
    CHECK(rows("(a {label:'Núñez'})-[:PAID]->(m)").empty());
  }
  SECTION("id: exact") {
    CHECK(rows("(a {id:'person:jose-nunez'})-[:PAID]->(m)") == jose);
    CHECK(rows("(a {id:'person:Jose-Nunez'})-[:PAID]->(m)").empty());
  }
  SECTION("type: like :TYPE") {
    CHECK(rows("(a {type:'person'})-[:PAID]->(m {type:'MONEY'})") == jose);
    CHECK(rows("(a:PERSON {type:'ORG'})-[:PAID]->(m)").empty());
  }
  SECTION("all properties must hold") {
    CHECK(rows("(a {name:'Núñez', id:'person:jose-nunez'})-[:PAID]->(m)") == jose);
    CHECK(rows("(a {name:'Núñez', id:'person:maria-okafor'})-[:PAID]->(m)").empty());
  }
  SECTION("on both ends") {
    CHECK(rows("(a {name:'Okafor'})-[:FUNDED]->(b {name:'harbor bank'})") ==
          Rows{"maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank"});
  }
}

TEST_CASE("limit keeps the first rows in order and says that more exist") {
  const Rows all = rows("(a)-->(b)");
  REQUIRE(all.size() == 9);
  CHECK(all[0] == "harbor-bank ohio / harbor-bank-LOCATED_IN->ohio");
  CHECK(all[8] == "tom-becker tom-becker / tom-becker-OPPOSED->tom-becker");

  PatternMatches three = run(news_graph(), "(a)-->(b)", 3);
  CHECK(three.truncated);
  REQUIRE(three.rows.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(row_text(news_graph(), three.rows[i]) == all[i]);

  CHECK_FALSE(run(news_graph(), "(a)-->(b)", 9).truncated);
  CHECK(run(news_graph(), "(a)-->(b)", 9).rows.size() == 9);
  CHECK(run(news_graph(), "(a)-->(b)", 8).truncated);

  SECTION("limit 0 only says whether anything matches") {
    PatternMatches none = run(news_graph(), "(a)-->(b)", 0);
    CHECK(none.rows.empty());
    CHECK(none.truncated);
    CHECK_FALSE(run(news_graph(), "(a)-[:BRIBED]->(b)", 0).truncated);
  }
  SECTION("a search that starts in the middle still keeps the smallest rows") {
    CHECK(rows("(a)-->(b {id:'org:harbor-bank'})", 2) ==
          Rows{"jose-nunez harbor-bank / jose-nunez-FUNDED->harbor-bank",
               "maria-okafor harbor-bank / maria-okafor-FUNDED->harbor-bank"});
    CHECK(run(news_graph(), "(a)-->(b {id:'org:harbor-bank'})", 2).truncated);
    CHECK_FALSE(run(news_graph(), "(a)-->(b {id:'org:harbor-bank'})", 3).truncated);
  }
}

TEST_CASE("the same graph gives the same rows every time") {
  const std::string pattern = "(a)-[r]-(b)-[s]-(c)";
  const Rows first = rows(pattern);
  CHECK(first.size() > 10);
  CHECK(rows(pattern) == first);
}

TEST_CASE("an empty graph and a node with no edges match nothing") {
  const Graph empty;
  const PatternMatches matches = run(empty, "(a)-[r]-(b)", 10);
  CHECK(matches.rows.empty());
  CHECK_FALSE(matches.truncated);
  CHECK(rows("(a {name:'Pentagon'})-[r]-(b)").empty());
}

}  // namespace
}  // namespace kg
