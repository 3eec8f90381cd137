#include "extract/money.h"

#include <array>

#include "extract/lexicon.h"

namespace kg {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t begin = 0;
  while (true) {
    size_t tab = line.find('\t', begin);
    fields.push_back(line.substr(begin, tab == std::string_view::npos ? tab : tab - begin));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return fields;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

}  // namespace

std::optional<MoneyParser::Decimal> MoneyParser::parse_decimal(std::string_view text) {
  Decimal d;
  bool any_digit = false, after_point = false;
  size_t i = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (is_digit(c)) {
      any_digit = true;
      if (d.mantissa > 99999999999999999LL) {  // keep 17 significant digits, drop the rest
        if (!after_point) ++d.exponent;
        continue;
      }
      d.mantissa = d.mantissa * 10 + (c - '0');
      if (after_point) --d.exponent;
    } else if (c == ',' && !after_point) {
      continue;
    } else if (c == '.' && !after_point) {
      after_point = true;
    } else {
      break;
    }
  }
  if (!any_digit) return std::nullopt;
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
    int sign = 1, exponent = 0;
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) sign = text[i++] == '-' ? -1 : 1;
    if (i == text.size()) return std::nullopt;
    for (; i < text.size(); ++i) {
      if (!is_digit(text[i]) || exponent > 100) return std::nullopt;
      exponent = exponent * 10 + (text[i] - '0');
    }
    d.exponent += sign * exponent;
  }
  return d;
}

MoneyParser::Decimal MoneyParser::multiply(Decimal a, Decimal b) {
  for (Decimal* d : {&a, &b}) {
    while (d->mantissa != 0 && d->mantissa % 10 == 0) {
      d->mantissa /= 10;
      ++d->exponent;
    }
  }
  long long product = 0;
  while (__builtin_mul_overflow(a.mantissa, b.mantissa, &product)) {
    Decimal* larger = (a.mantissa < 0 ? -a.mantissa : a.mantissa) >
                              (b.mantissa < 0 ? -b.mantissa : b.mantissa)
                          ? &a
                          : &b;
    larger->mantissa /= 10;  // beyond 18 digits: give up the last ones
    ++larger->exponent;
  }
  return {product, a.exponent + b.exponent};
}

MoneyParser::Decimal MoneyParser::add(Decimal a, Decimal b) {
  // Only ever adds small number words ("twenty" + "five"), so aligning cannot overflow.
  while (a.exponent > b.exponent) {
    a.mantissa *= 10;
    --a.exponent;
  }
  while (b.exponent > a.exponent) {
    b.mantissa *= 10;
    --b.exponent;
  }
  return {a.mantissa + b.mantissa, a.exponent};
}

double MoneyParser::to_double(Decimal d) {
  // Powers of ten up to 1e22 are exact doubles, so one multiply or divide rounds once.
  static const std::array<double, 23> kPow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  double value = static_cast<double>(d.mantissa);
  int e = d.exponent;
  while (e > 22) {
    value *= 1e22;
    e -= 22;
  }
  while (e < -22) {
    value /= 1e22;
    e += 22;
  }
  return e >= 0 ? value * kPow10[static_cast<size_t>(e)] : value / kPow10[static_cast<size_t>(-e)];
}

Result<MoneyParser> MoneyParser::load(const std::string& rules_dir) {
  MoneyParser parser;
  const std::string currencies = rules_dir + "/lexicon/currencies.tsv";
  Result<std::vector<RuleLine>> lines = read_rule_lines(currencies);
  if (!lines.ok()) return lines.status();
  for (const RuleLine& line : *lines) {
    const std::string where = currencies + ":" + std::to_string(line.number) + ": ";
    std::vector<std::string_view> f = split_tabs(line.text);
    if (f.size() < 2 || f.size() > 3 || f[0].empty() || f[1].size() != 3) {
      return Status::BadRule(where + "want SURFACE<TAB>ISO-CODE[<TAB>FACTOR]");
    }
    Currency currency{std::string(f[1]), {1, 0}};
    if (f.size() == 3) {
      std::optional<Decimal> factor = parse_decimal(f[2]);
      if (!factor) return Status::BadRule(where + "bad factor '" + std::string(f[2]) + "'");
      currency.factor = *factor;
    }
    parser.currencies_[to_lower(f[0])] = currency;
  }
  const std::string numbers = rules_dir + "/lexicon/numbers.tsv";
  lines = read_rule_lines(numbers);
  if (!lines.ok()) return lines.status();
  for (const RuleLine& line : *lines) {
    const std::string where = numbers + ":" + std::to_string(line.number) + ": ";
    std::vector<std::string_view> f = split_tabs(line.text);
    if (f.size() != 3 || f[0].empty()) {
      return Status::BadRule(where + "want WORD<TAB>VALUE<TAB>number|scale|vague");
    }
    std::optional<Decimal> value = parse_decimal(f[1]);
    if (!value) return Status::BadRule(where + "bad value '" + std::string(f[1]) + "'");
    Word word{*value, WordKind::kNumber};
    if (f[2] == "scale") {
      word.kind = WordKind::kScale;
    } else if (f[2] == "vague") {
      word.kind = WordKind::kVague;
    } else if (f[2] != "number") {
      return Status::BadRule(where + "unknown kind '" + std::string(f[2]) + "'");
    }
    parser.words_[to_lower(f[0])] = word;
  }
  return parser;
}

