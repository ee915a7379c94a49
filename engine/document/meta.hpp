// Meta: what a report says about itself: title, issuer, the year reported on, publication date,
// and the level of the reporting unit (which decides items such as legislation being n/a).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/span.hpp"

namespace fz {

enum class UnitLevel { province, city, county, township, department, unknown };

/// "省", "市", "县区", "乡镇", "部门", "未知"
std::string_view level_name(UnitLevel l);
std::optional<UnitLevel> parse_level(std::string_view name);

struct Date {
  int year = 0, month = 0, day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
};

struct Meta {
  std::string title;
  std::string issuer;
  std::optional<int> year;        ///< the year reported on (not the publication year)
  std::optional<Date> published;  ///< publication date shown on the page or the signing date
  UnitLevel level = UnitLevel::unknown;
  // Where each fact was read, in normalised-text offsets (for evidence); empty when not found.
  Span title_span, year_span, published_span;
};

}  // namespace fz
