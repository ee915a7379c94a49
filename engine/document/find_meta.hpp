// Finding a report's metadata (see meta.hpp for what each field means and why).
//  title      first short preamble line that names a 报告 (not "…报告如下"), or a line's head up to 报告
//  issuer     the unit before 关于/20XX年 in the title, else the signature line, else "现将X20XX年…"
//  year       the title's 20XX年; else a year in an achievements heading; else the plans heading's
//             year − 1; else the most frequent 20XX年 of the preamble
//  published  page-header date fields (发文日期 > 发布日期 > 成文日期 > 日期 > 时间), else the
//             signing date in the last lines
//  level      from the issuer/title: 省 / 市 / 区·县·高新区·开发区 → 县区 / 镇·乡·街道 / 局·委·办 → 部门;
//             else 县区 when the preamble speaks of 区委/县委/区政府/县政府
#pragma once

#include <vector>

#include "engine/document/document.hpp"
#include "engine/input/boilerplate.hpp"

namespace fz {

/// `fields` carry decoded-text spans; needs d.sections (with roles) and d.paragraphs.
Meta find_meta(const Document& d, const std::vector<PageField>& fields);

}  // namespace fz
