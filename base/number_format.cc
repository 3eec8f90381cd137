#include "base/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace kg {

std::string format_number(double value) {
  if (!std::isfinite(value)) return "0";
  constexpr double kExact = 9007199254740992.0;  // 2^53: every integer below it is exact
  if (value == std::trunc(value) && std::fabs(value) < kExact) {
    return std::to_string(static_cast<int64_t>(value));
  }
  char buf[64];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, result.ptr);
}

std::string format_fixed(double value, int decimals) {
  if (!std::isfinite(value)) value = 0;
  char buf[400];  // fixed notation of a large double needs over 300 digits
  const auto result =
      std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
  return std::string(buf, result.ptr);
}

}  // namespace kg
