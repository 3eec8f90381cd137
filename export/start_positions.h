// Where nodes start: on a circle in id order, the same in graph.gexf (viz:position) and
// graph.json (x, y). Viewers built on sigma.js need coordinates, and a deterministic start keeps
// the files reproducible; Gephi's and the page's layouts move the nodes from there.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace kg {

struct StartPosition {
  double x = 0, y = 0;  // rounded to 1/1000; never -0
};

inline StartPosition start_position(size_t index, size_t count) {
  const double kPi = std::acos(-1.0);
  const double radius = std::max(100.0, 50.0 * static_cast<double>(count) / (2 * kPi));
  const double angle =
      2 * kPi * static_cast<double>(index) / static_cast<double>(std::max<size_t>(count, 1));
  auto round = [](double value) {
    const double rounded = std::round(value * 1000.0) / 1000.0;
    return rounded == 0 ? 0.0 : rounded;
  };
  return {round(radius * std::cos(angle)), round(radius * std::sin(angle))};
}

}  // namespace kg
