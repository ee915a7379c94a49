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
    // A merged part's sub-sections named for one of its roles take that role alone.
    bool own = n.name_like && (n.role != part.role || part.also != Role::other) &&
               (n.role == Role::shortcomings || n.role == Role::plans || n.role == Role::duty);
    // Under next year's plans or the shortcomings, a sub-section named for the duty plans it or
    // admits a weakness in it: "三、2023年工作计划 › （一）压实法治建设第一责任人职责" is a plan,
    // not the report of the duty (S3), and its sentences are planned work, not work done.
    if (n.role == Role::duty && (part.role == Role::plans || part.role == Role::shortcomings) &&
        part.also != Role::duty)
      own = false;
    s.role = own ? n.role : part.role;
    s.also = own ? n.also : part.also;
    if (own) s.role_words = n.words;
  }
}

}  // namespace fz
