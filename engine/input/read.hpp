// Read: the one place that touches input files. Chooses the reader by extension (.txt .md .html
// .htm .docx .pdf), never modifies the file, and turns every failure (missing, directory,
// unreadable, empty, binary, broken container, unknown type) into a Diagnostic naming the file.
// document_from_text runs the same normalisation and structure pipeline on an in-memory string,
// for tests and checklist examples.
#pragma once

#include <string>
#include <variant>

#include "engine/diagnostic.hpp"
#include "engine/document/document.hpp"
#include "engine/input/extracted.hpp"
#include "engine/input/simplify.hpp"

namespace fz {

using ReadResult = std::variant<Document, Diagnostic>;

/// Loads a converter of its own (cheap enough for a CLI run).
ReadResult read_document(const std::string& path);
/// Reuses `simplifier` (batch runs, many files).
ReadResult read_document(const std::string& path, const Simplifier& simplifier);

/// The same on bytes already in memory: `path` only names the input and chooses the reader by its
/// extension (the fuzz targets' entry point; read_document stats and reads, then calls this).
ReadResult read_bytes(const std::string& path, std::string bytes, const Simplifier& simplifier);

/// Builds a Document from UTF-8 text (original == decoded == utf8_text). Throws
/// std::runtime_error only when OpenCC's data is missing (an installation error).
Document document_from_text(std::string name, std::string utf8_text);
Document document_from_text(std::string name, std::string utf8_text, const Simplifier& simplifier);

/// The shared step: `original` is what evidence offsets refer to; `decoded` maps into it;
/// `headings` are the extractor's heading hints over `original` (.docx, .html).
Document assemble_document(std::string path, std::string original, Text decoded,
                           const Simplifier& simplifier, std::vector<HeadingHint> headings = {});

}  // namespace fz
