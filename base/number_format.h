// Numbers as the exporters write them: independent of the C locale (no "1,5"), with no exponent
// for whole amounts ("100000000", not "1e+08"), and the same text on every run.
#pragma once

#include <string>

namespace kg {

// A whole number below 2^53 as an integer ("100000000"), else the shortest text that reads back
// as the same double ("0.8", "1234.56"). NaN and infinities, which no format kg writes can hold,
// become "0".
std::string format_number(double value);

// `value` with exactly `decimals` digits after the point ("14.000"); NaN and infinities become 0.
std::string format_fixed(double value, int decimals);

}  // namespace kg
