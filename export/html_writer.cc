#include "export/html_writer.h"

#include <algorithm>
#include <cctype>
#include <streambuf>
#include <vector>

#include "base/whole_file.h"
#include "export/writers.h"

namespace kg {
namespace {

constexpr const char* kStyleSlot = "/*kg:style*/";
constexpr const char* kVendorSlot = "/*kg:vendor*/";
constexpr const char* kGraphSlot = "/*kg:graph*/";
constexpr const char* kViewSlot = "/*kg:view*/";

bool contains_ignoring_case(const std::string& text, const std::string& lower_needle) {
  auto equal = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
  };
  return std::search(text.begin(), text.end(), lower_needle.begin(), lower_needle.end(), equal) !=
         text.end();
}

// Forwards everything to `target`, writing each '<' as \u003c (only JSON strings hold '<').
class ScriptSafeBuffer : public std::streambuf {
 public:
  explicit ScriptSafeBuffer(std::ostream& target) : target_(target) {}

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    xsputn(&c, 1);
    return target_ ? ch : traits_type::eof();
  }
  std::streamsize xsputn(const char* text, std::streamsize size) override {
    const char* end = text + size;
    for (const char* start = text; start < end;) {
      const char* angle = std::find(start, end, '<');
      target_.write(start, angle - start);
      if (angle == end) break;
      target_ << "\\u003c";
      start = angle + 1;
    }
    return target_ ? size : 0;
  }

 private:
  std::ostream& target_;
};

}  // namespace

Result<WebAssets> WebAssets::load(const std::string& dir) {
  WebAssets assets;
  const std::pair<const char*, std::string*> files[] = {{"page.html", &assets.page},
                                                        {"view.css", &assets.style},
                                                        {"vendor.js", &assets.vendor},
                                                        {"view.js", &assets.view}};
  for (const auto& [name, text] : files) {
    const std::string path = dir + "/" + name;
    if (Status status = read_whole_file(path, text); !status.ok()) {
      if (std::string(name) != "vendor.js") return status;
      return Status::IoError(path +
                             " is missing: it is built from npm by scripts/vendor_web.sh "
                             "(scripts/setup.sh runs it when npm is installed)");
    }
  }
  for (const char* slot : {kStyleSlot, kVendorSlot, kGraphSlot, kViewSlot}) {
    if (assets.page.find(slot) == std::string::npos) {
      return Status::InvalidInput(dir + "/page.html: the slot " + std::string(slot) +
                                  " is missing");
    }
  }
  if (contains_ignoring_case(assets.style, "</style")) {
    return Status::InvalidInput(dir + "/view.css contains </style, which would end the element");
  }
  for (const auto& [name, text] :
       {std::pair{"vendor.js", &assets.vendor}, {"view.js", &assets.view}}) {
    if (contains_ignoring_case(*text, "</script")) {
      return Status::InvalidInput(dir + "/" + name +
                                  " contains </script, which would end the element");
    }
  }
  return assets;
}

void write_graph_html(const Graph& graph, const WebAssets& assets, std::ostream& out) {
  const std::string& page = assets.page;
  // Slots in page order; each is replaced by its text (the graph is written, not held).
  std::vector<std::pair<size_t, const char*>> slots;
  for (const char* slot : {kStyleSlot, kVendorSlot, kGraphSlot, kViewSlot}) {
    slots.emplace_back(page.find(slot), slot);
  }
  std::sort(slots.begin(), slots.end());
  size_t copied = 0;
  for (const auto& [position, slot] : slots) {
    out.write(page.data() + copied, static_cast<std::streamsize>(position - copied));
    const std::string name = slot;
    if (name == kStyleSlot) out << assets.style;
    if (name == kVendorSlot) out << assets.vendor;
    if (name == kViewSlot) out << assets.view;
    if (name == kGraphSlot) {
      ScriptSafeBuffer safe(out);
      std::ostream json(&safe);
      write_node_link_json(graph, json);
    }
    copied = position + name.size();
  }
  out.write(page.data() + copied, static_cast<std::streamsize>(page.size() - copied));
}

}  // namespace kg
