// Text made safe for the exporters: XML escaping and UTF-8 repair. The exporters never see raw
// documents, but evidence text is a byte slice of one, so a wrong offset could still cut a
// character in half; one bad byte must not make a whole graph file unreadable.
#pragma once

#include <string>
#include <string_view>

namespace kg {

// `text` with every invalid UTF-8 sequence replaced by U+FFFD; valid UTF-8 is kept byte for byte.
std::string repair_utf8(std::string_view text);

// `text` as XML 1.0 character data, valid in both element content and double- or single-quoted
// attributes: & < > " ' become entities; tab, LF and CR become character references (so attribute
// value normalization cannot turn them into spaces); the other C0 controls and U+FFFE/U+FFFF,
// which XML 1.0 forbids outright, are dropped; invalid UTF-8 is repaired as by repair_utf8().
std::string xml_escape(std::string_view text);

}  // namespace kg
