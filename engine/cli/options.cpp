#include "engine/cli/options.hpp"

namespace fz::cli {

RunOptions RunArgs::options() const {
  RunOptions o;
  o.checklist = checklist;
  o.config = config;
  if (level) o.level = parse_level(*level);
  o.min_score = min_score;
  return o;
}

ColorMode OutputArgs::color_mode() const {
  return color == "always" ? ColorMode::always
         : color == "never" ? ColorMode::never
                            : ColorMode::automatic;
}

void add_inputs(CLI::App& app, InputArgs& a, bool stdin_text, const std::string& what) {
  app.add_option(what, a.files,
                 stdin_text ? "report files (.txt .md .docx .html .htm .pdf); `-` reads one "
                              "report's text from stdin"
                            : "report files")
      ->type_name("");
  app.add_option("--files-from", a.files_from,
                 "read report paths from LIST, one per line (`-`: stdin)")
      ->type_name("LIST");
  if (stdin_text)
    app.add_option("--stdin-filename", a.stdin_filename,
                   "the name of the report read from stdin, for messages, its file type (by "
                   "extension; default .txt) and the .fzscore.yaml search")
        ->type_name("NAME")
        ->default_str("-");
}

void add_run_options(CLI::App& app, RunArgs& a, bool min_score) {
  app.add_option("-c,--checklist", a.checklist,
                 "the checklist (.fz) to score against; default: chosen by the report's year "
                 "(2021 on: gangyao-2021.fz, up to 2020: gangyao-2015.fz) from "
                 "$FZSCORE_CHECKLISTS, then the installed checklists")
      ->type_name("FILE");
  app.add_option("--config", a.config,
                 "gate config; default: .fzscore.yaml in the report's directory or above, else "
                 "gate.yaml beside the checklist")
      ->type_name("FILE");
  app.add_option("--level", a.level, "the unit's level; default: detected from the report")
      ->type_name("LEVEL")
      ->check(one_of({"省", "市", "县区", "乡镇", "部门"}));
  if (min_score)
    app.add_option("--min-score", a.min_score, "the gate's pass mark; default: the config's, else 60")
        ->type_name("N")
        ->check(score_range());
}

void add_output_options(CLI::App& app, OutputArgs& a, const std::vector<std::string>& formats,
                        bool habits) {
  a.format = formats.front();
  app.add_option("-f,--format", a.format, "output format")
      ->type_name("FORMAT")
      ->check(one_of(formats))
      ->capture_default_str();
  app.add_option("-o,--out", a.out,
                 "write the output to FILE (atomically: whole or not at all); `-`: stdout")
      ->type_name("FILE")
      ->capture_default_str();
  if (!habits) return;
  auto* quiet = app.add_flag("-q,--quiet", a.quiet, "print only failures");
  app.add_flag("-v,--verbose", a.verbose,
               "also print, per report, the checklist and config used and the input's sha256")
      ->excludes(quiet);
  app.add_option("--color", a.color,
                 "colour: auto = on a terminal, unless NO_COLOR is set and not empty "
                 "(FORCE_COLOR forces it)")
      ->type_name("WHEN")
      ->check(one_of({"auto", "always", "never"}))
      ->capture_default_str();
}

}  // namespace fz::cli
