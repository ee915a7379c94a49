#include "engine/input/pdf.hpp"

#ifdef FZ_HAVE_POPPLER
#include <poppler-document.h>
#include <poppler-page.h>

#include <memory>
#include <vector>
#endif

namespace fz {

Extracted extract_pdf(std::string_view bytes) {
#ifdef FZ_HAVE_POPPLER
  std::vector<char> data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
  if (!doc) return {{}, "broken .pdf: poppler cannot open it"};
  if (doc->is_locked()) return {{}, "refused .pdf: it is encrypted"};
  Extracted out;
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
  return {{}, ".pdf input is not supported by this build (poppler-cpp not found)"};
#endif
}

}  // namespace fz
