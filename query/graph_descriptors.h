// The Boost descriptors of kg::Graph that query results hand back to the CLI.
#pragma once

#include <boost/graph/graph_traits.hpp>

#include "graph/knowledge_graph.h"

namespace kg {

using Vertex = boost::graph_traits<Graph>::vertex_descriptor;  // the vertex's index: id order
using Edge = boost::graph_traits<Graph>::edge_descriptor;

}  // namespace kg
