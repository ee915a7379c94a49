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
  /// The publication date in ORIGINAL bytes: also set when the date stood in page chrome that
  /// normalisation dropped (then published_span is empty).
  Span published_original;
  friend bool operator==(const Meta&, const Meta&) = default;
};

/// "2023年3月27日", "2023年03月27日 16:43", "2024-03-19", "2021/3/31" at the start of `s`.
std::optional<Date> parse_date(std::string_view s);

}  // namespace fz
