#include "extract/contribution_reader.h"

#include <string>

namespace kg {
namespace {

using rapidjson::Value;

// Field readers: each returns false and says why in *error when the field is missing (and
// required) or of the wrong kind.
class Fields {
 public:
  Fields(const Value& object, std::string where, std::string* error)
      : object_(object), where_(std::move(where)), error_(error) {}

  bool string(const char* key, std::string* out, bool required = true) {
    const Value* value = find(key, required);
    if (value == nullptr) return !required;
    if (!value->IsString()) return fail(key, "a string");
    out->assign(value->GetString(), value->GetStringLength());
    return true;
  }
  bool uint(const char* key, uint32_t* out) {
    const Value* value = find(key, true);
    if (value == nullptr) return false;
    if (!value->IsUint()) return fail(key, "a whole number >= 0");
    *out = value->GetUint();
    return true;
  }
  bool number(const char* key, double* out) {
    const Value* value = find(key, true);
    if (value == nullptr) return false;
    if (!value->IsNumber()) return fail(key, "a number");
    *out = value->GetDouble();
    return true;
  }
  bool strings(const char* key, std::vector<std::string>* out) {
    const Value* value = find(key, false);
    if (value == nullptr) return true;
    if (!value->IsArray()) return fail(key, "an array of strings");
    for (const Value& item : value->GetArray()) {
      if (!item.IsString()) return fail(key, "an array of strings");
      out->emplace_back(item.GetString(), item.GetStringLength());
    }
    return true;
  }
  // The object under `key`, or nullptr (an error when required).
  const Value* object(const char* key, bool required) {
    const Value* value = find(key, required);
    if (value != nullptr && !value->IsObject()) {
      fail(key, "an object");
      return nullptr;
    }
    return value;
  }
  const Value* find(const char* key, bool required) {
    auto member = object_.FindMember(key);
    if (member != object_.MemberEnd()) return &member->value;
    if (required) *error_ = where_ + "has no \"" + key + "\"";
    return nullptr;
  }
  bool fail(const char* key, const char* kind) {
    *error_ = where_ + "\"" + key + "\" is not " + kind;
    return false;
  }

 private:
  const Value& object_;
  std::string where_;
  std::string* error_;
};

bool read_entity(const Value& node, const std::string& where, Entity* entity, std::string* error) {
  if (!node.IsObject()) {
    *error = where + "is not an object";
    return false;
  }
  Fields fields(node, where, error);
  std::string type;
  if (!fields.string("id", &entity->id) || !fields.string("label", &entity->label) ||
      !fields.string("type", &type) || !fields.strings("aliases", &entity->aliases) ||
      !fields.strings("titles", &entity->titles) ||
      !fields.string("currency", &entity->currency, false)) {
    return false;
  }
  std::optional<EntityType> parsed = parse_type(type);
  if (!parsed) {
    *error = where + "has the unknown type \"" + type + "\"";
    return false;
  }
  entity->type = *parsed;
  const Value* mentions = fields.find("mentions", true);
  if (mentions == nullptr) return false;
  if (!mentions->IsInt()) return fields.fail("mentions", "a whole number");
  entity->mentions = mentions->GetInt();
  if (fields.find("value", false) != nullptr) {
    double value = 0;
    if (!fields.number("value", &value)) return false;
    entity->value = value;
  }
  if (const Value* guessed = fields.find("type_guessed", false)) {
    if (!guessed->IsBool()) return fields.fail("type_guessed", "true or false");
    entity->type_guessed = guessed->GetBool();
  }
  return true;
}

bool read_argument_id(Fields& fields, const char* key, bool required, std::string* id,
                      std::string* text, const std::string& where, std::string* error) {
  const Value* argument = fields.object(key, required);
  if (argument == nullptr) return !required && error->empty();
  Fields inner(*argument, where + "\"" + key + "\" ", error);
  return inner.string("id", id) && (text == nullptr || inner.string("text", text));
}

bool read_triple(const Value& value, const std::string& where, TripleFact* triple,
                 std::string* error) {
  if (!value.IsObject()) {
    *error = where + "is not an object";
    return false;
  }
  Fields fields(value, where, error);
  return read_argument_id(fields, "subject", true, &triple->subject, nullptr, where, error) &&
         read_argument_id(fields, "object", true, &triple->object, &triple->object_text, where,
                          error) &&
         read_argument_id(fields, "amount", false, &triple->amount, nullptr, where, error) &&
         fields.string("relation", &triple->relation) &&
         fields.string("predicate", &triple->predicate) &&
         fields.string("title", &triple->title, false) &&
         fields.string("field", &triple->field, false) && fields.uint("start", &triple->start) &&
         fields.uint("end", &triple->end) && fields.string("text", &triple->text) &&
         fields.string("rule", &triple->rule) && fields.number("confidence", &triple->confidence) &&
         fields.string("hedge", &triple->hedge, false) &&
         fields.string("voice", &triple->voice, false);
}

}  // namespace

Status read_contribution(const Value& line, DocumentContribution* contribution) {
  if (!line.IsObject()) return Status::InvalidInput("not a JSON object");
  std::string error;
  Fields fields(line, "", &error);
  if (!fields.string("id", &contribution->doc_id)) return Status::InvalidInput(error);
  const std::string doc = "document \"" + contribution->doc_id + "\": ";
  for (const char* key : {"nodes", "triples"}) {
    auto member = line.FindMember(key);
    if (member == line.MemberEnd() || !member->value.IsArray()) {
      return Status::InvalidInput(doc + "no \"" + key +
                                  "\" array (is this the output of a current kg extract?)");
    }
  }
  const auto nodes = line["nodes"].GetArray();
  contribution->entities.resize(nodes.Size());
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    const std::string where = doc + "nodes[" + std::to_string(i) + "] ";
    if (!read_entity(nodes[i], where, &contribution->entities[i], &error)) {
      return Status::InvalidInput(error);
    }
  }
  const auto triples = line["triples"].GetArray();
  contribution->triples.resize(triples.Size());
  for (rapidjson::SizeType i = 0; i < triples.Size(); ++i) {
    const std::string where = doc + "triples[" + std::to_string(i) + "] ";
    if (!read_triple(triples[i], where, &contribution->triples[i], &error)) {
      return Status::InvalidInput(error);
    }
  }
  return Status::OK();
}

}  // namespace kg
