#include "engine/input/pdf.hpp"

#ifdef FZ_HAVE_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>
#include <vector>
#endif

namespace fz {

#ifdef FZ_HAVE_POPPLER
namespace {

// poppler reports problems in a file ("Syntax Error: …") through one process-wide callback, which
// by default writes them to stderr without saying which file they are about. They are collected
// instead, per thread (poppler calls back on the thread that is parsing), and returned as notes
// that the reader attaches to the file's name.
thread_local std::vector<std::string>* t_notes = nullptr;

void collect(const std::string& message, void*) {
  if (t_notes && t_notes->size() < 20) t_notes->push_back(message);
}

struct CollectNotes {
  explicit CollectNotes(std::vector<std::string>& notes) {
    static std::once_flag installed;
    std::call_once(installed, [] { poppler::set_debug_error_function(collect, nullptr); });
    t_notes = &notes;
  }
  ~CollectNotes() { t_notes = nullptr; }
};

}  // namespace
#endif

Extracted extract_pdf(std::string_view bytes) {
#ifdef FZ_HAVE_POPPLER
  Extracted out;
  CollectNotes collecting(out.notes);
  std::vector<char> data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) {
    out.error = "broken .pdf: poppler cannot open it";
    if (!out.notes.empty()) out.error += " (" + out.notes.front() + ")";
    return out;
  }
  if (doc->is_locked()) {
    out.error = "refused .pdf: it is encrypted";
    return out;
  }
  for (int p = 0; p < doc->pages(); ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) continue;
    poppler::byte_array text = page->text().to_utf8();
    out.utf8.append(text.begin(), text.end());
    if (!out.utf8.empty() && out.utf8.back() != '\n') out.utf8 += '\n';
  }
  return out;
#else
  (void)bytes;
  return {{}, ".pdf input is not supported by this build (poppler-cpp not found)", {}, {}};
#endif
}

}  // namespace fz
