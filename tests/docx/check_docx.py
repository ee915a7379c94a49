#!/usr/bin/env python3
"""Round trip of `fzscore gaps --format docx` through Debian's python3-docx.

  check_docx.py --fzscore BIN --report FILE --out DIR

Writes the draft and the memo of FILE as .docx, opens each with python-docx (as Word's other
readers would) and checks: the title paragraph has style "Title", the memo's group headings
"Heading 1", the body paragraphs "Normal"; the paragraphs' text is exactly the Markdown output of
the same style without its markup; the draft has 3–6 paragraphs 一是… each with 原因 and no item
id; the core properties carry the title. Exits 77 (CTest SKIP) when python-docx is not installed,
1 on a failed check.
"""
import argparse
import os
import re
import subprocess
import sys

SKIP = 77

try:
    import docx  # Debian: python3-docx (Makefile DEB_TEST_PACKAGES)
except ImportError:
    print("python-docx is not installed (apt-get install python3-docx): skipped", file=sys.stderr)
    sys.exit(SKIP)


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def run(args):
    r = subprocess.run(args, capture_output=True)
    if r.returncode != 0:
        fail(f"{' '.join(args)} exited {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r.stdout


def markdown_paragraphs(md):
    """(style, text) per non-empty Markdown line: '# ' title, '## ' heading, '> ' note."""
    out = []
    for line in md.splitlines():
        if not line:
            continue
        for mark, style in (("# ", "Title"), ("## ", "Heading 1"), ("> ", "Note")):
            if line.startswith(mark):
                out.append((style, line[len(mark):]))
                break
        else:
            out.append(("Normal", line))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fzscore", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for style in ("draft", "memo"):
        path = os.path.join(a.out, f"gaps-{style}.docx")
        run([a.fzscore, "gaps", a.report, "--style", style, "--format", "docx", "--out", path])
        md = run([a.fzscore, "gaps", a.report, "--style", style]).decode("utf-8")
        d = docx.Document(path)
        got = [(p.style.name, p.text) for p in d.paragraphs]
        want = markdown_paragraphs(md)
        if got != want:
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    fail(f"{style}: paragraph {i}: .docx {g!r} != markdown {w!r}")
            fail(f"{style}: {len(got)} paragraphs in the .docx, {len(want)} in the markdown")
        if got[0][0] != "Title" or d.core_properties.title != got[0][1]:
            fail(f"{style}: title {got[0]!r}, core title {d.core_properties.title!r}")
        if style == "draft":
            paras = [t for s, t in got if re.match(r"^[一二三四五六七八九]是", t)]
            if not 3 <= len(paras) <= 6:
                fail(f"draft: {len(paras)} paragraphs 一是…, expected 3–6")
            for t in paras:
                if "原因" not in t:
                    fail(f"draft: paragraph without 原因: {t}")
            if any(re.search(r"[GSX][0-9]", t) for _, t in got):
                fail("draft: an item id in the text")
        else:
            if not any(s == "Heading 1" for s, _ in got):
                fail("memo: no Heading 1")
        font = d.styles["Normal"].element.xpath("string(//w:docDefaults//w:rFonts/@w:eastAsia)")
        print(f"{style}: {len(got)} paragraphs, body font {font or '?'}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
