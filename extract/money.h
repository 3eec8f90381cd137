// MoneyParser: the value and currency of a MONEY mention ("$450 million" -> 450000000 USD).
// The words it knows live in rules/lexicon/currencies.tsv and rules/lexicon/numbers.tsv.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kg {

struct MoneyAmount {
  std::optional<double> value;  // empty for vague amounts ("millions of dollars")
  std::string currency;         // ISO 4217 ("USD"); empty when the mention names none
};

class MoneyParser {
 public:
  // Loads `rules_dir`/lexicon/currencies.tsv (SURFACE<TAB>ISO[<TAB>FACTOR], "cents<TAB>USD<TAB>0.01")
  // and `rules_dir`/lexicon/numbers.tsv (WORD<TAB>VALUE<TAB>KIND, KIND number, scale or vague).
  // Surfaces match case-insensitively; errors name FILE:LINE.
  static Result<MoneyParser> load(const std::string& rules_dir);

  // Normalizes a MONEY mention's text. The value is the first amount: for a range ("$3 to $4
  // million", "between $4 billion and $6 billion") the lower bound, borrowing the scale word of
  // the upper one when it has none. Values are computed in decimal, so "$16.6 billion" is exactly
  // 16600000000. Returns nullopt when the text has neither a number nor a currency.
  std::optional<MoneyAmount> parse(std::string_view mention) const;

 private:
  // An exact decimal: mantissa * 10^exponent.
  struct Decimal {
    long long mantissa = 0;
    int exponent = 0;
  };
  struct Currency {
    std::string code;
    Decimal factor{1, 0};
  };
  enum class WordKind { kNumber, kScale, kVague };
  struct Word {
    Decimal value;
    WordKind kind = WordKind::kNumber;
  };

  static std::optional<Decimal> parse_decimal(std::string_view digits);
  static Decimal multiply(Decimal a, Decimal b);
  static Decimal add(Decimal a, Decimal b);
  static double to_double(Decimal d);

  // Longest currency surface starting at text[pos], ending at a word boundary.
  const Currency* match_currency(std::string_view lower, size_t pos, size_t* length) const;

  std::map<std::string, Currency, std::less<>> currencies_;  // lower-case surface -> currency
  std::map<std::string, Word, std::less<>> words_;           // lower-case word -> meaning
};

}  // namespace kg
