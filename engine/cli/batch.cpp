// fzscore batch DIR|FILE... [--files-from LIST] -o results.jsonl|- [-j N] [--html DIR] [--csv FILE]
//   [--resume] [--follow-links] [-c CHECKLIST] [--config PATH] [--level L] [--min-score N] [-q]
// Scores many reports on N threads (default: hardware threads). Each worker has its own Pipeline
// (its own compiled Plans: Pipeline caches them in a map and is not thread-safe); results are
// written in input order through a bounded window (engine/batch/ordered.hpp), so memory stays
// flat and the output does not depend on --jobs. Lines go to a unique temporary OUT.partial.XXXXXX
// as they complete, which is renamed to OUT at the end, under a lock on OUT.lock held for the run
// (engine/cli/output_lock.hpp); `--out -` writes them to stdout as they complete (no temporary,
// no lock, no --resume). --resume keeps the lines of earlier runs whose input and settings are
// unchanged (engine/batch/resume.hpp). Exit 0 when every report was scored, 2 when any input
// failed (its line is {"file":…,"error":…}) or on a usage error. At the end one summary line goes
// to stderr ("7 份报告：评分 7（通过 2，未通过 5），读取失败 0，平均分 62.7"), then the dashboard's path.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "engine/batch/inputs.hpp"
#include "engine/batch/ordered.hpp"
#include "engine/batch/resume.hpp"
#include "engine/cli/atomic_file.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/load.hpp"
#include "engine/cli/output_lock.hpp"
#include "engine/cli/options.hpp"
#include "engine/input/utf8.hpp"
#include "engine/render/csv.hpp"
#include "engine/render/html.hpp"
#include "engine/render/render.hpp"
#include "engine/render/summary.hpp"
#include "engine/safe_text.hpp"

namespace fz::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kAbout =
    "One JSON line per report, in input order (shared/spec/output.md); an input that cannot be\n"
    "scored gets a line {\"file\": …, \"error\": …} and the batch goes on. Directories are walked\n"
    "for .txt .md .docx .html .htm .pdf (sorted); symbolic links leading outside a folder given are\n"
    "not followed (listed on stderr) unless --follow-links. Completed lines are written to\n"
    "OUT.partial.XXXXXX as the batch runs; OUT appears (renamed) at the end. One batch at a time per\n"
    "OUT (OUT.lock): a second one exits 2.\n\n";

struct BatchArgs {
  InputArgs inputs;
  RunArgs run;
  std::string out;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::optional<std::string> html, csv;
  bool resume = false, quiet = false, follow_links = false;
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
  for (std::size_t i = 0; i < stem.size();) {
    unsigned char u = static_cast<unsigned char>(stem[i]);
    // Letters, digits, - _ . and whole UTF-8 characters stay (the name is a link in index.html,
    // which must stay valid UTF-8); anything else becomes '_'.
    std::size_t n = u >= 0x80 ? utf8::sequence_length(stem, i) : 1;
    if (n > 1 || (n == 1 && (std::isalnum(u) || u == '-' || u == '_' || u == '.'))) {
      safe.append(stem, i, n);
      i += n;
    } else {
      safe += '_';
      ++i;
    }
  }
  return fmt::format("{:05}-{}.html", index, safe);
}

/// The name stem of the partial output beside `target`: `<name>.partial.` (+ mkstemp's XXXXXX).
std::string partial_stem(const std::string& target) {
  return fs::path(target).filename().string() + ".partial.";
}

