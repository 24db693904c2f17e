// Parsing one JSON line into a JsonNode tree; see json_line.h. All simdjson calls use the
// error-code API, so nothing here throws on bad input.
#include "cases/json_line.h"

#include <utility>

#include <simdjson.h>

#include "cases/names.h"

namespace frist::cases {
namespace {

namespace od = simdjson::ondemand;

// simdjson's own messages are written for programmers ("The JSON document has an improper
// structure..."); an analyst fixing a case file needs to know what to look for.
std::string plain_words(simdjson::error_code code) {
  switch (code) {
    case simdjson::UTF8_ERROR:
      return "the line contains bytes that are not valid UTF-8";
    case simdjson::UNCLOSED_STRING:
      return "a text is missing its closing quote";
    case simdjson::UNESCAPED_CHARS:
      return "a text contains an unescaped control character such as a tab";
    case simdjson::STRING_ERROR:
      return "a text contains an invalid escape sequence";
    case simdjson::T_ATOM_ERROR:
      return "a word starting with `t` is not `true` (texts need quotes)";
    case simdjson::F_ATOM_ERROR:
      return "a word starting with `f` is not `false` (texts need quotes)";
    case simdjson::N_ATOM_ERROR:
      return "a word starting with `n` is not `null` (texts need quotes)";
    case simdjson::NUMBER_ERROR:
      return "a number is malformed or too large";
    case simdjson::DEPTH_ERROR:
      return "objects and lists are nested too deeply";
    case simdjson::EMPTY:
      return "the line holds no JSON value";
    case simdjson::TRAILING_CONTENT:
      return "there is more text after the end of the JSON value";
    case simdjson::CAPACITY:
      return "the line is too long";
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
      return "the structure is broken: look for a missing or extra comma, colon, brace or "
             "bracket, or a text without quotes";
    default:
      break;
  }
  std::string message = simdjson::error_message(code);
  if (!message.empty() && message.back() == '.') message.pop_back();
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

std::string not_json(simdjson::error_code code) {
  return "line is not valid JSON: " + plain_words(code);
}

// A raw token runs up to the next structural character, so it can carry trailing blanks.
std::string_view trim_right(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                           text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

simdjson::error_code build(od::value value, JsonNode& out);

simdjson::error_code build_object(od::object object, JsonNode& out) {
  out.kind = JsonKind::Object;
  for (auto member : object) {
    od::field field;
    std::string_view key;
    if (auto error = std::move(member).get(field)) return error;
    if (auto error = field.unescaped_key().get(key)) return error;
    out.keys.push_back(key);
    out.items.emplace_back();
    if (auto error = build(field.value(), out.items.back())) return error;
  }
  return simdjson::SUCCESS;
}

simdjson::error_code build_array(od::array array, JsonNode& out) {
  out.kind = JsonKind::Array;
  for (auto element : array) {
    od::value value;
    if (auto error = std::move(element).get(value)) return error;
    out.items.emplace_back();
    if (auto error = build(value, out.items.back())) return error;
  }
  return simdjson::SUCCESS;
}

simdjson::error_code build(od::value value, JsonNode& out) {
  od::json_type type;
  if (auto error = value.type().get(type)) return error;
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto error = value.get_object().get(object)) return error;
      return build_object(object, out);
    }
    case od::json_type::array: {
      od::array array;
      if (auto error = value.get_array().get(array)) return error;
      return build_array(array, out);
    }
    case od::json_type::number:
      out.kind = JsonKind::Number;
      out.text = trim_right(value.raw_json_token());
      return simdjson::SUCCESS;
    case od::json_type::string:
      out.kind = JsonKind::String;
      return value.get_string().get(out.text);
    case od::json_type::boolean:
      out.kind = JsonKind::Bool;
      return value.get_bool().get(out.boolean);
    case od::json_type::null:
      out.kind = JsonKind::Null;
      return value.is_null().error();
  }
  return simdjson::INCORRECT_TYPE;
}

// How a top-level value that is not an object is named.
std::string describe_type(od::json_type type) {
  switch (type) {
    case od::json_type::array:
      return "a list";
    case od::json_type::string:
      return "a text";
    case od::json_type::number:
      return "a number";
    case od::json_type::boolean:
      return "`true` or `false`";
    case od::json_type::null:
      return "`null`";
    case od::json_type::object:
      break;
  }
  return "an object";
}

}  // namespace

const JsonNode* JsonNode::find(std::string_view key) const {
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == key) return &items[i];
  }
  return nullptr;
}

struct JsonLineParser::Impl {
  simdjson::dom::parser validator;
  od::parser reader;
  std::string buffer;  // the line followed by simdjson's padding

  std::variant<JsonNode, std::string> parse(std::string_view line);
};

std::variant<JsonNode, std::string> JsonLineParser::Impl::parse(std::string_view line) {
  buffer.assign(line);
  buffer.append(simdjson::SIMDJSON_PADDING, '\0');
  if (auto error = validator.parse(buffer.data(), line.size(), false).error())
    return not_json(error);
  od::document document;
  od::json_type type;
  if (auto error = reader.iterate(buffer.data(), line.size(), buffer.size()).get(document))
    return not_json(error);
  if (auto error = document.type().get(type)) return not_json(error);
  if (type != od::json_type::object)
    return "line is not a JSON object: found " + describe_type(type);
  od::object object;
  JsonNode root;
  if (auto error = document.get_object().get(object)) return not_json(error);
  if (auto error = build_object(object, root)) return not_json(error);
  return root;
}

JsonLineParser::JsonLineParser() : impl_(std::make_unique<Impl>()) {}
JsonLineParser::~JsonLineParser() = default;
JsonLineParser::JsonLineParser(JsonLineParser&&) noexcept = default;
JsonLineParser& JsonLineParser::operator=(JsonLineParser&&) noexcept = default;

std::variant<JsonNode, std::string> JsonLineParser::parse(std::string_view line) {
  return impl_->parse(line);
}

std::string describe(const JsonNode& node) {
  switch (node.kind) {
    case JsonKind::Null:
      return "`null`";
    case JsonKind::Bool:
      return node.boolean ? "`true`" : "`false`";
    case JsonKind::Number:
      return "the number " + quoted(node.text);
    case JsonKind::String:
      return "a text";
    case JsonKind::Array:
      return "a list";
    case JsonKind::Object:
      return "an object";
  }
  return "a value";
}

}  // namespace frist::cases
