// Shared pieces of the HTML pages: escaping, the stylesheet, state names and colours.
#include "engine/render/html.hpp"
#include "engine/render/render.hpp"

namespace fz::html {

std::string escape(std::string_view s) { return xml_escape(s); }

std::string script_safe_json(std::string_view json) {
  std::string o;
  o.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') o += "\\u003c";
    else if (c == '>') o += "\\u003e";
    else if (c == '&') o += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
             (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      o += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // JS line terminators
      i += 2;
    } else {
      o += c;
    }
  }
  return o;
}

std::string_view state_class(ItemState s) {
  switch (s) {
    case ItemState::met: return "s-met";
    case ItemState::acknowledged: return "s-ack";
    case ItemState::planned: return "s-plan";
    case ItemState::missing: return "s-miss";
    case ItemState::na: return "s-na";
  }
  return "";
}

std::string_view stylesheet() {
  return R"CSS(
body{font-family:"Microsoft YaHei","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","WenQuanYi Zen Hei",sans-serif;margin:0;color:#1f2328;background:#f6f7f9;line-height:1.6}
header{background:#8b1a1a;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:22px}
header .sub{opacity:.85;font-size:14px}
main{padding:16px 24px;max-width:1400px}
section{background:#fff;border:1px solid #d8dce1;border-radius:6px;padding:12px 16px;margin:0 0 16px}
h2{font-size:18px;margin:4px 0 10px;border-left:4px solid #8b1a1a;padding-left:8px}
table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #d8dce1;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef0f3}
.num{text-align:right;font-variant-numeric:tabular-nums}
.score{font-size:40px;font-weight:700}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;color:#fff;white-space:nowrap}
th,td.num,td.nowrap{white-space:nowrap}
.pass{background:#2e7d32}.fail{background:#c62828}
.s-met{background:#2e7d32;color:#fff}.s-ack{background:#f9a825}.s-plan{background:#90caf9}
.s-miss{background:#e57373;color:#fff}.s-na{background:#cfd4da}
td.state{white-space:nowrap}
.heat td{width:12px;height:14px;padding:0;border:1px solid #fff}
.heat th.item{writing-mode:vertical-rl;font-weight:400;font-size:11px;padding:2px 0}
.legend span{display:inline-block;padding:0 8px;margin-right:6px;border-radius:3px}
.fulltext{white-space:pre-wrap;font-size:15px;max-height:none;background:#fffdf7;padding:12px;border:1px solid #eee}
mark{background:#ffe58f;border-bottom:2px solid #d48806;scroll-margin-top:80px}
mark mark{background:#ffc53d}
mark:target{background:#ff7a45;color:#fff}
tr[id^="item-"]{scroll-margin-top:40px}
tr:target>td:not(.state){background:#ffe7c2}
tr:target>td{border-top:2px solid #ff7a45;border-bottom:2px solid #ff7a45}
.err{color:#c62828}
.filters{margin-bottom:8px}
.filters select{margin-right:12px}
.muted{color:#6a737d}
a{color:#0b57d0}
)CSS";
}

}  // namespace fz::html
