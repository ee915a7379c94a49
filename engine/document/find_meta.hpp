// Finding a report's metadata (see meta.hpp for what each field means), and where each came from.
//  title      a short preamble line that names a 报告 (not "…报告如下") with site junk before it
//             cut off ("[权威发布]", "【栏目】", a site name and URL), or one broken over two lines
//             ("…人民政府" + "关于2023年…报告"), or a quoted 《…报告》; else the page field 标题
//  issuer     the page field 发文机关; the unit in the title (before 关于, a year, or 法治政府建设);
//             the unit of "现将X2023年度…报告如下"; the subject of the opening "2023年，[在…下，]X坚持…";
//             the signature. A unit named by its level only ("省政府", "自治区党委、政府", "市公安局")
//             is completed with the place the text names most (a province by its short name).
//  year       the title's; the opening's ("2023年，…", "现将2023年度…"); an achievements heading's;
//             the plans heading's − 1; the year most named in the preamble (never a range's end,
//             "2021—2025年"); else from the publication date (the year before, or the same year
//             for a November/December date), said as inferred.
//  published  page-header date fields; a date after the title or on a short preamble line; the
//             signing date in the last lines
//  level      the issuer's (省·自治区·直辖市 / 市·州 / 区·县·旗 / 镇·乡·街道 / 局·厅·委·办·部); else
//             the level a relative subject names ("区政府"); else how the text speaks of itself
//             (我镇, 本市, 全省 …, weighted).
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/input/boilerplate.hpp"

namespace fz {

/// `fields` carry decoded-text spans; needs d.sections (with roles) and d.paragraphs.
Meta find_meta(const Document& d, const std::vector<PageField>& fields);

}  // namespace fz
