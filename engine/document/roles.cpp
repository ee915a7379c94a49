#include "engine/document/roles.hpp"

#include "engine/document/part_names.hpp"
#include "engine/document/sections.hpp"

namespace fz {

Role role_for_heading(std::string_view h) {
  Section s;
  s.heading = std::string(h);
  s.style = HeadingStyle::numeral;  // any numbering style: heading_name strips whichever is there
  PartName n = read_part_name(heading_name(s));
  return n.role == Role::other ? Role::achievements : n.role;
}

namespace {

// Whether a sub-section named for `named` takes that role inside `part` rather than the part's.
// Only statutory parts are named into sub-sections: a merged part's halves ("存在的问题和下一步
// 打算" › "（二）下一步打算"), or problems, plans and the duty under "一、工作情况". Next year's
// plans and the shortcomings do not report the duty: "三、2023年工作计划 › （一）压实法治建设第一
// 责任人职责" plans it (its sentences are planned work, and it is not S3's part).
bool takes_own_role(const Section& part, Role named) {
  if (named != Role::shortcomings && named != Role::plans && named != Role::duty) return false;
  if (named == part.role && part.also == Role::other) return false;  // the part's own role anyway
  if (named == Role::duty && (part.role == Role::plans || part.role == Role::shortcomings))
    return part.also == Role::duty;
  return true;
}

}  // namespace

void assign_roles(std::vector<Section>& sections) {
  for (Section& s : sections) {
    s.role = Role::other, s.also = Role::other, s.role_words.clear();
    if (s.level == 0) continue;
    if (s.parent <= 0) {
      if (s.style == HeadingStyle::enumeration) continue;  // a stray 一是 before any heading
      PartName n = read_part_name(heading_name(s));
      s.role = n.role == Role::other ? Role::achievements : n.role;
      s.also = n.also;
      s.role_words = n.words;
      continue;
    }
    const Section& part = sections[static_cast<std::size_t>(s.parent)];  // parents come first
    // Only a short heading can be a part's name; 一是 passages are sentences, never names.
    PartName n;
    std::string_view name = heading_name(s);
    if (s.style != HeadingStyle::enumeration && name.size() <= 96 && may_name_other_part(name)) n = read_part_name(name);
    bool own = n.name_like && takes_own_role(part, n.role);
    s.role = own ? n.role : part.role;
    s.also = own ? n.also : part.also;
    if (own) s.role_words = n.words;
  }
}

}  // namespace fz
