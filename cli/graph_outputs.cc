#include "cli/graph_outputs.h"

#include "cli/options.h"
#include "export/output_set.h"
#include "export/writers.h"

namespace kg {

Result<std::optional<WebAssets>> web_assets_if(bool html) {
  if (!html) return std::optional<WebAssets>();
  Result<WebAssets> assets = WebAssets::load(resolve_web_dir());
  if (!assets.ok()) return assets.status();
  return std::optional<WebAssets>(std::move(*assets));
}

Status publish_outputs(const Graph& graph, const std::string& out_dir,
                       const std::optional<WebAssets>& web,
                       const std::function<Status(std::ostream&)>& write_triples) {
  OutputSet files;
  KG_RETURN_IF_ERROR(add_graph_files(graph, out_dir, &files));
  if (web) {
    Result<std::ostream*> page = files.add(out_dir + "/graph.html");
    if (!page.ok()) return page.status();
    write_graph_html(graph, *web, **page);
  }
  Result<std::ostream*> triples = files.add(out_dir + "/triples.jsonl");
  if (!triples.ok()) return triples.status();
  KG_RETURN_IF_ERROR(write_triples(**triples));
  return files.commit();
}

}  // namespace kg
