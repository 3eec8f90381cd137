// The pattern language of `kg query OUT match`: every construct, and every error with the column
// it points at.
#include "query/pattern_parser.h"

#include <string>

#include <catch2/catch.hpp>

namespace kg {
namespace {

Pattern parsed(const std::string& text) {
  PatternParse parse = parse_pattern(text);
  INFO(text << " -> column " << parse.error_column << ": " << parse.error);
  REQUIRE(parse.pattern.has_value());
  CHECK(parse.error.empty());
  return *parse.pattern;
}

struct Error {
  size_t column;
  std::string message;
};

Error error_of(const std::string& text) {
  PatternParse parse = parse_pattern(text);
  INFO(text);
  CHECK_FALSE(parse.pattern.has_value());
  return {parse.error_column, parse.error};
}

using Props = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("a typed node, a relation class and an anonymous node") {
  const Pattern p = parsed("(p:PERSON)-[:FUNDED]->(x)");
  REQUIRE(p.nodes.size() == 2);
  REQUIRE(p.rels.size() == 1);
  CHECK(p.nodes[0].var == "p");
  CHECK(p.nodes[0].type == EntityType::kPerson);
  CHECK(p.nodes[0].column == 1);
  CHECK(p.nodes[1].var == "x");
  CHECK_FALSE(p.nodes[1].type.has_value());
  CHECK(p.nodes[1].column == 23);
  CHECK(p.rels[0].var.empty());
  CHECK(p.rels[0].relations == std::vector<std::string>{"FUNDED"});
  CHECK(p.rels[0].direction == Direction::kOut);
  CHECK(p.rels[0].column == 11);
}

TEST_CASE("properties, a relationship variable and an undirected relationship") {
  const Pattern p = parsed("(a {name:'Smith'})-[r]-(b:ORG)");
  CHECK(p.nodes[0].props == Props{{"name", "Smith"}});
  CHECK(p.rels[0].var == "r");
  CHECK(p.rels[0].relations.empty());
  CHECK(p.rels[0].direction == Direction::kEither);
  CHECK(p.nodes[1].type == EntityType::kOrg);
}

TEST_CASE("two relationships, the second pointing left") {
  const Pattern p = parsed("(a:PERSON)-[:ROLE]->(o:ORG)<-[:CONTRACT]-(g)");
  REQUIRE(p.rels.size() == 2);
  CHECK(p.rels[0].direction == Direction::kOut);
  CHECK(p.rels[1].direction == Direction::kIn);
  CHECK(p.rels[1].relations == std::vector<std::string>{"CONTRACT"});
  CHECK(p.rels[1].column == 28);
  CHECK(p.nodes[2].var == "g");
}

TEST_CASE("alternative relation classes, with or without a colon after the bar") {
  CHECK(parsed("(x)-[:FUNDED|PAID]->(y:MONEY)").rels[0].relations ==
        std::vector<std::string>{"FUNDED", "PAID"});
  CHECK(parsed("(x)-[:FUNDED|:PAID|ROLE]->(y)").rels[0].relations ==
        std::vector<std::string>{"FUNDED", "PAID", "ROLE"});
}

TEST_CASE("an anonymous typed node and an unknown relation class are fine") {
  const Pattern p = parsed("(:ORG)-[r:BRIBED]->(p)");
  CHECK(p.nodes[0].var.empty());
  CHECK(p.nodes[0].type == EntityType::kOrg);
  CHECK(p.rels[0].relations == std::vector<std::string>{"BRIBED"});  // the matcher finds none
}

TEST_CASE("bare arrows") {
  const Pattern p = parsed("(a)-->(b)<--(c)--(d)");
  REQUIRE(p.rels.size() == 3);
  CHECK(p.rels[0].direction == Direction::kOut);
  CHECK(p.rels[1].direction == Direction::kIn);
  CHECK(p.rels[2].direction == Direction::kEither);
  CHECK(p.nodes[3].var == "d");
  CHECK(parsed("()-[]-()").rels[0].direction == Direction::kEither);
}

TEST_CASE("types, relation classes and property keys are read without case") {
  const Pattern p = parsed("(p:person {NAME:'Okafor', Type:'org'})-[:funded|Paid]->(m:Money)");
  CHECK(p.nodes[0].type == EntityType::kPerson);
  CHECK(p.nodes[0].props == Props{{"name", "Okafor"}, {"type", "ORG"}});
  CHECK(p.rels[0].relations == std::vector<std::string>{"FUNDED", "PAID"});
  CHECK(p.nodes[1].type == EntityType::kMoney);
}

TEST_CASE("every property key, both quotes and every escape") {
  const Pattern p = parsed(R"((a {name:"O'Rourke", id:'person:maria-okafor', type:"PERSON", )"
                           R"(label:'Say \"hi\" \\ it\'s'})-->(b))");
  CHECK(p.nodes[0].props == Props{{"name", "O'Rourke"},
                                  {"id", "person:maria-okafor"},
                                  {"type", "PERSON"},
                                  {"label", R"(Say "hi" \ it's)"}});
}

TEST_CASE("whitespace anywhere between tokens") {
  const Pattern p = parsed(
      "  ( p : PERSON { name : 'Maria Okafor' , id : 'x' } ) < - [ r : ROLE | MET ] - ( o )\n"
      "- - > ( z )  ");
  CHECK(p.nodes[0].var == "p");
  CHECK(p.nodes[0].props.size() == 2);
  CHECK(p.rels[0].var == "r");
  CHECK(p.rels[0].direction == Direction::kIn);
  CHECK(p.rels[0].relations == std::vector<std::string>{"ROLE", "MET"});
  CHECK(p.rels[1].direction == Direction::kOut);
  CHECK(p.nodes[2].var == "z");
}

TEST_CASE("a variable named twice is the same node") {
  const Pattern p = parsed("(a)-[:FUNDED]->(b)-[:FUNDED]->(a)");
  CHECK(p.nodes[0].var == "a");
  CHECK(p.nodes[2].var == "a");
}

TEST_CASE("strings keep any UTF-8 and columns count characters") {
  const Pattern p = parsed("(a {name:'José Núñez'})-->(b)");
  CHECK(p.nodes[0].props[0].second == "José Núñez");
  CHECK(p.nodes[1].column == 27);  // 'é', 'ú', 'ñ' are one column each
  const Error e = error_of("(a {name:'Núñez'})-->(b:PERSN)");
  CHECK(e.column == 25);
}

TEST_CASE("errors in nodes point at the character that broke them") {
  Error e = error_of("");
  CHECK(e.column == 1);
  CHECK(e.message == "expected '(' to open a node");
  e = error_of("p:PERSON)-->(x)");
  CHECK(e.column == 1);
  CHECK(e.message == "expected '(' to open a node");
  e = error_of("(p:PERSON-->(x)");
  CHECK(e.column == 10);
  CHECK(e.message == "expected ')' to close the node opened at column 1");
  e = error_of("(a)-->(b");
  CHECK(e.column == 9);
  CHECK(e.message == "expected ')' to close the node opened at column 7");
  e = error_of("(p:PERSN)-->(x)");
  CHECK(e.column == 4);
  CHECK(e.message ==
        "unknown entity type 'PERSN' (PERSON, ORG, GPE, LOC, NORP, EVENT, MONEY, PERCENT, DATE)");
  e = error_of("(p:)-->(x)");
  CHECK(e.column == 4);
  CHECK(e.message == "expected an entity type after ':'");
  e = error_of("(a)-->");
  CHECK(e.column == 7);
  CHECK(e.message == "expected '(' to open a node");
  e = error_of("(1a)-->(b)");
  CHECK(e.column == 2);
  CHECK(e.message == "expected ')' to close the node opened at column 1");
}

TEST_CASE("errors in properties and strings") {
  Error e = error_of("(a {name:'Smith)-->(b)");
  CHECK(e.column == 10);
  CHECK(e.message == "unterminated string");
  e = error_of("(a {name:'Smith\\')-->(b)");
  CHECK(e.column == 10);
  CHECK(e.message == "unterminated string");
  e = error_of("(a {name:'a\\");
  CHECK(e.column == 10);
  CHECK(e.message == "unterminated string");
  e = error_of("(a {name:'Smith\\n'})-->(b)");
  CHECK(e.column == 16);
  CHECK(e.message == "unknown escape '\\n' (write \\', \\\" or \\\\)");
  e = error_of("(a {age:'3'})-->(b)");
  CHECK(e.column == 5);
  CHECK(e.message == "unknown property 'age' (name, id, type, label)");
  e = error_of("(a {})-->(b)");
  CHECK(e.column == 5);
  CHECK(e.message == "expected a property name (name, id, type, label)");
  e = error_of("(a {name 'Smith'})-->(b)");
  CHECK(e.column == 10);
  CHECK(e.message == "expected ':' after the property name");
  e = error_of("(a {name: Smith})-->(b)");
  CHECK(e.column == 11);
  CHECK(e.message == "expected a quoted string ('...' or \"...\")");
  e = error_of("(a {name:'Smith' id:'x'})-->(b)");
  CHECK(e.column == 18);
  CHECK(e.message == "expected ',' or '}' to close the properties opened at column 4");
  e = error_of("(a {type:'PERSN'})-->(b)");
  CHECK(e.column == 10);
  CHECK(e.message ==
        "unknown entity type 'PERSN' (PERSON, ORG, GPE, LOC, NORP, EVENT, MONEY, PERCENT, DATE)");
}

TEST_CASE("errors in relationships") {
  Error e = error_of("(a)-[:FUNDED->(b)");
  CHECK(e.column == 13);
  CHECK(e.message == "expected ']' to close the relationship opened at column 5");
  e = error_of("(a)-[:]->(b)");
  CHECK(e.column == 7);
  CHECK(e.message == "expected a relation class after ':'");
  e = error_of("(a)-[:FUNDED|]->(b)");
  CHECK(e.column == 14);
  CHECK(e.message == "expected a relation class after '|'");
  e = error_of("(a)-[:FUNDED]>(b)");
  CHECK(e.column == 14);
  CHECK(e.message == "expected '-' after ']'");
  e = error_of("(a)-(b)");
  CHECK(e.column == 5);
  CHECK(e.message == "expected '[' or '-' after '-'");
  e = error_of("(a)<[:ROLE]-(b)");
  CHECK(e.column == 5);
  CHECK(e.message == "expected '-' after '<'");
  e = error_of("(a)<-[:ROLE]->(b)");
  CHECK(e.column == 14);
  CHECK(
      e.message ==
      "a relationship points one way ('<-[...]-' or '-[...]->') or neither ('-[...]-'), not both");
  e = error_of("(a)-[*1..2]->(b)");
  CHECK(e.column == 6);
  CHECK(e.message == "variable-length relationships are not supported");
  e = error_of("(a)-[r {weight:'2'}]->(b)");
  CHECK(e.column == 8);
  CHECK(e.message == "properties on relationships are not supported");
}

TEST_CASE("errors in the shape of the whole pattern") {
  Error e = error_of("(a)-->(b)-->(c)-->(d)-->(e)");
  CHECK(e.column == 22);
  CHECK(e.message == "a pattern has at most 3 relationships");
  e = error_of("(p:PERSON)");
  CHECK(e.column == 11);
  CHECK(e.message == "a pattern needs at least one relationship, e.g. (a)-->(b)");
  e = error_of("(a)-->(b) (c)");
  CHECK(e.column == 11);
  CHECK(
      e.message ==
      "expected a relationship ('-[...]->', '<-[...]-', '-[...]-', '-->', '<--', '--') or the end "
      "of the pattern");
}

TEST_CASE("errors in variables") {
  Error e = error_of("(a)-[a]->(b)");
  CHECK(e.column == 6);
  CHECK(e.message == "'a' names both a node and a relationship");
  e = error_of("(a)-[r]->(r)");
  CHECK(e.column == 11);
  CHECK(e.message == "'r' names both a node and a relationship");
  e = error_of("(a)-[r]->(b)-[r]->(c)");
  CHECK(e.column == 15);
  CHECK(e.message == "relationship variable 'r' is used twice");
}

}  // namespace
}  // namespace kg