/// The partial files interrupted runs left beside `target`: `<name>.partial.XXXXXX`, regular
/// files (not links) owned by this user — a file someone else planted there is not a result.
std::vector<std::string> leftover_partials(const std::string& target) {
  fs::path dir =
      fs::path(target).has_parent_path() ? fs::path(target).parent_path() : fs::path(".");
  const std::string stem = partial_stem(target);
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    struct stat st {};
    if (name.size() == stem.size() + 6 && name.compare(0, stem.size(), stem) == 0 &&
        ::lstat(it->path().c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid())
      out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// --resume: merges the usable lines of OUT.resume, OUT and the leftover partials into a new
/// OUT.resume (a unique temporary renamed into place) and opens it in `kept`.
std::optional<std::string> build_store(batch::ResumeStore& kept, const std::string& target,
                                       const std::string& store_path,
                                       const std::vector<std::string>& leftovers, mode_t umask) {
  std::vector<std::string> sources;
  struct stat st {};
  if (::lstat(store_path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid())
    sources.push_back(store_path);
  sources.push_back(target);
  sources.insert(sources.end(), leftovers.begin(), leftovers.end());
  auto created = AtomicFile::create(OutputTarget{store_path, false}, umask,
                                    fs::path(store_path).filename().string() + ".");
  if (auto* err = std::get_if<std::string>(&created)) return *err;
  AtomicFile& store = std::get<AtomicFile>(created);
  if (auto err = kept.build(sources, [&](std::string_view s) { return store.write(s); }))
    return store_path + ": " + *err;
  if (auto err = store.commit()) return err;
  kept.open(store_path);
  return std::nullopt;
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
  const mode_t umask = read_umask();  // before the workers start: see atomic_file.hpp
  a.inputs.validate();
  const bool to_stdout = a.out == "-";
  const bool resume = a.resume;
  if (to_stdout && resume) throw UsageError{"--resume needs an output file to resume (not --out -)"};
  std::vector<std::string> named = a.inputs.files;
  if (a.inputs.files_from)
    if (auto err = read_path_list(*a.inputs.files_from, named)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  const unsigned jobs = a.jobs;
  RunOptions opts = a.run.options();
  const std::string* out_path = &a.out;

  // Everything about OUT is settled before any report is scored: a directory, a missing
  // directory or one of the inputs is exit 2 now, not after an hour of scoring.
  OutputTarget target{"-", true};  // stdout is written like a FIFO: in place, nothing to rename
  if (!to_stdout) {
    auto resolved = resolve_output(*out_path, Existing::follow);
    if (auto* err = std::get_if<std::string>(&resolved)) {
      std::cerr << "fzscore batch: --out " << *err << "\n";
      return 2;
    }
    target = std::get<OutputTarget>(resolved);
  }
  if (target.in_place && resume)
    throw UsageError{"--resume needs --out to be a file; " + *out_path + " is a FIFO or device"};
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
  const batch::Inputs walked =
      batch::collect_inputs(named, batch::WalkOptions{a.follow_links});
  const std::vector<std::string>& inputs = walked.files;
  for (const auto& in : inputs)
    if (!to_stdout && same_file(*out_path, in)) {
      std::cerr << "fzscore batch: --out " << printable(*out_path) << " is one of the inputs ("
                << printable(in) << "); refusing to overwrite it\n";
      return 2;
    }
  if (csv_path) {
    if (auto err = check_output(*csv_path, inputs, "--csv")) {
      std::cerr << "fzscore batch: " << printable(*err) << "\n";
      return 2;
    }
  }

  // One batch per OUT, held until OUT is in place (a FIFO or device is written like `> OUT`:
  // there is nothing to rename, so nothing to lock).
  std::optional<OutputLock> lock;
  std::vector<std::string> leftovers;  // partial files of interrupted runs
  if (!target.in_place) {
    auto taken = OutputLock::take(target.path, umask);
    if (auto* err = std::get_if<std::string>(&taken)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
    lock.emplace(std::move(std::get<OutputLock>(taken)));
    leftovers = leftover_partials(target.path);
  }
  const std::string store_path = target.path + ".resume";
  batch::ResumeStore kept;
  if (resume) {
    if (auto err = build_store(kept, target.path, store_path, leftovers, umask)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  }

  // The lines: a unique temporary beside OUT (kept if the run is interrupted, for --resume),
  // renamed over OUT at the end; or the FIFO/device itself.
  std::optional<AtomicFile> partial;
  int direct = -1;
  if (target.in_place) {
    direct = to_stdout ? ::dup(STDOUT_FILENO)
                       : ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (direct < 0) {
      std::cerr << "fzscore batch: " << *out_path << ": " << std::strerror(errno) << "\n";
      return 2;
    }
  } else {
    auto created = AtomicFile::create(target, umask, partial_stem(target.path));
    if (auto* err = std::get_if<std::string>(&created)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
    partial.emplace(std::move(std::get<AtomicFile>(created)));
    partial->keep();
  }
  auto emit = [&](std::string_view bytes) {
    if (partial) return partial->write(bytes);
    for (std::size_t done = 0; done < bytes.size();) {
      ssize_t n = ::write(direct, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  };

  std::vector<std::unique_ptr<Pipeline>> pipes;
  for (unsigned i = 0; i < jobs; ++i) pipes.push_back(std::make_unique<Pipeline>(opts));

  auto work = [&](std::size_t i, unsigned w) -> Result {
    const std::string& file = inputs[i];
    Result r;
    std::optional<std::string> old;
    if (resume) {
      // Kept only for the same result: the report's bytes and the settings are unchanged.
      if (auto line = kept.line(valid_utf8(file))) {
        batch::ResultKey key{file_sha256(file), pipes[w]->settings_key(file)};
        if (batch::line_matches(*line, key)) old = std::move(line);
      }
    }
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
        // A page's name is fzscore's choice: whatever is there, a planted symlink included, is
        // replaced, never written through.
        if (auto err = write_atomic((fs::path(*html_dir) / name).string(), page.str(),
                                    Existing::replace, umask)) {
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
    if (!write_failed && !emit(r.line)) write_failed = true;
    if (summarize_all) summaries.add(std::move(r.summary));
    progress.step(i + 1, r.bytes, errors);
  };
  batch::run_ordered<Result>(inputs.size(), jobs, 4 * jobs + 8, work, sink);

  if (write_failed) {
    std::cerr << "fzscore batch: "
              << (partial ? partial->error() : *out_path + ": " + std::strerror(errno))
              << " (write failed)\n";
    if (direct >= 0) ::close(direct);
    return 2;
  }
  std::string index_path;
  if (html_dir) {
    std::ostringstream index;
    html::render_dashboard(summaries, index);
    index_path = (fs::path(*html_dir) / "index.html").string();
    if (auto err = write_atomic(index_path, index.str(), Existing::replace, umask)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      if (direct >= 0) ::close(direct);
      return 2;
    }
  }
  if (csv_path) {
    std::ostringstream csv;
    render_csv(summaries, csv);
    if (auto err = write_atomic(*csv_path, csv.str(), Existing::follow, umask)) {
      std::cerr << "fzscore batch: " << *err << "\n";
      if (direct >= 0) ::close(direct);
      return 2;
    }
  }
  if (partial) {
    if (auto err = partial->commit()) {
      std::cerr << "fzscore batch: " << *err << "\n";
      return 2;
    }
  } else if (::close(direct) != 0) {
    std::cerr << "fzscore batch: " << *out_path << ": " << std::strerror(errno) << "\n";
    return 2;
  }
  // OUT is complete: the partial files of earlier runs (merged by --resume, or stale) and the
  // store are not needed any more.
  for (const auto& l : leftovers) ::unlink(l.c_str());
  if (resume) ::unlink(store_path.c_str());
  if (!walked.skipped.empty()) {
    std::cerr << fmt::format(
        "fzscore batch: {} symbolic link(s) leading outside the folders given were not followed "
        "(--follow-links follows them):\n",
        walked.skipped.size());
    for (std::size_t k = 0; k < walked.skipped.size() && k < 20; ++k)
      std::cerr << "  " << printable(walked.skipped[k]) << "\n";
    if (walked.skipped.size() > 20)
      std::cerr << fmt::format("  … and {} more\n", walked.skipped.size() - 20);
  }
  if (errors)
    std::cerr << fmt::format("fzscore batch: {} of {} inputs failed (see \"error\" lines in {})\n",
                             errors, inputs.size(), to_stdout ? "the output" : printable(*out_path));
  const std::size_t scored = inputs.size() - errors;
  std::cerr << fmt::format("{} 份报告：评分 {}（通过 {}，未通过 {}），读取失败 {}", inputs.size(),
                           scored, passed, scored - passed, errors);
  if (scored) std::cerr << "，平均分 " + one_decimal(score_sum / static_cast<double>(scored));
  std::cerr << "\n";
  if (html_dir) std::cerr << "总览：" << printable(index_path) << "\n";
  return errors ? 2 : 0;
}


}  // namespace

Command add_batch(CLI::App& root) {
  auto a = std::make_shared<BatchArgs>();
  CLI::App* app =
      root.add_subcommand("batch", "score many reports into JSON Lines (and an HTML dashboard)");
  add_inputs(*app, a->inputs, false, "DIR|FILE");
  app->add_option("-o,--out", a->out,
                  "the JSON Lines file (written as OUT.partial.XXXXXX, renamed at the end); `-`: stdout")
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
                "keep the results of earlier runs (OUT, OUT.partial.*) whose report and settings "
                "are unchanged, and score only the rest");
  app->add_flag("--follow-links", a->follow_links,
                "follow symbolic links that lead outside the folders given (default: not "
                "followed, and listed on stderr)");
  app->add_flag("-q,--quiet", a->quiet, "no progress bar");
  add_run_options(*app, a->run, true);
  app->footer(kAbout + exit_codes("every report scored"));
  return {app, [a] { return run_batch(*a); }};
}

}  // namespace fz::cli
