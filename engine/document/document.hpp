// Document: one report, read and normalised, with its structure. Later stages match against
// `normalised.utf8`; every position found there maps back through `normalised.to_source` (to the
// decoded text) and `decoded.to_source` (to the original bytes).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/document/meta.hpp"
#include "engine/document/role.hpp"
#include "engine/source.hpp"
#include "engine/span.hpp"
#include "engine/text.hpp"

namespace fz {

/// A heading and everything under it. Offsets are into the normalised text.
struct Section {
  std::string heading;   ///< normalised heading text, numbering included ("（三）推进依法行政")
  int level = 0;         ///< 1 = 一、 2 = （一） 3 = 1. 4 = （1）; 0 = the text before any heading
  Span heading_span;     ///< the heading line (or the run-in heading) in the normalised text
  Span body;             ///< from the heading to the next heading of the same or higher level
  Role role = Role::other;  ///< of the top-level part it belongs to
  int parent = -1;
  std::size_t line = 0;  ///< 1-based line of the heading in the decoded text
};

struct Paragraph {
  Span span;        ///< normalised text
  int section = -1; ///< innermost section
};

struct Sentence {
  Span span;        ///< normalised text, without trailing whitespace
  int paragraph = -1;
  int section = -1; ///< innermost section
};

struct Document {
  std::string path;       ///< as given on the command line
  std::string original;   ///< the input bytes (for .docx/.html/.pdf: the extracted text)
  std::string input_sha256;  ///< hex sha256 of the input's bytes as read (the file, not `original`)
  Text decoded;           ///< UTF-8; to_source maps to `original`
  Text normalised;        ///< 繁→简, width-folded, chrome dropped; to_source maps to `decoded`
  Source lines;           ///< over decoded.utf8, for line:column
  std::vector<Section> sections;      ///< in text order; sections[0] is the preamble (level 0)
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  Meta meta;
  std::vector<std::string> warnings;  ///< e.g. "text ends mid-sentence (truncated?)"

  /// normalised span → original bytes.
  Span to_original(Span normalised_span) const;
  /// normalised span → decoded (UTF-8) span.
  Span to_decoded(Span normalised_span) const;
  /// "一、主要工作情况 › （三）推进依法行政"
  std::string section_path(int section) const;
  /// The role of the top-level part holding `section`.
  Role role_of(int section) const { return section < 0 ? Role::other : sections[section].role; }
  /// Index of the sentence holding a normalised offset (-1 if none).
  int sentence_at(std::size_t normalised_offset) const;
};

}  // namespace fz
