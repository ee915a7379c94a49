// Pdf: a PDF's bytes → its text, page by page, through poppler-cpp when the build found it
// (FZ_HAVE_POPPLER); otherwise an error saying .pdf is not supported by this build. poppler's own
// complaints about the file are collected as `notes` (never written to stderr unnamed); the
// reader turns them into a warning that goes with the file.
#pragma once

#include <string_view>

#include "engine/input/extracted.hpp"

namespace fz {

Extracted extract_pdf(std::string_view bytes);

}  // namespace fz
