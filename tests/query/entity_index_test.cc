// Typed names find nodes by id, label or alias, whatever the case and accents; names that find
// nothing get the nearest names, and a name shared by several nodes finds all of them.
#include "query/entity_index.h"

#include <catch2/catch.hpp>

#include "tests/export/export_fixture.h"

namespace kg {
namespace {

std::vector<std::string> ids(const Graph& g, const std::vector<Vertex>& vertices) {
  std::vector<std::string> out;
  for (Vertex v : vertices) out.push_back(g[v].id);
  return out;
}

using Ids = std::vector<std::string>;

TEST_CASE("a label, an alias or an id finds its node, in any case and without accents") {
  const Graph g = testing::sample_graph();
  const EntityIndex index(g);
  CHECK(ids(g, index.find("Michael Bloomberg")) == Ids{"person:michael-bloomberg"});
  CHECK(ids(g, index.find("michael bloomberg")) == Ids{"person:michael-bloomberg"});
  CHECK(ids(g, index.find("the former mayor")) == Ids{"person:michael-bloomberg"});
  CHECK(ids(g, index.find("societe generale")) == Ids{"org:societe-generale"});
  CHECK(ids(g, index.find("SOCGEN")) == Ids{"org:societe-generale"});
  CHECK(ids(g, index.find("org:at-t")) == Ids{"org:at-t"});
  CHECK(ids(g, index.find("PERSON:Kamala-Harris")) == Ids{"person:kamala-harris"});
  CHECK(index.find("Nobody Known").empty());
}

TEST_CASE("a label wins over an alias, and a name several nodes share finds them all") {
  Graph g;
  testing::add_node(g, "org:bloomberg-lp", "Bloomberg", EntityType::kOrg, {"Bloomberg"}, 3, 1);
  testing::add_node(g, "person:john-reyes", "John Reyes", EntityType::kPerson, {"Reyes"}, 2, 1);
  testing::add_node(g, "person:mike-bloomberg", "Mike Bloomberg", EntityType::kPerson,
                    {"Bloomberg", "Mike Bloomberg"}, 5, 1);
  testing::add_node(g, "person:rosa-reyes", "Rosa Reyes", EntityType::kPerson, {"Reyes"}, 1, 1);
  const EntityIndex index(g);
  CHECK(ids(g, index.find("bloomberg")) == Ids{"org:bloomberg-lp"});
  CHECK(ids(g, index.find("Reyes")) == Ids{"person:john-reyes", "person:rosa-reyes"});
}

TEST_CASE("a name that finds nothing suggests names that hold it, then near spellings") {
  const Graph g = testing::sample_graph();
  const EntityIndex index(g);
  // Whole words of a longer name first, more mentions first.
  CHECK(ids(g, index.nearest("Michael", 3)) == Ids{"person:michael-bloomberg"});
  // A misspelling within the edit distance.
  CHECK(ids(g, index.nearest("Kamala Haris", 3)) == Ids{"person:kamala-harris"});
  CHECK(ids(g, index.nearest("Bloomburg", 3)) == Ids{"person:michael-bloomberg"});
  // Part of a word is no whole word, and far spellings are not suggested.
  CHECK(index.nearest("Zzyzx Holdings", 3).empty());
  CHECK(index.nearest("", 3).empty());
}

}  // namespace
}  // namespace kg
