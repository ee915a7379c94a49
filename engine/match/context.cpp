#include "engine/match/context.hpp"

#include <algorithm>

namespace fz {
namespace {

// The section a merged part's reading order is kept for: the outermost one, going up, that still
// has the same role pair (a sub-section inherits its part's).
int merged_owner(const Document& doc, int section) {
  const Section& s = doc.sections[static_cast<std::size_t>(section)];
  int k = section;
  while (true) {
    int p = doc.sections[static_cast<std::size_t>(k)].parent;
    if (p <= 0) return k;
    const Section& up = doc.sections[static_cast<std::size_t>(p)];
    if (up.role != s.role || up.also != s.also) return k;
    k = p;
  }
}

// Whether the sentence lies in an opening paragraph: the preamble, or the first paragraph of a
// part's own text (the paragraph of a run-in heading counts when text follows the heading).
std::vector<char> opening_sentences(const Document& doc) {
  std::vector<char> out(doc.sentences.size(), 0);
  std::vector<int> lead(doc.sections.size(), -1);  // per part: its lead paragraph
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sen = doc.sentences[s];
    int sec = sen.section;
    if (sec <= 0) {
      out[s] = 1;
      continue;
    }
    const Section& part = doc.sections[static_cast<std::size_t>(sec)];
    if (!part.is_part() || part.heading_span.contains(Span{sen.span.begin, sen.span.begin})) continue;
    if (sen.span.end <= part.heading_span.end) continue;  // the heading itself
    int& l = lead[static_cast<std::size_t>(sec)];
    if (l < 0) l = sen.paragraph;
    out[s] = sen.paragraph == l;
  }
  return out;
}

constexpr std::string_view kClauseMarks[] = {"，", "；", "："};

// The 把 construction written with 将 ("将全面深入学习贯彻习近平法治思想作为主题教育的重要内容",
// "将全面推进依法行政工作领导小组更名为…"): 将 marks the object, not the future, when its clause
// reaches one of these disposal verbs before another 将 or 把 ("将继续将…纳入考核" stays future).
constexpr std::string_view kDisposalVerbs[] = {"作为", "纳入", "列入", "列为", "更名为", "改为",
                                               "确定为", "写入", "融入", "上升为", "转化为"};

bool is_ba_construction(std::string_view text, Span hit, Span sentence) {
  constexpr std::string_view kJiang = "将";
  if (text.substr(hit.begin, kJiang.size()) != kJiang) return false;
  std::string_view rest = text.substr(hit.end, sentence.end - std::min(sentence.end, hit.end));
  std::size_t clause = rest.size();
  for (std::string_view mark : kClauseMarks) clause = std::min(clause, rest.find(mark));
  rest = rest.substr(0, clause);
  std::size_t again = std::min(rest.find("将"), rest.find("把"));
  for (std::string_view verb : kDisposalVerbs)
    if (std::size_t p = rest.find(verb); p != std::string_view::npos && p < again) return true;
  return false;
}

}  // namespace

