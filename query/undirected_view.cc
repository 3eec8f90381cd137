#include "query/undirected_view.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

namespace kg {
namespace {

std::string upper_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

RelationSet::RelationSet(const std::vector<std::string>& relations) {
  for (const std::string& relation : relations) wanted_.insert(upper_ascii(relation));
}

bool RelationSet::admits(const std::string& relation) const {
  return wanted_.empty() || wanted_.count(upper_ascii(relation)) > 0;
}

UndirectedView make_undirected_view(const Graph& g, const std::vector<std::string>& relations) {
  const RelationSet wanted(relations);
  UndirectedView view{UndirectedGraph(boost::num_vertices(g)), {}};
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    if (!wanted.admits(g[*e].relation)) continue;
    boost::add_edge(boost::source(*e, g), boost::target(*e, g), view.edges.size(), view.graph);
    view.edges.push_back(*e);
  }
  return view;
}

UndirectedGraph make_simple_undirected(const Graph& g) {
  std::vector<std::pair<Vertex, Vertex>> pairs;
  pairs.reserve(boost::num_edges(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    Vertex a = boost::source(*e, g), b = boost::target(*e, g);
    if (a != b) pairs.emplace_back(std::min(a, b), std::max(a, b));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  UndirectedGraph simple(boost::num_vertices(g));
  for (size_t i = 0; i < pairs.size(); ++i) {
    boost::add_edge(pairs[i].first, pairs[i].second, i, simple);
  }
  return simple;
}

}  // namespace kg
