// fzscore batch DIR|FILE... --out results.jsonl [--jobs N] [--html DIR] [--resume]
//   [--checklist PATH] [--config PATH] [--level L] [--min-score N]
// Scores many reports on N threads (default: hardware threads). Each worker has its own Pipeline
// (its own compiled Plans: Pipeline caches them in a map and is not thread-safe); results are
// written in input order through a bounded window (engine/batch/ordered.hpp), so memory stays
// flat and the output does not depend on --jobs. Lines go to OUT.partial as they complete
// (flushed), which is renamed to OUT at the end; --resume keeps the lines of earlier runs
// (engine/batch/resume.hpp). Exit 0 when every report was scored, 2 when any input failed (its
// line is {"file":…,"error":…}) or on a usage error.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "engine/batch/inputs.hpp"
#include "engine/batch/ordered.hpp"
#include "engine/batch/resume.hpp"
#include "engine/cli/args.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/report_args.hpp"
#include "engine/render/html.hpp"
#include "engine/render/render.hpp"

namespace fz::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp =
    "usage: fzscore batch DIR|FILE... --out results.jsonl [--jobs N] [--html DIR] [--resume]\n"
    "                     [--checklist PATH] [--config PATH] [--level L] [--year N] [--min-score N]\n"
    "Scores every .txt .md .docx .html .htm .pdf under each DIR (recursively, sorted) and each\n"
    "FILE, one JSON line per report in input order (shared/spec/output.md); an input that cannot\n"
    "be scored gets a line {\"file\": …, \"error\": …} and the batch goes on.\n"
    "  --jobs N     worker threads (default: hardware threads); output is identical for any N\n"
    "  --html DIR   also write DIR/index.html (ranking, heat map) and one page per report\n"
    "  --resume     keep the results already in OUT / OUT.partial and score only the rest\n"
    "Completed lines are flushed to OUT.partial as the batch runs; OUT appears (renamed) at the end.\n"
    "Exit: 0 every report scored; 2 any input failed, or a usage error.\n";

struct Result {
  std::string line;              ///< one JSON line with '\n'
  html::ReportSummary summary;   ///< only with --html
  bool error = false;
  std::size_t bytes = 0;
};

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

}  // namespace

int run_batch(const Argv& argv) {
  Args a = parse_args(argv, {"--out", "--jobs", "--html", "--checklist", "--config", "--level", "--year",
                             "--min-score"},
                      {"--resume", "--help"});
  if (a.has("--help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  auto out_path = a.get("--out");
  if (!out_path) throw UsageError{"--out FILE is required"};
  if (a.positional.empty()) throw UsageError{"no input files or directories"};
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  if (auto j = a.get("--jobs")) {
    try {
      std::size_t used = 0;
      int n = std::stoi(*j, &used);
      if (used != j->size() || n < 1 || n > 256) throw 0;
      jobs = static_cast<unsigned>(n);
    } catch (...) {
      throw UsageError{"--jobs must be a number from 1 to 256"};
    }
  }
  RunOptions opts = run_options(a);
  auto html_dir = a.get("--html");
  if (html_dir) {
    std::error_code ec;
    fs::create_directories(*html_dir, ec);
    if (ec) {
      std::cerr << "fzscore batch: " << *html_dir << ": " << ec.message() << "\n";
      return 2;
    }
  }
  std::vector<std::string> inputs = batch::collect_inputs(a.positional);

  const std::string partial = *out_path + ".partial", store_path = *out_path + ".resume";
  batch::ResumeStore kept;
  bool resume = a.has("--resume");
  if (resume) {
    if (auto err = kept.build(store_path, {store_path, *out_path, partial})) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  }
  std::FILE* out = std::fopen(partial.c_str(), "wb");
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
    if (old && !html_dir) {
      r.line = *old + "\n";
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
        if (html_dir) r.summary.file = file, r.summary.error = msg;
        return r;
      }
      const Scorecard& card = std::get<Scorecard>(res);
      r.bytes = doc.original.size();
      if (old) {
        r.line = *old + "\n";
      } else {
        std::ostringstream os;
        render_jsonl(card, os);
        r.line = os.str();
      }
      if (html_dir) {
        std::string name = page_name(i, file);
        std::ostringstream page;
        html::render_report(card, doc, *plan, page, "index.html");
        if (auto err = write_atomic((fs::path(*html_dir) / name).string(), page.str())) {
          r.error = true;
          r.line = error_line(file, *err);
          r.summary.file = file;
          r.summary.error = *err;
          return r;
        }
        r.summary = html::summarize(card, name);
      }
    } catch (const std::exception& e) {
      r.error = true;
      r.line = error_line(file, std::string("internal error: ") + e.what());
      r.summary = {};
      r.summary.file = file;
      r.summary.error = r.line;
    }
    return r;
  };

  std::size_t errors = 0;
  bool write_failed = false;
  std::vector<html::ReportSummary> summaries;
  std::set<std::string> titled;  // item titles are kept once per item set, not per report
  Progress progress(inputs.size(), isatty(STDERR_FILENO) != 0);
  auto sink = [&](std::size_t i, Result&& r) {
    if (r.error) ++errors;
    if (std::fwrite(r.line.data(), 1, r.line.size(), out) != r.line.size() || std::fflush(out) != 0)
      write_failed = true;
    if (html_dir) {
      std::string key;
      for (const auto& [id, t] : r.summary.item_titles) key += id + ",";
      if (!titled.insert(key).second) r.summary.item_titles.clear();
      summaries.push_back(std::move(r.summary));
    }
    progress.step(i + 1, r.bytes, errors);
  };
  batch::run_ordered<Result>(inputs.size(), jobs, 4 * jobs + 8, work, sink);

  if (write_failed || fsync(fileno(out)) != 0) {
    std::fclose(out);
    std::cerr << "fzscore batch: " << partial << ": write failed\n";
    return 2;
  }
  std::fclose(out);
  if (html_dir) {
    std::ostringstream index;
    html::render_dashboard(summaries, index);
    if (auto err = write_atomic((fs::path(*html_dir) / "index.html").string(), index.str())) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  }
  if (std::rename(partial.c_str(), out_path->c_str()) != 0) {
    std::cerr << "fzscore batch: " << *out_path << ": " << std::strerror(errno) << "\n";
    return 2;
  }
  if (resume) std::remove(store_path.c_str());
  if (errors)
    std::cerr << fmt::format("fzscore batch: {} of {} inputs failed (see \"error\" lines in {})\n",
                             errors, inputs.size(), *out_path);
  return errors ? 2 : 0;
}

}  // namespace fz::cli
