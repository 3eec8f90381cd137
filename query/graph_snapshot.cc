#include "query/graph_snapshot.h"

#include <cstring>
#include <filesystem>

#include <boost/range/iterator_range.hpp>
#include <sys/stat.h>

#include "base/whole_file.h"
#include "export/atomic_file.h"
#include "query/graph_loader.h"

namespace kg {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'S', 'N', 'A', 'P', '0', '1'};

// The identity of the source file a snapshot stands for.
struct SourceStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  bool ok = false;
};

SourceStamp stamp_of(const std::string& path) {
  struct stat info {};
  SourceStamp stamp;
  if (::stat(path.c_str(), &info) != 0) return stamp;
  stamp.size = static_cast<uint64_t>(info.st_size);
  stamp.mtime_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  stamp.ok = true;
  return stamp;
}

class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}
  template <class T>
  void number(T value) {
    out_.write(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void text(const std::string& s) {
    number<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.write(s.data(), static_cast<std::streamsize>(s.size()));
  }
  void texts(const std::vector<std::string>& list) {
    number<uint32_t>(static_cast<uint32_t>(list.size()));
    for (const std::string& s : list) text(s);
  }

 private:
  std::ostream& out_;
};

// Reads what Writer wrote; every read checks the bounds, and a short file fails rather than
// reading past its end.
class Reader {
 public:
  Reader(const std::string& bytes, size_t start) : bytes_(bytes), at_(start) {}
  bool failed() const { return failed_; }
  template <class T>
  T number() {
    T value{};
    if (!take(sizeof value)) return value;
    std::memcpy(&value, bytes_.data() + at_ - sizeof value, sizeof value);
    return value;
  }
  std::string text() {
    const uint32_t size = number<uint32_t>();
    if (!take(size)) return {};
    return bytes_.substr(at_ - size, size);
  }
  std::vector<std::string> texts() {
    std::vector<std::string> list(std::min<uint32_t>(number<uint32_t>(), kMaxListLength));
    for (std::string& s : list) s = text();
    return list;
  }

 private:
  static constexpr uint32_t kMaxListLength = 1u << 20;
  bool take(size_t n) {
    if (failed_ || bytes_.size() - at_ < n) {
      failed_ = true;
      return false;
    }
    at_ += n;
    return true;
  }
  const std::string& bytes_;
  size_t at_;
  bool failed_ = false;
};

}  // namespace

std::string snapshot_path(const std::string& source) {
  const std::filesystem::path path(source);
  return (path.parent_path() / ("." + path.filename().string() + ".kgsnap")).string();
}

Status write_snapshot(const std::string& source, const Graph& graph) {
  const SourceStamp stamp = stamp_of(source);
  if (!stamp.ok) return Status::IoError(source + ": cannot stat");
  Result<std::unique_ptr<AtomicFile>> file = AtomicFile::create(snapshot_path(source));
  if (!file.ok()) return file.status();
  Writer w((*file)->stream());
  (*file)->stream().write(kMagic, sizeof kMagic);
  w.number<int32_t>(kGraphFormat);
  w.number(stamp.size);
  w.number(stamp.mtime_ns);
  const GraphProps& props = graph[boost::graph_bundle];
  w.text(props.name);
  w.number<int32_t>(props.documents);
  w.number<uint64_t>(boost::num_vertices(graph));
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    const NodeProps& node = graph[v];
    w.text(node.id);
    w.text(node.label);
    w.number<int32_t>(static_cast<int32_t>(node.type));
    w.texts(node.aliases);
    w.texts(node.titles);
    w.number<int32_t>(node.mentions);
    w.number<int32_t>(node.documents);
    w.number<uint8_t>(node.value.has_value());
    w.number<double>(node.value.value_or(0));
    w.text(node.currency);
    w.text(node.date);
  }
  w.number<uint64_t>(boost::num_edges(graph));
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
    const EdgeProps& edge = graph[e];
    w.number<uint64_t>(boost::source(e, graph));
    w.number<uint64_t>(boost::target(e, graph));
    w.text(edge.relation);
    w.text(edge.predicate);
    w.text(edge.amount);
    w.text(edge.title);
    w.number<int32_t>(edge.key);
    w.number<int32_t>(edge.weight);
    w.number<uint32_t>(static_cast<uint32_t>(edge.evidence.size()));
    for (const Evidence& ev : edge.evidence) {
      w.text(ev.doc);
      w.text(ev.field);
      w.number(ev.start);
      w.number(ev.end);
      w.text(ev.text);
      w.text(ev.rule);
      w.number(ev.confidence);
      w.text(ev.hedge);
      w.text(ev.voice);
    }
  }
  return (*file)->commit();
}

bool read_fresh_snapshot(const std::string& source, Graph* graph) {
  const SourceStamp stamp = stamp_of(source);
  std::string bytes;
  if (!stamp.ok || !read_whole_file(snapshot_path(source), &bytes).ok()) return false;
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return false;
  Reader r(bytes, sizeof kMagic);
  if (r.number<int32_t>() != kGraphFormat || r.number<uint64_t>() != stamp.size ||
      r.number<int64_t>() != stamp.mtime_ns) {
    return false;
  }
  Graph& g = *graph;
  g[boost::graph_bundle].name = r.text();
  g[boost::graph_bundle].documents = r.number<int32_t>();
  const uint64_t vertices = r.number<uint64_t>();
  for (uint64_t i = 0; i < vertices && !r.failed(); ++i) {
    NodeProps& node = g[boost::add_vertex(g)];
    node.id = r.text();
    node.label = r.text();
    const int32_t type = r.number<int32_t>();
    if (type < 0 || type >= kEntityTypeCount) break;
    node.type = static_cast<EntityType>(type);
    node.aliases = r.texts();
    node.titles = r.texts();
    node.mentions = r.number<int32_t>();
    node.documents = r.number<int32_t>();
    const bool has_value = r.number<uint8_t>() != 0;
    const double value = r.number<double>();
    if (has_value) node.value = value;
    node.currency = r.text();
    node.date = r.text();
  }
  const uint64_t edges = r.number<uint64_t>();
  for (uint64_t i = 0; i < edges && !r.failed(); ++i) {
    const uint64_t s = r.number<uint64_t>(), t = r.number<uint64_t>();
    if (s >= vertices || t >= vertices) break;
    EdgeProps& edge = g[boost::add_edge(s, t, g).first];
    edge.relation = r.text();
    edge.predicate = r.text();
    edge.amount = r.text();
    edge.title = r.text();
    edge.key = r.number<int32_t>();
    edge.weight = r.number<int32_t>();
    edge.evidence.resize(std::min<uint32_t>(r.number<uint32_t>(), 1u << 20));
    for (Evidence& ev : edge.evidence) {
      ev.doc = r.text();
      ev.field = r.text();
      ev.start = r.number<uint32_t>();
      ev.end = r.number<uint32_t>();
      ev.text = r.text();
      ev.rule = r.text();
      ev.confidence = r.number<double>();
      ev.hedge = r.text();
      ev.voice = r.text();
    }
  }
  if (r.failed() || boost::num_vertices(g) != vertices || boost::num_edges(g) != edges) {
    g.clear();
    return false;
  }
  return true;
}

}  // namespace kg