const MoneyParser::Currency* MoneyParser::match_currency(std::string_view lower_text, size_t pos,
                                                         size_t* length) const {
  const Currency* best = nullptr;
  // Surfaces are short; try every length from the longest plausible one down.
  for (size_t len = std::min<size_t>(32, lower_text.size() - pos); len > 0; --len) {
    auto it = currencies_.find(lower_text.substr(pos, len));
    if (it == currencies_.end()) continue;
    const bool ends_in_letter = is_letter(lower_text[pos + len - 1]);
    if (ends_in_letter && pos + len < lower_text.size() && is_letter(lower_text[pos + len])) {
      continue;  // "rand" inside "random"
    }
    best = &it->second;
    *length = len;
    break;
  }
  return best;
}

std::optional<MoneyAmount> MoneyParser::parse(std::string_view mention) const {
  const std::string text = to_lower(mention);
  struct Group {
    std::optional<Decimal> number, scale;
    bool vague = false;
    bool empty() const { return !number && !scale && !vague; }
  };
  std::vector<Group> groups(1);
  const Currency* currency = nullptr;
  auto close_group = [&groups] {
    if (!groups.back().empty()) groups.emplace_back();
  };
  auto add_number = [](Group* g, Decimal n) {
    if (!g->number) {
      g->number = n;
    } else if (g->number->exponent == 0 && g->number->mantissa >= 20 &&
               g->number->mantissa < 100 && g->number->mantissa % 10 == 0 && n.exponent == 0 &&
               n.mantissa > 0 && n.mantissa < 10) {
      g->number = add(*g->number, n);  // "twenty five"
    } else {
      g->number = multiply(*g->number, n);  // "half a", "two dozen"
    }
  };

  size_t pos = 0;
  while (pos < text.size()) {
    size_t length = 0;
    if (const Currency* c = match_currency(text, pos, &length)) {
      if (currency == nullptr) currency = c;
      close_group();
      pos += length;
      continue;
    }
    const char c = text[pos];
    if (is_digit(c)) {
      size_t end = pos;
      while (end < text.size() &&
             (is_digit(text[end]) ||
              ((text[end] == ',' || text[end] == '.') && end + 1 < text.size() &&
               is_digit(text[end + 1])))) {
        ++end;
      }
      Group& g = groups.back();
      if (g.scale) close_group();  // "$5 million 3" is two amounts
      std::optional<Decimal> n = parse_decimal(text.substr(pos, end - pos));
      size_t slash_end = end + 1;
      while (slash_end < text.size() && is_digit(text[slash_end])) ++slash_end;
      if (n && end + 1 < slash_end && text[end] == '/') {
        // "8 1/2": a fraction adds to the whole number before it.
        std::optional<Decimal> den = parse_decimal(text.substr(end + 1, slash_end - end - 1));
        const Group& whole = groups.back();
        const bool small = n->exponent == 0 && n->mantissa < 1000000 &&
                           (!whole.number || (whole.number->exponent >= -6 && whole.number->exponent <= 0 &&
                                              whole.number->mantissa < 1000000));
        if (den && den->mantissa != 0 && den->exponent == 0 && small) {
          const long long kScale = 1000000000000LL;  // 12 decimals: exact for halves, eighths...
          Decimal part{n->mantissa * kScale / den->mantissa, -12};
          Group& current = groups.back();
          current.number = current.number ? add(*current.number, part) : part;
        }
        pos = slash_end;
        continue;
      }
      if (n) add_number(&groups.back(), *n);
      pos = end;
      continue;
    }
    if (is_letter(c)) {
      size_t end = pos;
      while (end < text.size() && is_letter(text[end])) ++end;
      std::string_view word = std::string_view(text).substr(pos, end - pos);
      pos = end;
      auto it = words_.find(word);
      Group& g = groups.back();
      if (it == words_.end()) {
        // "an estimated $4 billion", "an additional $5": an article before a hedge, no amount.
        if (currency == nullptr && g.number && !g.scale && !g.vague) {
          g = Group{};
          continue;
        }
        if (!(word == "of" && g.vague)) close_group();  // "hundreds of millions"
        continue;
      }
      switch (it->second.kind) {
        case WordKind::kNumber:
          if (g.scale) close_group();
          add_number(&groups.back(), it->second.value);
          break;
        case WordKind::kScale:
          g.scale = g.scale ? multiply(*g.scale, it->second.value) : it->second.value;
          break;
        case WordKind::kVague:
          g.vague = true;
          break;
      }
      continue;
    }
    ++pos;  // spaces, hyphens, brackets and other bytes separate tokens
  }
  if (groups.back().empty()) groups.pop_back();
  if (groups.empty() && currency == nullptr) return std::nullopt;

  MoneyAmount amount;
  if (currency != nullptr) amount.currency = currency->code;
  if (groups.empty()) return amount;
  bool vague = false;
  for (const Group& g : groups) vague = vague || g.vague;
  if (vague) return amount;

  Group first = groups.front();
  if (!first.scale) {
    for (size_t i = 1; i < groups.size() && !first.scale; ++i) first.scale = groups[i].scale;
  }
  Decimal value = first.number ? *first.number : Decimal{1, 0};
  if (first.scale) value = multiply(value, *first.scale);
  if (currency != nullptr) value = multiply(value, currency->factor);
  amount.value = to_double(value);
  return amount;
}

}  // namespace kg
