// Fold: the character-level normalisation the rules rely on, each edit a recorded run.
//  - Full-width ASCII (U+FF01-FF5E) → ASCII, EXCEPT the Chinese punctuation ，；：（）！？ which
//    stays full-width; conversely ASCII , ; : ! ? ( ) become ，；：！？（）, because sentence
//    splitting and headings ("(一)" vs "（一）") look for the Chinese forms. , ; : ! ? between two
//    ASCII letters/digits ("09:52", "1,200") stay ASCII.
//  - U+3000, NBSP, tabs and other spaces → one ' '; dropped at line edges and next to Chinese
//    punctuation; zero-width spaces dropped.
//  - Line ends: CR LF → LF; a lone CR, U+2028, U+2029 and U+0085 → LF (same structure as LF).
//  - Pinyin in brackets after a Han character ("統(tǒng)籌") is dropped (mirror-site artefact).
#pragma once

#include <string_view>

#include "engine/text.hpp"

namespace fz {

Text fold(std::string_view utf8_text);

/// True for the Chinese punctuation that fold keeps or produces (，。；：（）！？、“”《》 …).
bool is_cjk_punct(char32_t cp);

}  // namespace fz
