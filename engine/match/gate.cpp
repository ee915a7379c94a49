#include "engine/match/gate.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "engine/match/score.hpp"

namespace fz {

namespace {

struct ConfigError {
  std::size_t offset;
  std::string message;
};

/// A key or id from the file as quoted in a message: at most 60 bytes (on a character boundary),
/// so a 200 KB key is not printed whole (the snippet shows where it is).
std::string shown(std::string_view s) {
  if (s.size() <= 60) return std::string(s);
  std::size_t n = 60;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "...";
}

std::size_t offset_of(const YAML::Mark& m) { return m.pos < 0 ? 0 : static_cast<std::size_t>(m.pos); }

/// YYYY-MM-DD naming a day that exists (2025-02-31 does not: a waiver must not run on a date
/// that never comes, or one that silently means 03-03).
std::optional<Date> parse_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  Date d{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
  std::chrono::year_month_day ymd{std::chrono::year{d.year},
                                  std::chrono::month{static_cast<unsigned>(d.month)},
                                  std::chrono::day{static_cast<unsigned>(d.day)}};
  if (!ymd.ok()) return std::nullopt;
  return d;
}

/// yaml-cpp 0.7 keeps both entries of a repeated key and a lookup finds the first, while a loop
/// over the map sees both, so `warn: []` followed later by `warn: [S2]` could hide the second.
/// Any key repeated in any mapping of the document is therefore an error at the repetition.
void refuse_duplicate_keys(const YAML::Node& root) {
  std::vector<YAML::Node> todo{root};  // explicit stack: nesting depth is the file's to choose
  while (!todo.empty()) {
    YAML::Node n = todo.back();
    todo.pop_back();
    if (n.IsSequence()) {
      for (const auto& e : n) todo.push_back(e);
    } else if (n.IsMap()) {
      std::map<std::string, YAML::Mark> seen;
      for (const auto& kv : n) {
        if (kv.first.IsScalar()) {
          auto [at, fresh] = seen.emplace(kv.first.Scalar(), kv.first.Mark());
          if (!fresh)
            throw ConfigError{offset_of(kv.first.Mark()),
                              fmt::format("duplicate key `{}` (first on line {})",
                                          shown(kv.first.Scalar()), at->second.line + 1)};
        }
        todo.push_back(kv.second);
      }
    }
  }
}

std::string scalar(const YAML::Node& n, const char* what) {
  if (!n.IsScalar()) throw ConfigError{offset_of(n.Mark()), fmt::format("{} must be a string", what)};
  return n.Scalar();
}

std::vector<IdAt> id_list(const YAML::Node& n, const char* what) {
  std::vector<IdAt> out;
  if (n.IsNull()) return out;
  if (!n.IsSequence())
    throw ConfigError{offset_of(n.Mark()), fmt::format("`{}` must be a list of item ids", what)};
  for (const auto& e : n) out.push_back({scalar(e, "an item id"), offset_of(e.Mark())});
  return out;
}

std::string date_text(Date d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

}  // namespace

std::variant<GateConfig, std::vector<Diagnostic>> parse_gate_config(std::string_view yaml,
                                                                    const std::string& file) {
  GateConfig c;
  c.source = Source(file, std::string(yaml));
  const Source& src = c.source;
  auto error = [&](std::size_t offset, const std::string& msg) {
    return std::vector<Diagnostic>{
        make_diagnostic(Severity::error, "E201", src, Span{offset, offset + 1}, msg)};
  };
  try {
    YAML::Node root = YAML::Load(src.text());
    if (root.IsNull()) return c;  // an empty file: defaults
    if (!root.IsMap()) return error(offset_of(root.Mark()), "the gate config must be a mapping");
    refuse_duplicate_keys(root);
    for (const auto& kv : root) {
      std::string key = kv.first.as<std::string>();
      const YAML::Node& v = kv.second;
      if (key == "min_score") {
        double s = 0;
        // written as !(in range) so that .nan, which compares false with everything, is refused
        if (!v.IsScalar() || !YAML::convert<double>::decode(v, s) || !(s >= 0 && s <= 100))
          throw ConfigError{offset_of(v.Mark()), "min_score must be a number from 0 to 100"};
        c.min_score = s;
      } else if (key == "required") {
        c.required = id_list(v, "required");
      } else if (key == "warn") {
        c.warn = id_list(v, "warn");
      } else if (key == "level") {
        auto l = parse_level(scalar(v, "level"));
        if (!l || *l == UnitLevel::unknown)
          throw ConfigError{offset_of(v.Mark()),
                            "level must be one of 省, 市, 县区, 乡镇, 部门"};
        c.level = l;
      } else if (key == "waivers") {
        if (v.IsNull()) continue;
        if (!v.IsSequence()) throw ConfigError{offset_of(v.Mark()), "`waivers` must be a list"};
        for (const auto& w : v) {
          if (!w.IsMap()) throw ConfigError{offset_of(w.Mark()), "a waiver must be a mapping"};
          Waiver wv;
          for (const char* need : {"item", "reason", "approver", "expires"})
            if (!w[need])
              throw ConfigError{offset_of(w.Mark()),
                                fmt::format("a waiver needs `{}` (item, reason, approver, expires)",
                                            need)};
          for (const auto& f : w) {
            std::string k = f.first.as<std::string>();
            if (k != "item" && k != "reason" && k != "approver" && k != "expires")
              throw ConfigError{offset_of(f.first.Mark()),
                                fmt::format("unknown waiver field `{}`", shown(k))};
          }
          wv.item = {scalar(w["item"], "item"), offset_of(w["item"].Mark())};
          wv.reason = scalar(w["reason"], "reason");
          wv.approver = scalar(w["approver"], "approver");
          if (wv.reason.empty() || wv.approver.empty())
            throw ConfigError{offset_of(w.Mark()), "a waiver needs a non-empty reason and approver"};
          auto d = parse_date(scalar(w["expires"], "expires"));
          if (!d)
            throw ConfigError{offset_of(w["expires"].Mark()),
                              "expires must be a date that exists, written YYYY-MM-DD"};
          wv.expires = *d;
          c.waivers.push_back(std::move(wv));
        }
      } else {
        throw ConfigError{
            offset_of(kv.first.Mark()),
            fmt::format("unknown key `{}` (min_score, required, warn, level, waivers)",
                        shown(key))};
      }
    }
  } catch (const ConfigError& e) {
    return error(e.offset, e.message);
  } catch (const YAML::Exception& e) {
    return error(offset_of(e.mark), e.msg);
  }
  return c;
}

std::vector<Diagnostic> check_gate_config(const GateConfig& c, const Plan& plan) {
  std::vector<Diagnostic> out;
  auto err = [&](const IdAt& id, const std::string& msg) {
    out.push_back(make_diagnostic(Severity::error, "E202", c.source,
                                  Span{id.offset, id.offset + id.id.size()}, msg));
  };
  auto known = [&](const IdAt& id, const char* where) {
    if (!plan.find_item(id.id))
      err(id,
          fmt::format("unknown item id `{}` in {} (checklist {})", shown(id.id), where, plan.id));
  };
  // A statutory part (S1–S4: the parts the 督察工作规定 prescribes) is always required; `warn`
  // would demote its failure to a warning, which is a waiver without reason, approver or expiry.
  // `required` is refused too, so that one rule covers every list: no list names them.
  auto not_statutory = [&](const IdAt& id, const char* where) {
    const Item* it = plan.find_item(id.id);
    if (it && it->statutory)
      err(id, fmt::format("{} is a statutory part of the report: it is always required and cannot "
                          "be listed under `{}`",
                          id.id, where));
  };
  for (const auto& id : c.required) {
    known(id, "required");
    not_statutory(id, "required");
  }
  for (const auto& id : c.warn) {
    known(id, "warn");
    not_statutory(id, "warn");
  }
  for (const auto& w : c.waivers) {
    known(w.item, "waivers");
    const Item* it = plan.find_item(w.item.id);
    if (it && it->statutory)
      err(w.item, fmt::format("{} is a statutory part of the report and cannot be waived", w.item.id));
  }
  return out;
}

void judge(Scorecard& card, const Plan& plan, const GateConfig& c, Date today) {
  auto has = [](const std::vector<IdAt>& ids, const std::string& id) {
    return std::any_of(ids.begin(), ids.end(), [&](const IdAt& x) { return x.id == id; });
  };
  for (ItemVerdict& v : card.verdicts) {
    if (!v.item) continue;
    for (const Waiver& w : c.waivers) {
      if (w.item.id != v.item->id || v.item->statutory) continue;
      if (w.expires < today) {
        card.gate_failures.push_back(fmt::format(
            "waiver for {} {} expired on {} (approved by {}): renew it (a later `expires`, "
            "approved again) or remove it from {}",
            v.item->id, v.item->title, date_text(w.expires), w.approver, c.source.name()));
      } else {
        v.waived = true;
        v.waiver_reason = fmt::format("{} (approved by {}, expires {})", w.reason, w.approver,
                                      date_text(w.expires));
      }
    }
  }
  ScoreResult s = score(plan, card.verdicts);
  card.score = s.score;
  card.parts = std::move(s.parts);
  card.min_score = c.min_score;
  for (const ItemVerdict& v : card.verdicts) {
    if (!v.item) continue;
    bool required = v.item->required || has(c.required, v.item->id);
    if (!required || v.state == ItemState::met || v.state == ItemState::na || v.waived) continue;
    std::string why = fmt::format("{} {}: {}", v.item->id, v.item->title, state_name(v.state));
    if (has(c.warn, v.item->id) && !v.item->statutory)  // check_gate_config refuses it anyway
      card.warnings.push_back("门槛（仅提示）：" + why);
    else
      card.gate_failures.push_back(why);
  }
  if (card.score < c.min_score)
    card.gate_failures.push_back(fmt::format("score {:.1f} is below min_score {:g}", card.score,
                                             c.min_score));
  card.passed = card.gate_failures.empty();
}

}  // namespace fz
