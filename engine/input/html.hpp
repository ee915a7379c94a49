// Html: a web page (already decoded to UTF-8) → its visible text. Tags are read with quoted
// attribute values respected (a '>' inside title="…" does not end the tag), entities decoded, and
// what a reader of the page never sees is dropped: <script>, <style>, <head>, <noscript>,
// <template>, and elements marked `hidden` or styled display:none / visibility:hidden (with all
// they contain). Block tags become line breaks so that the header table and paragraphs stay
// separate lines for the boilerplate and structure stages.
//
// Headings travel beside the text as hints, never as markup in it: <h1>–<h6> (level 1–6) and a
// block whose visible text is all bold (<strong>, <b>, or a font-weight ≥ 600 style; level 0).
#pragma once

#include <string>
#include <string_view>

#include "engine/input/extracted.hpp"

namespace fz {

Extracted extract_html(std::string_view utf8_html);

/// The charset a page declares in its first 4 KB (`<meta charset="gbk">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), lower-cased; empty
/// when none. Works on the raw bytes: the declaration is ASCII in every charset we read.
std::string declared_charset(std::string_view html_bytes);

}  // namespace fz
