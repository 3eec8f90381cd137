// graph.json -> Graph. The file is read whole and parsed in place (RapidJSON's insitu mode: strings
// stay in the buffer, no copy per value), then nodes and links are moved into the graph.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "base/whole_file.h"
#include "query/graph_loader.h"

namespace kg {
namespace {

using Value = rapidjson::Value;

std::string string_of(const Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

int int_of(const Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsInt() ? it->value.GetInt() : 0;
}

std::vector<std::string> strings_of(const Value& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsArray()) return out;
  for (const Value& item : it->value.GetArray()) {
    if (item.IsString()) out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

// "line L, column C" of a byte offset into the text as read.
std::string line_and_column(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  const size_t line =
      1 + static_cast<size_t>(
              std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
  const size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const size_t column =
      offset - (line_start == std::string::npos || offset == 0 ? 0 : line_start + 1) + 1;
  return std::to_string(line) + ":" + std::to_string(column);
}

Status check_format(const std::string& path, const Value& root) {
  auto graph = root.FindMember("graph");
  const bool has = graph != root.MemberEnd() && graph->value.IsObject() &&
                   graph->value.HasMember("kg_format") && graph->value["kg_format"].IsInt();
  if (!has) {
    return Status::InvalidInput(path +
                                ": written by an older kg (no \"kg_format\" in \"graph\"); "
                                "rebuild it with kg build");
  }
  const int format = graph->value["kg_format"].GetInt();
  if (format != kGraphFormat) {
    return Status::InvalidInput(
        path + ": written in graph format " + std::to_string(format) + ", this kg reads format " +
        std::to_string(kGraphFormat) +
        (format > kGraphFormat ? "; use a newer kg" : "; rebuild it with kg build"));
  }
  return Status::OK();
}

NodeProps node_of(const Value& node) {
  NodeProps props;
  props.id = string_of(node, "id");
  props.label = string_of(node, "label");
  props.type = parse_type(string_of(node, "type")).value_or(EntityType::kOrg);
  props.aliases = strings_of(node, "aliases");
  props.titles = strings_of(node, "titles");
  props.mentions = int_of(node, "mentions");
  props.documents = int_of(node, "documents");
  auto value = node.FindMember("value");
  if (value != node.MemberEnd() && value->value.IsNumber()) props.value = value->value.GetDouble();
  props.currency = string_of(node, "currency");
  props.date = string_of(node, "date");
  return props;
}

EdgeProps edge_of(const Value& link) {
  EdgeProps props;
  props.relation = string_of(link, "relation");
  props.predicate = string_of(link, "predicate");
  props.amount = string_of(link, "amount");
  props.title = string_of(link, "title");
  props.key = int_of(link, "key");
  props.weight = int_of(link, "weight");
  auto evidence = link.FindMember("evidence");
  if (evidence == link.MemberEnd() || !evidence->value.IsArray()) return props;
  for (const Value& record : evidence->value.GetArray()) {
    if (!record.IsObject()) continue;
    Evidence e;
    e.doc = string_of(record, "doc");
    e.field = string_of(record, "field");
    e.start = static_cast<uint32_t>(std::max(0, int_of(record, "start")));
    e.end = static_cast<uint32_t>(std::max(0, int_of(record, "end")));
    e.text = string_of(record, "text");
    e.rule = string_of(record, "rule");
    auto confidence = record.FindMember("confidence");
    if (confidence != record.MemberEnd() && confidence->value.IsNumber()) {
      e.confidence = confidence->value.GetDouble();
    }
    e.hedge = string_of(record, "hedge");
    e.voice = string_of(record, "voice");
    props.evidence.push_back(std::move(e));
  }
  return props;
}

}  // namespace

Status read_graph_json(const std::string& path, Graph* out) {
  std::string text;
  KG_RETURN_IF_ERROR(read_whole_file(path, &text));
  rapidjson::Document doc;
  doc.ParseInsitu(text.data());  // strings stay in `text`: no copy per value
  if (doc.HasParseError()) {
    // In-place parsing has rewritten the text; read it again to say where the error is.
    std::string original;
    KG_RETURN_IF_ERROR(read_whole_file(path, &original));
    return Status::InvalidInput(
        path + ":" + line_and_column(original, doc.GetErrorOffset()) +
        ": invalid JSON: " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject() || !doc.HasMember("nodes") || !doc["nodes"].IsArray()) {
    return Status::InvalidInput(path + ": not a kg graph (no \"nodes\" array)");
  }
  KG_RETURN_IF_ERROR(check_format(path, doc));
  auto links = doc.FindMember("links");
  if (links == doc.MemberEnd()) links = doc.FindMember("edges");  // NetworkX 3.6's name
  if (links == doc.MemberEnd() || !links->value.IsArray()) {
    return Status::InvalidInput(path + ": not a kg graph (no \"links\" array)");
  }

  Graph& graph = *out;
  GraphProps& props = graph[boost::graph_bundle];
  props.name = string_of(doc["graph"], "name");
  props.documents = int_of(doc["graph"], "documents");
  std::unordered_map<std::string_view, Vertex> vertex_of;
  const Value& nodes = doc["nodes"];
  vertex_of.reserve(nodes.Size());
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    if (!nodes[i].IsObject() || string_of(nodes[i], "id").empty()) {
      return Status::InvalidInput(path + ": node " + std::to_string(i) + " has no \"id\"");
    }
    const Vertex v = boost::add_vertex(graph);
    graph[v] = node_of(nodes[i]);  // moved in: add_vertex(props) would copy every string
    const Value& id = nodes[i]["id"];
    if (!vertex_of.emplace(std::string_view(id.GetString(), id.GetStringLength()), v).second) {
      return Status::InvalidInput(path + ": node id \"" + graph[v].id + "\" appears twice");
    }
  }
  // kg build writes links grouped by source: the last source found is usually the next one.
  std::string_view last_source;
  Vertex last_source_vertex = 0;
  for (rapidjson::SizeType i = 0; i < links->value.Size(); ++i) {
    const Value& link = links->value[i];
    auto end_of = [&](const char* key, std::string_view* last_id,
                      Vertex* last_vertex) -> std::optional<Vertex> {
      auto it = link.IsObject() ? link.FindMember(key) : link.MemberEnd();
      if (!link.IsObject() || it == link.MemberEnd() || !it->value.IsString()) return std::nullopt;
      const std::string_view id(it->value.GetString(), it->value.GetStringLength());
      if (last_id != nullptr && !last_id->empty() && id == *last_id) return *last_vertex;
      auto found = vertex_of.find(id);
      if (found == vertex_of.end()) return std::nullopt;
      if (last_id != nullptr) {
        *last_id = found->first;
        *last_vertex = found->second;
      }
      return found->second;
    };
    const std::optional<Vertex> source = end_of("source", &last_source, &last_source_vertex);
    const std::optional<Vertex> target = end_of("target", nullptr, nullptr);
    if (!source || !target) {
      return Status::InvalidInput(path + ": link " + std::to_string(i) +
                                  " has no \"source\" or \"target\" among the nodes");
    }
    graph[boost::add_edge(*source, *target, graph).first] = edge_of(link);  // moved in, as above
  }
  return Status::OK();
}

}  // namespace kg
