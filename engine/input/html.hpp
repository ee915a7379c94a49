// Html: a web page (already decoded to UTF-8) → its visible text. Tags stripped, entities
// decoded, <script>/<style>/<head> dropped, block tags become line breaks so that the header
// table and paragraphs stay separate lines for the boilerplate and structure stages.
#pragma once

#include <string>
#include <string_view>

namespace fz {

std::string extract_html(std::string_view utf8_html);

}  // namespace fz
