// fzscore_bench: where a batch run's time goes, stage by stage, without a profiler.
//
//   build/fzscore_bench CORPUS_DIR [CHECKLIST] [MAX_FILES]
//
// Reads up to MAX_FILES (default 500) .txt files of CORPUS_DIR into memory first, so no stage
// pays for I/O, then runs each stage of the pipeline over all of them on one thread, timing each
// stage on its own, and prints MB/s of input per stage. The first line is the floor of any
// design: one Hyperscan pass over the raw bytes for every phrase of the checklist, the same work
// as `rg -F -f TERMS`. bench/run.sh runs it after the end-to-end figures; docs/performance.md
// quotes its output.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "dsl/load.hpp"
#include "engine/analysis/annotate.hpp"
#include "engine/input/decode.hpp"
#include "engine/input/normalise.hpp"
#include "engine/document/build.hpp"
#include "engine/input/read.hpp"
#include "engine/input/read_file.hpp"
#include "engine/match/evaluate.hpp"
#include "engine/match/gate.hpp"
#include "engine/match/prefilter.hpp"
#include "engine/render/render.hpp"
#include "engine/scorecard.hpp"

namespace {

namespace fs = std::filesystem;

/// The file's bytes; exits 2 naming it when it cannot be read.
std::string read_or_exit(const fs::path& p) {
  auto text = fz::read_file(p.string());
  if (auto* f = std::get_if<fz::ReadFailure>(&text)) {
    std::fprintf(stderr, "%s: %s\n", p.string().c_str(), f->reason.c_str());
    std::exit(2);
  }
  return std::get<std::string>(std::move(text));
}

/// Seconds `f` takes, best of three: the machine is shared, and the best run is the least
/// disturbed one.
double best_of_3(const std::function<void()>& f) {
  double best = 1e30;
  for (int k = 0; k < 3; ++k) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS_DIR [CHECKLIST] [MAX_FILES]\n", argv[0]);
    return 2;
  }
  std::string checklist = argc > 2 ? argv[2] : "checklists/gangyao-2021.fz";
  std::size_t max_files = 500;
  if (argc > 3) {
    std::string_view n = argv[3];
    auto [end, err] = std::from_chars(n.data(), n.data() + n.size(), max_files);
    if (err != std::errc() || end != n.data() + n.size() || max_files == 0) {
      std::fprintf(stderr, "MAX_FILES must be a positive whole number, not '%s'\n", argv[3]);
      return 2;
    }
  }

  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(argv[1], ec))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  if (ec || paths.empty()) {
    std::fprintf(stderr, "%s: no .txt files to read\n", argv[1]);
    return 2;
  }
  std::sort(paths.begin(), paths.end());
  if (paths.size() > max_files) paths.resize(max_files);
  std::vector<std::string> bytes;
  double total = 0;
  for (const auto& p : paths) {
    bytes.push_back(read_or_exit(p));
    total += static_cast<double>(bytes.back().size());
  }
  double mb = total / 1e6;

  // Checklist compile: parse and check (Spirit X3), lower to a Plan, then finalize() (one RE2 per
  // pattern, the RE2::Set fallback, the Hyperscan database and FilteredRE2).
  std::string checklist_text = read_or_exit(checklist);
  fz::Plan plan;
  bool compiled = true;
  double compile_s = best_of_3([&] {
    auto loaded = fz::dsl::load_checklist(fz::Source(checklist, checklist_text));
    compiled = loaded.plan && !fz::has_errors(loaded.diagnostics);
    if (!compiled) return;
    plan = std::move(*loaded.plan);
    compiled = !fz::finalize(plan) && plan.prefilter;
  });
  if (!compiled) {
    std::fprintf(stderr, "%s: checklist did not load or compile with Hyperscan\n", checklist.c_str());
    return 2;
  }
  std::string error;
  auto simplifier = fz::Simplifier::load(fz::Simplifier::default_config(), &error);
  if (!simplifier) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }

  // Inputs of the later stages, made once.
  std::vector<fz::Text> decoded;
  std::vector<fz::Document> docs;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto d = fz::decode(bytes[i]);
    if (auto* t = std::get_if<fz::Text>(&d)) decoded.push_back(*t);
    auto r = fz::read_bytes(paths[i].string(), bytes[i], *simplifier);
    if (auto* doc = std::get_if<fz::Document>(&r)) docs.push_back(std::move(*doc));
  }
  std::vector<fz::Scorecard> cards(docs.size());
  std::size_t sink = 0;  // results feed it so that no stage can be optimised away

  struct Row {
    const char* stage;
    double seconds;
  };
  std::vector<Row> rows;
  std::vector<fz::Prefilter::Event> events;
  // The checklist's literal phrases alone, without the regexes' atoms: the closest to what rg
  // does (rg counts lines; this records every occurrence with its position).
  std::vector<fz::Pattern> literals;
  for (const auto& p : plan.patterns)
    if (!p.regex) literals.push_back(p);
  auto literal_scan = fz::Prefilter::build(literals);
  if (literal_scan)
    rows.push_back({"literal phrases only, every occurrence (Hyperscan)", best_of_3([&] {
                      for (const auto& b : bytes) {
                        events.clear();
                        literal_scan->scan(b, events);
                        sink += events.size();
                      }
                    })});
  rows.push_back({"phrase scan of the raw bytes (+ regex atoms: fzscore's pass)", best_of_3([&] {
                    for (const auto& b : bytes) {
                      events.clear();
                      plan.prefilter->scan(b, events);
                      sink += events.size();
                    }
                  })});
  rows.push_back({"decode (encoding, UTF-8 check)", best_of_3([&] {
                    for (const auto& b : bytes) sink += fz::decode(b).index();
                  })});
  rows.push_back({"normalise (t2s, width, boilerplate, pages, offset maps)", best_of_3([&] {
                    for (const auto& t : decoded) sink += fz::normalise(t.utf8, *simplifier).text.utf8.size();
                  })});
  rows.push_back({"read_bytes (decode + normalise + structure)", best_of_3([&] {
                    for (std::size_t i = 0; i < bytes.size(); ++i)
                      sink += fz::read_bytes(paths[i].string(), bytes[i], *simplifier).index();
                  })});
  // The structure stage alone (paragraphs, sentences, heading tree, roles, metadata), run again on
  // documents already read (page-header fields left out).
  std::vector<fz::Document> again = docs;
  rows.push_back({"structure (sentences, headings, roles, meta)", best_of_3([&] {
                    for (auto& d : again) {
                      d.warnings.clear();
                      fz::build_structure(d, {});
                      sink += d.sections.size();
                    }
                  })});
  rows.push_back({"match (every phrase and regex, hits per sentence)", best_of_3([&] {
                    for (const auto& d : docs) sink += fz::analyse(plan, d).matches.hits.size();
                  })});
  rows.push_back({"evaluate (match + 59 items, evidence)", best_of_3([&] {
                    for (std::size_t i = 0; i < docs.size(); ++i) {
                      cards[i] = fz::Scorecard{};
                      cards[i].file = docs[i].path;
                      cards[i].meta = docs[i].meta;
                      cards[i].level = docs[i].meta.level;
                      cards[i].verdicts = fz::evaluate(plan, docs[i], fz::EvalOptions{cards[i].level});
                      fz::judge(cards[i], plan, fz::GateConfig{}, fz::Date{2026, 1, 1});
                    }
                  })});
  rows.push_back({"annotate (key figures, lints)", best_of_3([&] {
                    for (std::size_t i = 0; i < docs.size(); ++i) {
                      fz::Scorecard c = cards[i];
                      fz::analysis::annotate(c, docs[i]);
                      sink += c.figures.size();
                    }
                  })});
  for (std::size_t i = 0; i < docs.size(); ++i) fz::analysis::annotate(cards[i], docs[i]);
  double out_bytes = 0;
  rows.push_back({"render JSON Lines", best_of_3([&] {
                    out_bytes = 0;
                    for (const auto& c : cards) {
                      std::ostringstream os;
                      fz::render_jsonl(c, os);
                      out_bytes += static_cast<double>(os.str().size());
                    }
                  })});

  std::printf("corpus %s: %zu reports, %.1f MB in memory; checklist %s; one thread\n", argv[1],
              bytes.size(), mb, checklist.c_str());
  std::printf("checklist compile (parse, check, RE2 + Hyperscan): %.1f ms\n", 1e3 * compile_s);
  std::printf("%-60s %9s %10s\n", "stage (each timed alone, best of 3)", "ms/report", "MB/s");
  for (const auto& r : rows)
    std::printf("%-60s %9.3f %10.1f\n", r.stage, 1e3 * r.seconds / static_cast<double>(bytes.size()),
                mb / r.seconds);
  std::printf("JSON Lines output: %.1f KB per report (input %.1f KB)\n",
              out_bytes / 1e3 / static_cast<double>(cards.size()),
              total / 1e3 / static_cast<double>(bytes.size()));
  volatile std::size_t keep = sink;  // the stages' results are used
  (void)keep;
  return 0;
}
