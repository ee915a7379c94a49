#include "engine/input/boilerplate.hpp"

#include <array>

namespace fz {
namespace {

constexpr std::array<std::string_view, 40> kLabels = {
    "索引号",   "主题分类", "发布机构", "发文机关", "发文日期", "成文日期", "发布日期", "生效日期",
    "名称",     "文号",     "发文字号", "信息来源", "来源",     "时间",     "日期",     "公开方式",
    "有效性",   "所属主题", "组配分类", "体裁分类", "浏览次数", "作者",     "发布时间", "更新时间",
    "标题",     "文章来源", "稿件来源", "点击数",   "点击率",   "访问次数", "阅读次数", "浏览量",
    "责任编辑", "失效时间", "分类",     "字号",     "字体",     "公开时间", "发文单位", "主题词"};

bool is_date_label(std::string_view l) {
  return l == "发文日期" || l == "成文日期" || l == "发布日期" || l == "发布时间" || l == "时间" || l == "日期" ||
         l == "生效日期";
}

bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }
bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::size_t char_len(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool starts_with_date(std::string_view v) {
  if (v.size() < 6 || !(starts(v, "19") || starts(v, "20"))) return false;
  for (int k = 0; k < 4; ++k)
    if (v[k] < '0' || v[k] > '9') return false;
  std::string_view rest = v.substr(4);
  return starts(rest, "-") || starts(rest, "/") || starts(rest, ".") || starts(rest, "年");
}

// How many bytes of `line` spell `label`, with spaces between its characters allowed (header
// tables are often spaced out: "索 引 号", "标  题"); 0 when it does not start with the label.
std::size_t spelled(std::string_view line, std::string_view label) {
  std::size_t i = 0, j = 0;
  while (j < label.size()) {
    if (i >= line.size()) return 0;
    if (line[i] == ' ' && j > 0) {
      ++i;
      continue;
    }
    if (line[i] != label[j]) return 0;
    ++i, ++j;
  }
  return i;
}

std::string_view label_of(std::string_view line, std::size_t* length = nullptr) {
  std::string_view best;
  std::size_t best_len = 0;
  for (std::string_view l : kLabels)
    if (std::size_t n = spelled(line, l); n && l.size() > best.size()) best = l, best_len = n;
  if (length) *length = best_len;
  return best;
}

bool plausible_value(std::string_view label, std::string_view v) {
  if (v.empty() || contains(v, "。") || char_len(v) > 60) return false;
  if (is_date_label(label)) return starts_with_date(v);
  if (label == "文号" || label == "发文字号")
    return contains(v, "号") || contains(v, "〔") || contains(v, "[");
  return label_of(v).empty();  // a value is never itself the next label
}

bool has_date(std::string_view line) {
  for (std::size_t i = 0; i + 6 <= line.size(); ++i)
    if ((line[i] == '1' || line[i] == '2') && (i == 0 || line[i - 1] < '0' || line[i - 1] > '9') &&
        starts_with_date(line.substr(i)))
      return true;
  return false;
}

// Chrome that is a whole line on its own.
bool is_chrome(std::string_view line) {
  std::size_t n = char_len(line);
  // A document site's banner ("《…报告.docx》由会员分享，可在线阅读，更多相关《…》请在…上搜索。").
  // On a page pasted without line breaks the report runs on in the same line: a line that long
  // is the report, and keeping the banner sentence costs less than dropping the report.
  constexpr std::size_t kBannerChars = 200;
  if (contains(line, "由会员分享") && contains(line, "在线阅读") && n <= kBannerChars) return true;
  if (n > 80) return false;
  // Breadcrumbs and navigation: "当前位置：首页 > 政务公开", "首页 > 政务公开 > 工作报告".
  for (std::string_view p : {"当前位置", "您的位置", "您现在的位置", "您所在的位置", "您当前的位置", "当前位置"})
    if (starts(line, p)) return true;
  if ((starts(line, "首页") || starts(line, "网站首页")) &&
      (n <= 6 || contains(line, ">") || contains(line, "＞") || contains(line, "→") || contains(line, "》") ||
       contains(line, " - ")))
    return true;
  if (contains(line, "扫一扫") || contains(line, "打印本页") || contains(line, "关闭窗口") ||
      starts(line, "分享到") || starts(line, "分享：") || starts(line, "Produced By") || starts(line, "【打印】") ||
      starts(line, "【关闭】") || contains(line, "【字体") || contains(line, "【字号") || starts(line, "字体大小"))
    return true;
  if (n <= 30 && (starts(line, "无障碍") || starts(line, "登录") || contains(line, "简体|") ||
                  contains(line, "简体 |") || contains(line, "繁体登录") || line == "听全文" || line == "朗读" ||
                  line == "打印" || line == "关闭" || line == "收藏" || line == "返回顶部" || line == "【打印】"))
    return true;
  // A site's navigation bar run together on one line ("12348某某法网 信息平台入口 无障碍阅读 微信 微博
  // 繁体登录注册"): short words without sentence punctuation, two or more of them the site's own
  // controls. A report's sentence names 微信/微博 in a list ("政务微博、微信"), with its punctuation.
  if (n <= 60 && !contains(line, "。") && !contains(line, "，") && !contains(line, "、") && !contains(line, "；")) {
    int controls = 0;
    for (std::string_view w : {"无障碍", "登录", "注册", "微信", "微博", "繁体", "简体", "English", "网站地图",
                               "设为首页", "加入收藏", "信息平台入口", "移动版", "手机版"})
      controls += contains(line, w);
    if (controls >= 2) return true;
  }
  // Site clocks: "今天是：2019年10月31日 星期三 农历十月初七", "…人民政府 2019年12月3日星期二".
  if (n <= 40 && has_date(line) &&
      (contains(line, "星期") || contains(line, "农历") || starts(line, "今天是") || starts(line, "今天：")))
    return true;
  return (starts(line, "字号") || starts(line, "字体")) && contains(line, "大") && contains(line, "小");
}

struct Line {
  std::size_t begin, end;  // without the '\n'
};

}  // namespace

Stripped strip_boilerplate(std::string_view s) {
  std::vector<Line> lines;
  for (std::size_t pos = 0;;) {
    std::size_t nl = s.find('\n', pos);
    lines.push_back({pos, nl == std::string_view::npos ? s.size() : nl});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  Stripped out;
  std::vector<bool> dropped(lines.size(), false);
  auto text = [&](std::size_t k) { return s.substr(lines[k].begin, lines[k].end - lines[k].begin); };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string_view line = text(k);
    if (line.empty()) continue;
    if (is_chrome(line)) {
      dropped[k] = true;
      continue;
    }
    std::size_t label_len = 0;
    std::string_view label = label_of(line, &label_len);
    if (label.empty()) continue;
    std::string_view rest = line.substr(label_len);
    if (rest.empty() || rest == "：") {  // table form: the value is on the next non-empty line
      std::size_t v = k + 1;
      while (v < lines.size() && text(v).empty()) ++v;
      dropped[k] = true;
      if (v < lines.size() && plausible_value(label, text(v))) {
        out.fields.push_back({std::string(label), std::string(text(v)), {lines[v].begin, lines[v].end}});
        for (std::size_t j = k; j <= v; ++j) dropped[j] = true;
        k = v;
      }
      continue;
    }
    // Inline form: "信息来源：区司法局 日期：2021-03-31" — every field of the line is recorded; in
    // a header table pasted as text the label and value are parted by spaces instead
    // ("发文机关 河南省人民政府 成文日期 2018年04月04日").
    bool spaced = starts(rest, " ");
    if ((!starts(rest, "：") && !spaced) || contains(line, "。") || char_len(line) > 80) continue;
    if (spaced) {
      std::size_t v = 0;
      while (v < rest.size() && rest[v] == ' ') ++v;
      if (v == rest.size() || !plausible_value(label, rest.substr(v, rest.find(' ', v) - v))) continue;
    }
    dropped[k] = true;
    for (std::size_t p = 0; p < line.size();) {
      std::size_t ll = 0;
      std::string_view l = label_of(line.substr(p), &ll);
      std::string_view after = l.empty() ? std::string_view() : line.substr(p + ll);
      bool colon = starts(after, "：");
      if (!l.empty() && (colon || (spaced && starts(after, " ")))) {
        std::size_t vb = p + ll + (colon ? 3 : 0);
        while (vb < line.size() && line[vb] == ' ') ++vb;
        std::size_t ve = vb;
        while (ve < line.size() && !(ve > vb && line[ve] == ' ' && !label_of(line.substr(ve + 1)).empty()))
          ++ve;
        out.fields.push_back({std::string(l), std::string(line.substr(vb, ve - vb)),
                              {lines[k].begin + vb, lines[k].begin + ve}});
        p = ve;
      } else {
        ++p;
      }
    }
  }
  // Rebuild, dropping each chosen line together with its line break.
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::size_t end = k + 1 < lines.size() ? lines[k].end + 1 : lines[k].end;
    std::size_t n = end - lines[k].begin;
    if (dropped[k]) {
      out.text.to_source.drop(n);
    } else {
      out.text.utf8.append(s.substr(lines[k].begin, n));
      out.text.to_source.copy(n);
    }
  }
  return out;
}

}  // namespace fz
