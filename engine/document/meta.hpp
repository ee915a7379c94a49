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

/// Where a fact about the report was read (outline shows it; a guess is said to be one).
enum class MetaSource : unsigned char {
  none,
  title,        ///< the title line(s)
  page_field,   ///< the web page's header fields (发文机关, 发布日期 …)
  opening,      ///< the opening sentence ("2023年，某镇……", "现将某局2023年度……报告如下")
  heading,      ///< a part's heading ("一、2023年工作情况", "三、2024年工作安排" − 1)
  preamble,     ///< the year most named in the preamble
  signature,    ///< the closing signature (unit, date)
  published,    ///< inferred from the publication date (reports appear early the next year)
  text,         ///< the unit's name and self-references in the text ("我镇", "下太镇")
  option,       ///< set on the command line (--year)
};

/// "title", "page field", … (outline --format json) and 标题, 页面字段, … (outline text).
std::string_view source_name(MetaSource s);
std::string_view source_label(MetaSource s);

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
  MetaSource title_from = MetaSource::none, issuer_from = MetaSource::none,
             year_from = MetaSource::none, published_from = MetaSource::none,
             level_from = MetaSource::none;
  friend bool operator==(const Meta&, const Meta&) = default;
};

/// "2023年3月27日", "2023年03月27日 16:43", "2024-03-19", "2021/3/31" at the start of `s`.
std::optional<Date> parse_date(std::string_view s);

}  // namespace fz
