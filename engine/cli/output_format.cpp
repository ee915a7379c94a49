#include "engine/cli/output_format.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "engine/cli/atomic_file.hpp"

namespace fz::cli {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats{"text",  "json",  "jsonl", "md",
                                                "sarif", "junit", "codequality"};
  return formats;
}

bool carries_failures(const std::string& format) {
  return format == "sarif" || format == "junit" || format == "codequality";
}

std::string render_cards(const std::string& format, const std::vector<Scorecard>& cards,
                         const std::vector<InputFailure>& failed, const RenderOptions& options) {
  std::ostringstream os;
  if (format == "text") {
    for (std::size_t i = 0; i < cards.size(); ++i) {
      if (i) os << "\n";
      render_text(cards[i], os, options);
    }
  } else if (format == "json") {
    os << "[";
    for (std::size_t i = 0; i < cards.size(); ++i) {
      os << (i ? ",\n" : "\n");
      render_json(cards[i], os);
    }
    os << "]\n";
  } else if (format == "jsonl") {
    for (const auto& c : cards) render_jsonl(c, os);
  } else if (format == "md") {
    for (const auto& c : cards) render_md(c, os);
  } else if (format == "sarif") {
    std::error_code ec;
    render_sarif(cards, failed, std::filesystem::current_path(ec).string(), os);
  } else if (format == "junit") {
    render_junit(cards, failed, os);
  } else if (format == "codequality") {
    render_codequality(cards, failed, os);
  }
  return os.str();
}

bool use_color(ColorMode mode, bool terminal, const char* no_color, const char* force_color) {
  if (mode != ColorMode::automatic) return mode == ColorMode::always;
  if (force_color && *force_color)
    return std::strcmp(force_color, "0") != 0 && std::strcmp(force_color, "false") != 0;
  if (no_color && *no_color) return false;
  return terminal;
}

bool use_color(ColorMode mode, int fd) {
  return use_color(mode, isatty(fd) != 0, std::getenv("NO_COLOR"), std::getenv("FORCE_COLOR"));
}

bool output_color(const OutputArgs& o) {
  if (o.color_mode() != ColorMode::automatic) return o.color_mode() == ColorMode::always;
  return o.to_stdout() && use_color(ColorMode::automatic, STDOUT_FILENO);
}

std::optional<std::string> write_output(const std::string& out, const std::string& text) {
  if (out != "-") return write_atomic(out, text);
  std::cout << text;
  std::cout.flush();
  if (!std::cout) return std::string("stdout: write failed");
  return std::nullopt;
}

}  // namespace fz::cli
