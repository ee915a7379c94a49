#include "engine/match/gate.hpp"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "engine/match/score.hpp"

namespace fz {

namespace {

struct ConfigError {
  std::size_t offset;
  std::string message;
};

std::size_t offset_of(const YAML::Mark& m) { return m.pos < 0 ? 0 : static_cast<std::size_t>(m.pos); }

std::optional<Date> parse_date(const std::string& s) {
  Date d;
  char tail = 0;
  if (s.size() != 10 ||
      std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &d.year, &d.month, &d.day, &tail) != 3)
    return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
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
              throw ConfigError{offset_of(f.first.Mark()), fmt::format("unknown waiver field `{}`", k)};
          }
          wv.item = {scalar(w["item"], "item"), offset_of(w["item"].Mark())};
          wv.reason = scalar(w["reason"], "reason");
          wv.approver = scalar(w["approver"], "approver");
          if (wv.reason.empty() || wv.approver.empty())
            throw ConfigError{offset_of(w.Mark()), "a waiver needs a non-empty reason and approver"};
          auto d = parse_date(scalar(w["expires"], "expires"));
          if (!d) throw ConfigError{offset_of(w["expires"].Mark()), "expires must be YYYY-MM-DD"};
          wv.expires = *d;
          c.waivers.push_back(std::move(wv));
        }
      } else {
        throw ConfigError{offset_of(kv.first.Mark()),
                          fmt::format("unknown key `{}` (min_score, required, warn, level, waivers)",
                                      key)};
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
      err(id, fmt::format("unknown item id `{}` in {} (checklist {})", id.id, where, plan.id));
  };
  for (const auto& id : c.required) known(id, "required");
  for (const auto& id : c.warn) known(id, "warn");
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
        card.gate_failures.push_back(fmt::format("waiver for {} {} expired on {} (approved by {})",
                                                 v.item->id, v.item->title, date_text(w.expires),
                                                 w.approver));
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
    if (has(c.warn, v.item->id))
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
