// MoneyParser on MONEY mentions as news writes them; values must be exact, not merely close.
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "extract/money.h"

namespace kg {
namespace {

const MoneyParser& parser() {
  static const MoneyParser* const kParser = [] {
    Result<MoneyParser> loaded = MoneyParser::load(KG_RULES_DIR);
    REQUIRE(loaded.ok());
    return new MoneyParser(std::move(*loaded));
  }();
  return *kParser;
}

struct Case {
  const char* mention;
  double value;
  const char* currency;
};

TEST_CASE("money amounts normalize exactly", "[money]") {
  const Case kCases[] = {
      {"$450 million", 4.5e8, "USD"},
      {"$1.5bn", 1.5e9, "USD"},
      {"US$2.3 million", 2.3e6, "USD"},
      {"€5 billion", 5e9, "EUR"},
      {"€5bn", 5e9, "EUR"},
      {"£20m", 2e7, "GBP"},
      {"half a trillion dollars", 5e11, "USD"},
      {"a billion dollars", 1e9, "USD"},
      {"$5,000", 5e3, "USD"},
      {"10 cents", 0.1, "USD"},
      {"$16.6 billion", 1.66e10, "USD"},
      {"$100", 100, "USD"},
      {"5 million euros", 5e6, "EUR"},
      {"1.2 trillion yen", 1.2e12, "JPY"},
      {"$3 to $4 million", 3e6, "USD"},
      {"between $4 billion and $6 billion", 4e9, "USD"},
      {"about $5 million", 5e6, "USD"},
      {"more than $70,000", 7e4, "USD"},
      {"C$100 million", 1e8, "CAD"},
      {"100 million Canadian dollars", 1e8, "CAD"},
      {"HK$10.05 billion", 1.005e10, "HKD"},
      {"$2.80 trillion", 2.8e12, "USD"},
      {"$19.94", 19.94, "USD"},
      {"$50k", 5e4, "USD"},
      {"twenty five million dollars", 2.5e7, "USD"},
      {"two billion marks", 2e9, "DEM"},
      {"16.09 yen", 16.09, "JPY"},
      {"8 1/2 cents", 0.085, "USD"},
      {"8 3/4", 8.75, ""},
      {"between two cents and four cents", 0.02, "USD"},
      {"5.8 million Irish punts", 5.8e6, "IEP"},
      {"a dollar", 1, "USD"},
      {"$0.5", 0.5, "USD"},
      {"an estimated $4 billion", 4e9, "USD"},
      {"an additional $15 million", 1.5e7, "USD"},
      {"$5 a share", 5, "USD"},
      {"billion-dollar", 1e9, "USD"},
      {"50 billion-yen", 5e10, "JPY"},
  };
  for (const Case& c : kCases) {
    INFO(c.mention);
    std::optional<MoneyAmount> amount = parser().parse(c.mention);
    REQUIRE(amount.has_value());
    REQUIRE(amount->value.has_value());
    CHECK(*amount->value == c.value);  // exact: the parser computes in decimal
    CHECK(amount->currency == c.currency);
  }
}

TEST_CASE("vague amounts have a currency but no value", "[money]") {
  for (const char* mention : {"hundreds of millions of dollars", "millions of dollars",
                              "tens of billions of yuan", "several billion dollars"}) {
    INFO(mention);
    std::optional<MoneyAmount> amount = parser().parse(mention);
    REQUIRE(amount.has_value());
    CHECK_FALSE(amount->value.has_value());
    CHECK(amount->currency.size() == 3);
  }
  std::optional<MoneyAmount> millions = parser().parse("millions");
  REQUIRE(millions.has_value());
  CHECK_FALSE(millions->value.has_value());
  CHECK(millions->currency.empty());
}

TEST_CASE("an amount without a currency keeps its value", "[money]") {
  std::optional<MoneyAmount> amount = parser().parse("457.7 million");
  REQUIRE(amount.has_value());
  CHECK(amount->value == 4.577e8);
  CHECK(amount->currency.empty());
}

TEST_CASE("text that is no amount is not money", "[money]") {
  CHECK_FALSE(parser().parse("funds").has_value());
  CHECK_FALSE(parser().parse("").has_value());
  CHECK_FALSE(parser().parse("the random walk").has_value());  // "rand" only as a whole word
}

TEST_CASE("a broken lexicon line is reported with file and line", "[money]") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "kg_money_test_broken";
  std::filesystem::create_directories(dir / "lexicon");
  {
    std::ofstream(dir / "lexicon" / "currencies.tsv") << "# symbols\n$\tUSD\ncents\tUSD\tabout\n";
    std::ofstream(dir / "lexicon" / "numbers.tsv") << "million\t1e6\tscale\n";
  }
  Result<MoneyParser> bad = MoneyParser::load(dir.string());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("currencies.tsv:3: bad factor 'about'") != std::string::npos);

  Result<MoneyParser> missing = MoneyParser::load((dir / "nowhere").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("currencies.tsv") != std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg
