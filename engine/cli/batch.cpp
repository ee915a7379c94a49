// fzscore batch DIR|FILE... [--files-from LIST] -o results.jsonl|- [-j N] [--html DIR] [--csv FILE]
//   [--resume] [-c CHECKLIST] [--config PATH] [--level L] [--min-score N] [-q]
// Scores many reports on N threads (default: hardware threads). Each worker has its own Pipeline
// (its own compiled Plans: Pipeline caches them in a map and is not thread-safe); results are
// written in input order through a bounded window (engine/batch/ordered.hpp), so memory stays
// flat and the output does not depend on --jobs. Lines go to OUT.partial as they complete
// (flushed), which is renamed to OUT at the end; --resume keeps the lines of earlier runs
// (engine/batch/resume.hpp). `--out -` writes the lines to stdout as they complete (no .partial,
// no --resume). Exit 0 when every report was scored, 2 when any input failed (its line is
// {"file":…,"error":…}) or on a usage error.
// At the end one summary line goes to stderr ("7 份报告：评分 7（通过 2，未通过 5），读取失败 0，
// 平均分 62.7"), then the dashboard's path.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "engine/batch/inputs.hpp"
#include "engine/batch/ordered.hpp"
#include "engine/batch/resume.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/options.hpp"
#include "engine/render/csv.hpp"
#include "engine/render/html.hpp"
#include "engine/render/render.hpp"
#include "engine/render/summary.hpp"

namespace fz::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kAbout =
    "One JSON line per report, in input order (shared/spec/output.md); an input that cannot be\n"
    "scored gets a line {\"file\": …, \"error\": …} and the batch goes on. Directories are walked\n"
    "for .txt .md .docx .html .htm .pdf (sorted). Completed lines are flushed to OUT.partial as\n"
    "the batch runs; OUT appears (renamed) at the end.\n\n";

struct BatchArgs {
  InputArgs inputs;
  RunArgs run;
  std::string out;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::optional<std::string> html, csv;
  bool resume = false, quiet = false;
};

struct Result {
  std::string line;              ///< one JSON line with '\n'
  ReportSummary summary;         ///< only with --html or --csv
  bool error = false;
  std::size_t bytes = 0;
  double score = 0;              ///< for the summary line
  bool passed = false;
};

/// "score" and "passed" of a kept --resume line (both occur once, at the top level of a result).
void read_score(const std::string& line, Result& r) {
  if (auto at = line.find("\"score\":"); at != std::string::npos)
    r.score = std::strtod(line.c_str() + at + 8, nullptr);
  r.passed = line.find("\"passed\":true") != std::string::npos;
}

std::string page_name(std::size_t index, const std::string& file) {
  std::string stem = fs::path(file).stem().string(), safe;
  for (char c : stem) {
    unsigned char u = static_cast<unsigned char>(c);
    safe += (std::isalnum(u) || c == '-' || c == '_' || c == '.' || u >= 0x80) ? c : '_';
  }
  return fmt::format("{:05}-{}.html", index, safe);
}

std::string error_line(const std::string& file, const std::string& message) {
  return "{\"file\":" + json_quote(file) + ",\"error\":" + json_quote(message) + "}\n";
}

class Progress {
 public:
  Progress(std::size_t total, bool on) : total_(total), on_(on), t0_(Clock::now()) {}
  void step(std::size_t done, std::size_t bytes, std::size_t errors) {
    bytes_ += bytes;
    if (!on_) return;
    auto now = Clock::now();
    if (done != total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double s = std::chrono::duration<double>(now - t0_).count();
    std::size_t w = 30, fill = total_ ? done * w / total_ : w;
    std::fprintf(stderr, "\r[%s%s] %zu/%zu  %.1f MB/s  %zu 失败 ", std::string(fill, '#').c_str(),
                 std::string(w - fill, '.').c_str(), done, total_,
                 s > 0 ? static_cast<double>(bytes_) / 1e6 / s : 0.0, errors);
    if (done == total_) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::size_t total_, bytes_ = 0;
  bool on_;
  Clock::time_point t0_, last_{};
};

int run_batch(const BatchArgs& a) {
  a.inputs.validate();
  bool to_stdout = a.out == "-";
  if (to_stdout && a.resume)
    throw UsageError{"--resume needs an output file to resume (not --out -)"};
  std::vector<std::string> named = a.inputs.files;
  if (a.inputs.files_from)
    if (auto err = read_path_list(*a.inputs.files_from, named)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  unsigned jobs = a.jobs;
  RunOptions opts = a.run.options();
  const std::optional<std::string>& html_dir = a.html;
  const std::optional<std::string>& csv_path = a.csv;
  const bool summarize_all = html_dir || csv_path;  // keep a ReportSummary per input
  if (html_dir) {
    std::error_code ec;
    fs::create_directories(*html_dir, ec);
    if (ec) {
      std::cerr << "fzscore batch: " << *html_dir << ": " << ec.message() << "\n";
      return 2;
    }
  }
  std::vector<std::string> inputs = batch::collect_inputs(named);

  const std::string partial = a.out + ".partial", store_path = a.out + ".resume";
  batch::ResumeStore kept;
  bool resume = a.resume;
  if (resume) {
    if (auto err = kept.build(store_path, {store_path, a.out, partial})) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  }
  std::FILE* out = to_stdout ? stdout : std::fopen(partial.c_str(), "wb");
  if (!out) {
    std::cerr << "fzscore batch: " << partial << ": " << std::strerror(errno) << "\n";
    return 2;
  }

  std::vector<std::unique_ptr<Pipeline>> pipes;
  for (unsigned i = 0; i < jobs; ++i) pipes.push_back(std::make_unique<Pipeline>(opts));

  auto work = [&](std::size_t i, unsigned w) -> Result {
    const std::string& file = inputs[i];
    Result r;
    std::optional<std::string> old;
    if (resume) old = kept.line(file);
    if (old && !summarize_all) {
      r.line = *old + "\n";
      read_score(*old, r);
      return r;
    }
    try {
      Document doc;
      const Plan* plan = nullptr;
      auto res = pipes[w]->run(file, &doc, &plan);
      if (auto* ds = std::get_if<std::vector<Diagnostic>>(&res)) {
        std::string msg;
        for (const auto& d : *ds) {
          std::string s = render(d);
          while (!s.empty() && s.back() == '\n') s.pop_back();
          msg += (msg.empty() ? "" : "\n") + s;
        }
        r.error = true;
        r.line = error_line(file, msg);
        if (summarize_all) r.summary.file = file, r.summary.error = msg;
        return r;
      }
      const Scorecard& card = std::get<Scorecard>(res);
      r.bytes = doc.original.size();
      r.score = card.score;
      r.passed = card.passed;
      if (old) {
        r.line = *old + "\n";
      } else {
        std::ostringstream os;
        render_jsonl(card, os);
        r.line = os.str();
      }
      std::string name;
      if (html_dir) {
        name = page_name(i, file);
        std::ostringstream page;
        html::render_report(card, doc, *plan, page, "index.html");
        if (auto err = write_atomic((fs::path(*html_dir) / name).string(), page.str())) {
          r.error = true;
          r.line = error_line(file, *err);
          r.summary.file = file;
          r.summary.error = *err;
          return r;
        }
      }
      if (summarize_all) r.summary = summarize(card, doc, name);
    } catch (const std::exception& e) {
      r.error = true;
      r.line = error_line(file, std::string("internal error: ") + e.what());
      r.summary = {};
      r.summary.file = file;
      r.summary.error = r.line;
    }
    return r;
  };

  std::size_t errors = 0, passed = 0;
  double score_sum = 0;
  bool write_failed = false;
  BatchSummary summaries;
  Progress progress(inputs.size(), !a.quiet && isatty(STDERR_FILENO) != 0);
  auto sink = [&](std::size_t i, Result&& r) {
    if (r.error) ++errors;
    else score_sum += r.score, passed += r.passed;
    if (std::fwrite(r.line.data(), 1, r.line.size(), out) != r.line.size() || std::fflush(out) != 0)
      write_failed = true;
    if (summarize_all) summaries.add(std::move(r.summary));
    progress.step(i + 1, r.bytes, errors);
  };
  batch::run_ordered<Result>(inputs.size(), jobs, 4 * jobs + 8, work, sink);

  if (to_stdout) {
    if (write_failed) {
      std::cerr << "fzscore batch: stdout: write failed\n";
      return 2;
    }
  } else if (write_failed || fsync(fileno(out)) != 0) {
    std::fclose(out);
    std::cerr << "fzscore batch: " << partial << ": write failed\n";
    return 2;
  } else {
    std::fclose(out);
  }
  std::string index_path;
  if (html_dir) {
    std::ostringstream index;
    html::render_dashboard(summaries, index);
    index_path = (fs::path(*html_dir) / "index.html").string();
    if (auto err = write_atomic(index_path, index.str())) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  }
  if (csv_path) {
    std::ostringstream csv;
    render_csv(summaries, csv);
    if (auto err = write_atomic(*csv_path, csv.str())) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  }
  if (!to_stdout && std::rename(partial.c_str(), a.out.c_str()) != 0) {
    std::cerr << "fzscore batch: " << a.out << ": " << std::strerror(errno) << "\n";
    return 2;
  }
  if (resume) std::remove(store_path.c_str());
  if (errors)
    std::cerr << fmt::format("fzscore batch: {} of {} inputs failed (see \"error\" lines in {})\n",
                             errors, inputs.size(), to_stdout ? "the output" : a.out);
  const std::size_t scored = inputs.size() - errors;
  std::cerr << fmt::format("{} 份报告：评分 {}（通过 {}，未通过 {}），读取失败 {}", inputs.size(),
                           scored, passed, scored - passed, errors);
  if (scored) std::cerr << "，平均分 " + one_decimal(score_sum / static_cast<double>(scored));
  std::cerr << "\n";
  if (html_dir) std::cerr << "总览：" << index_path << "\n";
  return errors ? 2 : 0;
}

}  // namespace

Command add_batch(CLI::App& root) {
  auto a = std::make_shared<BatchArgs>();
  CLI::App* app =
      root.add_subcommand("batch", "score many reports into JSON Lines (and an HTML dashboard)");
  add_inputs(*app, a->inputs, false, "DIR|FILE");
  app->add_option("-o,--out", a->out,
                  "the JSON Lines file (written as OUT.partial, renamed at the end); `-`: stdout")
      ->type_name("FILE")
      ->required();
  app->add_option("-j,--jobs", a->jobs, "worker threads; the output is identical for any N")
      ->type_name("N")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  app->add_option("--html", a->html,
                  "also write DIR/index.html (ranking, heat map) and one page per report")
      ->type_name("DIR");
  app->add_option("--csv", a->csv, "also write one CSV row per report (UTF-8 with BOM, for Excel)")
      ->type_name("FILE");
  app->add_flag("--resume", a->resume,
                "keep the results already in OUT / OUT.partial and score only the rest");
  app->add_flag("-q,--quiet", a->quiet, "no progress bar");
  add_run_options(*app, a->run, true);
  app->footer(kAbout + exit_codes("every report scored"));
  return {app, [a] { return run_batch(*a); }};
}

}  // namespace fz::cli
