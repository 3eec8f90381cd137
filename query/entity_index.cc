#include "query/entity_index.h"

#include <algorithm>
#include <tuple>

#include <boost/range/iterator_range.hpp>

#include "query/name_fold.h"

namespace kg {
namespace {

// Levenshtein distance, or limit + 1 as soon as it must exceed `limit`.
size_t bounded_distance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return row[b.size()];
}

// True when `words` occurs in `text` starting and ending at word boundaries.
bool holds_words(std::string_view text, std::string_view words) {
  for (size_t at = text.find(words); at != std::string_view::npos; at = text.find(words, at + 1)) {
    const size_t end = at + words.size();
    if ((at == 0 || text[at - 1] == ' ') && (end == text.size() || text[end] == ' ')) return true;
  }
  return false;
}

}  // namespace

EntityIndex::EntityIndex(const Graph& graph) : graph_(graph) {
  by_id_.reserve(boost::num_vertices(graph));
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    const NodeProps& node = graph[v];
    by_id_.emplace(node.id, v);
    const std::string label = fold_name(node.label);
    by_label_[label].push_back(v);
    for (const std::string& alias : node.aliases) {
      std::string folded = fold_name(alias);
      if (folded != label) by_alias_[std::move(folded)].push_back(v);
    }
  }
}

std::vector<Vertex> EntityIndex::find(std::string_view name) const {
  const std::string folded = fold_name(name);
  // Ids are lower-case ASCII, so the folded name finds one typed in any case.
  if (auto id = by_id_.find(folded); id != by_id_.end()) return {id->second};
  for (const auto* names : {&by_label_, &by_alias_}) {
    auto it = names->find(folded);
    if (it == names->end()) continue;
    std::vector<Vertex> found = it->second;
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
  }
  return {};
}

std::vector<Vertex> EntityIndex::nearest(std::string_view name, size_t n) const {
  const std::string folded = fold_name(name);
  if (folded.empty()) return {};
  const size_t limit = std::max<size_t>(2, folded.size() / 3);
  // (score, fewer mentions last, vertex): whole words score 0, else 1 + edit distance.
  std::vector<std::tuple<size_t, int, Vertex>> scored;
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) {
    const NodeProps& node = graph_[v];
    size_t best = limit + 2;
    auto consider = [&](const std::string& candidate) {
      const std::string text = fold_name(candidate);
      if (holds_words(text, folded)) {
        best = 0;
      } else {
        best = std::min(best, 1 + bounded_distance(folded, text, limit));
      }
    };
    consider(node.label);
    for (const std::string& alias : node.aliases) consider(alias);
    if (best <= limit + 1) scored.emplace_back(best, -node.mentions, v);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<Vertex> out;
  for (size_t i = 0; i < scored.size() && i < n; ++i) out.push_back(std::get<2>(scored[i]));
  return out;
}

}  // namespace kg
