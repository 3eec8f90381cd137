// graph.graphml -> Graph with Boost's read_graphml. Boost keeps GraphML node ids to itself, so
// they are taken from the <node id="..."> attributes, which it reads in the same order.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include <boost/graph/graphml.hpp>
#include <boost/range/iterator_range.hpp>
#include <re2/re2.h>

#include "base/whole_file.h"
#include "query/graph_loader.h"

namespace kg {
namespace {

struct RawNode {
  std::string label, type, aliases, titles, currency, date;
  int mentions = 0, documents = 0;
  double value = std::numeric_limits<double>::quiet_NaN();  // absent for all but MONEY
};

struct RawEdge {
  std::string relation, predicate, amount, title, evidence;
  int key = 0;
  double weight = 0;
};

using RawGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, RawNode, RawEdge>;

std::vector<std::string> split_list(const std::string& joined) {
  std::vector<std::string> items;
  if (joined.empty()) return items;
  for (size_t begin = 0;;) {
    const size_t bar = joined.find(" | ", begin);
    items.push_back(joined.substr(begin, bar - begin));
    if (bar == std::string::npos) break;
    begin = bar + 3;
  }
  return items;
}

// "doc:start-end rule: text | doc:..." (export/attribute_text.h). A record starts where that shape
// does, so a " | " inside a sentence stays in its text.
std::vector<Evidence> split_evidence(const std::string& joined) {
  static const RE2 kHeader(R"((?:^| \| )([^\s:|]+):(?:(title):)?(\d{1,10})-(\d{1,10}) (\S+): )");
  std::vector<Evidence> records;
  re2::StringPiece groups[6];
  size_t pos = 0;
  while (pos < joined.size() &&
         kHeader.Match(joined, pos, joined.size(), RE2::UNANCHORED, groups, 6)) {
    const size_t header_begin = static_cast<size_t>(groups[0].data() - joined.data());
    if (!records.empty()) records.back().text = joined.substr(pos, header_begin - pos);
    Evidence e;
    e.doc = std::string(groups[1]);
    e.field = std::string(groups[2]);
    // At most 10 digits (RE2 caps them below), so strtoull never overflows; clamp to 32 bits.
    e.start = static_cast<uint32_t>(std::min<unsigned long long>(
        std::strtoull(std::string(groups[3]).c_str(), nullptr, 10), UINT32_MAX));
    e.end = static_cast<uint32_t>(std::min<unsigned long long>(
        std::strtoull(std::string(groups[4]).c_str(), nullptr, 10), UINT32_MAX));
    e.rule = std::string(groups[5]);
    records.push_back(std::move(e));
    pos = header_begin + groups[0].size();
  }
  if (!records.empty()) records.back().text = joined.substr(pos);
  return records;
}

// The few entities GraphML attribute values can hold (export/xml_escape.h writes these).
std::string xml_unescape(const std::string& text) {
  static const std::pair<const char*, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      if (text.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
        out += c;
        i += std::char_traits<char>::length(entity) - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i];
  }
  return out;
}

std::vector<std::string> node_ids(const std::string& text) {
  static const RE2 kNode(R"re(<node\s+id="([^"]*)")re");
  std::vector<std::string> ids;
  re2::StringPiece rest(text);
  std::string id;
  while (RE2::FindAndConsume(&rest, kNode, &id)) ids.push_back(xml_unescape(id));
  return ids;
}

}  // namespace

Status read_graphml_file(const std::string& path, Graph* out) {
  std::string text;
  KG_RETURN_IF_ERROR(read_whole_file(path, &text));

  RawGraph raw;
  int format = 0;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("kg_format", boost::ref_property_map<RawGraph*, int>(format));
  dp.property("label", boost::get(&RawNode::label, raw));
  dp.property("type", boost::get(&RawNode::type, raw));
  dp.property("aliases", boost::get(&RawNode::aliases, raw));
  dp.property("titles", boost::get(&RawNode::titles, raw));
  dp.property("mentions", boost::get(&RawNode::mentions, raw));
  dp.property("documents", boost::get(&RawNode::documents, raw));
  dp.property("value", boost::get(&RawNode::value, raw));
  dp.property("currency", boost::get(&RawNode::currency, raw));
  dp.property("date", boost::get(&RawNode::date, raw));
  dp.property("relation", boost::get(&RawEdge::relation, raw));
  dp.property("predicate", boost::get(&RawEdge::predicate, raw));
  dp.property("weight", boost::get(&RawEdge::weight, raw));
  dp.property("amount", boost::get(&RawEdge::amount, raw));
  dp.property("title", boost::get(&RawEdge::title, raw));
  dp.property("key", boost::get(&RawEdge::key, raw));
  dp.property("evidence", boost::get(&RawEdge::evidence, raw));
  try {
    std::istringstream stream(text);
    boost::read_graphml(stream, raw, dp);
  } catch (const std::exception& e) {
    return Status::InvalidInput(path + ": invalid GraphML: " + e.what());
  }
  if (format == 0) {
    return Status::InvalidInput(path +
                                ": written by an older kg (no kg_format); rebuild it with "
                                "kg build");
  }
  if (format != kGraphFormat) {
    return Status::InvalidInput(path + ": written in graph format " + std::to_string(format) +
                                ", this kg reads format " + std::to_string(kGraphFormat));
  }
  const std::vector<std::string> ids = node_ids(text);
  if (ids.size() != boost::num_vertices(raw)) {
    return Status::InvalidInput(path + ": node ids could not be read");
  }

  Graph& graph = *out;
  for (Vertex v = 0; v < boost::num_vertices(raw); ++v) {
    const RawNode& node = raw[v];
    NodeProps props;
    props.id = ids[v];
    props.label = node.label;
    props.type = parse_type(node.type).value_or(EntityType::kOrg);
    props.aliases = split_list(node.aliases);
    props.titles = split_list(node.titles);
    props.mentions = node.mentions;
    props.documents = node.documents;
    if (!std::isnan(node.value)) props.value = node.value;
    props.currency = node.currency;
    props.date = node.date;
    boost::add_vertex(std::move(props), graph);
  }
  for (auto e : boost::make_iterator_range(boost::edges(raw))) {
    const RawEdge& edge = raw[e];
    EdgeProps props;
    props.relation = edge.relation;
    props.predicate = edge.predicate;
    props.amount = edge.amount;
    props.title = edge.title;
    props.key = edge.key;
    props.weight = static_cast<int>(edge.weight);
    props.evidence = split_evidence(edge.evidence);
    boost::add_edge(boost::source(e, raw), boost::target(e, raw), std::move(props), graph);
  }
  // GraphML keeps no document count: the documents its edges' evidence comes from.
  std::set<std::string> documents;
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
    for (const Evidence& ev : graph[e].evidence) documents.insert(ev.doc);
  }
  graph[boost::graph_bundle].name = path;
  graph[boost::graph_bundle].documents = static_cast<int>(documents.size());
  return Status::OK();
}

}  // namespace kg