void drop_aim_hits(const std::vector<int>& aim, const Document& doc, Matches& m) {
  if (aim.empty() || m.hits.empty()) return;
  int max_pattern = *std::max_element(aim.begin(), aim.end());
  std::vector<char> is_aim(static_cast<std::size_t>(std::max(max_pattern, 0)) + 1, 0);
  for (int p : aim)
    if (p >= 0) is_aim[static_cast<std::size_t>(p)] = 1;
  auto aim_hit = [&](const Hit& h) {
    return h.pattern >= 0 && static_cast<std::size_t>(h.pattern) < is_aim.size() && is_aim[static_cast<std::size_t>(h.pattern)];
  };
  std::vector<char> opening = opening_sentences(doc);
  std::string_view text = doc.normalised.utf8;
  std::vector<std::pair<int, Span>> muted;  // aim clauses, by sentence, in text order
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    std::size_t b = m.first[s], e = m.first[s + 1];
    // In a plans or shortcomings part the same clause is what the unit will do or has not done
    // well enough ("深入学习贯彻习近平法治思想。" under 下一步工作打算): planned or acknowledged,
    // so only the preamble and the other parts' openings mute aims.
    const Role role = doc.role_of(doc.sentences[s].section);
    if (opening[s] && role != Role::plans && role != Role::shortcomings)
      for (std::size_t h = b; h < e; ++h) {
        if (!aim_hit(m.hits[h])) continue;
        // The clause around the aim phrase: from just after the last ，；： before it to the next.
        Span sen = doc.sentences[s].span;
        std::string_view before = text.substr(sen.begin, m.hits[h].span.begin - sen.begin);
        // Inside 《…》 the words are a document's name ("印发《关于深入贯彻落实习近平法治思想…的若干
        // 措施》"): issuing it is the act, not a slogan.
        if (std::size_t open = before.rfind("《");
            open != std::string_view::npos && before.find("》", open) == std::string_view::npos)
          continue;
        std::string_view after = text.substr(m.hits[h].span.end, sen.end - std::min(sen.end, m.hits[h].span.end));
        std::size_t cb = sen.begin, ce = sen.end;
        for (std::string_view mark : kClauseMarks) {
          if (std::size_t p = before.rfind(mark); p != std::string_view::npos)
            cb = std::max(cb, sen.begin + p + mark.size());
          if (std::size_t p = after.find(mark); p != std::string_view::npos)
            ce = std::min(ce, m.hits[h].span.end + p);
        }
        muted.push_back({static_cast<int>(s), Span{cb, ce}});
      }
  }
  if (muted.empty()) return;
  drop_hits(m, [&](const Hit& h) {
    auto it = std::lower_bound(muted.begin(), muted.end(), h.sentence,
                               [](const std::pair<int, Span>& c, int s) { return c.first < s; });
    for (; it != muted.end() && it->first == h.sentence; ++it)
      if (it->second.contains(h.span.begin)) return true;
    return false;
  });
}

std::vector<ItemState> sentence_contexts(const Plan& plan, const Document& doc, const Matches& m) {
  std::vector<char> kind(plan.patterns.size(), 0);  // 1 hedge, 2 future (hedge wins)
  for (int p : plan.future)
    if (p >= 0 && static_cast<std::size_t>(p) < kind.size()) kind[p] = 2;
  for (int p : plan.hedge)
    if (p >= 0 && static_cast<std::size_t>(p) < kind.size()) kind[p] = 1;
  std::vector<ItemState> ctx(doc.sentences.size(), ItemState::met);
  std::vector<char> second(doc.sections.size(), 0);  // merged part: its second role has begun
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    int sec = doc.sentences[s].section;
    bool hedge = false, future = false;
    for (std::size_t h = m.first[s]; h < m.first[s + 1]; ++h) {
      char k = kind[static_cast<std::size_t>(m.hits[h].pattern)];
      hedge |= k == 1;
      future |= k == 2 && !is_ba_construction(doc.normalised.utf8, m.hits[h].span, doc.sentences[s].span);
    }
    Role role = doc.role_of(sec);
    if (sec > 0) {
      const Section& section = doc.sections[static_cast<std::size_t>(sec)];
      if (section.also != Role::other) {
        char& begun = second[static_cast<std::size_t>(merged_owner(doc, sec))];
        // The heading names both roles ("存在的问题和下一步打算"): only the text turns the page.
        bool heading = section.heading_span.begin == doc.sentences[s].span.begin;
        if (!heading && ((section.also == Role::plans && future && !hedge) || (section.also == Role::shortcomings && hedge)))
          begun = 1;
        if (begun) role = section.also;
      }
    }
    switch (role) {
      case Role::plans:
        // An admission among a merged part's plans is still an admission.
        ctx[s] = hedge && !future && doc.sections[static_cast<std::size_t>(sec)].also != Role::other
                     ? ItemState::acknowledged
                     : ItemState::planned;
        break;
      case Role::shortcomings:
        ctx[s] = future && !hedge ? ItemState::planned : ItemState::acknowledged;
        break;
      default:
        ctx[s] = hedge ? ItemState::acknowledged : future ? ItemState::planned : ItemState::met;
    }
  }
  return ctx;
}

}  // namespace fz
