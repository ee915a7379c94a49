// Boilerplate: web-page chrome around a report (breadcrumbs, the 索引号/发布机构/发文日期 header
// table, 扫一扫/打印本页/关闭窗口, document-site banners) dropped as `drop` runs, whole lines at a
// time, so no report sentence is ever cut. The header table's values are returned as fields
// first: the publication date lives there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/span.hpp"
#include "engine/text.hpp"

namespace fz {

/// A "label value" pair of a page header, e.g. {"发文日期", "2023年03月27日 16:43:09"}.
struct PageField {
  std::string label;
  std::string value;
  Span value_span;  ///< in the text given to strip_boilerplate
  friend bool operator==(const PageField&, const PageField&) = default;
};

struct Stripped {
  Text text;
  std::vector<PageField> fields;
};

/// Expects folded text (full-width "：", ASCII digits).
Stripped strip_boilerplate(std::string_view utf8_text);

}  // namespace fz
